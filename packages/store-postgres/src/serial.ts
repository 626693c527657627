/**
 * Runs tasks one after another, in call order: a mutex for async code. The inline projections'
 * in-memory models take a batch only after its transaction commits, so two appends of one
 * process must not interleave between COMMIT and that step (the database lock alone ends at
 * COMMIT). Used only when a store has inline projections.
 */
export const createSerial = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <A>(task: () => Promise<A>): Promise<A> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
};
