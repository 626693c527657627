import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../envelope.js';
import type {
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from '../event-store.js';
import { satisfiesExpectedVersion } from '../expected-version.js';
import { GENESIS_HASH } from '../hash-chain.js';
import { chainEvents, validateAppend } from '../prepare-append.js';
import { wrongExpectedVersion } from '../store-error.js';
import { createWaiters } from './waiters.js';

export interface InMemoryEventStoreOptions {
  /**
   * Events to start from, taken as recorded (not re-validated, not re-hashed): for restoring
   * a snapshot of another store, or for showing that `verify` catches an altered history.
   * They must be in global-position order.
   */
  readonly seed?: readonly RecordedEvent[];
}

const DEFAULT_READ_LIMIT = 1000;

/** Index of the first event whose position is greater than `after` (binary search: seeded logs may have gaps). */
const firstAfter = (log: readonly RecordedEvent[], after: number): number => {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((log[mid]?.globalPosition ?? 0) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * The reference store: everything in process memory, for tests, examples and small tools.
 * Each append runs synchronously between two awaits, so the version check and the write are
 * one indivisible step; positions are dense and assigned in commit order.
 */
export const createInMemoryEventStore = (options: InMemoryEventStoreOptions = {}): EventStore => {
  const log: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const waiters = createWaiters();
  let closed = false;

  for (const event of options.seed ?? []) {
    log.push(event);
    const stream = streams.get(event.streamId) ?? [];
    stream.push(event);
    streams.set(event.streamId, stream);
  }
  const nextPosition = (): number => (log.at(-1)?.globalPosition ?? 0) + 1;

  const assertOpen = (): void => {
    if (closed) throw new Error('netra in-memory store: used after close()');
  };

  return {
    async append(streamId, events, { expectedVersion }) {
      assertOpen();
      const valid = validateAppend(streamId, events);
      if (E.isLeft(valid)) return valid;
      const stream = streams.get(streamId) ?? [];
      const current = stream.length;
      if (!satisfiesExpectedVersion(expectedVersion, current)) {
        return E.left(wrongExpectedVersion(streamId, expectedVersion, current));
      }
      const first = nextPosition();
      const prepared = chainEvents(
        streamId,
        current,
        stream.at(-1)?.hash ?? GENESIS_HASH,
        valid.right,
      );
      const recorded = prepared.map(
        (event, i): RecordedEvent => Object.freeze({ ...event, globalPosition: first + i }),
      );
      stream.push(...recorded);
      streams.set(streamId, stream);
      log.push(...recorded);
      waiters.notify();
      const result: AppendResult = {
        streamId,
        nextExpectedVersion: current + recorded.length,
        events: recorded,
      };
      return E.right(result);
    },

    async readStream(streamId, { from = 1, to }: ReadStreamOptions = {}) {
      assertOpen();
      const stream = streams.get(streamId) ?? [];
      return E.right(
        stream.filter(
          (e) => e.streamVersion >= from && (to === undefined || e.streamVersion <= to),
        ),
      );
    },

    async readAll({ after = 0, limit = DEFAULT_READ_LIMIT }: ReadAllOptions = {}) {
      assertOpen();
      const start = firstAfter(log, after);
      return E.right(log.slice(start, start + Math.max(1, limit)));
    },

    waitForEvents(after, { signal, timeoutMs }) {
      if (nextPosition() - 1 > after) return Promise.resolve();
      return waiters.wait(signal, timeoutMs);
    },

    async close() {
      closed = true;
      waiters.notify();
    },
  };
};
