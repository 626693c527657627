import { either as E } from 'fp-ts';
import type { ChainBreak, ChainCursor, StreamHead } from '../store/chain.js';
import { chainBreak, checkHead, startChain, stepChain } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';

export interface VerifyStoreOptions {
  /** Events per `readAll` page (default 1000). */
  readonly pageSize?: number;
  /** Stop listing breaks after this many (default 1000); `breaksTruncated` then says so. */
  readonly maxBreaks?: number;
}

export interface StoreVerification {
  readonly streams: number;
  readonly events: number;
  /**
   * One entry per stream whose history does not verify (at its first broken event), in the
   * order found: edited, removed or reordered events, foreign events, unreadable rows, and
   * streams whose events do not end at the head the store recorded. Empty when all verify.
   */
  readonly breaks: readonly ChainBreak[];
  /** True when more streams were broken than `maxBreaks` lets the report list. */
  readonly breaksTruncated: boolean;
  /** Each verified stream's head hash, to publish or to compare with an earlier run. */
  readonly heads: ReadonlyMap<string, string>;
}

/**
 * Reads one page of the log. A page holding a row the store cannot decode is re-read one
 * event at a time, so that the unreadable row is reported as a break of its stream and the
 * pass goes on after it, instead of stopping the audit at the first damaged row.
 */
const readPage = async (
  store: EventStore,
  after: number,
  limit: number,
): Promise<E.Either<StoreError, { events: readonly RecordedEvent[]; unreadable?: StoreError }>> => {
  const page = await store.readAll({ after, limit });
  if (E.isRight(page)) return E.right({ events: page.right });
  if (page.left.code !== 'CORRUPT_EVENT' || page.left.globalPosition === undefined) return page;
  const events: RecordedEvent[] = [];
  let position = after;
  for (let i = 0; i < limit; i++) {
    const one = await store.readAll({ after: position, limit: 1 });
    if (E.isLeft(one)) {
      if (one.left.code !== 'CORRUPT_EVENT' || one.left.globalPosition === undefined) return one;
      return E.right({ events, unreadable: one.left });
    }
    const event = one.right[0];
    if (event === undefined) break;
    events.push(event);
    position = event.globalPosition;
  }
  return E.right({ events });
};

/**
 * Verifies every stream in the store: one pass over the global log, holding only each
 * stream's running head in memory, then a pass over the heads the store recorded, which is
 * what reveals a deleted tail. Every broken stream is reported (up to `maxBreaks`); the pass
 * never stops at the first damage, so an auditor sees its extent.
 */
export const verifyStore = async (
  store: EventStore,
  options: VerifyStoreOptions = {},
): Promise<E.Either<StoreError, StoreVerification>> => {
  const pageSize = options.pageSize ?? 1000;
  const maxBreaks = options.maxBreaks ?? 1000;
  const cursors = new Map<string, ChainCursor>();
  const broken = new Map<string, ChainBreak>();
  let truncated = false;
  const report = (problem: ChainBreak): void => {
    if (broken.has(problem.streamId)) return;
    if (broken.size >= maxBreaks) truncated = true;
    // The stream is marked broken either way, so its later events are skipped.
    broken.set(problem.streamId, problem);
  };

  let after = 0;
  let events = 0;
  for (;;) {
    const page = await readPage(store, after, pageSize);
    if (E.isLeft(page)) return page;
    for (const event of page.right.events) {
      events++;
      after = event.globalPosition;
      if (broken.has(event.streamId)) continue;
      const cursor = cursors.get(event.streamId) ?? startChain(event.streamId);
      const next = stepChain(cursor, event);
      if (E.isLeft(next)) report(next.left);
      else cursors.set(event.streamId, next.right);
    }
    const bad = page.right.unreadable;
    if (bad?.code === 'CORRUPT_EVENT' && bad.globalPosition !== undefined) {
      events++;
      after = bad.globalPosition;
      report({
        code: 'CHAIN_BROKEN',
        streamId: bad.streamId,
        streamVersion: bad.streamVersion,
        reason: 'UNREADABLE',
        message: bad.message,
      });
      continue;
    }
    if (page.right.events.length === 0) break;
  }

  const recorded = new Set<string>();
  let afterId: string | undefined;
  for (;;) {
    const page = await store.listStreamHeads(afterId === undefined ? {} : { after: afterId });
    if (E.isLeft(page)) return page;
    if (page.right.length === 0) break;
    for (const head of page.right) {
      recorded.add(head.streamId);
      afterId = head.streamId;
      if (broken.has(head.streamId)) continue;
      const cursor = cursors.get(head.streamId) ?? startChain(head.streamId);
      const checked = checkHead(cursor, head as StreamHead);
      if (E.isLeft(checked)) report(checked.left);
    }
  }
  for (const [streamId, cursor] of cursors) {
    if (!recorded.has(streamId) && !broken.has(streamId)) {
      report(
        chainBreak(
          streamId,
          cursor.version,
          'HEAD_MISSING',
          `the store holds ${cursor.version} events but no head record for the stream`,
        ),
      );
    }
  }

  const heads = new Map<string, string>();
  for (const [streamId, cursor] of cursors)
    if (!broken.has(streamId)) heads.set(streamId, cursor.headHash);
  const streams = new Set([...cursors.keys(), ...broken.keys(), ...recorded]);
  return E.right({
    streams: streams.size,
    events,
    breaks: [...broken.values()].slice(0, maxBreaks),
    breaksTruncated: truncated,
    heads,
  });
};
