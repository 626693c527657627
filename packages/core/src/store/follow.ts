import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import type { EventStore } from './event-store.js';
import type { StoreError } from './store-error.js';

export interface FollowOptions {
  /** Start after this global position (a projection's checkpoint; 0 = from the beginning). */
  readonly after?: number;
  readonly signal: AbortSignal;
  readonly batchSize?: number;
  /** How long to park between empty reads before reading again anyway (default 1000 ms). */
  readonly idleTimeoutMs?: number;
}

/** Raised out of the iterator when the store answers an error while following. */
export class FollowError extends Error {
  constructor(readonly storeError: StoreError) {
    super(storeError.message);
    this.name = 'FollowError';
  }
}

/**
 * Follows the global log: yields every event after `after`, in position order, then waits for
 * new ones until `signal` aborts. Built on `readAll` + `waitForEvents` only, so it inherits the
 * store's no-skip guarantee and works the same on every adapter. A consumer that stores the
 * position of each event it has processed can resume exactly where it stopped.
 */
export async function* followAll(
  store: EventStore,
  options: FollowOptions,
): AsyncGenerator<RecordedEvent> {
  let after = options.after ?? 0;
  const limit = options.batchSize ?? 500;
  while (!options.signal.aborted) {
    const page = await store.readAll({ after, limit });
    if (E.isLeft(page)) throw new FollowError(page.left);
    for (const event of page.right) {
      if (options.signal.aborted) return;
      after = event.globalPosition;
      yield event;
    }
    if (page.right.length < limit) {
      await store.waitForEvents(after, {
        signal: options.signal,
        timeoutMs: options.idleTimeoutMs ?? 1000,
      });
    }
  }
}
