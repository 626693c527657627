import { describe, expect, it } from 'vitest';
import { freshStreamId, newEvent, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { leftOf, rightOf, withStore } from './with-store.js';

/** Nesting built iteratively, so that building it cannot overflow the test's own stack. */
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { down: value };
  return value;
};

/**
 * Input a caller (or an attacker behind one) can hand a store: every store answers the same
 * typed refusal, never an exception, and writes nothing.
 */
export const hostileInputSuite = (harness: StoreHarness): void => {
  describe('hostile input', () => {
    it('data nested 100,000 deep or with a cycle is INVALID_APPEND naming where, not a RangeError', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const deep = leftOf(
          await store.append(streamId, [newEvent('Deep', nested(100_000))], {
            expectedVersion: 'any',
          }),
        );
        expect(deep).toMatchObject({ code: 'INVALID_APPEND' });
        expect(deep.message).toMatch(/deeper than 64/);
        const cyclic: Record<string, unknown> = { name: 'loop' };
        cyclic.self = cyclic;
        expect(
          leftOf(
            await store.append(streamId, [newEvent('Cyclic', cyclic)], { expectedVersion: 'any' }),
          ),
        ).toMatchObject({ code: 'INVALID_APPEND', path: 'events[0].data.self' });
        // 64 levels are still fine.
        rightOf(
          await store.append(streamId, [newEvent('Deep', nested(60))], { expectedVersion: 'any' }),
        );
        expect(rightOf(await store.readStream(streamId))).toHaveLength(1);
      }));

    it('data larger than 1 Mi characters of JSON is INVALID_APPEND, whether one string or many', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const big = leftOf(
          await store.append(streamId, [newEvent('Big', { note: 'x'.repeat(10 * 1024 * 1024) })], {
            expectedVersion: 'any',
          }),
        );
        expect(big).toMatchObject({ code: 'INVALID_APPEND', path: 'events[0].data.note' });
        const many = Array.from({ length: 20_000 }, (_, i) => ({
          ref: `r-${i}`,
          text: 'y'.repeat(60),
        }));
        expect(
          leftOf(
            await store.append(streamId, [newEvent('Many', { many })], { expectedVersion: 'any' }),
          ),
        ).toMatchObject({ code: 'INVALID_APPEND' });
        // Just under the limit is stored whole.
        const fits = 'z'.repeat(1024 * 1024 - 100);
        rightOf(
          await store.append(streamId, [newEvent('Fits', { fits })], { expectedVersion: 'any' }),
        );
        const [stored] = rightOf(await store.readStream(streamId));
        expect((stored as { data: { fits: string } }).data.fits).toHaveLength(fits.length);
      }));

    it('a __proto__ key in data is refused the same way by every store', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const data = JSON.parse('{"note":"x","nested":{"__proto__":{"admin":true}}}');
        expect(
          leftOf(
            await store.append(streamId, [newEvent('Proto', data)], { expectedVersion: 'any' }),
          ),
        ).toMatchObject({ code: 'INVALID_APPEND', path: 'events[0].data.nested.__proto__' });
        expect(rightOf(await store.readStream(streamId))).toEqual([]);
      }));

    it('read bounds that are not whole numbers ≥ 0 are INVALID_READ naming the option', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        rightOf(await store.append(streamId, newEvents(3), { expectedVersion: 'no_stream' }));
        for (const [options, option] of [
          [{ from: 1.5 }, 'from'],
          [{ from: Number.NaN }, 'from'],
          [{ to: Number.NaN }, 'to'],
          [{ from: -1 }, 'from'],
          [{ to: Number.POSITIVE_INFINITY }, 'to'],
          [{ from: '2' as unknown as number }, 'from'],
        ] as const) {
          expect(leftOf(await store.readStream(streamId, options))).toMatchObject({
            code: 'INVALID_READ',
            option,
          });
        }
        for (const [options, option] of [
          [{ after: 0.5 }, 'after'],
          [{ after: -3 }, 'after'],
          [{ limit: 0 }, 'limit'],
          [{ limit: Number.NaN }, 'limit'],
        ] as const) {
          expect(leftOf(await store.readAll(options))).toMatchObject({
            code: 'INVALID_READ',
            option,
          });
        }
        expect(leftOf(await store.listStreamHeads({ limit: 0 }))).toMatchObject({
          code: 'INVALID_READ',
          option: 'limit',
        });
        // Whole numbers read as they always did, 0 included.
        expect(rightOf(await store.readStream(streamId, { from: 0, to: 2 }))).toHaveLength(2);
      }));
  });
};
