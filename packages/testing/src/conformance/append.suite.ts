import { describe, expect, it } from 'vitest';
import { freshStreamId, newEvent, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { leftOf, rightOf, withStore } from './with-store.js';

export const appendSuite = (harness: StoreHarness): void => {
  describe('append', () => {
    it('records a new stream from version 1 with increasing global positions', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const sent = newEvents(3);
        const result = rightOf(
          await store.append(streamId, sent, { expectedVersion: 'no_stream' }),
        );
        expect(result.nextExpectedVersion).toBe(3);
        expect(result.events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
        const positions = result.events.map((e) => e.globalPosition);
        expect(positions[0]).toBeGreaterThan(0);
        expect(positions[1]!).toBeGreaterThan(positions[0]!);
        expect(positions[2]!).toBeGreaterThan(positions[1]!);
        const read = rightOf(await store.readStream(streamId));
        expect(read).toEqual(result.events);
        expect(read.map((e) => e.id)).toEqual(sent.map((e) => e.id));
        expect(read[0]!.metadata).toEqual(sent[0]!.metadata);
      }));

    it('round-trips data exactly: Indonesian text, nesting, numbers, nulls', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const data = {
          tempat: 'Balai Desa Sumbermulyo, Kec. Bambanglipuro — "Kab. Bantul"',
          nested: { list: [1, 2.5, -3, 0], empty: {}, none: null, yes: true },
          unicode: 'ASN ✓ · é · 日本',
        };
        rightOf(
          await store.append(streamId, [newEvent('Noted', data)], { expectedVersion: 'any' }),
        );
        const [event] = rightOf(await store.readStream(streamId));
        expect(event?.data).toEqual(data);
        expect(event?.type).toBe('Noted');
        expect(event?.schemaVersion).toBe(1);
      }));

    it.each([
      ['any on an absent stream', 'any', 0, true],
      ['any on an existing stream', 'any', 2, true],
      ['no_stream on an absent stream', 'no_stream', 0, true],
      ['no_stream on an existing stream', 'no_stream', 2, false],
      ['stream_exists on an absent stream', 'stream_exists', 0, false],
      ['stream_exists on an existing stream', 'stream_exists', 2, true],
      ['exact 0 on an absent stream', 0, 0, true],
      ['exact 2 at version 2', 2, 2, true],
      ['exact 1 at version 2', 1, 2, false],
      ['exact 3 at version 2', 3, 2, false],
    ] as const)('expected version: %s', (_label, expectedVersion, existing, succeeds) =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        if (existing > 0)
          rightOf(
            await store.append(streamId, newEvents(existing), { expectedVersion: 'no_stream' }),
          );
        const result = await store.append(streamId, [newEvent()], { expectedVersion });
        if (succeeds) {
          expect(rightOf(result).nextExpectedVersion).toBe(existing + 1);
        } else {
          const error = leftOf(result);
          expect(error).toMatchObject({
            code: 'WRONG_EXPECTED_VERSION',
            streamId,
            actual: existing,
            expected: expectedVersion,
          });
          expect(error.message).toContain(`'${streamId}' is at version ${existing}`);
          expect(rightOf(await store.readStream(streamId))).toHaveLength(existing);
        }
      }),
    );

    it('a multi-event append with one bad event writes nothing and names the bad field', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const before = rightOf(await store.readAll({ limit: 100_000 })).length;
        const batch = [
          newEvent(),
          newEvent(),
          newEvent('Counted', { when: new Date() }),
          newEvent(),
        ];
        const error = leftOf(await store.append(streamId, batch, { expectedVersion: 'any' }));
        expect(error.code).toBe('INVALID_APPEND');
        expect(error.message).toContain('events[2].data');
        expect(rightOf(await store.readStream(streamId))).toEqual([]);
        expect(rightOf(await store.readAll({ limit: 100_000 })).length).toBe(before);
      }));

    it('a multi-event append that loses the version check writes none of its events', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        rightOf(await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
        leftOf(await store.append(streamId, newEvents(5), { expectedVersion: 0 }));
        expect(rightOf(await store.readStream(streamId))).toHaveLength(1);
      }));

    it.each([
      ['an empty stream id', '', [newEvent()], 'streamId'],
      ['a stream id with spaces', 'case 1', [newEvent()], 'streamId'],
      ['an empty batch', 'case-x', [], 'events'],
      [
        'an event id that is not UUID v7',
        'case-x',
        [newEvent('Counted', {}, { id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' })],
        'events[0].id',
      ],
      ['a bad event type', 'case-x', [newEvent('has space')], 'events[0].type'],
      [
        'a schema version 0',
        'case-x',
        [newEvent('Counted', {}, { schemaVersion: 0 })],
        'events[0].schemaVersion',
      ],
      ['a NaN in data', 'case-x', [newEvent('Counted', { n: Number.NaN })], 'events[0].data.n'],
    ] as const)('refuses %s with INVALID_APPEND naming it', (_label, streamId, events, path) =>
      withStore(harness, async (store) => {
        const error = leftOf(await store.append(streamId, events, { expectedVersion: 'any' }));
        expect(error.code).toBe('INVALID_APPEND');
        expect(error.message).toContain(path);
        expect(rightOf(await store.readAll({ limit: 10 }))).toEqual([]);
      }),
    );

    it('refuses two events with one id in a batch', () =>
      withStore(harness, async (store) => {
        const one = newEvent();
        const error = leftOf(
          await store.append(freshStreamId(), [one, { ...one }], { expectedVersion: 'any' }),
        );
        expect(error.code).toBe('INVALID_APPEND');
        expect(error.message).toContain('events[1].id');
      }));
  });
};
