import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './envelope.js';
import type { HashedFields } from './hash-chain.js';
import {
  GENESIS_HASH,
  hashCanonicalParts,
  hashEvent,
  noteImmutableHash,
  noteStoredJson,
} from './hash-chain.js';

/** The definition: SHA-256 of the canonical JSON of the whole body, serialised in one piece. */
const byDefinition = (previousHash: string, event: HashedFields): string =>
  createHash('sha256')
    .update(
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
      'utf8',
    )
    .digest('hex');

const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);
/** Any JSON in both documents: the hash is defined over JSON, whatever the envelope check says. */
/** Printable ASCII (with quotes and backslashes), and any code units (controls, lone surrogates). */
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }));
const fields: fc.Arbitrary<HashedFields> = fc.record({
  id: text,
  streamId: text,
  streamVersion: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  type: text,
  schemaVersion: fc.integer({ min: 1, max: 1_000 }),
  data: json,
  metadata: json,
}) as fc.Arbitrary<HashedFields>;
const hex = fc.stringMatching(/^[0-9a-f]{64}$/);

/** Event e1, version 1 of stream s, with this data and metadata. */
const eventWith = (data: unknown, metadata: unknown): HashedFields =>
  ({
    id: 'e1',
    streamId: 's',
    streamVersion: 1,
    type: 'T',
    schemaVersion: 1,
    data,
    metadata,
  }) as unknown as HashedFields;

const recorded = (event: HashedFields, hash: string): RecordedEvent =>
  ({ ...event, globalPosition: 1, hash }) as RecordedEvent;

describe('the hash of an event, assembled from canonical parts', () => {
  it('equals the canonical JSON of the whole body, hashed (any strings, numbers and JSON data)', () => {
    fc.assert(
      fc.property(hex, fields, (previous, event) => {
        const parts = hashCanonicalParts(
          previous,
          event,
          canonicalJson(event.data),
          canonicalJson(event.metadata),
        );
        expect(parts).toBe(byDefinition(previous, event));
        expect(hashEvent(previous, event)).toBe(parts);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes the stored text of a decoded event, and the values when the text is not canonical', () => {
    const event = eventWith({ b: 1, a: [1, 'x'] }, { z: null, y: true });
    const hash = byDefinition(GENESIS_HASH, event);
    // canonical text, as netra writes it
    const canonical = recorded(event, hash);
    noteStoredJson(canonical, { data: '{"a":[1,"x"],"b":1}', metadata: '{"y":true,"z":null}' });
    expect(hashEvent(GENESIS_HASH, canonical)).toBe(hash);
    // the same values laid out otherwise (a row written by JSON.stringify): still their hash
    const laidOut = recorded(event, hash);
    noteStoredJson(laidOut, { data: '{ "b": 1, "a": [1, "x"] }', metadata: '{"z":null,"y":true}' });
    expect(hashEvent(GENESIS_HASH, laidOut)).toBe(hash);
    // text that says something else than the recorded hash covers: the values decide, and differ
    const altered = recorded({ ...event, data: { b: 2, a: [1, 'x'] } }, hash);
    noteStoredJson(altered, { data: '{"a":[1,"x"],"b":2}', metadata: '{"y":true,"z":null}' });
    expect(hashEvent(GENESIS_HASH, altered)).not.toBe(hash);
  });

  it('keeps the stored text to the decoded event itself: a copy is hashed from its values', () => {
    const event = eventWith({ b: 1 }, { y: true });
    const hash = byDefinition(GENESIS_HASH, event);
    const decoded = recorded(event, hash);
    noteStoredJson(decoded, { data: '{"b":1}', metadata: '{"y":true}' });
    // invisible to readers of the event: no key, nothing in its JSON
    expect(Object.keys(decoded)).toEqual(Object.keys(recorded(event, hash)));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(recorded(event, hash)));
    // a copy with other data carries no stored text, so its hash is its own values' hash
    for (const copy of [
      { ...decoded, data: { b: 2 } },
      Object.assign({}, decoded, { data: { b: 2 } }),
      { ...structuredClone(decoded), data: { b: 2 } },
    ]) {
      expect(hashEvent(GENESIS_HASH, copy)).not.toBe(hash);
      expect(hashEvent(GENESIS_HASH, copy)).toBe(byDefinition(GENESIS_HASH, copy));
    }
    // told twice, the first text stays; a frozen event is told nothing and hashed from values
    noteStoredJson(decoded, { data: '{"b":3}', metadata: '{"y":true}' });
    expect(hashEvent(GENESIS_HASH, decoded)).toBe(hash);
    const frozen = Object.freeze(recorded({ ...event, data: { b: 2 } }, hash));
    noteStoredJson(frozen, { data: '{"b":1}', metadata: '{"y":true}' });
    expect(hashEvent(GENESIS_HASH, frozen)).not.toBe(hash);
  });

  it('answers the hash of a frozen event it was told of without hashing, only after the same previous hash', () => {
    const event = eventWith({ a: 1 }, { y: true });
    const hash = byDefinition(GENESIS_HASH, event);
    // a recorded hash that is not the content's: only the memo could answer it
    const claimed = 'f'.repeat(64);
    const frozen = Object.freeze(recorded(event, claimed));
    noteImmutableHash(frozen, GENESIS_HASH);
    expect(hashEvent(GENESIS_HASH, frozen)).toBe(claimed);
    // another previous hash: hashed in full (the memo is for one link only)
    expect(hashEvent('a'.repeat(64), frozen)).toBe(byDefinition('a'.repeat(64), event));
    // a copy (the only way to alter a frozen event) is another object: hashed in full
    expect(hashEvent(GENESIS_HASH, { ...frozen })).toBe(hash);
    // an event that is not frozen is never remembered
    const open = recorded(event, claimed);
    noteImmutableHash(open, GENESIS_HASH);
    expect(hashEvent(GENESIS_HASH, open)).toBe(hash);
  });
});
