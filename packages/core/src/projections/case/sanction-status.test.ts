/**
 * Read model 2, sanction status: given the five interleaved cases and one more in which a
 * sanction is annulled on objection and the respondent retires, when the BKPSDM looks a NIP
 * up, then it sees every case of that person, the repeat offences and where they stand now.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decide,
  decideObjection,
  decideSanction,
  deliverSanction,
  examined,
  fileObjection,
  forward,
  notAViolation,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  proven,
  registered,
  respondentExit,
  supervisorOutcome,
  violation,
} from '../../../test/intake/builders.js';
import type { Scenario } from '../../../test/intake/fixtures.js';
import type { CaseCommand } from '../../case/schema/commands.js';
import type { ReadModel } from '../read-model.js';
import {
  A,
  ASKED_AT,
  BTL_01,
  BTL_02,
  CASES,
  KP_01,
  KP_02,
  projectedSeason,
} from './case-histories.fixture.js';
import type { CaseRow } from './case-row.js';
import { sanctionStatus } from './sanction-status.js';

const G: Scenario = {
  ...A,
  caseId: 'case-pilkada-btl-0040',
  registrationNumber: '040/Reg/LP/PB/Kab/14.02/VIII/2024',
  respondents: [
    {
      respondentId: 'g-01',
      name: 'Yohanes Prasetyo',
      kind: 'PNS',
      nip: '197512092003121002',
      agency: BTL_01.agency,
      unit: 'SMP Negeri 1 Bantul',
    },
    BTL_02,
  ],
};

/** Sanctioned, delivered, objected, annulled; then the respondent retires. */
const caseG = (): CaseCommand[] => {
  const t = PROCEEDING_TIMES.PILKADA_2024;
  const o = OBJECTION_TIMES.PILKADA_2024;
  return [
    ...registered(G),
    decide(G, 'g-01', violation(G)),
    decide(G, BTL_02.respondentId, notAViolation, '2024-08-11T16:05:00+07:00'),
    forward(G, ['g-01']),
    supervisorOutcome(G, 'g-01', proven('MODERATE', BTL_01.agency.id, ['KE-3']), t.outcomeAt),
    ...examined(G, 'g-01'),
    decideSanction(G, 'g-01', t.sanctionAt),
    deliverSanction(G, 'g-01', t.deliverAt),
    fileObjection(G, 'g-01', o.fileAt),
    decideObjection(G, 'g-01', o.decideAt, { outcome: 'ANNULLED' }),
    respondentExit(G, 'g-01', '2024-11-05T10:00:00+07:00', 'RETIRED'),
  ];
};

let model: ReadModel<CaseRow>;
beforeAll(async () => {
  ({ model } = await projectedSeason([...CASES, caseG()]));
});

describe('a respondent with three cases (Sutrisno, btl-01)', () => {
  it('lists every case oldest first, with where each stands', () => {
    const status = sanctionStatus(model, BTL_01.nip as string, ASKED_AT);
    expect(status?.cases.map((c) => [c.caseId, c.openedOn, c.stage])).toEqual([
      ['case-internal-btl-0001', '2024-08-08', 'WITH_EMPLOYER'],
      ['case-pilkada-btl-0007', '2024-08-08', 'IN_FORCE'],
      ['case-finding-btl-0002', '2024-08-13', 'SANCTIONED'],
    ]);
    expect(status).toMatchObject({ nip: '197806152005011003', name: 'Sutrisno', kind: 'PNS' });
  });

  it('case A: the recommendation, the sanction and its decree, delivery, the objection upheld and the force it set', () => {
    const a = sanctionStatus(model, BTL_01.nip as string, ASKED_AT)?.cases[1];
    expect(a).toEqual({
      caseId: A.caseId,
      respondentId: 'btl-01',
      regime: 'PILKADA_2024',
      regionCode: '34.02',
      openedOn: '2024-08-08',
      agency: BTL_01.agency,
      unit: 'SD Negeri Sewon 2',
      stage: 'IN_FORCE',
      decision: { outcome: 'VIOLATION', skbCode: 'KE-3', decidedOn: '2024-08-11' },
      recommendation: {
        supervisor: 'KASN',
        outcome: 'PROVEN',
        level: 'MODERATE',
        skbCodes: ['KE-3'],
        recordedOn: '2024-09-02',
      },
      sanction: {
        code: 'TUNDA_KGB_1T',
        level: 'MODERATE',
        decreeNumber: '800/123/BKPSDM/2024',
        decidedOn: '2024-09-16',
        lighterThanRecommended: false,
        repeatOf: null,
      },
      earlierSanctions: [],
      deliveredOn: '2024-10-01',
      // PP 94/2021 Pasal 38(2): after an objection, in force as its decision says.
      effective: { code: 'TUNDA_KGB_1T', inForceOn: '2024-10-30' },
      inForce: true,
      servedOn: null,
      annulled: false,
      objection: {
        kind: 'KEBERATAN',
        filedWith: 'PPK',
        filedOn: '2024-10-02',
        decisionDue: '2024-10-31',
        decision: { outcome: 'UPHELD', decidedOn: '2024-10-30', withinDeadline: true },
      },
      court: null,
      siasn: { blocked: null, history: [] },
      exit: null,
    });
  });

  it('two offences, the second recorded as a repeat of the first: a repeat offender; one sanction in force today', () => {
    const status = sanctionStatus(model, BTL_01.nip as string, ASKED_AT);
    expect(status).toMatchObject({
      offences: 2,
      repeatOffender: true,
      repeats: [
        { caseId: 'case-finding-btl-0002', of: { caseId: A.caseId, sanction: 'TUNDA_KGB_1T' } },
      ],
      current: {
        latestStage: 'SANCTIONED',
        openCases: 3,
        inForce: [{ caseId: A.caseId, code: 'TUNDA_KGB_1T' }],
        blocked: false,
        exited: false,
      },
    });
  });

  it('the day before the force date nothing is in force yet', () => {
    const status = sanctionStatus(
      model,
      BTL_01.nip as string,
      new Date('2024-10-29T12:00:00+07:00'),
    );
    expect(status?.cases[1]?.inForce).toBe(false);
    expect(status?.current.inForce).toEqual([]);
  });
});

describe('other respondents', () => {
  it('kp-01: recommended HEAVY, the PPK silent, SIASN blocked since 1 Mar 2024', () => {
    const status = sanctionStatus(model, KP_01.nip as string, ASKED_AT);
    expect(status?.cases).toHaveLength(1);
    expect(status?.cases[0]).toMatchObject({
      stage: 'RECOMMENDED',
      recommendation: { supervisor: 'KASN', outcome: 'PROVEN', level: 'HEAVY', skbCodes: ['D-7'] },
      sanction: null,
      siasn: {
        blocked: { blockedOn: '2024-03-01', reason: 'Rekomendasi belum ditindaklanjuti PPK.' },
        history: [{ blockedOn: '2024-03-01', unblockedOn: null, unblockReason: null }],
      },
    });
    expect(status).toMatchObject({
      offences: 1,
      repeatOffender: false,
      current: { blocked: true, latestStage: 'RECOMMENDED', openCases: 1 },
    });
  });

  it('kp-02: Bawaslu found a violation, the supervisor did not: not proven, a final stage', () => {
    expect(sanctionStatus(model, KP_02.nip as string, ASKED_AT)).toMatchObject({
      kind: 'PPPK',
      cases: [{ stage: 'NOT_PROVEN', recommendation: { outcome: 'NOT_PROVEN', level: null } }],
      current: { openCases: 0 },
    });
  });

  it('g-01: the sanction annulled on objection, then retired: nothing in force, the exit recorded', () => {
    const status = sanctionStatus(model, '197512092003121002', ASKED_AT);
    expect(status?.cases[0]).toMatchObject({
      caseId: G.caseId,
      stage: 'EXITED',
      annulled: true,
      inForce: false,
      effective: { code: null, inForceOn: null },
      objection: { decision: { outcome: 'ANNULLED' } },
      exit: { reason: 'RETIRED', exitedOn: '2024-11-05' },
    });
    expect(status?.current).toEqual({
      latestStage: 'EXITED',
      openCases: 0,
      inForce: [],
      blocked: false,
      exited: true,
    });
  });

  it('a NIP no case names: null', () => {
    expect(sanctionStatus(model, '199001012020011001', ASKED_AT)).toBeNull();
  });
});
