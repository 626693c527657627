import { eventMetadataSchema, newEventSchema } from './new-event-schema.js';

/*
 * The envelope check of `newEventSchema`, written out by hand for the read path, where every
 * stored event is checked again and zod's general machinery was a fifth of a log read. It
 * answers exactly what `newEventSchema.safeParse(value).success` answers (a property test holds
 * the two together over valid and broken envelopes); when it says no, the caller asks zod,
 * whose first issue names what is wrong.
 */

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;

/** The instant pattern zod itself checks `occurredAt` and `recordedAt` with. */
const instantSchema = eventMetadataSchema.shape.occurredAt;
const zodPattern = (instantSchema as unknown as { _zod?: { pattern?: unknown } })._zod?.pattern;
const isInstant: (value: string) => boolean =
  zodPattern instanceof RegExp
    ? (value) => (zodPattern as RegExp).test(value)
    : (value) => instantSchema.safeParse(value).success;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `z.string().trim().min(1)`: a string with something other than white space in it. */
const isNonEmpty = (value: unknown): boolean =>
  typeof value === 'string' && value.trim().length > 0;

const isStringRecord = (value: unknown): boolean => {
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) if (typeof value[key] !== 'string') return false;
  return true;
};

const isMetadata = (value: unknown): boolean => {
  if (!isObject(value)) return false;
  const actor = value.actor;
  if (!isObject(actor) || !isNonEmpty(actor.id) || !isNonEmpty(actor.role)) return false;
  if (!isStringRecord(actor.scope)) return false;
  if (!isNonEmpty(value.commandId) || !isNonEmpty(value.correlationId)) return false;
  const fingerprint = value.commandFingerprint;
  if (fingerprint !== undefined && !isHexDigest(fingerprint)) return false;
  if (value.causationId !== null && !isNonEmpty(value.causationId)) return false;
  if (!isNonEmpty(value.rulebookVersion)) return false;
  return (
    typeof value.occurredAt === 'string' &&
    isInstant(value.occurredAt) &&
    typeof value.recordedAt === 'string' &&
    isInstant(value.recordedAt)
  );
};

/** Whether `newEventSchema` accepts `value` (see above). */
export const isValidEnvelope = (value: unknown): boolean =>
  isObject(value) &&
  // zod's z.unknown() in an object wants the key present (its value may be anything).
  'data' in value &&
  isValidEnvelopeParts(value.id, value.type, value.schemaVersion, value.metadata);

/** {@link isValidEnvelope} of an envelope with a `data` key, given its other fields. */
export const isValidEnvelopeParts = (
  id: unknown,
  type: unknown,
  schemaVersion: unknown,
  metadata: unknown,
): boolean =>
  typeof id === 'string' &&
  UUID_V7.test(id) &&
  typeof type === 'string' &&
  TYPE_NAME.test(type) &&
  typeof schemaVersion === 'number' &&
  Number.isSafeInteger(schemaVersion) &&
  schemaVersion >= 1 &&
  isMetadata(metadata);

/** What is wrong with an envelope `isValidEnvelope` refused, in zod's words: path and message. */
export const envelopeProblem = (value: unknown): string => {
  const checked = newEventSchema.safeParse(value);
  if (checked.success) return 'envelope is invalid';
  const issue = checked.error.issues[0];
  return `${(issue?.path ?? []).map(String).join('.') || 'envelope'} ${issue?.message ?? 'is invalid'}`;
};

/** A SHA-256 hex digest: 64 lower-case hexadecimal digits. */
export const isHexDigest = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
};
