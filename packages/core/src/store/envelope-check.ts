import type { NewEvent } from './envelope.js';
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

const ENVELOPE_KEYS = new Set(['id', 'type', 'schemaVersion', 'data', 'metadata']);
const METADATA_KEYS = new Set([
  'actor',
  'commandId',
  'commandFingerprint',
  'correlationId',
  'causationId',
  'rulebookVersion',
  'occurredAt',
  'recordedAt',
]);
const ACTOR_KEYS = new Set(['id', 'role', 'scope']);

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const onlyKeys = (value: Record<string, unknown>, keys: ReadonlySet<string>): boolean => {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
};

/** Already what `z.string().trim()` would make of it (checked for validity separately). */
const isTrimmed = (value: unknown): boolean => typeof value !== 'string' || value === value.trim();

/**
 * What `newEventSchema.parse(value)` would answer, for the common envelope only: plain objects
 * with no key the schema does not name and no string it would trim. Anything else is
 * `undefined`, and the caller asks zod (which strips, trims and names problems). Each property
 * is read once, into the copy that is then checked, so a getter cannot answer one value to the
 * check and another to the copy. The copy has zod's output's keys, in zod's order (a property
 * test holds the two together).
 */
export const parseCommonEnvelope = (value: unknown): NewEvent | undefined => {
  if (!isPlain(value) || !onlyKeys(value, ENVELOPE_KEYS) || !('data' in value)) return undefined;
  const metadata = value.metadata;
  if (!isPlain(metadata) || !onlyKeys(metadata, METADATA_KEYS)) return undefined;
  const actor = metadata.actor;
  if (!isPlain(actor) || !onlyKeys(actor, ACTOR_KEYS)) return undefined;
  const scopeIn = actor.scope;
  if (!isPlain(scopeIn)) return undefined;
  const scope: Record<string, string> = {};
  for (const key of Object.keys(scopeIn)) {
    const entry = scopeIn[key];
    // '__proto__' would set the copy's prototype, not a key: zod decides about that one.
    if (typeof entry !== 'string' || key === '__proto__') return undefined;
    scope[key] = entry;
  }
  const hasFingerprint = 'commandFingerprint' in metadata;
  const fingerprint = metadata.commandFingerprint;
  if (hasFingerprint && fingerprint === undefined) return undefined;
  const copy = {
    actor: { id: actor.id, role: actor.role, scope },
    commandId: metadata.commandId,
    ...(hasFingerprint ? { commandFingerprint: fingerprint } : {}),
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    rulebookVersion: metadata.rulebookVersion,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
  };
  const event = {
    id: value.id,
    type: value.type,
    schemaVersion: value.schemaVersion,
    data: value.data,
    metadata: copy,
  };
  if (!isValidEnvelopeParts(event.id, event.type, event.schemaVersion, copy)) return undefined;
  const trimmed =
    isTrimmed(copy.actor.id) &&
    isTrimmed(copy.actor.role) &&
    isTrimmed(copy.commandId) &&
    isTrimmed(copy.correlationId) &&
    isTrimmed(copy.causationId) &&
    isTrimmed(copy.rulebookVersion);
  return trimmed ? (event as NewEvent) : undefined;
};
