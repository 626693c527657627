/**
 * The case command handler on a SQLite file edited behind its back (a row's data, its actor,
 * its hash): the handler refuses to decide on the forged history and nothing is appended,
 * where it used to decide on it and append on top.
 */
import { createCaseCommandHandler, verifyStore } from '@netra/core';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('tampered-case');
afterAll(() => temp.cleanup());

const CLERK = {
  id: 'bawaslu-bantul-01',
  role: 'bawaslu',
  scope: { bawasluLevel: 'KABKOTA', regionCode: '34.02' },
};
const NOW = new Date('2024-10-10T03:00:00Z');

const finding = (caseId: string) => ({
  type: 'RecordFinding',
  caseId,
  regime: 'PILKADA_2024',
  timeZone: 'WIB',
  region: { code: '34.02', name: 'Kabupaten Bantul' },
  supervisingOffice: { level: 'KABKOTA', name: 'Bawaslu Kabupaten Bantul' },
  discoveredOn: '2024-10-01',
  respondents: [
    {
      respondentId: 'r-1',
      name: 'Suharno',
      kind: 'PNS',
      nip: '198203152006041003',
      agency: { id: 'pemkab-bantul', name: 'Pemerintah Kabupaten Bantul' },
    },
  ],
  incident: {
    occurredOn: '2024-09-30',
    place: 'Balai Desa Sumbermulyo',
    description: 'Hadir dan berfoto dengan pose jari mendukung pasangan calon',
  },
  evidence: [{ ref: 'foto-001', kind: 'PHOTO' }],
  meta: { commandId: `${caseId}/finding`, occurredAt: '2024-10-02T10:00:00+07:00' },
});

const register = (caseId: string) => ({
  type: 'RegisterCase',
  caseId,
  registrationNumber: '001/Reg/TM/PB/Kab/13.03/X/2024',
  meta: { commandId: `${caseId}/register`, occurredAt: '2024-10-03T10:00:00+07:00' },
});

const edits: readonly [string, string][] = [
  [
    'data',
    `UPDATE netra_events SET data = json_set(data, '$.incident.place', 'Tempat lain') WHERE stream_version = 1`,
  ],
  [
    'actor',
    `UPDATE netra_events SET metadata = json_set(metadata, '$.actor.id', 'forger') WHERE stream_version = 1`,
  ],
  ['hash', `UPDATE netra_events SET hash = '${'a'.repeat(64)}' WHERE stream_version = 1`],
];

describe.each(edits)('a SQLite row whose %s was edited', (what, sql) => {
  it('verifyStore reports it, and the next command is refused with CHAIN_BROKEN, appending nothing', async () => {
    const file = temp.file(`${what}.db`);
    const caseId = `case-${what}`;
    const store = rightOrThrow(openSqliteEventStore({ file }));
    const handle = createCaseCommandHandler({ store, clock: () => NOW });
    const opened = await handle(finding(caseId), { actor: CLERK })();
    if (E.isLeft(opened)) return expect.fail(opened.left.message);
    await store.close();

    const intruder = new Database(file);
    expect(intruder.prepare(sql).run().changes).toBe(1);
    intruder.close();

    const reopened = rightOrThrow(openSqliteEventStore({ file }));
    try {
      const report = rightOrThrow(await verifyStore(reopened));
      expect(report.breaks).toEqual([
        expect.objectContaining({ streamId: caseId, streamVersion: 1 }),
      ]);
      const again = createCaseCommandHandler({ store: reopened, clock: () => NOW });
      expect(await again(register(caseId), { actor: CLERK })()).toMatchObject(
        E.left({ code: 'CHAIN_BROKEN', streamId: caseId, streamVersion: 1 }),
      );
      const events = rightOrThrow(await reopened.readStream(caseId));
      expect(events).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });
});
