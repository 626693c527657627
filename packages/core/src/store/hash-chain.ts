import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './envelope.js';

/** The `previous hash` of a stream's first event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The parts of a recorded event the hash covers: everything but the global position and the hash. */
export type HashedFields = Omit<RecordedEvent, 'globalPosition' | 'hash'>;

/** The hashed fields other than the two JSON documents. */
export type HashedScalars = Omit<HashedFields, 'data' | 'metadata'>;

/**
 * The JSON text a store read an event's `data` and `metadata` from (or wrote them as). Stores
 * write the RFC 8785 canonical form, so for every event netra appended this text is exactly the
 * part of the hashed body that covers those two fields.
 */
export interface StoredJson {
  readonly data: string;
  readonly metadata: string;
}

/**
 * Where a decoded event keeps its stored text: a property under a symbol no other module can
 * name, defined non-enumerable, so a copy of the event (spread, `Object.assign`,
 * `structuredClone`, JSON) never carries it, and is hashed from its values.
 *
 * Not a `WeakMap` entry: in Node 20 (V8 11.3) the values of a `WeakMap` whose keys died young
 * outlived the young-generation collections those keys died in, so the text of every event
 * read (about 1 KB each) was copied into the old generation. Measured on a 10^5-event rebuild
 * and in isolation: see docs/performance.md.
 */
const STORED_JSON: unique symbol = Symbol('netra.storedJson');

/**
 * Remembers the text a store decoded `event` from, so that verifying its hash hashes those
 * bytes (one SHA-256, no re-serialisation). Only a store's decoder calls it, with the very
 * strings it parsed `data` and `metadata` from, before the event leaves the store.
 */
export const noteStoredJson = (event: RecordedEvent, json: StoredJson): void => {
  // A frozen event keeps nothing: verifying it hashes its values, as for any other.
  if (Object.isExtensible(event) && !Object.hasOwn(event, STORED_JSON)) {
    Object.defineProperty(event, STORED_JSON, { value: json, enumerable: false });
  }
};

const storedJsonOf = (event: object): StoredJson | undefined =>
  Object.hasOwn(event, STORED_JSON)
    ? (event as { readonly [STORED_JSON]: StoredJson })[STORED_JSON]
    : undefined;

/** Printable ASCII without `"` and `\`: JSON (and RFC 8785) writes such a string as it is, in quotes. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * Events whose hash this process computed itself and which cannot change since: the in-memory
 * store's, deep-frozen as it records them. Each maps to the previous hash its hash was computed
 * over. Verifying such an event after the same previous hash needs no new SHA-256: a frozen
 * object reads the same forever, so the hash would come out the same. A copy of the event (the
 * only way to alter it) is another object, absent here, and is hashed in full.
 */
const hashedImmutable = new WeakMap<object, string>();

/**
 * Records that `event` (deep-frozen: nothing in it can change) has the hash computed over
 * `previousHash` and its content. Only a store that computed that hash itself and froze the
 * event calls it (the in-memory store).
 */
export const noteImmutableHash = (event: RecordedEvent, previousHash: string): void => {
  if (Object.isFrozen(event)) hashedImmutable.set(event, previousHash);
};

const scalar = (value: unknown): string =>
  typeof value === 'string'
    ? PLAIN_ASCII.test(value)
      ? `"${value}"`
      : JSON.stringify(value)
    : typeof value === 'number' && Number.isSafeInteger(value)
      ? String(value)
      : canonicalJson(value);

/**
 * The canonical body of an event's hash, from its scalar fields and the canonical JSON of its
 * data and metadata. RFC 8785 is compositional: sorting the keys of the outer objects by hand
 * (`event` < `previousHash`; `data` < `id` < `metadata` < `schemaVersion` < `streamId` <
 * `streamVersion` < `type`) and inserting the canonical texts gives the canonical JSON of the
 * whole, byte for byte (a property test holds it to `canonicalJson` of the whole object).
 */
const hashBody = (
  previousHash: string,
  event: HashedScalars,
  dataJson: string,
  metadataJson: string,
): string =>
  `{"event":{"data":${dataJson},"id":${scalar(event.id)},"metadata":${metadataJson},"schemaVersion":${scalar(event.schemaVersion)},"streamId":${scalar(event.streamId)},"streamVersion":${scalar(event.streamVersion)},"type":${scalar(event.type)}},"previousHash":${scalar(previousHash)}}`;

/** SHA-256 of the UTF-8 text, hex: one call into OpenSSL (`crypto.hash`, Node >= 20.12). */
const sha256 = (text: string): string => hash('sha256', text, 'hex');

/** The hash of an event whose data and metadata are given as their canonical JSON text. */
export const hashCanonicalParts = (
  previousHash: string,
  event: HashedScalars,
  dataJson: string,
  metadataJson: string,
): string => sha256(hashBody(previousHash, event, dataJson, metadataJson));

/**
 * SHA-256 (hex) over `previousHash` and the RFC 8785 canonical JSON of the event's fields.
 * Any edit of a field, any deletion or reordering inside a stream changes a hash that a later
 * event (or the recorded head) depends on, which `verifyStreamChain` reports.
 *
 * For an event a store decoded (see {@link noteStoredJson}) the stored bytes are hashed as
 * they are; when that does not give the event's recorded hash (a row written before stores
 * kept the canonical text, or an altered one), the hash is computed from the parsed values,
 * so the answer never depends on how the text was laid out, only on what it says.
 */
export const hashEvent = (previousHash: string, event: HashedFields): string => {
  if (hashedImmutable.get(event) === previousHash) return (event as RecordedEvent).hash;
  const text = storedJsonOf(event);
  if (text !== undefined) {
    const fast = hashCanonicalParts(previousHash, event, text.data, text.metadata);
    if (fast === (event as { readonly hash?: unknown }).hash) return fast;
  }
  return sha256(
    canonicalJson({
      previousHash,
      event: {
        id: event.id,
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
      },
    }),
  );
};
