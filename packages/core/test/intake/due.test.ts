/**
 * "What is due" (issue 15 item 9): `dutiesDue(state, now, rulebook)` lists every duty running on
 * a case — who owes it, what, by when, whether it is overdue, the rule that set it — and each
 * duty appears exactly while it runs. Both regimes; every date is the fixtures' (worked out by
 * hand there) or worked out by hand below.
 *
 * The law as the tests pin it:
 * - a deadline the state recorded when its step was taken is kept, whatever rulebook is given
 *   later; only what the state does not record (the 1×24-hour forward to Polri, the status
 *   notice, Pilkada's decision period before registration) is counted with the rulebook given;
 * - a date-only deadline lasts to the end of its day in the case's zone; one on the clock
 *   (completion from the notice, the forward to Polri) to its instant;
 * - the law sets no period for the forward to the ASN supervisor or to another authority, nor
 *   for the supervisor's verification or (without an office policy) the PPK's follow-up: such
 *   duties are listed with due null and are never overdue.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { DUTY_RULES } from '../../src/case/due/due-list.js';
import {
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  caseDecider,
  type Duty,
  type DutyCode,
  decideCase,
  dutiesDue,
  initialCaseState,
} from '../../src/case/index.js';
import { CLASSIFICATION } from '../../src/case/legal-bases.js';
import { SUPERVISION } from '../../src/case/legal-bases-proceedings.js';
import {
  createRulebook,
  defaultRulebook,
  type Regime,
  type Rulebook,
  type RulebookOverrides,
} from '../../src/rules/index.js';
import {
  announce,
  completeRequirements,
  contextAt,
  decide,
  decidedBoth,
  decideSanction,
  decline,
  deliverSanction,
  examined,
  extend,
  forward,
  forwardToAuthority,
  forwardToInvestigators,
  handOver,
  history,
  incomplete,
  MINUTE_MS,
  meta,
  NOW,
  notAViolation,
  noticed,
  PROCEEDING_TIMES,
  plusDays,
  plusMs,
  proven,
  receiveInternalReport,
  receiveReport,
  register,
  registered,
  reroute,
  review,
  reviewedIncompleteUnder2024_1,
  stateAfter,
  supervisorOutcome,
  takeUp,
  violation,
  withdraw,
} from './builders.js';
import { SCENARIOS, type Scenario, satgasOf } from './fixtures.js';

// ---- Local helpers -----------------------------------------------------------------------------

/** The duties of the state after `events`, at the instant `at`. */
const dueAt = (
  events: readonly CaseEvent[],
  at: string,
  rulebook: Rulebook = defaultRulebook,
): readonly Duty[] => dutiesDue(stateAfter(events), new Date(at), rulebook);

/** The duties with this code (and respondent, when given). */
const only = (list: readonly Duty[], code: DutyCode, respondentId?: string): Duty[] =>
  list.filter(
    (d) => d.duty === code && (respondentId === undefined || d.respondentId === respondentId),
  );

/** The one duty with this code (and respondent); fails unless there is exactly one. */
const one = (list: readonly Duty[], code: DutyCode, respondentId?: string): Duty => {
  const found = only(list, code, respondentId);
  expect(found, `exactly one ${code}${respondentId ? ` on ${respondentId}` : ''}`).toHaveLength(1);
  return found[0] as Duty;
};

/** Code, respondent, due date and due instant of a duty. */
type Row = readonly [DutyCode, string | null, string | null, string | null];

/** The rows of a list, in the order listed. */
const summary = (list: readonly Duty[]): Row[] =>
  list.map((d) => [d.duty, d.respondentId ?? null, d.due, d.dueAt ?? null]);

/** Rows in a fixed order, to compare lists whatever their order (order is tested on its own). */
const sortRows = (rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const unordered = (list: readonly Duty[]): Row[] => sortRows(summary(list));

/** The last millisecond of a local day in WIB, and the first of the next. */
const endOfDay = (d: string): string => `${d}T23:59:59.999+07:00`;
const nextDayStart = (d: string): string => `${plusDays(d, 1)}T00:00:00.000+07:00`;

/** The rulebook with one regime's deadline rows patched. */
const withDeadlines = (
  regime: Regime,
  patch: NonNullable<RulebookOverrides['deadlines']>[Regime],
): Rulebook => createRulebook({ deadlines: { [regime]: patch } });

const withProceedings = (
  regime: Regime,
  patch: NonNullable<RulebookOverrides['proceedings']>[Regime],
): Rulebook => createRulebook({ proceedings: { [regime]: patch } });

/** A history run through the decider under another rulebook; a rejection throws. */
const historyUnder = (rulebook: Rulebook, ...commands: CaseCommand[]): CaseEvent[] => {
  const context = { now: NOW, rulebook, rulebookVersion: rulebook.version };
  let state: CaseState = initialCaseState();
  const events: CaseEvent[] = [];
  for (const command of commands) {
    const decided = caseDecider.decide(command, state, context);
    if (E.isLeft(decided)) throw new Error(`fixture ${command.type}: ${decided.left.message}`);
    events.push(...decided.right);
    state = decided.right.reduce(caseDecider.evolve, state);
  }
  return events;
};

/** Years after every fixture date: a duty without a period is still not overdue. */
const FAR_FUTURE = '2030-01-01T00:00:00+07:00';

/**
 * Dates per regime worked out by hand (Pemilu: working days; Pilkada: calendar days; the
 * holiday tables of 2024 have none in these weeks).
 */
interface DueTimes {
  /**
   * DECIDE before registration, counted from receipt: Pilkada 3 days from Thu 8 Aug → Sun 11
   * Aug (UU 10/2016 Pasal 134(5)); null for the Pemilu, whose period runs from registration.
   */
  readonly decisionFromReceipt: string | null;
  /** STATUS_NOTICE 1 day after the registration (Pemilu Mon 22 → Tue 23 Jan; Pilkada Sat 10 → Sun 11 Aug). */
  readonly registeredNoticeDue: string;
  /** 3 days instead of 1: Pemilu Thu 25 Jan; Pilkada Tue 13 Aug. */
  readonly registeredNoticeDue3: string;
  /** After the decision (Pemilu Mon 29 → Tue 30 Jan; Pilkada Sun 11 → Mon 12 Aug). */
  readonly decidedNoticeDue: string;
  /** After the forward (Pemilu Tue 30 → Wed 31 Jan; Pilkada Wed 14 → Thu 15 Aug). */
  readonly forwardedNoticeDue: string;
  /** After the decline at `afterCompletionAt` (Pemilu Thu 25 → Fri 26 Jan; Pilkada Mon 12 → Tue 13 Aug). */
  readonly declinedNoticeDue: string;
  /** REFER_TO_POLICE patched to 48 hours: the decision instant + 48 h. */
  readonly referral48hDueAt: string;
  /**
   * A decision recorded by date only (2024.1): the declaration at the end of its day, + 24 h.
   */
  readonly referralByDateDueAt: string;
  /** Pilkada: DECIDE patched to 5 days from receipt (Tue 13 Aug). */
  readonly decisionFromReceipt5: string | null;
  /** Pemilu with the DECIDE anchor patched to RECEIPT: 7 working days from Thu 18 Jan → Mon 29 Jan. */
  readonly pemiluReceiptAnchorDue: string | null;
  /** A finding set by taking up the lapsed report at `afterCompletionAt`: Pilkada Mon 12 → Thu 15 Aug. */
  readonly takenUpDecisionDue: string | null;
  /** PPK_FOLLOW_UP under a 10-calendar-day office policy, from the outcome. */
  readonly followUpDue10: string;
}

const TIMES: Readonly<Record<Regime, DueTimes>> = {
  PEMILU_2024: {
    decisionFromReceipt: null,
    registeredNoticeDue: '2024-01-23',
    registeredNoticeDue3: '2024-01-25',
    decidedNoticeDue: '2024-01-30',
    forwardedNoticeDue: '2024-01-31',
    declinedNoticeDue: '2024-01-26',
    referral48hDueAt: '2024-01-31T15:00:00.000+07:00',
    referralByDateDueAt: '2024-01-30T23:59:59.999+07:00',
    decisionFromReceipt5: null,
    pemiluReceiptAnchorDue: '2024-01-29',
    takenUpDecisionDue: null,
    followUpDue10: '2024-03-01',
  },
  PILKADA_2024: {
    decisionFromReceipt: '2024-08-11',
    registeredNoticeDue: '2024-08-11',
    registeredNoticeDue3: '2024-08-13',
    decidedNoticeDue: '2024-08-12',
    forwardedNoticeDue: '2024-08-15',
    declinedNoticeDue: '2024-08-13',
    referral48hDueAt: '2024-08-13T16:00:00.000+07:00',
    referralByDateDueAt: '2024-08-12T23:59:59.999+07:00',
    decisionFromReceipt5: '2024-08-13',
    pemiluReceiptAnchorDue: null,
    takenUpDecisionDue: '2024-08-15',
    followUpDue10: '2024-09-12',
  },
};

const rows = (s: Scenario) => defaultRulebook.deadlines[s.regime];

// ---- The list as a whole -----------------------------------------------------------------------

describe('the list of duties', () => {
  it('has one entry per duty code', () => {
    const codes = DUTY_RULES.map((r) => r.duty);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('a case not opened owes nothing', () => {
    expect(dutiesDue(initialCaseState(), NOW, defaultRulebook)).toEqual([]);
  });

  it('refuses an invalid clock rather than calling nothing overdue', () => {
    const s = SCENARIOS[0] as Scenario;
    expect(() =>
      dutiesDue(stateAfter(history(receiveReport(s))), new Date('nope'), defaultRulebook),
    ).toThrow(RangeError);
  });
});

// ---- Intake ------------------------------------------------------------------------------------

describe.each(SCENARIOS)('$regime: intake duties', (s) => {
  const t = TIMES[s.regime];
  const [first, second] = s.respondents.map((r) => r.respondentId) as [string, string];
  /** Pilkada's decision period runs from receipt: one DECIDE per respondent before registration. */
  const decideFromReceipt = (due: string | null = t.decisionFromReceipt): Row[] =>
    due === null
      ? []
      : [
          ['DECIDE', first, due, null],
          ['DECIDE', second, due, null],
        ];

  it('the kajian awal runs while RECEIVED, due the recorded reviewDue, and ends with the review', () => {
    const received = history(receiveReport(s));
    const list = dueAt(received, s.t.receivedAt);
    expect(one(list, 'PRELIMINARY_REVIEW')).toEqual({
      duty: 'PRELIMINARY_REVIEW',
      who: 'BAWASLU',
      what: expect.any(String),
      due: s.t.reviewDue,
      overdue: false,
      basis: rows(s).PRELIMINARY_REVIEW.basis,
    });
    expect(unordered(list)).toEqual(
      sortRows([['PRELIMINARY_REVIEW', null, s.t.reviewDue, null], ...decideFromReceipt()]),
    );
    const reviewed = dueAt(history(receiveReport(s), review(s)), s.t.reviewAt);
    expect(only(reviewed, 'PRELIMINARY_REVIEW')).toEqual([]);
  });

  it('the kajian awal is overdue from the day after reviewDue, not before', () => {
    const received = history(receiveReport(s));
    expect(one(dueAt(received, endOfDay(s.t.reviewDue)), 'PRELIMINARY_REVIEW').overdue).toBe(false);
    expect(one(dueAt(received, nextDayStart(s.t.reviewDue)), 'PRELIMINARY_REVIEW').overdue).toBe(
      true,
    );
  });

  it('the recorded reviewDue is kept under a rulebook with another period', () => {
    const longer = withDeadlines(s.regime, { PRELIMINARY_REVIEW: { days: 10 } });
    const list = dueAt(history(receiveReport(s)), s.t.receivedAt, longer);
    expect(one(list, 'PRELIMINARY_REVIEW').due).toBe(s.t.reviewDue);
    // And it runs out on that date, not on the one the longer period would give.
    const later = dueAt(history(receiveReport(s)), nextDayStart(s.t.reviewDue), longer);
    expect(one(later, 'PRELIMINARY_REVIEW').overdue).toBe(true);
  });

  it('after an INCOMPLETE review: the completion notice is owed until sent; then the reporter completes on the clock', () => {
    const awaiting = history(receiveReport(s), review(s, incomplete('SIGNATURE')));
    const beforeNotice = dueAt(awaiting, s.t.reviewAt);
    expect(one(beforeNotice, 'SEND_COMPLETION_NOTICE')).toEqual({
      duty: 'SEND_COMPLETION_NOTICE',
      who: 'BAWASLU',
      what: expect.any(String),
      due: s.t.noticeDue,
      overdue: false,
      basis: rows(s).COMPLETION_NOTICE.basis,
    });
    // No period runs for the reporter before the notice.
    expect(only(beforeNotice, 'COMPLETE_REQUIREMENTS')).toEqual([]);

    const afterNotice = dueAt(history(...noticed(s, 'SIGNATURE')), s.t.noticeAt);
    expect(only(afterNotice, 'SEND_COMPLETION_NOTICE')).toEqual([]);
    expect(one(afterNotice, 'COMPLETE_REQUIREMENTS')).toEqual({
      duty: 'COMPLETE_REQUIREMENTS',
      who: 'REPORTER',
      what: expect.any(String),
      due: s.t.completionDue,
      dueAt: s.t.completionDueAt,
      overdue: false,
      basis: rows(s).COMPLETE_REQUIREMENTS.basis,
    });
    expect(unordered(afterNotice)).toEqual(
      sortRows([
        ['COMPLETE_REQUIREMENTS', null, s.t.completionDue, s.t.completionDueAt],
        ...decideFromReceipt(),
      ]),
    );

    const completed = history(...noticed(s, 'SIGNATURE'), completeRequirements(s, ['SIGNATURE']));
    expect(unordered(dueAt(completed, s.t.completeAt))).toEqual(sortRows(decideFromReceipt()));
  });

  it('the notice is overdue the day after noticeDue; the completion one minute after completionDueAt', () => {
    const awaiting = history(receiveReport(s), review(s, incomplete('SIGNATURE')));
    expect(one(dueAt(awaiting, endOfDay(s.t.noticeDue)), 'SEND_COMPLETION_NOTICE').overdue).toBe(
      false,
    );
    expect(
      one(dueAt(awaiting, nextDayStart(s.t.noticeDue)), 'SEND_COMPLETION_NOTICE').overdue,
    ).toBe(true);
    const noticedCase = history(...noticed(s, 'SIGNATURE'));
    expect(one(dueAt(noticedCase, s.t.completionDueAt), 'COMPLETE_REQUIREMENTS').overdue).toBe(
      false,
    );
    expect(
      one(dueAt(noticedCase, plusMs(s.t.completionDueAt, MINUTE_MS)), 'COMPLETE_REQUIREMENTS')
        .overdue,
    ).toBe(true);
  });

  it('the recorded noticeDue and completion deadline are kept under a rulebook with other periods', () => {
    const other = withDeadlines(s.regime, {
      COMPLETION_NOTICE: { days: 5 },
      COMPLETE_REQUIREMENTS: { days: 9, hours: 240 },
    });
    const awaiting = history(receiveReport(s), review(s, incomplete('SIGNATURE')));
    expect(one(dueAt(awaiting, s.t.reviewAt, other), 'SEND_COMPLETION_NOTICE').due).toBe(
      s.t.noticeDue,
    );
    const completion = one(
      dueAt(history(...noticed(s, 'SIGNATURE')), s.t.noticeAt, other),
      'COMPLETE_REQUIREMENTS',
    );
    expect([completion.due, completion.dueAt]).toEqual([s.t.completionDue, s.t.completionDueAt]);
  });

  it('a 2024.1 review: the reporter completes by the date the review recorded; no notice is owed', () => {
    const events = reviewedIncompleteUnder2024_1(s, ['SIGNATURE']);
    const list = dueAt(events, s.t.reviewAt);
    expect(only(list, 'SEND_COMPLETION_NOTICE')).toEqual([]);
    expect(one(list, 'COMPLETE_REQUIREMENTS')).toEqual({
      duty: 'COMPLETE_REQUIREMENTS',
      who: 'REPORTER',
      what: expect.any(String),
      due: s.t.completionDue,
      overdue: false,
      basis: rows(s).COMPLETE_REQUIREMENTS.basis,
    });
    expect(one(dueAt(events, endOfDay(s.t.completionDue)), 'COMPLETE_REQUIREMENTS').overdue).toBe(
      false,
    );
    expect(
      one(dueAt(events, nextDayStart(s.t.completionDue)), 'COMPLETE_REQUIREMENTS').overdue,
    ).toBe(true);
  });

  it('declined after a lapsed completion: only the NOT_REGISTERED notice is owed, and then nothing', () => {
    const declined = history(
      ...noticed(s, 'SIGNATURE'),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt),
    );
    expect(dueAt(declined, s.t.afterCompletionAt)).toEqual([
      {
        duty: 'ISSUE_STATUS_NOTICE',
        who: 'BAWASLU',
        what: expect.any(String),
        status: 'NOT_REGISTERED',
        due: t.declinedNoticeDue,
        overdue: false,
        basis: rows(s).STATUS_NOTICE.basis,
      },
    ]);
    const announced = history(
      ...noticed(s, 'SIGNATURE'),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt),
      announce(s, s.t.afterCompletionAt),
    );
    expect(dueAt(announced, FAR_FUTURE)).toEqual([]);
  });

  it('a lapsed report taken up as a finding before its decline was announced still owes that notice', () => {
    const takenUp = history(
      ...noticed(s, 'SIGNATURE'),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt),
      takeUp(s, s.t.afterCompletionAt),
    );
    const list = dueAt(takenUp, s.t.afterCompletionAt);
    expect(one(list, 'ISSUE_STATUS_NOTICE')).toMatchObject({
      status: 'NOT_REGISTERED',
      due: t.declinedNoticeDue,
    });
    // The finding waits for registration: only Pilkada's decision period already runs.
    expect(unordered(list)).toEqual(
      sortRows([
        ['ISSUE_STATUS_NOTICE', null, t.declinedNoticeDue, null],
        ...decideFromReceipt(t.takenUpDecisionDue),
      ]),
    );
  });

  it('waiting for registration owes no registration step; Pilkada’s decision period already runs from receipt', () => {
    const ready = history(receiveReport(s), review(s));
    expect(summary(dueAt(ready, s.t.reviewAt))).toEqual(decideFromReceipt());
    for (const d of dueAt(ready, s.t.reviewAt)) {
      expect(d).toMatchObject({ who: 'BAWASLU', basis: rows(s).DECIDE.basis });
    }
  });

  it('that pre-registration decision period is counted with the rulebook given (it is not recorded)', () => {
    const ready = history(receiveReport(s), review(s));
    const fiveDays = withDeadlines(s.regime, { DECIDE: { days: 5 } });
    expect(summary(dueAt(ready, s.t.reviewAt, fiveDays))).toEqual(
      decideFromReceipt(t.decisionFromReceipt5),
    );
    // An office that counts the Pemilu period from receipt too.
    const fromReceipt = withDeadlines(s.regime, { DECIDE: { anchor: 'RECEIPT' } });
    expect(summary(dueAt(ready, s.t.reviewAt, fromReceipt))).toEqual(
      decideFromReceipt(t.pemiluReceiptAnchorDue ?? t.decisionFromReceipt),
    );
    // And one that counts the Pilkada period from registration: nothing runs yet.
    const fromRegistration = withDeadlines(s.regime, { DECIDE: { anchor: 'REGISTRATION' } });
    expect(dueAt(ready, s.t.reviewAt, fromRegistration)).toEqual([]);
  });

  it('a report found outside Bawaslu’s jurisdiction: only a decline can follow, which has no period', () => {
    const outside = history(receiveReport(s), review(s, { outcome: 'OUTSIDE_JURISDICTION' }));
    expect(dueAt(outside, s.t.reviewAt)).toEqual([]);
  });

  it('a withdrawn report, an internal report with the employer: nothing is due', () => {
    expect(dueAt(history(receiveReport(s), withdraw(s, s.t.reviewAt)), s.t.reviewAt)).toEqual([]);
    expect(
      dueAt(history(receiveInternalReport(s, satgasOf(s.respondents[0]))), FAR_FUTURE),
    ).toEqual([]);
  });
});

// ---- Handling ----------------------------------------------------------------------------------

describe.each(SCENARIOS)('$regime: handling duties', (s) => {
  const t = TIMES[s.regime];
  const [first, second] = s.respondents.map((r) => r.respondentId) as [string, string];
  const criminal = violation(s, { tracks: ['CRIMINAL'] });

  it('registered: the decision on each respondent, due the recorded decisionDue, and the REGISTERED notice', () => {
    const list = dueAt(history(...registered(s)), s.t.registerAt);
    expect(unordered(list)).toEqual(
      sortRows([
        ['DECIDE', first, s.t.decisionDue, null],
        ['DECIDE', second, s.t.decisionDue, null],
        ['ISSUE_STATUS_NOTICE', null, t.registeredNoticeDue, null],
      ]),
    );
    expect(one(list, 'DECIDE', first)).toEqual({
      duty: 'DECIDE',
      who: 'BAWASLU',
      what: expect.any(String),
      respondentId: first,
      due: s.t.decisionDue,
      overdue: false,
      basis: rows(s).DECIDE.basis,
    });
    expect(one(list, 'ISSUE_STATUS_NOTICE')).toMatchObject({
      status: 'REGISTERED',
      basis: rows(s).STATUS_NOTICE.basis,
    });
  });

  it('each decision leaves the list when taken', () => {
    const oneDecided = history(...registered(s), decide(s, first, notAViolation));
    expect(only(dueAt(oneDecided, s.t.decideAt), 'DECIDE').map((d) => d.respondentId)).toEqual([
      second,
    ]);
    const bothDecided = history(
      ...registered(s),
      decide(s, first, notAViolation),
      decide(s, second, notAViolation),
    );
    expect(only(dueAt(bothDecided, s.t.decideAt), 'DECIDE')).toEqual([]);
  });

  it('the decision is overdue from the day after decisionDue', () => {
    const events = history(...registered(s));
    expect(one(dueAt(events, endOfDay(s.t.decisionDue)), 'DECIDE', first).overdue).toBe(false);
    expect(one(dueAt(events, nextDayStart(s.t.decisionDue)), 'DECIDE', first).overdue).toBe(true);
  });

  it('the recorded decisionDue is kept under a rulebook with another period', () => {
    const longer = withDeadlines(s.regime, { DECIDE: { days: 20 } });
    const list = dueAt(history(...registered(s)), s.t.registerAt, longer);
    expect(only(list, 'DECIDE').map((d) => d.due)).toEqual([s.t.decisionDue, s.t.decisionDue]);
  });

  it('after an extension: DECIDE_EXTENDED, due the recorded extended decisionDue, in place of DECIDE', () => {
    const events = history(...registered(s), extend(s));
    const list = dueAt(events, s.t.extendAt);
    expect(only(list, 'DECIDE')).toEqual([]);
    expect(one(list, 'DECIDE_EXTENDED', second)).toEqual({
      duty: 'DECIDE_EXTENDED',
      who: 'BAWASLU',
      what: expect.any(String),
      respondentId: second,
      due: s.t.extendedDecisionDue,
      overdue: false,
      basis: rows(s).DECIDE_EXTENDED.basis,
    });
    expect(only(list, 'DECIDE_EXTENDED')).toHaveLength(2);
    const longer = withDeadlines(s.regime, { DECIDE_EXTENDED: { days: 30 } });
    expect(one(dueAt(events, s.t.extendAt, longer), 'DECIDE_EXTENDED', first).due).toBe(
      s.t.extendedDecisionDue,
    );
    expect(
      one(dueAt(events, nextDayStart(s.t.extendedDecisionDue)), 'DECIDE_EXTENDED', first).overdue,
    ).toBe(true);
  });

  it('NEUTRALITY violations: the forward to the supervisor, no period, never overdue; it leaves with the forward', () => {
    const decided = history(...decidedBoth(s));
    const list = dueAt(decided, s.t.decideAt);
    expect(unordered(list)).toEqual(
      sortRows([
        ['FORWARD_TO_SUPERVISOR', first, null, null],
        ['FORWARD_TO_SUPERVISOR', second, null, null],
        ['ISSUE_STATUS_NOTICE', null, t.decidedNoticeDue, null],
      ]),
    );
    expect(one(dueAt(decided, FAR_FUTURE), 'FORWARD_TO_SUPERVISOR', first)).toEqual({
      duty: 'FORWARD_TO_SUPERVISOR',
      who: 'BAWASLU',
      what: expect.any(String),
      respondentId: first,
      due: null,
      overdue: false,
      basis: CLASSIFICATION[s.regime],
    });
    const oneForwarded = dueAt(history(...decidedBoth(s), forward(s, [first])), s.t.forwardAt);
    expect(only(oneForwarded, 'FORWARD_TO_SUPERVISOR').map((d) => d.respondentId)).toEqual([
      second,
    ]);
    const bothForwarded = dueAt(
      history(...decidedBoth(s), forward(s, [first, second])),
      s.t.forwardAt,
    );
    expect(only(bothForwarded, 'FORWARD_TO_SUPERVISOR')).toEqual([]);
  });

  it('CRIMINAL: the forward to Polri, due 1×24 hours after the decision instant; overdue one minute after', () => {
    const events = history(...decidedBoth(s, criminal, notAViolation));
    const list = dueAt(events, s.t.decideAt);
    expect(one(list, 'FORWARD_TO_INVESTIGATORS', first)).toEqual({
      duty: 'FORWARD_TO_INVESTIGATORS',
      who: 'BAWASLU',
      what: expect.any(String),
      respondentId: first,
      due: s.t.referralDue,
      dueAt: s.t.referralDueAt,
      overdue: false,
      basis: rows(s).REFER_TO_POLICE.basis,
    });
    expect(only(list, 'FORWARD_TO_INVESTIGATORS', second)).toEqual([]);
    expect(one(dueAt(events, s.t.referralDueAt), 'FORWARD_TO_INVESTIGATORS').overdue).toBe(false);
    expect(
      one(dueAt(events, plusMs(s.t.referralDueAt, MINUTE_MS)), 'FORWARD_TO_INVESTIGATORS').overdue,
    ).toBe(true);
    const forwarded = history(
      ...decidedBoth(s, criminal, notAViolation),
      forwardToInvestigators(s, first, s.t.forwardAt),
    );
    expect(only(dueAt(forwarded, s.t.forwardAt), 'FORWARD_TO_INVESTIGATORS')).toEqual([]);
  });

  it('the forward to Polri is not recorded before it is made: counted with the rulebook given', () => {
    const events = history(...decidedBoth(s, criminal, notAViolation));
    const twoDays = withDeadlines(s.regime, { REFER_TO_POLICE: { hours: 48 } });
    const d = one(dueAt(events, s.t.decideAt, twoDays), 'FORWARD_TO_INVESTIGATORS');
    expect([d.due, d.dueAt]).toEqual([t.referral48hDueAt.slice(0, 10), t.referral48hDueAt]);
  });

  it('a decision recorded by date only (2024.1): the declaration is taken at the end of its day', () => {
    const byDate = history(...decidedBoth(s, criminal, notAViolation)).map((e) => {
      if (e.type !== 'RespondentDecided') return e;
      const { decidedAt: _instant, ...data } = e.data;
      return { ...e, data } as CaseEvent;
    });
    const d = one(dueAt(byDate, s.t.decideAt), 'FORWARD_TO_INVESTIGATORS');
    expect([d.due, d.dueAt]).toEqual([t.referralByDateDueAt.slice(0, 10), t.referralByDateDueAt]);
  });

  it('OTHER_LAW: the forward of a village head to the authority over them, no period; it leaves with the forward', () => {
    const head = s.villageHead.respondentId;
    const steps = [
      receiveReport(s, { respondents: [s.respondents[0], s.villageHead] }),
      review(s),
      register(s),
      decide(s, head, { outcome: 'VIOLATION', tracks: ['OTHER_LAW'], conductOn: s.skb.conductOn }),
      decide(s, first, notAViolation),
    ];
    const list = dueAt(history(...steps), FAR_FUTURE);
    expect(one(list, 'FORWARD_TO_AUTHORITY', head)).toEqual({
      duty: 'FORWARD_TO_AUTHORITY',
      who: 'BAWASLU',
      what: expect.any(String),
      respondentId: head,
      due: null,
      overdue: false,
      basis: defaultRulebook.nonAsnRoutes.VILLAGE_HEAD.forwardBasis[s.regime],
    });
    expect(only(list, 'FORWARD_TO_SUPERVISOR')).toEqual([]);
    const forwarded = history(...steps, forwardToAuthority(s, head));
    expect(only(dueAt(forwarded, FAR_FUTURE), 'FORWARD_TO_AUTHORITY')).toEqual([]);
  });

  it('the status notice follows the status: DECIDED, then FORWARDED, then nothing once announced', () => {
    const decided = dueAt(history(...decidedBoth(s)), s.t.decideAt);
    expect(one(decided, 'ISSUE_STATUS_NOTICE')).toMatchObject({
      status: 'DECIDED',
      due: t.decidedNoticeDue,
    });
    const forwarded = history(...decidedBoth(s), forward(s, [first, second]));
    expect(one(dueAt(forwarded, s.t.forwardAt), 'ISSUE_STATUS_NOTICE')).toMatchObject({
      status: 'FORWARDED',
      due: t.forwardedNoticeDue,
    });
    const announced = history(
      ...decidedBoth(s),
      forward(s, [first, second]),
      announce(s, s.t.forwardAt),
    );
    expect(only(dueAt(announced, s.t.forwardAt), 'ISSUE_STATUS_NOTICE')).toEqual([]);
  });

  it('the status notice is overdue from the day after its due date', () => {
    const events = history(...registered(s));
    const at = (instant: string) => one(dueAt(events, instant), 'ISSUE_STATUS_NOTICE').overdue;
    expect(at(endOfDay(t.registeredNoticeDue))).toBe(false);
    expect(at(nextDayStart(t.registeredNoticeDue))).toBe(true);
  });

  it('the status notice is not recorded before it is issued: counted with the rulebook given', () => {
    const threeDays = withDeadlines(s.regime, { STATUS_NOTICE: { days: 3 } });
    const list = dueAt(history(...registered(s)), s.t.registerAt, threeDays);
    expect(one(list, 'ISSUE_STATUS_NOTICE').due).toBe(t.registeredNoticeDue3);
  });

  it('a case closed with nothing owed lists nothing; before its CLOSED notice, only that', () => {
    const closed = history(...decidedBoth(s, notAViolation, notAViolation));
    expect(dueAt(closed, s.t.decideAt).map((d) => [d.duty, d.status])).toEqual([
      ['ISSUE_STATUS_NOTICE', 'CLOSED'],
    ]);
    const announced = history(
      ...decidedBoth(s, notAViolation, notAViolation),
      announce(s, s.t.decideAt),
    );
    expect(dueAt(announced, FAR_FUTURE)).toEqual([]);
  });

  it('a terminal case owes no step but its status notice, whatever its respondents still show', () => {
    // Not reachable through the decider (a CLOSED case has no violation): the list itself ends
    // every duty but the status notice with the case, as the decider refuses every other act.
    const decided = stateAfter(history(...decidedBoth(s)));
    if (decided.status === 'NONE') throw new Error('no case');
    expect(only(dutiesDue(decided, NOW, defaultRulebook), 'FORWARD_TO_SUPERVISOR')).toHaveLength(2);
    for (const status of ['CLOSED', 'NOT_REGISTERED', 'WITHDRAWN'] as const) {
      const list = dutiesDue({ ...decided, status }, NOW, defaultRulebook);
      expect(list.every((d) => d.duty === 'ISSUE_STATUS_NOTICE')).toBe(true);
    }
  });

  it('agrees with the decider on which status notices it would accept now', () => {
    const histories: CaseCommand[][] = [
      registered(s),
      decidedBoth(s),
      [...decidedBoth(s), forward(s, [first])],
      [...decidedBoth(s), forward(s, [first, second])],
      decidedBoth(s, notAViolation, notAViolation),
      [...decidedBoth(s, notAViolation, notAViolation), announce(s, s.t.decideAt)],
      [...noticed(s, 'SIGNATURE'), decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt)],
      [
        ...noticed(s, 'SIGNATURE'),
        decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt),
        takeUp(s, s.t.afterCompletionAt),
      ],
      [receiveReport(s), review(s)],
    ];
    const statuses = ['REGISTERED', 'NOT_REGISTERED', 'DECIDED', 'FORWARDED', 'CLOSED'] as const;
    for (const commands of histories) {
      const state = stateAfter(history(...commands));
      const listed = only(dutiesDue(state, NOW, defaultRulebook), 'ISSUE_STATUS_NOTICE').map(
        (d) => d.status,
      );
      const accepted = statuses.filter((status) =>
        E.isRight(
          decideCase(
            {
              ...announce(s, NOW.toISOString()),
              meta: meta(s.bawaslu, NOW.toISOString()),
              status,
            },
            state,
            contextAt(NOW),
          ),
        ),
      );
      expect([...listed].sort(), `after ${commands.map((c) => c.type).join(', ')}`).toEqual(
        [...accepted].sort(),
      );
    }
  });
});

// ---- Proceedings -------------------------------------------------------------------------------

describe.each(SCENARIOS)('$regime: proceeding duties', (s) => {
  const t = TIMES[s.regime];
  const p = PROCEEDING_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const forwarded = (): CaseCommand[] => [...decidedBoth(s), forward(s, [id])];
  const recommended = (): CaseCommand[] => [
    ...forwarded(),
    supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), p.outcomeAt),
    ...examined(s, id),
  ];
  const sanctioned = (): CaseCommand[] => [...recommended(), decideSanction(s, id, p.sanctionAt)];
  const mine = (list: readonly Duty[]) =>
    list.filter((d) => d.respondentId === id).map((d) => d.duty);

  it('forwarded: the supervisor’s outcome is owed, no period, never overdue; it leaves when recorded', () => {
    const list = dueAt(history(...forwarded()), FAR_FUTURE);
    expect(mine(list)).toEqual(['SUPERVISOR_OUTCOME']);
    expect(one(list, 'SUPERVISOR_OUTCOME', id)).toEqual({
      duty: 'SUPERVISOR_OUTCOME',
      who: 'SUPERVISOR',
      what: expect.any(String),
      respondentId: id,
      supervisor: 'KASN',
      due: null,
      overdue: false,
      basis: SUPERVISION,
    });
    for (const result of [
      { outcome: 'NOT_PROVEN', reason: 'Foto bukan terlapor.' },
      { outcome: 'RETURNED', reason: 'Bukti tidak cukup.' },
    ] as const) {
      const done = history(...forwarded(), supervisorOutcome(s, id, result, p.outcomeAt));
      expect(mine(dueAt(done, FAR_FUTURE))).toEqual([]);
    }
  });

  it('a file rerouted under SE 4/2024 is owed by the supervisor it went to', () => {
    for (const [started, to] of [
      [true, 'MENPANRB'],
      [false, 'BKN'],
    ] as const) {
      const events = history(...forwarded(), reroute(s, [id], started));
      expect(one(dueAt(events, FAR_FUTURE), 'SUPERVISOR_OUTCOME', id).supervisor).toBe(to);
    }
  });

  it('PROVEN: the PPK follows up — no period by law, never overdue — until a sanction is decided', () => {
    const list = dueAt(history(...recommended()), FAR_FUTURE);
    expect(mine(list)).toEqual(['PPK_FOLLOW_UP']);
    expect(one(list, 'PPK_FOLLOW_UP', id)).toEqual({
      duty: 'PPK_FOLLOW_UP',
      who: 'PPK',
      what: expect.any(String),
      respondentId: id,
      agencyId: pns.agency.id,
      due: null,
      overdue: false,
      basis: defaultRulebook.proceedings[s.regime].PPK_FOLLOW_UP.basis,
    });
    expect(only(dueAt(history(...sanctioned()), p.sanctionAt), 'PPK_FOLLOW_UP')).toEqual([]);
  });

  it('a follow-up period set by office policy when the outcome was recorded is kept, and runs out', () => {
    const policy = withProceedings(s.regime, { PPK_FOLLOW_UP: { days: 10 } });
    const events = historyUnder(
      policy,
      ...forwarded(),
      supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), p.outcomeAt),
      ...examined(s, id),
    );
    // Read under the default rulebook, which sets no period: the recorded date stands.
    const followUp = (at: string) => one(dueAt(events, at), 'PPK_FOLLOW_UP', id);
    expect(followUp(p.outcomeAt).due).toBe(t.followUpDue10);
    expect(followUp(endOfDay(t.followUpDue10)).overdue).toBe(false);
    expect(followUp(nextDayStart(t.followUpDue10)).overdue).toBe(true);
  });

  it('a decided sanction is delivered by the recorded deliveryDue; it leaves when delivered', () => {
    const events = history(...sanctioned());
    const list = dueAt(events, p.sanctionAt);
    expect(mine(list)).toEqual(['DELIVER_SANCTION']);
    expect(one(list, 'DELIVER_SANCTION', id)).toEqual({
      duty: 'DELIVER_SANCTION',
      who: 'PPK',
      what: expect.any(String),
      respondentId: id,
      agencyId: pns.agency.id,
      due: p.deliveryDue,
      overdue: false,
      basis: defaultRulebook.proceedings[s.regime].DELIVER_SANCTION.basis,
    });
    expect(one(dueAt(events, endOfDay(p.deliveryDue)), 'DELIVER_SANCTION').overdue).toBe(false);
    expect(one(dueAt(events, nextDayStart(p.deliveryDue)), 'DELIVER_SANCTION').overdue).toBe(true);
    const delivered = history(...sanctioned(), deliverSanction(s, id, p.deliverAt));
    // What follows delivery (the keberatan window, the served record): due-proceedings.test.ts.
    expect(mine(dueAt(delivered, p.deliverAt))).toEqual([
      'FILE_KEBERATAN',
      'RECORD_SANCTION_SERVED',
    ]);
  });

  it('the recorded deliveryDue is kept under a rulebook with another period', () => {
    const longer = withProceedings(s.regime, { DELIVER_SANCTION: { days: 30 } });
    expect(one(dueAt(history(...sanctioned()), p.sanctionAt, longer), 'DELIVER_SANCTION').due).toBe(
      p.deliveryDue,
    );
  });
});

// ---- Order and office --------------------------------------------------------------------------

describe.each(SCENARIOS)('$regime: order and holder', (s) => {
  const t = TIMES[s.regime];
  const p = PROCEEDING_TIMES[s.regime];
  const [first, second] = s.respondents.map((r) => r.respondentId) as [string, string];
  const pns = s.respondents[0];

  it('sorted by due date, the duties without a period last', () => {
    const events = history(
      ...decidedBoth(s),
      forward(s, [first]),
      supervisorOutcome(s, first, proven('MODERATE', pns.agency.id), p.outcomeAt),
      ...examined(s, first),
      decideSanction(s, first, p.sanctionAt),
    );
    expect(summary(dueAt(events, p.sanctionAt))).toEqual([
      ['ISSUE_STATUS_NOTICE', null, t.forwardedNoticeDue, null],
      ['DELIVER_SANCTION', first, p.deliveryDue, null],
      ['FORWARD_TO_SUPERVISOR', second, null, null],
    ]);
  });

  it('on the same day, a deadline on the clock comes before one that lasts the whole day', () => {
    // The reporter's completion (on the clock, due on completionDue) and, for Pilkada, the
    // decision from receipt when it falls on the same day.
    const list = dueAt(history(...noticed(s, 'SIGNATURE')), s.t.noticeAt);
    const keys = list.map((d) =>
      d.due === null ? Number.POSITIVE_INFINITY : Date.parse(d.dueAt ?? endOfDay(d.due)),
    );
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(list[0]?.duty).toBe('COMPLETE_REQUIREMENTS');
  });

  it('the list is in due order in every state of a case', () => {
    const steps: CaseCommand[] = [
      ...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })),
      forward(s, [first]),
      supervisorOutcome(s, first, proven('MODERATE', pns.agency.id), p.outcomeAt),
      ...examined(s, first),
      decideSanction(s, first, p.sanctionAt),
    ];
    for (let n = 1; n <= steps.length; n++) {
      const list = dueAt(history(...steps.slice(0, n)), NOW.toISOString());
      const keys = list.map((d) =>
        d.due === null ? Number.POSITIVE_INFINITY : Date.parse(d.dueAt ?? endOfDay(d.due)),
      );
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('a Bawaslu duty names the handling office once fixed (a hand-over); the reporter’s does not', () => {
    const provinsi = { level: 'PROVINSI', regionCode: '34' } as const;
    const received = dueAt(history(receiveReport(s)), s.t.reviewAt);
    expect(one(received, 'PRELIMINARY_REVIEW')).not.toHaveProperty('office');
    const handedOver = dueAt(
      history(receiveReport(s), handOver(s, provinsi, s.t.reviewAt)),
      s.t.reviewAt,
    );
    expect(one(handedOver, 'PRELIMINARY_REVIEW').office).toEqual(provinsi);
    const noticedThenHanded = dueAt(
      history(...noticed(s, 'SIGNATURE'), handOver(s, provinsi, s.t.noticeAt)),
      s.t.noticeAt,
    );
    expect(one(noticedThenHanded, 'COMPLETE_REQUIREMENTS')).not.toHaveProperty('office');
    for (const d of only(noticedThenHanded, 'DECIDE')) expect(d.office).toEqual(provinsi);
  });
});
