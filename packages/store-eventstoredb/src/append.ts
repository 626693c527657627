import type { AppendResult, EventStore, ExpectedVersion, StoreError } from '@netra/core';
import {
  chainEvents,
  checkHeadWithin,
  invalidAppend,
  satisfiesExpectedVersion,
  validateAppend,
  verifyChain,
  wrongExpectedVersion,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { answer } from './answer.js';
import type { StoreContext } from './context.js';
import { esdbErrorType, isProgrammerError, storeErrorOf } from './esdb-errors.js';
import { readStreamRecords } from './esdb-reads.js';
import type { ReadRecord } from './event-codec.js';
import { claimedId, decodeRecord, toEsdbEvent } from './event-codec.js';
import type { Heads } from './heads.js';
import type { Reads } from './reads.js';
import { createStreamLocks } from './stream-locks.js';

/** How often an `'any'` append re-reads and retries after losing a race to another process. */
const ANY_RETRIES = 20;

export interface AppendParts {
  readonly context: StoreContext;
  readonly reads: Reads;
  readonly heads: Heads;
  readonly onAppended: (lastPosition: number) => void;
}

type Attempt = E.Either<StoreError, AppendResult> | { readonly lostRace: number };

const lost = (attempt: Attempt): attempt is { readonly lostRace: number } => 'lostRace' in attempt;

/**
 * An append, in this order:
 * 1. the head recorded in the stream's metadata, then every stored event, verified against it
 *    (CHAIN_BROKEN: an edited event, a gap, a deleted tail) — before any version check;
 * 2. the caller's expected version against the events' end (WRONG_EXPECTED_VERSION);
 * 3. core's chainEvents onto the last hash, and one ESDB append with the *exact* revision read
 *    (NO_STREAM for an empty stream), whatever the caller expected: the chain cannot fork.
 *    Another process that appended in between makes ESDB refuse it: `'any'` re-reads and
 *    retries, every other expectation is answered WRONG_EXPECTED_VERSION;
 * 4. the appended events read back (their `$all` positions, and proof that they are ours: a
 *    server-side idempotent match on another writer's events with the same ESDB ids is a
 *    conflict, not a success);
 * 5. the head recorded in the stream's metadata (best effort: see heads.ts).
 */
export const createAppend = (parts: AppendParts): EventStore['append'] => {
  const { context, reads, heads } = parts;
  const { client, names, where } = context;
  const locked = createStreamLocks();

  const attempt = async (
    streamId: string,
    events: Parameters<typeof chainEvents>[3],
    expected: ExpectedVersion,
  ): Promise<Attempt> => {
    const recorded = await heads.recordedHead(streamId);
    const stored = await reads.readWhole(streamId);
    if (E.isLeft(stored)) return stored;
    const chain = verifyChain(streamId, stored.right);
    if (E.isLeft(chain)) return chain;
    if (recorded.head !== null) {
      const within = checkHeadWithin(streamId, stored.right, recorded.head);
      if (E.isLeft(within)) return within;
    }
    const current = chain.right.version;
    if (!satisfiesExpectedVersion(expected, current)) {
      return E.left(wrongExpectedVersion(streamId, expected, current));
    }
    const prepared = chainEvents(streamId, current, chain.right.headHash, events);
    try {
      await client.appendToStream(names.esdbStream(streamId), prepared.map(toEsdbEvent), {
        expectedRevision: current === 0 ? 'no_stream' : BigInt(current - 1),
      });
    } catch (error) {
      const type = esdbErrorType(error);
      if (type === 'maximum-append-size-exceeded') return E.left(tooLarge(streamId));
      if (type !== 'wrong-expected-version') return E.left(outcomeUnknown(error, where, streamId));
      const actual = (error as { readonly actualVersion?: unknown }).actualVersion;
      return { lostRace: typeof actual === 'bigint' ? Number(actual) + 1 : 0 };
    }
    let written: ReadRecord[];
    try {
      written = await readStreamRecords(client, names.esdbStream(streamId), {
        fromRevision: BigInt(current),
        maxCount: prepared.length,
      });
    } catch (error) {
      if (isProgrammerError(error)) throw error;
      return E.left(notReadBack(error, where, streamId));
    }
    // Ours, or another writer's that the server matched by ESDB id (same command id): netra's
    // own event id tells them apart, before anything else is judged.
    if (written.some((record, i) => claimedId(record) !== prepared[i]?.id)) {
      return { lostRace: current + written.length };
    }
    const recordedEvents = [];
    for (const record of written) {
      const event = decodeRecord(names, record, where);
      if (E.isLeft(event)) return event;
      recordedEvents.push(event.right);
    }
    if (recordedEvents.length !== prepared.length) return { lostRace: current };
    const last = recordedEvents.at(-1);
    if (last !== undefined) {
      try {
        await heads.recordHead(
          { streamId, version: last.streamVersion, hash: last.hash },
          recorded.revision,
        );
      } catch {
        // The events are written; the recorded head lags until the next append (heads.ts):
        // another process recorded a head meanwhile, or the write failed.
      }
    }
    return E.right({
      streamId,
      nextExpectedVersion: current + prepared.length,
      events: recordedEvents,
    });
  };

  return async (streamId, events, { expectedVersion }) => {
    context.assertOpen();
    const valid = validateAppend(streamId, events);
    if (E.isLeft(valid)) return valid;
    return locked(streamId, () =>
      answer(
        where,
        async () => {
          for (let tries = 0; ; tries++) {
            const outcome = await attempt(streamId, valid.right, expectedVersion);
            if (!lost(outcome)) {
              if (E.isRight(outcome)) {
                parts.onAppended(outcome.right.events.at(-1)?.globalPosition ?? 0);
              }
              return outcome;
            }
            if (expectedVersion !== 'any' || tries >= ANY_RETRIES) {
              return E.left(wrongExpectedVersion(streamId, expectedVersion, outcome.lostRace));
            }
          }
        },
        streamId,
      ),
    );
  };
};

/**
 * The append failed without an answer (a dropped connection, a deadline): the server may or may
 * not have recorded it, so the message says to read before retrying (a retry with the same
 * expected version is refused if the first one landed; the same command's ESDB ids make a
 * resend idempotent on the server).
 */
const outcomeUnknown = (error: unknown, where: string, streamId: string): StoreError => {
  const failed = storeErrorOf(error, where, streamId);
  return failed.code === 'STORE_UNAVAILABLE'
    ? {
        ...failed,
        message: `${failed.message} The append was not acknowledged; it may still have been recorded: read the stream before retrying.`,
      }
    : failed;
};

/** ESDB acknowledged the append, but reading it back failed. */
const notReadBack = (error: unknown, where: string, streamId: string): StoreError => {
  const failed = storeErrorOf(error, where, streamId);
  return failed.code === 'STORE_UNAVAILABLE'
    ? {
        ...failed,
        message: `${failed.message} The append WAS recorded (the server acknowledged it) but could not be read back: read the stream before doing anything else.`,
      }
    : failed;
};

/** ESDB refused the batch for its size (`maximum-append-size-exceeded`). */
export const tooLarge = (streamId: string): StoreError =>
  invalidAppend(streamId, 'events', 'exceed the server’s maximum append size (1 MiB by default)');
