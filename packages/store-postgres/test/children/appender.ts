/*
 * A writer process for the stress and crash tests, run with plain `node` outside vitest
 * (bundled from the sources by test/support/child-bundle.ts).
 *
 * It opens the store with a pool of its own, says `ready`, optionally waits for a `go` line on
 * stdin, then appends batches of `batchSize` events in a loop, round-robin over `streams`, with
 * the exact expected version it last knew (on WRONG_EXPECTED_VERSION it takes the actual one
 * and tries again). After each append returns it writes one line to stdout, synchronously,
 * before starting the next: the acknowledgement the parent holds the store to. A batch's events
 * carry its id, its size and their index in it, so the parent can tell a whole batch from a
 * partial one.
 */

import type { ChildLine } from '@netra/testing';
import { ackLine, goSignal, runChildMain, sayLine } from '@netra/testing';
import pg from 'pg';
import { openPostgresEventStore } from '../../src/index.js';
import { eventWith } from '../support/events.js';

export interface AppenderConfig {
  readonly url: string;
  readonly schema: string;
  readonly tag: string;
  readonly streams: readonly string[];
  readonly batchSize: number;
  /** How many batches to append; null: until killed. */
  readonly appends: number | null;
  readonly waitForGo: boolean;
  /** Session settings for the child's pool (libpq `options`, e.g. `-c synchronous_commit=off`). */
  readonly sessionOptions?: string;
}

/** The lines every writer child says, and its own `done` line. */
export type AppenderLine =
  | ChildLine
  | { readonly done: true; readonly conflicts: number; readonly ms: number };

const say = (line: AppenderLine): void => sayLine(line);

const main = async (config: AppenderConfig): Promise<number> => {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 2,
    ...(config.sessionOptions === undefined ? {} : { options: config.sessionOptions }),
  });
  pool.on('error', () => {});
  const opened = await openPostgresEventStore({ pool, schema: config.schema, listen: false });
  if (opened._tag === 'Left') {
    say({ failed: opened.left.message });
    return 2;
  }
  const store = opened.right;
  say({ ready: true });
  if (config.waitForGo) await goSignal();
  const started = Date.now();
  const known = new Map<string, number>();
  let conflicts = 0;
  for (let n = 0; config.appends === null || n < config.appends; n++) {
    const stream = config.streams[n % config.streams.length] ?? 'stream';
    const batch = `${config.tag}-${n}`;
    const events = Array.from({ length: config.batchSize }, (_, index) =>
      eventWith({ batch, index, size: config.batchSize }),
    );
    for (;;) {
      const result = await store.append(stream, events, {
        expectedVersion: known.get(stream) ?? 0,
      });
      if (result._tag === 'Right') {
        known.set(stream, result.right.nextExpectedVersion);
        say(ackLine(batch, stream, result.right));
        break;
      }
      if (result.left.code !== 'WRONG_EXPECTED_VERSION') {
        say({ failed: result.left.message });
        return 3;
      }
      conflicts++;
      known.set(stream, result.left.actual);
    }
  }
  await store.close();
  await pool.end();
  say({ done: true, conflicts, ms: Date.now() - started });
  return 0;
};

runChildMain(main);
