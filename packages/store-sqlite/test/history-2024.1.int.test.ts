/**
 * A SQLite file written under rulebook 2024.1 (the demo season, by the code of commit 02c0629;
 * see ../../core/test/fixtures/rulebook-2024.1/README.md) opens with the current store, read-
 * write and read-only, verifies, and takes new steps (issue 13, point 8). Each test works on a
 * copy: the fixture itself is the old history and is never written.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActorRef, EventStore, RecordedEvent } from '@netra/core';
import {
  commandFingerprint,
  createCaseCommandHandler,
  defaultRulebook,
  verifyStore,
} from '@netra/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The same history as ndjson, kept with core's fixtures of it. */
const SEASON: readonly RecordedEvent[] = readFileSync(
  here('../../core/test/fixtures/rulebook-2024.1/season.ndjson'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as RecordedEvent);
const STREAM_IDS = [...new Set(SEASON.map((e) => e.streamId))];
const lastOf = (streamId: string) => SEASON.filter((e) => e.streamId === streamId).at(-1)!;

const BEKASI_CASE = 'pilkada24-bekasi-LP-001';
/** season-2024.1-midway.db: the log up to the Bekasi case's second decision (status DECIDED). */
const MIDWAY = SEASON.slice(
  0,
  SEASON.findIndex((e) => e.streamId === BEKASI_CASE && e.streamVersion === 8) + 1,
);
const BEKASI_BAWASLU: ActorRef = {
  id: 'bawaslu-kabbekasi-pp-01',
  role: 'bawaslu',
  scope: { bawasluLevel: 'KABKOTA', regionCode: '32.16' },
};
/** A minute after the season's last recordedAt. */
const clock = () => new Date(Date.parse(SEASON.at(-1)?.metadata.recordedAt ?? '') + 60_000);

const temp = tempDir('history-2024-1');
afterAll(() => temp.cleanup());

let copies = 0;
/** A fresh copy of a fixture file in the temp dir. */
const copyOf = (fixture: string): string => {
  const file = temp.file(`${++copies}-${fixture}`);
  copyFileSync(here(`fixtures/${fixture}`), file);
  return file;
};

const readLog = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (;;) {
    const after = events.at(-1)?.globalPosition ?? 0;
    const page = rightOrThrow(await store.readAll({ after, limit: 100 }));
    if (page.length === 0) return events;
    events.push(...page);
  }
};

const withStore = async <A>(
  options: { file: string; readonly?: boolean },
  use: (store: EventStore) => Promise<A>,
): Promise<A> => {
  const store = rightOrThrow(openSqliteEventStore(options));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

describe.each([
  { mode: 'read-write', readonly: false },
  { mode: 'read-only', readonly: true },
])('season-2024.1.db opened $mode by the current store', ({ readonly }) => {
  it('reads every event as recorded and verifies with no break', async () => {
    await withStore({ file: copyOf('season-2024.1.db'), readonly }, async (store) => {
      expect(await readLog(store)).toEqual(SEASON);
      const verified = rightOrThrow(await verifyStore(store));
      expect(verified.breaks).toEqual([]);
      expect(verified.events).toBe(SEASON.length);
      expect(verified.streams).toBe(STREAM_IDS.length);
    });
  });

  it("holds each stream's head at its last recorded hash", async () => {
    await withStore({ file: copyOf('season-2024.1.db'), readonly }, async (store) => {
      const expected = STREAM_IDS.map((streamId) => ({
        streamId,
        version: lastOf(streamId).streamVersion,
        hash: lastOf(streamId).hash,
      }));
      for (const head of expected) {
        expect(rightOrThrow(await store.readStreamHead(head.streamId))).toEqual(head);
      }
      const listed = rightOrThrow(await store.listStreamHeads());
      expect([...listed].sort((a, b) => a.streamId.localeCompare(b.streamId))).toEqual(
        expected.sort((a, b) => a.streamId.localeCompare(b.streamId)),
      );
    });
  });
});

describe('the current command handler on a 2024.1 SQLite file', () => {
  it('answers a command id the demo sent with the events recorded then', async () => {
    await withStore({ file: copyOf('season-2024.1.db') }, async (store) => {
      const handle = createCaseCommandHandler({ store, clock });
      // Step 9 of the Bekasi script (examples/pilkada-2024-season/src/season-jabar.ts).
      const step9 = {
        type: 'ReferToGakkumdu',
        caseId: BEKASI_CASE,
        respondentId: 'bekasi-kabid-02',
        meta: { commandId: `${BEKASI_CASE}/step-9`, occurredAt: '2024-10-26T10:00:00+07:00' },
      };
      const result = rightOrThrow(await handle(step9, { actor: BEKASI_BAWASLU })());
      expect(result.alreadyHandled).toBe(true);
      expect(result.events).toEqual(
        SEASON.filter((e) => e.streamId === BEKASI_CASE && e.streamVersion === 9),
      );
      expect(await readLog(store)).toHaveLength(SEASON.length);
    });
  });

  it('continues the midway case; the file then verifies read-only, new head included', async () => {
    const file = copyOf('season-2024.1-midway.db');
    const referral = {
      type: 'ReferToGakkumdu',
      caseId: BEKASI_CASE,
      respondentId: 'bekasi-kades-05',
      meta: {
        commandId: `${BEKASI_CASE}/after-2024.1/refer-kades`,
        occurredAt: '2024-10-26T10:30:00+07:00',
      },
    };
    const appended = await withStore({ file }, async (store) => {
      // The midway file is the season's prefix: the same events, hashes and positions.
      expect(await readLog(store)).toEqual(MIDWAY);
      const handle = createCaseCommandHandler({ store, clock });
      const result = rightOrThrow(await handle(referral, { actor: BEKASI_BAWASLU })());
      expect(result.alreadyHandled).toBe(false);
      expect(result.state).toMatchObject({ status: 'DECIDED' });
      return result.events;
    });
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({
      streamId: BEKASI_CASE,
      streamVersion: 9,
      globalPosition: MIDWAY.length + 1,
      // Continued under the current rulebook: the forward to Polri investigators, 24 hours from
      // the 2024.1 decision placed at the end of its day (see core's history-2024.1 tests).
      type: 'ForwardedToInvestigators',
      data: { dueAt: '2024-10-26T23:59:59.999+07:00', forwardedWithinDeadline: true },
      metadata: {
        commandFingerprint: commandFingerprint(referral),
        rulebookVersion: '2024.2',
      },
    });

    await withStore({ file, readonly: true }, async (store) => {
      const verified = rightOrThrow(await verifyStore(store));
      expect(verified.breaks).toEqual([]);
      expect(verified.events).toBe(MIDWAY.length + 1);
      expect(rightOrThrow(await store.readStreamHead(BEKASI_CASE))).toEqual({
        streamId: BEKASI_CASE,
        version: 9,
        hash: appended[0]?.hash,
      });
      const stream = rightOrThrow(await store.readStream(BEKASI_CASE));
      expect(stream.map((e) => e.metadata.rulebookVersion)).toEqual([
        ...Array(8).fill('2024.1'),
        defaultRulebook.version,
      ]);
      expect(defaultRulebook.version).toBe('2024.2');
    });
  });
});
