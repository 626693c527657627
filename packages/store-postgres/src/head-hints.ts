import type { StreamHead } from '@netra/core';

/** A head as the append function compares it: version 0 and 64 zeros for no stream yet. */
export interface ChainHead {
  readonly version: number;
  readonly hash: string;
}

/**
 * The heads this process last saw, per stream: a hint of what an append will chain onto, so
 * that the common append is one round trip (the append function, schema/append-function.ts)
 * rather than a read of the head first. Never trusted: the function compares it with the
 * recorded head under the stream's lock and writes nothing when they differ, and it verifies
 * the stored events itself. A wrong or stale hint costs one more round trip, nothing else.
 * Bounded: the least recently written hints are forgotten beyond `capacity`.
 */
export interface HeadHints {
  get(streamId: string): ChainHead | undefined;
  /** Remembers the stream's head as seen (a recorded head, or its last event read). */
  set(streamId: string, head: ChainHead): void;
  forget(streamId: string): void;
}

export const createHeadHints = (capacity = 10_000): HeadHints => {
  const heads = new Map<string, ChainHead>();
  return {
    get: (streamId) => heads.get(streamId),
    set(streamId, head) {
      heads.delete(streamId);
      heads.set(streamId, { version: head.version, hash: head.hash });
      if (heads.size > capacity) {
        const oldest = heads.keys().next();
        if (oldest.done !== true) heads.delete(oldest.value);
      }
    },
    forget(streamId) {
      heads.delete(streamId);
    },
  };
};

/** A recorded head as a hint (null: the stream has none). */
export const hintOf = (head: StreamHead | null): ChainHead | undefined =>
  head === null || typeof head.version !== 'number' || typeof head.hash !== 'string'
    ? undefined
    : { version: head.version, hash: head.hash };
