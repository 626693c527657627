import { either as E } from 'fp-ts';
import type { StreamHead } from '../chain.js';
import { verifyChain } from '../chain.js';
import type { RecordedEvent } from '../envelope.js';
import type {
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from '../event-store.js';
import { satisfiesExpectedVersion } from '../expected-version.js';
import { GENESIS_HASH, noteImmutableHash } from '../hash-chain.js';
import { chainEvents, recordedAt, validateAppend } from '../prepare-append.js';
import { checkHeadsPage, checkLogPage, checkStreamRange } from '../read-options.js';
import { wrongExpectedVersion } from '../store-error.js';
import { createWaiters } from './waiters.js';

export interface InMemoryEventStoreOptions {
  /**
   * Events to start from, taken as recorded (not re-validated, not re-hashed): for restoring
   * a snapshot of another store, or for showing that `verify` catches an altered history.
   * They must be in global-position order.
   */
  readonly seed?: readonly RecordedEvent[];
  /**
   * The stream heads to start from, taken as recorded. Default: each seeded stream's last
   * event. Give them to restore a store whose head table and events may disagree (a
   * truncated tail, which only the recorded head reveals).
   */
  readonly seedHeads?: readonly StreamHead[];
}

const DEFAULT_READ_LIMIT = 1000;
const HEADS_LIMIT_CEILING = 10_000;

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
};

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
  const heads = new Map<string, StreamHead>();
  /**
   * Streams whose stored events are known to chain up to their head. Events this store appends
   * are chained by construction and frozen; seeded ones are taken as given, so each seeded
   * stream is verified once, at its first append.
   */
  const verified = new Set<string>();
  const waiters = createWaiters();
  let closed = false;

  for (const event of options.seed ?? []) {
    const copy = deepFreeze(structuredClone(event));
    log.push(copy);
    const stream = streams.get(copy.streamId) ?? [];
    stream.push(copy);
    streams.set(copy.streamId, stream);
    heads.set(copy.streamId, {
      streamId: copy.streamId,
      version: copy.streamVersion,
      hash: copy.hash,
    });
  }
  if (options.seedHeads !== undefined) {
    heads.clear();
    for (const head of options.seedHeads) heads.set(head.streamId, { ...head });
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
      const head = heads.get(streamId) ?? null;
      if (!verified.has(streamId)) {
        const intact = verifyChain(streamId, stream, head);
        if (E.isLeft(intact)) return intact;
        verified.add(streamId);
      }
      const current = head?.version ?? 0;
      if (!satisfiesExpectedVersion(expectedVersion, current)) {
        return E.left(wrongExpectedVersion(streamId, expectedVersion, current));
      }
      const first = nextPosition();
      const prepared = chainEvents(streamId, current, head?.hash ?? GENESIS_HASH, valid.right);
      const recorded = prepared.map((event, i): RecordedEvent => {
        const frozen = deepFreeze(recordedAt(event, first + i));
        // Frozen, so the hash computed over it stays the event's hash: loads verify it after
        // the same previous hash without hashing it again. (Its canonical text is not kept:
        // the memo answers every load, and an event verified elsewhere in a chain is hashed
        // in full, from its values.)
        noteImmutableHash(
          frozen,
          i === 0 ? (head?.hash ?? GENESIS_HASH) : (prepared[i - 1]?.hash ?? GENESIS_HASH),
        );
        return frozen;
      });
      stream.push(...recorded);
      streams.set(streamId, stream);
      const last = recorded.at(-1) as RecordedEvent;
      heads.set(streamId, { streamId, version: last.streamVersion, hash: last.hash });
      log.push(...recorded);
      waiters.notify();
      const result: AppendResult = {
        streamId,
        nextExpectedVersion: current + recorded.length,
        events: recorded,
      };
      return E.right(result);
    },

    async readStream(streamId, options?: ReadStreamOptions) {
      assertOpen();
      const range = checkStreamRange(options);
      if (E.isLeft(range)) return range;
      const { from, to } = range.right;
      const stream = streams.get(streamId) ?? [];
      return E.right(stream.filter((e) => e.streamVersion >= from && e.streamVersion <= to));
    },

    async readAll(options?: ReadAllOptions) {
      assertOpen();
      const page = checkLogPage(options, DEFAULT_READ_LIMIT, Number.MAX_SAFE_INTEGER);
      if (E.isLeft(page)) return page;
      const start = firstAfter(log, page.right.after);
      return E.right(log.slice(start, start + page.right.limit));
    },

    async readHeadPosition() {
      assertOpen();
      return E.right(log.at(-1)?.globalPosition ?? 0);
    },

    async readStreamHead(streamId) {
      assertOpen();
      return E.right(heads.get(streamId) ?? null);
    },

    async readStreamWithHead(streamId) {
      assertOpen();
      return E.right({
        head: heads.get(streamId) ?? null,
        events: (streams.get(streamId) ?? []).slice(),
      });
    },

    async listStreamHeads(options) {
      assertOpen();
      const page = checkHeadsPage(options, DEFAULT_READ_LIMIT, HEADS_LIMIT_CEILING);
      if (E.isLeft(page)) return page;
      const { after, limit } = page.right;
      const ids = [...heads.keys()].filter((id) => after === null || id > after).sort();
      return E.right(ids.slice(0, limit).map((id) => heads.get(id) as StreamHead));
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
