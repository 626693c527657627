/*
 * A writer process for the crash and two-writer tests, run with plain `node` outside vitest
 * (bundled from the sources by test/support/child-bundle.ts).
 *
 * It opens the store, says `ready`, optionally waits for a `go` line on stdin, then appends
 * batches of `batchSize` events in a loop, round-robin over `streams`. After each append returns
 * it writes one line to stdout, synchronously, before starting the next: the line is the
 * acknowledgement the parent holds the store to. A batch's events carry its id, its size and
 * their index in it, so that the parent can tell a whole batch from a partial one.
 *
 * Modes: 'any' appends with expectedVersion 'any'; 'exact' with the version it last knew, and
 * on WRONG_EXPECTED_VERSION retries with the actual one; 'mixed' alternates.
 */
import type { ExpectedVersion } from '@netra/core';
import type { ChildLine } from '@netra/testing';
import { ackLine, goSignal, runChildMain, sayLine } from '@netra/testing';
import { openSqliteEventStore } from '../../src/index.js';
import { eventWith } from '../support/events.js';

export interface AppenderConfig {
  readonly file: string;
  readonly tag: string;
  readonly streams: readonly string[];
  readonly batchSize: number;
  /** How many batches to append; null: until killed. */
  readonly appends: number | null;
  readonly mode: 'any' | 'exact' | 'mixed';
  readonly waitForGo: boolean;
  readonly busyTimeoutMs: number;
  /** After each append, pause a random 0..pauseMs ms, as a writer with other work would (0: tight loop). */
  readonly pauseMs: number;
}

/** The lines every writer child says, and its own `done` line. */
export type AppenderLine =
  | ChildLine
  | { readonly done: true; readonly conflicts: number; readonly locked: number };

const say = (line: AppenderLine): void => sayLine(line);

const main = async (config: AppenderConfig): Promise<number> => {
  const opened = openSqliteEventStore({ file: config.file, busyTimeoutMs: config.busyTimeoutMs });
  if (opened._tag === 'Left') {
    say({ failed: opened.left.message });
    return 2;
  }
  const store = opened.right;
  say({ ready: true });
  if (config.waitForGo) await goSignal();
  const known = new Map<string, number>();
  let conflicts = 0;
  let locked = 0;
  for (let n = 0; config.appends === null || n < config.appends; n++) {
    const stream = config.streams[n % config.streams.length] ?? 'stream';
    const batch = `${config.tag}-${n}`;
    const events = Array.from({ length: config.batchSize }, (_, index) =>
      eventWith({ batch, index, size: config.batchSize }),
    );
    const exact = config.mode === 'exact' || (config.mode === 'mixed' && n % 2 === 1);
    for (;;) {
      const expectedVersion: ExpectedVersion = exact ? (known.get(stream) ?? 0) : 'any';
      const result = await store.append(stream, events, { expectedVersion });
      if (result._tag === 'Right') {
        known.set(stream, result.right.nextExpectedVersion);
        say(ackLine(batch, stream, result.right));
        if (config.pauseMs > 0)
          await new Promise((resolve) => setTimeout(resolve, Math.random() * config.pauseMs));
        break;
      }
      const error = result.left;
      if (error.code === 'WRONG_EXPECTED_VERSION') {
        conflicts++;
        known.set(stream, error.actual);
      } else if (error.code === 'STORE_LOCKED') {
        locked++;
      } else {
        say({ failed: error.message });
        return 3;
      }
    }
  }
  await store.close();
  say({ done: true, conflicts, locked });
  return 0;
};

runChildMain(main);
