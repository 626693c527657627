import { createParkedWaiters } from '@netra/core';

/** Parks `waitForEvents` callers until the log grows past what they have seen. */
export interface NewEventWaiters {
  wait(
    after: number,
    options: { readonly signal?: AbortSignal; readonly timeoutMs: number },
  ): Promise<void>;
  /** An append through this store committed: wake everyone at once. */
  notify(): void;
  close(): void;
}

/**
 * Two ways to learn of new events: appends through this store call `notify`; appends by other
 * connections and processes are found by polling the highest position while anyone waits
 * (SQLite has no cross-process notification). A poll that fails (the file busy for a moment)
 * is simply tried again at the next tick: waiting never rejects.
 */
export const createNewEventWaiters = (
  highestPosition: () => number | undefined,
  pollIntervalMs: number,
): NewEventWaiters => {
  const poll = (): void => {
    const highest = highestPosition();
    if (highest === undefined) return;
    waiters.wake(highest);
  };
  const waiters = createParkedWaiters(poll, pollIntervalMs);

  return {
    wait(after, options) {
      const highest = highestPosition();
      if (options.signal?.aborted || (highest !== undefined && highest > after)) {
        return Promise.resolve();
      }
      return waiters.park(after, options);
    },
    notify() {
      waiters.wake();
    },
    close() {
      waiters.close();
    },
  };
};
