import { streamIdSchema } from '@netra/core';

/**
 * Whether `streamId` could name a stream at all (1–200 printable ASCII characters: what append
 * accepts). A read of anything else answers "no such stream" without asking the server, which
 * would refuse some of them (PostgreSQL text cannot hold U+0000) with an error the port does
 * not call for: reading a stream that does not exist is an empty list.
 */
export const couldBeStream = (streamId: unknown): streamId is string =>
  streamIdSchema.safeParse(streamId).success;

/**
 * A `listStreamHeads` bound PostgreSQL can take. Stream ids hold no character below U+0021, so
 * cutting `after` at its first U+0000 changes no comparison with any of them.
 */
export const storableBound = (after: string): string => {
  const nul = after.indexOf('\u0000');
  return nul === -1 ? after : after.slice(0, nul);
};
