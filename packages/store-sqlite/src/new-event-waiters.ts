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

interface Parked {
  readonly after: number;
  readonly done: () => void;
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
  const parked = new Set<Parked>();
  let timer: NodeJS.Timeout | undefined;

  const stopPollingIfIdle = (): void => {
    if (parked.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const poll = (): void => {
    const highest = highestPosition();
    if (highest === undefined) return;
    for (const entry of [...parked]) if (highest > entry.after) entry.done();
  };

  return {
    wait(after, { signal, timeoutMs }) {
      const highest = highestPosition();
      if (signal?.aborted || (highest !== undefined && highest > after)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const entry: Parked = {
          after,
          done: () => {
            clearTimeout(timeout);
            signal?.removeEventListener('abort', entry.done);
            parked.delete(entry);
            stopPollingIfIdle();
            resolve();
          },
        };
        const timeout = setTimeout(entry.done, timeoutMs);
        signal?.addEventListener('abort', entry.done, { once: true });
        parked.add(entry);
        if (timer === undefined) {
          timer = setInterval(poll, pollIntervalMs);
          // The poll alone must not keep a process alive; each waiter's own timeout does.
          timer.unref();
        }
      });
    },
    notify() {
      for (const entry of [...parked]) entry.done();
    },
    close() {
      for (const entry of [...parked]) entry.done();
      stopPollingIfIdle();
    },
  };
};
