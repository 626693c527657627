/**
 * The command metadata as zod validates it at the boundary: the same shape as the core's
 * `CommandMeta`, so a parsed command can go straight to the command handler.
 */
import { z } from 'zod';
import type { CommandMeta } from '../../handler/command-meta.js';
import { instantSchema, nonEmptyString } from './primitives.js';

/** The loose actor reference: role and scope are plain strings here; roles.ts narrows them. */
export const actorRefSchema = z.object({
  id: nonEmptyString,
  role: nonEmptyString,
  scope: z.record(z.string(), z.string()),
});

export const commandMetaSchema = z.object({
  commandId: nonEmptyString,
  actor: actorRefSchema,
  /** When the act legally happened (the report was received, the review signed…). */
  occurredAt: instantSchema,
  correlationId: nonEmptyString.optional(),
  causationId: nonEmptyString.optional(),
});

/** Compile-time proof that a parsed meta is a CommandMeta. */
export const asCommandMeta = (meta: z.infer<typeof commandMetaSchema>): CommandMeta => meta;
