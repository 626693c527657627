import { either as E } from 'fp-ts';
import type { EventStore } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';
import type { ChainBreak, ChainCursor } from './verify-chain.js';
import { startChain, stepChain } from './verify-chain.js';

export interface StoreVerification {
  readonly streams: number;
  readonly events: number;
  /** One entry per stream whose chain breaks (at its first broken event). Empty when all verify. */
  readonly breaks: readonly ChainBreak[];
  /** Each verified stream's head hash, to publish or to compare with an earlier run. */
  readonly heads: ReadonlyMap<string, string>;
}

/**
 * Verifies every stream in the store by one pass over the global log, holding only each
 * stream's running head in memory. A broken stream is reported once and the pass goes on.
 */
export const verifyStore = async (
  store: EventStore,
  options: { readonly pageSize?: number } = {},
): Promise<E.Either<StoreError, StoreVerification>> => {
  const cursors = new Map<string, ChainCursor>();
  const broken = new Map<string, ChainBreak>();
  let after = 0;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: options.pageSize ?? 1000 });
    if (E.isLeft(page)) return page;
    if (page.right.length === 0) break;
    for (const event of page.right) {
      events++;
      after = event.globalPosition;
      if (broken.has(event.streamId)) continue;
      const cursor = cursors.get(event.streamId) ?? startChain(event.streamId);
      const next = stepChain(cursor, event);
      if (E.isLeft(next)) broken.set(event.streamId, next.left);
      else cursors.set(event.streamId, next.right);
    }
  }
  const heads = new Map<string, string>();
  for (const [streamId, cursor] of cursors)
    if (!broken.has(streamId)) heads.set(streamId, cursor.headHash);
  return E.right({
    streams: cursors.size + [...broken.keys()].filter((s) => !cursors.has(s)).length,
    events,
    breaks: [...broken.values()],
    heads,
  });
};
