/** How long one `waitForEvents` caller waits, and what may end its wait early. */
export interface ParkOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
}

/**
 * The `waitForEvents` callers of one store, parked until the log has grown past what each has
 * seen, whatever tells the store so (its own appends, a notification, a poll).
 */
export interface ParkedWaiters {
  /**
   * Parks a caller that has seen the log up to `after`: resolves when woken, aborted or timed
   * out, never rejects. The caller is parked before this returns, so a wake-up that comes
   * right after is not lost; while anyone is parked, `poll` runs every `pollIntervalMs`.
   */
  park(after: number, options: ParkOptions): Promise<void>;
  /** Wakes every caller that has seen less than `upTo` (everyone, without it). */
  wake(upTo?: number): void;
  /** Wakes everyone and stops polling. */
  close(): void;
  /** How many callers are parked. */
  readonly size: number;
}

interface Parked {
  readonly after: number;
  readonly done: () => void;
}

export const createParkedWaiters = (poll: () => void, pollIntervalMs: number): ParkedWaiters => {
  const parked = new Set<Parked>();
  let timer: NodeJS.Timeout | undefined;

  const stopPollingIfIdle = (): void => {
    if (parked.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const wake = (upTo = Number.POSITIVE_INFINITY): void => {
    for (const entry of [...parked]) if (upTo > entry.after) entry.done();
  };

  return {
    park(after, { signal, timeoutMs }) {
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
    wake,
    close() {
      wake();
      stopPollingIfIdle();
    },
    get size() {
      return parked.size;
    },
  };
};
