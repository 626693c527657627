/**
 * Read model 1, agency workload: given the five interleaved cases (case-histories.fixture.ts),
 * when each body asks what waits for it, then it sees its items per stage, what is overdue, the
 * oldest; the handling times per body; and each employer's respondents by stage and unit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dutiesDue } from '../../case/due/due-list.js';
import { respondentsOf } from '../../case/state.js';
import { defaultRulebook } from '../../rules/index.js';
import type { RecordedEvent } from '../../store/envelope.js';
import type { ReadModel } from '../read-model.js';
import { agencyWorkload, type BodyWorkload } from './agency-workload.js';
import { A, ASKED_AT, B, BTL_01, projectedSeason, projectUpTo } from './case-histories.fixture.js';
import type { CaseRow } from './case-row.js';
import { employerStages, employerUnits } from './employer-stages.js';
import { handlingTimes, median, percentile } from './handling-times.js';
import { RESPONDENT_STAGES, respondentStage } from './respondent-stage.js';

const rulebook = defaultRulebook;

let events: RecordedEvent[];
let model: ReadModel<CaseRow>;
beforeAll(async () => {
  ({ events, model } = await projectedSeason());
});

const bodyOf = (all: readonly BodyWorkload[], kind: string, id: string) =>
  all.find((w) => w.body.kind === kind && w.body.id === id);

describe('waiting items per body', () => {
  it("Bantul's PPK (Disdikpora): the internal report, a sanction to deliver (overdue) and one to record served; the internal report has waited longest", () => {
    const ppk = bodyOf(agencyWorkload(model, { now: ASKED_AT, rulebook }), 'PPK', BTL_01.agency.id);
    expect(ppk).toEqual({
      body: { kind: 'PPK', id: 'bantul-disdikpora' },
      waiting: 3,
      overdue: 1,
      stages: [
        {
          stage: 'INTERNAL_DISCIPLINE',
          waiting: 1,
          overdue: 0,
          oldest: {
            caseId: 'case-internal-btl-0001',
            respondentId: 'btl-01',
            stage: 'INTERNAL_DISCIPLINE',
            since: '2024-08-08',
            waitedDays: 85,
            due: null,
            overdue: false,
          },
        },
        {
          stage: 'DELIVER_SANCTION',
          waiting: 1,
          overdue: 1,
          oldest: {
            caseId: 'case-finding-btl-0002',
            respondentId: 'btl-01',
            stage: 'DELIVER_SANCTION',
            since: '2024-09-16',
            waitedDays: 46,
            // PP 94/2021 Pasal 37(3): 14 working days from the decision.
            due: '2024-10-04',
            overdue: true,
          },
        },
        {
          stage: 'RECORD_SANCTION_SERVED',
          waiting: 1,
          overdue: 0,
          oldest: expect.objectContaining({ caseId: A.caseId, due: '2025-10-29', overdue: false }),
        },
      ],
      oldest: expect.objectContaining({ caseId: 'case-internal-btl-0001', since: '2024-08-08' }),
    });
  });

  it("Kulon Progo's PPK owes the follow-up of a HEAVY recommendation: no period in the law, so waiting but never overdue", () => {
    const ppk = bodyOf(
      agencyWorkload(model, { now: ASKED_AT, rulebook }),
      'PPK',
      'kulonprogo-dinkes',
    );
    expect(ppk?.stages).toEqual([
      {
        stage: 'PPK_FOLLOW_UP',
        waiting: 1,
        overdue: 0,
        oldest: expect.objectContaining({ respondentId: 'kp-01', since: '2024-02-20', due: null }),
      },
    ]);
  });

  it('each Bawaslu office, the prosecutor of the region: their own items, nothing of the others', () => {
    const all = agencyWorkload(model, { now: ASKED_AT, rulebook });
    expect(all.map((w) => `${w.body.kind}:${w.body.id} ${w.waiting}/${w.overdue}`)).toEqual([
      'BAWASLU:KABKOTA:34.01 1/1',
      'BAWASLU:KABKOTA:34.02 4/3',
      'PPK:bantul-disdikpora 3/1',
      'PPK:kulonprogo-dinkes 1/0',
      'PROSECUTOR:34.02 1/1',
    ]);
    const bantul = bodyOf(all, 'BAWASLU', 'KABKOTA:34.02');
    expect(bantul?.stages.map((s) => [s.stage, s.waiting, s.overdue])).toEqual([
      ['FORWARD_TO_SUPERVISOR', 1, 0],
      ['ISSUE_STATUS_NOTICE', 3, 3],
    ]);
    // UU 10/2016 Pasal 146: 5 working days from the file (20 Aug) to indict.
    expect(bodyOf(all, 'PROSECUTOR', '34.02')?.oldest).toMatchObject({
      caseId: 'case-pilkada-btl-0031',
      stage: 'PROSECUTION',
      since: '2024-08-20',
      due: '2024-08-27',
      overdue: true,
    });
  });

  it('every running duty of every case is one waiting item (windows aside), as dutiesDue lists it', () => {
    const later = new Date('2025-11-01T03:00:00Z');
    for (const now of [ASKED_AT, later]) {
      const listed = agencyWorkload(model, { now, rulebook })
        .flatMap((w) => w.stages.map((s) => [s.stage, s.waiting, s.overdue] as const))
        .filter(([stage]) => stage !== 'INTERNAL_DISCIPLINE');
      const expected = new Map<string, [number, number]>();
      for (const [, row] of model.rows()) {
        for (const duty of dutiesDue(row.state, now, rulebook)) {
          if (duty.window === true) continue;
          const [n, o] = expected.get(duty.duty) ?? [0, 0];
          expected.set(duty.duty, [n + 1, o + (duty.overdue ? 1 : 0)]);
        }
      }
      const summed = new Map<string, [number, number]>();
      for (const [stage, n, o] of listed) {
        const [a, b] = summed.get(stage) ?? [0, 0];
        summed.set(stage, [a + n, b + o]);
      }
      expect(summed).toEqual(expected);
    }
  });

  it('a year on, the same rows answer for the new clock: the sanction of A is now overdue to be recorded served', () => {
    const later = new Date('2025-11-01T03:00:00Z');
    const ppk = bodyOf(agencyWorkload(model, { now: later, rulebook }), 'PPK', BTL_01.agency.id);
    expect(ppk?.stages.find((s) => s.stage === 'RECORD_SANCTION_SERVED')).toMatchObject({
      overdue: 1,
    });
    expect(ppk?.overdue).toBe(2);
  });

  it('asked for one body, it answers exactly that body as the whole list does', () => {
    const all = agencyWorkload(model, { now: ASKED_AT, rulebook });
    for (const w of all) {
      expect(
        agencyWorkload(model, { now: ASKED_AT, rulebook, kind: w.body.kind, id: w.body.id }),
      ).toEqual([w]);
    }
    expect(
      agencyWorkload(model, { now: ASKED_AT, rulebook, kind: 'PPK' }).map((w) => w.body.id),
    ).toEqual(['bantul-disdikpora', 'kulonprogo-dinkes']);
  });

  it("right after Kulon Progo's forwards, four files wait for KASN, the oldest since 30 Jan", () => {
    const forwarded = events.findLastIndex(
      (e) => e.streamId === B.caseId && e.type === 'ForwardedToSupervisor',
    );
    const kasn = agencyWorkload(projectUpTo(events, forwarded), {
      now: new Date('2024-08-20T03:00:00Z'),
      rulebook,
      kind: 'SUPERVISOR',
    });
    expect(kasn).toEqual([
      {
        body: { kind: 'SUPERVISOR', id: 'KASN' },
        waiting: 4,
        overdue: 0,
        stages: [
          {
            stage: 'SUPERVISOR_OUTCOME',
            waiting: 4,
            overdue: 0,
            oldest: {
              caseId: B.caseId,
              respondentId: 'kp-01',
              stage: 'SUPERVISOR_OUTCOME',
              since: '2024-01-30',
              waitedDays: 203,
              due: null,
              overdue: false,
            },
          },
        ],
        oldest: expect.objectContaining({ caseId: B.caseId, since: '2024-01-30' }),
      },
    ]);
  });

  it("a respondent's window to object is a right, not work: listed in the deadlines, absent from every workload", () => {
    const delivered = events.findIndex(
      (e) => e.streamId === A.caseId && e.type === 'SanctionDelivered',
    );
    const upToDelivery = projectUpTo(events, delivered);
    const now = new Date('2024-10-01T12:00:00+07:00');
    const row = upToDelivery.row(A.caseId) as CaseRow;
    expect(dutiesDue(row.state, now, rulebook).map((d) => d.duty)).toContain('FILE_KEBERATAN');
    const all = agencyWorkload(upToDelivery, { now, rulebook });
    expect(all.some((w) => w.body.kind === 'RESPONDENT')).toBe(false);
    expect(all.flatMap((w) => w.stages.map((s) => s.stage))).not.toContain('FILE_KEBERATAN');
  });
});

describe('handling times per body', () => {
  it('median and p90 by nearest rank: of 1…5 days, 3 and 5; of 1…10, 5.5 and 9', () => {
    expect([median([1, 2, 3, 4, 5]), percentile([1, 2, 3, 4, 5], 90)]).toEqual([3, 5]);
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([median(ten), percentile(ten, 90)]).toEqual([5.5, 9]);
    expect([median([7]), percentile([7], 90)]).toEqual([7, 7]);
  });

  it('Bawaslu Bantul decided six respondents in 2, 2, 3, 3, 4 and 4 days: median 3, p90 4', () => {
    expect(handlingTimes(model, { kind: 'BAWASLU', id: 'KABKOTA:34.02' })).toEqual([
      {
        body: { kind: 'BAWASLU', id: 'KABKOTA:34.02' },
        measure: 'BAWASLU_DECISION',
        completed: 6,
        medianDays: 3,
        p90Days: 4,
      },
    ]);
  });

  it('KASN took 17, 19, 21 and 21 days from the forward: median 20, p90 21', () => {
    expect(handlingTimes(model, { kind: 'SUPERVISOR' })).toEqual([
      {
        body: { kind: 'SUPERVISOR', id: 'KASN' },
        measure: 'SUPERVISOR_OUTCOME',
        completed: 4,
        medianDays: 20,
        p90Days: 21,
      },
    ]);
  });

  it("the PPK's follow-up, delivery and objection decision, and the investigators' file, each measured from the step that handed it over", () => {
    const times = handlingTimes(model).map((h) => [
      `${h.body.kind}:${h.body.id}`,
      h.measure,
      h.completed,
      h.medianDays,
    ]);
    expect(times).toEqual(
      expect.arrayContaining([
        ['PPK:bantul-disdikpora', 'PPK_SANCTION', 2, 14],
        ['PPK:bantul-disdikpora', 'SANCTION_DELIVERY', 1, 15],
        ['PPK:bantul-disdikpora', 'OBJECTION_DECISION', 1, 28],
        ['INVESTIGATORS:34.02', 'INVESTIGATION', 1, 7],
        ['BAWASLU:KABKOTA:34.01', 'BAWASLU_DECISION', 2, 11],
      ]),
    );
    expect(times).toHaveLength(7);
  });

  it('filtered by election: only the Pemilu cases count', () => {
    expect(
      handlingTimes(model, { regime: 'PEMILU_2024' }).map((h) => [
        h.body.id,
        h.measure,
        h.medianDays,
      ]),
    ).toEqual([
      ['KABKOTA:34.01', 'BAWASLU_DECISION', 11],
      ['KASN', 'SUPERVISOR_OUTCOME', 21],
    ]);
  });
});

describe("the employer's respondents by stage", () => {
  it('Disdikpora Bantul: one person in three cases — with the employer, sanctioned, in force', () => {
    const stages = employerStages(model, 'bantul-disdikpora');
    expect(stages.total).toBe(3);
    expect(Object.entries(stages.byStage).filter(([, n]) => n > 0)).toEqual([
      ['WITH_EMPLOYER', 1],
      ['SANCTIONED', 1],
      ['IN_FORCE', 1],
    ]);
    expect(employerStages(model, 'bantul-disdikpora', 'SD Negeri Sewon 2')).toEqual({
      ...stages,
      unit: 'SD Negeri Sewon 2',
    });
  });

  it('units are kept apart, a unit never recorded counts under the empty unit, and a unit named with : * % reads back intact', () => {
    expect(
      employerUnits(model, 'bantul-dinkes').map((u) => [
        u.unit,
        Object.entries(u.byStage).filter(([, n]) => n > 0),
      ]),
    ).toEqual([
      ['Puskesmas Sewon I', [['WITH_INVESTIGATORS', 1]]],
      ['UPT Puskesmas: Sewon *II* 100%', [['DECIDED_NO_VIOLATION', 1]]],
    ]);
    expect(employerUnits(model, 'bantul-kapanewon-sewon')).toEqual([
      expect.objectContaining({ unit: '', total: 2 }),
    ]);
    expect(employerStages(model, 'bantul-kapanewon-sewon', '').byStage.DECIDED_NO_VIOLATION).toBe(
      2,
    );
    expect(employerStages(model, 'kulonprogo-dinkes').byStage.RECOMMENDED).toBe(1);
    expect(
      employerStages(model, 'kulonprogo-disdikpora', 'SD Negeri 2 Wates').byStage.NOT_PROVEN,
    ).toBe(1);
  });

  it('the counters equal the stages counted row by row, for every agency', () => {
    const counted = new Map<string, number>();
    for (const [, row] of model.rows()) {
      for (const r of respondentsOf(row.state)) {
        const key = `${r.respondent.agency.id} ${respondentStage(row.state, r)}`;
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
    }
    const agencies = new Set([...counted.keys()].map((k) => k.split(' ')[0] as string));
    const fromTotals = new Map<string, number>();
    for (const agency of agencies) {
      const { byStage } = employerStages(model, agency);
      for (const stage of RESPONDENT_STAGES) {
        if (byStage[stage] > 0) fromTotals.set(`${agency} ${stage}`, byStage[stage]);
      }
    }
    expect(fromTotals).toEqual(counted);
    expect(agencies.size).toBe(5);
  });
});
