/**
 * The respondent stages the employer counts: given each case's history one event at a time,
 * the stage of each respondent after every event.
 */
import { either as E } from 'fp-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { respondentIn } from '../../case/state.js';
import type { RecordedEvent } from '../../store/envelope.js';
import { A, B, C, E_SCENARIO, recordSeason } from './case-histories.fixture.js';
import { type CaseRow, evolveCaseRow } from './case-row.js';
import { keyPart, unescapeKeyPart } from './keys.js';
import { firstHandOverOn, firstSanctionOn, funnelStagesOf } from './milestones.js';
import { respondentStage } from './respondent-stage.js';

let events: RecordedEvent[];
beforeAll(async () => {
  ({ events } = await recordSeason());
});

/** The stage of `respondentId` after each event of the case, with the event's type. */
const stagesOf = (caseId: string, respondentId: string): string[] => {
  let row: CaseRow | undefined;
  const out: string[] = [];
  for (const event of events.filter((e) => e.streamId === caseId)) {
    const next = evolveCaseRow(row, event);
    if (E.isLeft(next)) throw new Error(next.left.message);
    row = next.right;
    const r = respondentIn(row.state, respondentId);
    out.push(`${event.type} → ${r === undefined ? '-' : respondentStage(row.state, r)}`);
  }
  return out;
};

describe('stages along a case', () => {
  it('case A, btl-01: reported, registered, decided, with the supervisor, recommended, sanctioned, in force, objected, in force again', () => {
    expect(stagesOf(A.caseId, 'btl-01')).toEqual([
      'ReportReceived → REPORTED',
      'PreliminaryReviewCompleted → REPORTED',
      'CaseRegistered → REGISTERED',
      'RespondentDecided → DECIDED_VIOLATION',
      'RespondentDecided → DECIDED_VIOLATION',
      'ForwardedToSupervisor → WITH_SUPERVISOR',
      'SupervisorOutcomeRecorded → RECOMMENDED',
      'RespondentSummoned → RECOMMENDED',
      'ExaminationRecorded → RECOMMENDED',
      'SanctionDecided → SANCTIONED',
      'SanctionDelivered → IN_FORCE',
      'ObjectionFiled → OBJECTED',
      'ObjectionDecided → IN_FORCE',
    ]);
  });

  it('case A, btl-02: decided not a violation, and so it stays', () => {
    expect(stagesOf(A.caseId, 'btl-02').slice(2)).toEqual([
      'CaseRegistered → REGISTERED',
      'RespondentDecided → REGISTERED',
      'RespondentDecided → DECIDED_NO_VIOLATION',
      ...Array(8).fill(expect.stringMatching(/→ DECIDED_NO_VIOLATION$/)),
    ]);
  });

  it('case E, e-01: the criminal track shows while nothing administrative follows the decision', () => {
    expect(stagesOf(E_SCENARIO.caseId, 'e-01').slice(-3)).toEqual([
      'RespondentDecided → DECIDED_VIOLATION',
      'ForwardedToInvestigators → WITH_INVESTIGATORS',
      'CriminalStepRecorded → WITH_INVESTIGATORS',
    ]);
  });

  it('case B, kp-02: not proven by the supervisor; case C: an internal report, with the employer', () => {
    expect(stagesOf(B.caseId, 'kp-02').at(-1)).toBe('BreachNoticed → NOT_PROVEN');
    expect(stagesOf(C.caseId, 'btl-01')).toEqual(['InternalReportReceived → WITH_EMPLOYER']);
  });
});

describe('milestones', () => {
  const btl01 = () => {
    let row: CaseRow | undefined;
    for (const event of events.filter((e) => e.streamId === A.caseId)) {
      const next = evolveCaseRow(row, event);
      if (E.isLeft(next)) throw new Error(next.left.message);
      row = next.right;
    }
    return respondentIn((row as CaseRow).state, 'btl-01') as NonNullable<
      ReturnType<typeof respondentIn>
    >;
  };

  it('the first sanction is the first of a ladder, not the heavier step that replaced it', () => {
    const r = btl01();
    expect(firstSanctionOn(r)).toBe('2024-09-16');
    const laddered = {
      ...r,
      proceeding: {
        ...r.proceeding,
        earlierSanctions: [{ code: 'TEGURAN_LISAN' as const, decidedOn: '2024-09-10' }],
      },
    };
    expect(firstSanctionOn(laddered)).toBe('2024-09-10');
  });

  it('the first hand-over is the earliest of the forwards, whichever track', () => {
    const r = btl01();
    expect(firstHandOverOn(r)).toBe('2024-08-14');
    const alsoToPolri = {
      ...r,
      gakkumdu: {
        referredOn: '2024-08-12',
        due: '2024-08-12',
        withinDeadline: true,
        forwardedAt: null,
        dueAt: null,
      },
    };
    expect(firstHandOverOn(alsoToPolri)).toBe('2024-08-12');
  });

  it('the funnel: an ASN respondent reaches each stage on its own; anyone else reaches none', () => {
    const r = btl01();
    expect(funnelStagesOf(r)).toEqual(['reported', 'proven', 'recommended', 'sanctioned']);
    expect(funnelStagesOf({ ...r, respondent: { ...r.respondent, kind: 'VILLAGE_HEAD' } })).toEqual(
      [],
    );
    expect(funnelStagesOf({ ...r, decision: null })).toEqual([
      'reported',
      'recommended',
      'sanctioned',
    ]);
  });
});

describe('key parts', () => {
  it('escape the grammar’s own characters and read back unchanged', () => {
    for (const value of ['Bidang: Umum', '100% *semua*', '%3A', 'plain']) {
      const part = keyPart(value);
      expect(part).not.toMatch(/[:*]/);
      expect(unescapeKeyPart(part)).toBe(value);
    }
    expect(keyPart('a:b*c%')).toBe('a%3Ab%2Ac%25');
  });
});
