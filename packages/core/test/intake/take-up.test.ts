/**
 * Taking a lapsed report up as Bawaslu's own finding (rulebook 2024.2). The law as the research
 * states it (research/legal-answers-2026-11.md §2; research/legal-process.md §3.2 item 4, §3.8):
 * lateness in completing the requirements ends the *report* ("tidak diregistrasi" / "tidak
 * ditindaklanjuti"), not the matter: Bawaslu may continue on its own initiative as a temuan
 * (Bawaslu Rokan Hilir turned 4 uncompleted ASN-neutrality reports into findings, Pilkada 2024).
 * A temuan is set within SET_FINDING of its discovery (UU 7/2017 Pasal 454(5)), and Bawaslu
 * learned of the matter from the report at the earliest.
 */

import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  type CaseCommand,
  type CaseEvent,
  caseDecider,
  caseEventSchema,
  initialCaseState,
} from '../../src/case/index.js';
import {
  announce,
  completeRequirements,
  context,
  decide,
  decline,
  history,
  incomplete,
  meta,
  receiveReport,
  recordFinding,
  register,
  registered,
  review,
  sendNotice,
  spec,
  stateAfter,
  takeUp,
  violation,
} from './builders.js';
import { SCENARIOS, type Scenario } from './fixtures.js';

/**
 * The lapsed report of each fixture, by hand. The notice is sent and received at the review
 * instant (a Friday in both):
 * - Pemilu: review Fri 19 Jan 2024 14:00 → completion due Tue 23 Jan 16:00 (2 working days);
 *   declined Wed 24 Jan; discovered (from the report) Thu 18 Jan → SET_FINDING 7 working days:
 *   19, 22, 23, 24, 25, 26, 29 → Mon 29 Jan. Registered Thu 25 Jan → DECIDE (from
 *   registration, 7 working days) → Mon 5 Feb.
 * - Pilkada: review Fri 9 Aug 2024 13:00 → due Sun 11 Aug 13:00 (2×24 h); declined Sun 11 Aug
 *   14:00; discovered Thu 8 Aug → SET_FINDING 7 calendar days → Thu 15 Aug. Taken up Mon 12 Aug;
 *   registered Tue 13 Aug → DECIDE (3 days from the finding's setting, 12 Aug) → Thu 15 Aug.
 */
interface LapseTimes {
  readonly declineAt: string;
  readonly declinedOn: string;
  readonly takeUpAt: string;
  readonly takeUpOn: string;
  readonly findingDue: string;
  /** The last day of SET_FINDING, and the day after. */
  readonly lastTakeUpAt: string;
  readonly lateTakeUpAt: string;
  readonly registerAt: string;
  readonly registeredOn: string;
  readonly decisionDue: string;
  readonly decideAt: string;
}

const TIMES: Readonly<Record<Scenario['regime'], LapseTimes>> = {
  PEMILU_2024: {
    declineAt: '2024-01-24T10:00:00+07:00',
    declinedOn: '2024-01-24',
    takeUpAt: '2024-01-24T11:00:00+07:00',
    takeUpOn: '2024-01-24',
    findingDue: '2024-01-29',
    lastTakeUpAt: '2024-01-29T16:00:00+07:00',
    lateTakeUpAt: '2024-01-30T09:00:00+07:00',
    registerAt: '2024-01-25T10:00:00+07:00',
    registeredOn: '2024-01-25',
    decisionDue: '2024-02-05',
    decideAt: '2024-01-29T15:00:00+07:00',
  },
  PILKADA_2024: {
    declineAt: '2024-08-11T14:00:00+07:00',
    declinedOn: '2024-08-11',
    takeUpAt: '2024-08-12T09:00:00+07:00',
    takeUpOn: '2024-08-12',
    findingDue: '2024-08-15',
    lastTakeUpAt: '2024-08-15T16:00:00+07:00',
    lateTakeUpAt: '2024-08-16T09:00:00+07:00',
    registerAt: '2024-08-13T10:00:00+07:00',
    registeredOn: '2024-08-13',
    decisionDue: '2024-08-15',
    decideAt: '2024-08-14T16:00:00+07:00',
  },
};

const addDays = (d: string, n: number): string => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

describe.each(SCENARIOS)('$regime: a lapsed report taken up as a finding (temuan)', (s) => {
  const t = TIMES[s.regime];
  const [first, second] = s.respondents;
  const lapsedCommands = (): CaseCommand[] => [
    receiveReport(s),
    review(s, incomplete('SIGNATURE', 'EVIDENCE')),
    sendNotice(s),
    decline(s, 'REQUIREMENTS_NOT_COMPLETED', t.declineAt),
  ];
  const lapsed = (): CaseEvent[] => history(...lapsedCommands());
  const takenUp = (): CaseCommand[] => [...lapsedCommands(), takeUp(s, t.takeUpAt)];

  it('takes up the report: the event links the lapsed report', () => {
    spec
      .given(lapsed())
      .when(takeUp(s, t.takeUpAt))
      .then([
        {
          type: 'ReportTakenUpAsFinding',
          data: {
            lapsedReport: {
              receivedOn: s.t.receivedOn,
              declinedOn: t.declinedOn,
              reason: 'REQUIREMENTS_NOT_COMPLETED',
            },
            supervisingOffice: { level: 'KABKOTA', name: `Bawaslu ${s.region.name}` },
            discoveredOn: s.t.receivedOn,
            setAt: t.takeUpAt,
            setOn: t.takeUpOn,
            findingDue: t.findingDue,
            reason: 'Laporan tidak dilengkapi; dugaan pelanggaran ditindaklanjuti sebagai temuan.',
          },
        },
      ])
      .thenState({
        status: 'FINDING_RECORDED',
        origin: 'FINDING',
        openedOn: t.takeUpOn,
        supervisingOffice: { level: 'KABKOTA' },
        incident: { discoveredOn: s.t.receivedOn },
        takenUpFrom: { receivedOn: s.t.receivedOn, declinedOn: t.declinedOn },
      });
  });

  it('on the last day of SET_FINDING it is in time; the day after it is time-barred', () => {
    spec
      .given(lapsed())
      .when(takeUp(s, t.lastTakeUpAt))
      .thenMatches([{ type: 'ReportTakenUpAsFinding', data: { findingDue: t.findingDue } }]);
    spec
      .given(lapsed())
      .when(takeUp(s, t.lateTakeUpAt))
      .thenRejectedWith('FINDING_TIME_BARRED', { field: 'discoveredOn' });
  });

  it('SET_FINDING counts from discoveredOn: a later discovery gives a later deadline', () => {
    spec
      .given(lapsed())
      .when(takeUp(s, t.lateTakeUpAt, t.declinedOn))
      .thenMatches([{ type: 'ReportTakenUpAsFinding', data: { discoveredOn: t.declinedOn } }]);
  });

  it('discoveredOn is not before the receipt of the report', () => {
    spec
      .given(lapsed())
      .when(takeUp(s, t.takeUpAt, addDays(s.t.receivedOn, -1)))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'discoveredOn' });
  });

  it('discoveredOn is not after the act', () => {
    spec
      .given(lapsed())
      .when(takeUp(s, t.takeUpAt, addDays(t.takeUpOn, 1)))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'discoveredOn' });
    spec
      .given(lapsed())
      .when(takeUp(s, t.takeUpAt, t.takeUpOn))
      .thenMatches([{ type: 'ReportTakenUpAsFinding' }]);
  });

  it('not dated before the non-registration', () => {
    spec
      .given(lapsed())
      .when(takeUp(s, `${addDays(t.declinedOn, -1)}T20:00:00+07:00`))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
  });

  it('only a report not registered for want of completion: not a time-barred one', () => {
    const knownOn = s.regime === 'PEMILU_2024' ? '2024-01-05' : '2024-07-30';
    spec
      .given(
        history(
          receiveReport(s, { incident: { ...s.incident, occurredOn: knownOn, knownOn } }),
          review(s, { outcome: 'TIME_BARRED' }),
          decline(s, 'TIME_BARRED', s.t.registerAt),
        ),
      )
      .when(takeUp(s, s.t.registerAt))
      .thenRejectedWith('NOT_A_LAPSED_REPORT', {
        message: expect.stringContaining('TIME_BARRED'),
        legalBasis: { instrument: expect.any(String) },
      });
  });

  it('not one outside Bawaslu’s jurisdiction', () => {
    spec
      .given(
        history(
          receiveReport(s),
          review(s, { outcome: 'OUTSIDE_JURISDICTION' }),
          decline(s, 'OUTSIDE_JURISDICTION', s.t.registerAt),
        ),
      )
      .when(takeUp(s, s.t.registerAt))
      .thenRejectedWith('NOT_A_LAPSED_REPORT');
  });

  it('not a report still open: received, awaiting completion, or registered', () => {
    spec
      .given(history(receiveReport(s)))
      .when(takeUp(s, s.t.reviewAt))
      .thenRejectedWith('NOT_A_LAPSED_REPORT');
    spec
      .given(history(receiveReport(s), review(s, incomplete('EVIDENCE')), sendNotice(s)))
      .when(takeUp(s, t.declineAt))
      .thenRejectedWith('NOT_A_LAPSED_REPORT');
    spec
      .given(history(...registered(s)))
      .when(takeUp(s, s.t.registerAt))
      .thenRejectedWith('NOT_A_LAPSED_REPORT');
  });

  it('not a finding, and not twice', () => {
    spec
      .given(history(recordFinding(s)))
      .when(takeUp(s, s.t.registerFindingAt, s.t.discoveredOn))
      .thenRejectedWith('NOT_A_LAPSED_REPORT');
    spec
      .given(history(...takenUp()))
      .when(takeUp(s, t.takeUpAt))
      .thenRejectedWith('NOT_A_LAPSED_REPORT');
  });

  it('only Bawaslu sets a finding: the reporter cannot', () => {
    spec
      .given(lapsed())
      .when({ ...takeUp(s, t.takeUpAt), meta: meta(s.reporterActor, t.takeUpAt) })
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });

  it('the finding is registered as a finding, with its own decision period', () => {
    spec
      .given(history(...takenUp()))
      .when(register(s, t.registerAt, s.findingRegistrationNumber))
      .then([
        {
          type: 'CaseRegistered',
          data: {
            registrationNumber: s.findingRegistrationNumber,
            registeredOn: t.registeredOn,
            decisionDue: t.decisionDue,
          },
        },
      ])
      .thenState({ status: 'REGISTERED', origin: 'FINDING' });
  });

  it('and decided like any finding', () => {
    const given = history(...takenUp(), register(s, t.registerAt, s.findingRegistrationNumber));
    spec
      .given(given)
      .when(decide(s, first.respondentId, violation(s), t.decideAt))
      .thenMatches([
        {
          type: 'RespondentDecided',
          data: { respondentId: first.respondentId, decisionDue: t.decisionDue },
        },
      ]);
  });

  it('the reporter can no longer complete the requirements', () => {
    const state = stateAfter(history(...takenUp()));
    const late = completeRequirements(s, ['SIGNATURE', 'EVIDENCE'], t.registerAt);
    const result = caseDecider.decide(late, state, context);
    expect(E.isLeft(result)).toBe(true);
    // A clerk recording it at the desk is refused as well: the case is no longer a report.
    spec
      .given(history(...takenUp()))
      .when(completeRequirements(s, ['SIGNATURE', 'EVIDENCE'], t.registerAt, s.bawaslu))
      .thenRejectedWith('NOT_A_REPORT');
  });

  it('nor can a completion notice be sent, or the report be declined again', () => {
    spec
      .given(history(...takenUp()))
      .when(sendNotice(s, t.registerAt))
      .thenRejectedWith('NOT_A_REPORT');
    spec
      .given(history(...takenUp()))
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', t.registerAt))
      .thenRejectedWith('NOT_A_REPORT');
  });

  it('the registration of the taken-up finding is announced', () => {
    spec
      .given(history(...takenUp(), register(s, t.registerAt, s.findingRegistrationNumber)))
      .when(announce(s, t.registerAt))
      .thenMatches([
        { type: 'StatusNoticeIssued', data: { status: 'REGISTERED', statusOn: t.registeredOn } },
      ]);
  });

  // legal-answers §2 / legal-process §3.2 item 4: a lapsed report is not followed up "and a
  // status notice goes to the reporter". Taking the matter up as a finding continues the
  // matter, not the report: the reporter is still owed the notice that the report lapsed.
  it('the reporter is still told the report was not registered after the take-up', () => {
    spec
      .given(history(...takenUp()))
      .when(announce(s, t.takeUpAt))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: { status: 'NOT_REGISTERED', statusOn: t.declinedOn },
        },
      ]);
  });

  it('the whole history replays through evolve to the taken-up, registered finding', () => {
    const commands = [
      ...lapsedCommands(),
      announce(s, t.takeUpAt),
      takeUp(s, t.takeUpAt),
      register(s, t.registerAt, s.findingRegistrationNumber),
    ];
    const events = history(...commands);
    expect(events.map((e) => e.type)).toEqual([
      'ReportReceived',
      'PreliminaryReviewCompleted',
      'CompletionNoticeSent',
      'RegistrationDeclined',
      'StatusNoticeIssued',
      'ReportTakenUpAsFinding',
      'CaseRegistered',
    ]);
    // Stored as JSON and read back through the event schema, the stream gives the same state.
    const stored = JSON.parse(JSON.stringify(events)) as unknown[];
    const replayed = stored
      .map((e) => caseEventSchema.parse(e) as CaseEvent)
      .reduce(caseDecider.evolve, initialCaseState());
    expect(replayed).toEqual(stateAfter(events));
    expect(replayed).toMatchObject({
      status: 'REGISTERED',
      origin: 'FINDING',
      openedOn: t.takeUpOn,
      takenUpFrom: { receivedOn: s.t.receivedOn, declinedOn: t.declinedOn },
      incident: { discoveredOn: s.t.receivedOn, occurredOn: s.incident.occurredOn },
      registration: { number: s.findingRegistrationNumber, registeredOn: t.registeredOn },
      deadlines: { decisionDue: t.decisionDue },
      statusNotices: [{ status: 'NOT_REGISTERED', issuedOn: t.takeUpOn }],
    });
    expect(Object.keys(replayed.status === 'NONE' ? {} : replayed.respondents)).toEqual([
      first.respondentId,
      second.respondentId,
    ]);
  });
});

// ---- Property: when a take-up is accepted ------------------------------------------------------

/**
 * The last day of SET_FINDING by hand: 7 days after discovery, not counting the day of
 * discovery; for the Pemilu, working days: weekdays other than Isra Mikraj (8 Feb 2024) and the
 * Imlek cuti bersama (9 Feb 2024) (research/legal-process.md §4.1). The Pemilu window below
 * keeps every due date before the voting-day holiday (14 Feb 2024).
 */
const PEMILU_NON_WORKING = new Set(['2024-02-08', '2024-02-09']);

const findingDueOf = (regime: Scenario['regime'], discoveredOn: string): string => {
  if (regime === 'PILKADA_2024') return addDays(discoveredOn, 7);
  let d = discoveredOn;
  for (let n = 0; n < 7; ) {
    d = addDays(d, 1);
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6 && !PEMILU_NON_WORKING.has(d)) n += 1;
  }
  return d;
};

describe.each(SCENARIOS)('$regime: property of the take-up dates', (s) => {
  const t = TIMES[s.regime];
  const given = history(
    receiveReport(s),
    review(s, incomplete('EVIDENCE')),
    sendNotice(s),
    decline(s, 'REQUIREMENTS_NOT_COMPLETED', t.declineAt),
  );

  it('accepted iff receipt ≤ discoveredOn ≤ the act, and the act within 7 days of discovery', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: -4, max: s.regime === 'PEMILU_2024' ? 13 : 20 }),
        (actOffset, discoveredOffset) => {
          const setOn = addDays(t.declinedOn, actOffset);
          const discoveredOn = addDays(s.t.receivedOn, discoveredOffset);
          const when = takeUp(s, `${setOn}T15:00:00+07:00`, discoveredOn);
          if (discoveredOn < s.t.receivedOn || discoveredOn > setOn) {
            spec
              .given(given)
              .when(when)
              .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'discoveredOn' });
          } else if (setOn > findingDueOf(s.regime, discoveredOn)) {
            spec.given(given).when(when).thenRejectedWith('FINDING_TIME_BARRED');
          } else {
            spec
              .given(given)
              .when(when)
              .thenMatches([
                {
                  type: 'ReportTakenUpAsFinding',
                  data: { setOn, discoveredOn, findingDue: findingDueOf(s.regime, discoveredOn) },
                },
              ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
