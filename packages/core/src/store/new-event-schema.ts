import { z } from 'zod';

/** UUID v7 (RFC 9562): version nibble 7, variant 10xx. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const nonEmpty = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });

export const actorRefSchema = z.object({
  id: nonEmpty,
  role: nonEmpty,
  scope: z.record(z.string(), z.string()),
});

export const eventMetadataSchema = z.object({
  actor: actorRefSchema,
  commandId: nonEmpty,
  commandFingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest')
    .optional(),
  correlationId: nonEmpty,
  causationId: nonEmpty.nullable(),
  rulebookVersion: nonEmpty,
  occurredAt: instant,
  recordedAt: instant,
});

/** What a store checks on every event it is asked to append (the envelope, not the domain data). */
export const newEventSchema = z.object({
  id: z.string().regex(UUID_V7, 'must be a UUID v7'),
  type: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'must be an event type name'),
  schemaVersion: z.number().int().min(1),
  data: z.unknown(),
  metadata: eventMetadataSchema,
});

/** Stream ids: printable, no whitespace, at most 200 characters (fits every supported store). */
export const streamIdSchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1–200 printable ASCII characters without spaces');
