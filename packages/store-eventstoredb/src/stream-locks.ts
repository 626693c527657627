/**
 * Appends to one stream from this process run one at a time (a promise chain per stream): the
 * head they read stays the head until they have appended. Across processes, ESDB's expected
 * revision (the exact revision read) decides, and the loser re-reads.
 */
export const createStreamLocks = () => {
  const tails = new Map<string, Promise<void>>();
  return async <A>(streamId: string, body: () => Promise<A>): Promise<A> => {
    const previous = tails.get(streamId) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    tails.set(streamId, tail);
    await previous;
    try {
      return await body();
    } finally {
      release();
      if (tails.get(streamId) === tail) tails.delete(streamId);
    }
  };
};
