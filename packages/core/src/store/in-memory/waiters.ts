/** Promises parked until the next append, a timeout, or an abort — whichever comes first. */
export interface Waiters {
  wait(signal: AbortSignal | undefined, timeoutMs: number): Promise<void>;
  notify(): void;
}

export const createWaiters = (): Waiters => {
  const parked = new Set<() => void>();
  return {
    wait(signal, timeoutMs) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const done = (): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          parked.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        signal?.addEventListener('abort', done, { once: true });
        parked.add(done);
      });
    },
    notify() {
      for (const done of [...parked]) done();
    },
  };
};
