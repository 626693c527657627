/**
 * "What is due" after the sanction (issue 15): the respondent's window to object, the decision
 * on an objection, the served record, and the criminal track after the forward to Polri; and
 * the exit from the service ending the administrative proceedings' duties. Both regimes; dates
 * are the builders' (OBJECTION_TIMES, PROCEEDING_TIMES, hand-counted there) or hand-counted
 * below; the criminal dates are those criminal.test.ts checks against the decider.
 *
 * The law as the tests pin it:
 * - a window (the keberatan, the banding, the criminal appeal) is listed while open, through
 *   its last day, and gone the day after, when the decider refuses the act; never overdue;
 * - a duty is not overdue on its due day and overdue from the next;
 * - what the state records (the objection's decisionDue) is kept under another rulebook; what
 *   it does not (the filing window, a criminal period, a sanction's end) is counted with the
 *   rulebook given, with the decider's functions: the agreement test at the end runs each
 *   listed duty's command at its due date through the decider, and the day after.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  caseContext,
  caseDecider,
  type Duty,
  type DutyCode,
  decideCase,
  dutiesDue,
  initialCaseState,
} from '../../src/case/index.js';
import { SERVING } from '../../src/case/legal-bases-proceedings.js';
import {
  createRulebook,
  defaultRulebook,
  type Regime,
  type Rulebook,
  type RulebookOverrides,
} from '../../src/rules/index.js';
import {
  criminalStep,
  decidedBoth,
  decideObjection,
  decideSanction,
  deliverSanction,
  examined,
  fileObjection,
  forward,
  forwardToInvestigators,
  NOW,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  plusDays,
  proven,
  respondentExit,
  sanctionServed,
  stateAfter,
  supervisorOutcome,
  violation,
} from './builders.js';
import { SCENARIOS, type Scenario } from './fixtures.js';

// ---- Local helpers -----------------------------------------------------------------------------

/** A history run through the decider under `rulebook`; a rejection is a broken fixture. */
/** The decision clock of the histories: after every fixture date, the sanctions' ends included. */
const LATER = new Date('2026-01-05T02:00:00Z');

const historyUnder = (rulebook: Rulebook, ...commands: CaseCommand[]): CaseEvent[] => {
  const context = caseContext(LATER, rulebook);
  let state: CaseState = initialCaseState();
  const events: CaseEvent[] = [];
  for (const command of commands) {
    const decided = caseDecider.decide(command, state, context);
    if (E.isLeft(decided)) {
      throw new Error(
        `fixture ${command.type} rejected: ${decided.left.code}: ${decided.left.message}`,
      );
    }
    events.push(...decided.right);
    state = decided.right.reduce(caseDecider.evolve, state);
  }
  return events;
};

const history = (...commands: CaseCommand[]) => historyUnder(defaultRulebook, ...commands);

/** The duties of the state after `events`, at the instant `at`. */
const dueAt = (
  events: readonly CaseEvent[],
  at: string,
  rulebook: Rulebook = defaultRulebook,
): readonly Duty[] => dutiesDue(stateAfter(events), new Date(at), rulebook);

const only = (list: readonly Duty[], code: DutyCode, respondentId?: string): Duty[] =>
  list.filter(
    (d) => d.duty === code && (respondentId === undefined || d.respondentId === respondentId),
  );

const one = (list: readonly Duty[], code: DutyCode, respondentId?: string): Duty => {
  const found = only(list, code, respondentId);
  expect(found, `exactly one ${code}${respondentId ? ` on ${respondentId}` : ''}`).toHaveLength(1);
  return found[0] as Duty;
};

/** The last millisecond of a local day in WIB, and the first of the next. */
const endOfDay = (d: string): string => `${d}T23:59:59.999+07:00`;
const nextDayStart = (d: string): string => `${plusDays(d, 1)}T00:00:00.000+07:00`;

const withProceedings = (
  regime: Regime,
  patch: NonNullable<RulebookOverrides['proceedings']>[Regime],
): Rulebook => createRulebook({ proceedings: { [regime]: patch } });

/** Years after every fixture date. */
const FAR_FUTURE = '2030-01-01T00:00:00+07:00';

const BPASN = { id: 'bpasn-sekretariat-01', role: 'appeal_authority', scope: {} } as const;

const APPEAL_CODES: readonly DutyCode[] = [
  'FILE_KEBERATAN',
  'FILE_BANDING',
  'DECIDE_KEBERATAN',
  'DECIDE_KEBERATAN_ATASAN',
  'DECIDE_BANDING',
  'RECORD_SANCTION_SERVED',
];

const CRIMINAL_CODES: readonly DutyCode[] = [
  'INVESTIGATION',
  'RESUBMIT_FILE',
  'PROSECUTION',
  'DISTRICT_COURT',
  'FILE_CRIMINAL_APPEAL',
  'HIGH_COURT',
];

/** Dates worked out by hand per regime, besides the builders'. */
interface Times {
  /**
   * DECIDE_BANDING, 65 working days from the filing at OBJECTION_TIMES.fileAt. Pemilu, from Wed
   * 27 Mar 2024: 1 in March (Good Friday skipped), 16 in April (Lebaran 8–15 Apr), 18 in May
   * (1, 9, 10, 23, 24 May), 18 in June (17, 18 Jun), then 1–16 Jul: Tue 16 Jul. Pilkada, from
   * Wed 2 Oct 2024: 21 in October, 20 in November (voting day 27 Nov), 20 in December (25, 26
   * Dec), then 2, 3, 6, 7 Jan (1 Jan skipped): Tue 7 Jan 2025.
   */
  readonly bandingDecisionDue: string;
  /** TUNDA_KGB_1T upheld on OBJECTION_TIMES.decideAt: in force that day for 1 year, to its eve. */
  readonly upheldEndsOn: string;
}

const TIMES: Readonly<Record<Regime, Times>> = {
  PEMILU_2024: { bandingDecisionDue: '2024-07-16', upheldEndsOn: '2025-04-29' },
  PILKADA_2024: { bandingDecisionDue: '2025-01-07', upheldEndsOn: '2025-10-29' },
};

const rows = (s: Scenario) => defaultRulebook.proceedings[s.regime];

// ---- Objection and serving ---------------------------------------------------------------------

describe.each(SCENARIOS)('$regime: the objection and the served record', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const o = OBJECTION_TIMES[s.regime];
  const x = TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const agencyId = pns.agency.id;
  const upTo = (sanction = decideSanction(s, id, t.sanctionAt)): CaseCommand[] => [
    ...decidedBoth(s),
    forward(s, [id]),
    supervisorOutcome(s, id, proven('MODERATE', agencyId), t.outcomeAt),
    ...examined(s, id),
    sanction,
  ];
  const delivered = (sanction?: ReturnType<typeof decideSanction>): CaseCommand[] => [
    ...upTo(sanction),
    deliverSanction(s, id, t.deliverAt),
  ];
  const dismissal = decideSanction(s, id, t.sanctionAt, { sanction: 'PDHTAPS' });
  const byPengawas = decideSanction(s, id, t.sanctionAt, {
    sanction: 'TEGURAN_LISAN',
    imposedBy: {
      official: 'PENGAWAS',
      instance: 'KABKOTA',
      name: 'Kepala Seksi',
      relation: 'ONE_LEVEL_BELOW',
    },
    respondentPosition: 'PELAKSANA',
  });
  const byPresident = decideSanction(s, id, t.sanctionAt, {
    sanction: 'PDHTAPS',
    imposedBy: { official: 'PRESIDEN', instance: 'PUSAT', name: 'Presiden' },
    respondentPosition: 'FUNGSIONAL_AHLI_UTAMA',
  });
  const appealDuties = (list: readonly Duty[]) =>
    list.filter((d) => d.respondentId === id && APPEAL_CODES.includes(d.duty)).map((d) => d.duty);

  it('after delivery the respondent may file a keberatan through the 14th working day from receipt, and not after', () => {
    const events = history(...delivered());
    expect(one(dueAt(events, t.deliverAt), 'FILE_KEBERATAN', id)).toEqual({
      duty: 'FILE_KEBERATAN',
      who: 'RESPONDENT',
      what: expect.any(String),
      respondentId: id,
      agencyId,
      due: o.filingDue,
      basis: rows(s).FILE_KEBERATAN.basis,
      window: true,
      overdue: false,
    });
    expect(one(dueAt(events, endOfDay(o.filingDue)), 'FILE_KEBERATAN', id).overdue).toBe(false);
    // The window closed: a keberatan now "cannot be received", so nothing is listed (not overdue).
    expect(only(dueAt(events, nextDayStart(o.filingDue)), 'FILE_KEBERATAN')).toEqual([]);
    // Not before delivery; gone once filed.
    expect(only(dueAt(history(...upTo()), t.sanctionAt), 'FILE_KEBERATAN')).toEqual([]);
    const filed = history(...delivered(), fileObjection(s, id, o.fileAt));
    expect(only(dueAt(filed, o.fileAt), 'FILE_KEBERATAN')).toEqual([]);
  });

  it('the filing window is counted with the rulebook given (nothing is recorded before a filing)', () => {
    // 15 working days instead of 14: one working day later, the day the fixtures file late.
    const longer = withProceedings(s.regime, { FILE_KEBERATAN: { days: 15 } });
    const due = one(dueAt(history(...delivered()), t.deliverAt, longer), 'FILE_KEBERATAN').due;
    expect(due).toBe(o.lateFileAt.slice(0, 10));
  });

  it('against a dismissal the window is a banding with BPASN; against the President’s sanction there is none', () => {
    const banding = dueAt(history(...delivered(dismissal)), t.deliverAt);
    expect(appealDuties(banding)).toEqual(['FILE_BANDING']);
    expect(one(banding, 'FILE_BANDING', id)).toEqual({
      duty: 'FILE_BANDING',
      who: 'RESPONDENT',
      what: expect.any(String),
      respondentId: id,
      due: o.filingDue,
      basis: rows(s).FILE_BANDING.basis,
      window: true,
      overdue: false,
    });
    const events = history(...delivered(dismissal));
    expect(one(dueAt(events, endOfDay(o.filingDue)), 'FILE_BANDING').overdue).toBe(false);
    expect(only(dueAt(events, nextDayStart(o.filingDue)), 'FILE_BANDING')).toEqual([]);
    expect(appealDuties(dueAt(history(...delivered(byPresident)), t.deliverAt))).toEqual([]);
  });

  it('a keberatan filed with the PPK: the PPK decides by the recorded decisionDue; overdue the day after; gone when decided', () => {
    const events = history(...delivered(), fileObjection(s, id, o.fileAt));
    const list = dueAt(events, o.fileAt);
    expect(appealDuties(list)).toEqual(['DECIDE_KEBERATAN']);
    expect(one(list, 'DECIDE_KEBERATAN', id)).toEqual({
      duty: 'DECIDE_KEBERATAN',
      who: 'PPK',
      what: expect.any(String),
      respondentId: id,
      agencyId,
      due: o.decisionDue,
      basis: rows(s).DECIDE_KEBERATAN.basis,
      overdue: false,
    });
    expect(one(dueAt(events, endOfDay(o.decisionDue)), 'DECIDE_KEBERATAN').overdue).toBe(false);
    expect(one(dueAt(events, nextDayStart(o.decisionDue)), 'DECIDE_KEBERATAN').overdue).toBe(true);
    const decided = history(
      ...delivered(),
      fileObjection(s, id, o.fileAt),
      decideObjection(s, id, o.decideAt, { outcome: 'ANNULLED' }),
    );
    expect(appealDuties(dueAt(decided, FAR_FUTURE))).toEqual([]);
  });

  it('the recorded decisionDue is kept under a rulebook with another period', () => {
    const longer = withProceedings(s.regime, { DECIDE_KEBERATAN: { days: 30 } });
    const events = history(...delivered(), fileObjection(s, id, o.fileAt));
    expect(one(dueAt(events, o.fileAt, longer), 'DECIDE_KEBERATAN').due).toBe(o.decisionDue);
  });

  it('a keberatan against a subordinate official’s sanction is decided by that official’s superior', () => {
    const events = history(...delivered(byPengawas), fileObjection(s, id, o.fileAt));
    const list = dueAt(events, o.fileAt);
    expect(only(list, 'DECIDE_KEBERATAN')).toEqual([]);
    expect(one(list, 'DECIDE_KEBERATAN_ATASAN', id)).toEqual({
      duty: 'DECIDE_KEBERATAN_ATASAN',
      who: 'ATASAN_PEJABAT',
      what: expect.any(String),
      respondentId: id,
      agencyId,
      due: o.decisionDue,
      basis: rows(s).DECIDE_KEBERATAN.basis,
      overdue: false,
    });
    expect(one(dueAt(events, endOfDay(o.decisionDue)), 'DECIDE_KEBERATAN_ATASAN').overdue).toBe(
      false,
    );
    expect(one(dueAt(events, nextDayStart(o.decisionDue)), 'DECIDE_KEBERATAN_ATASAN').overdue).toBe(
      true,
    );
    const decided = history(
      ...delivered(byPengawas),
      fileObjection(s, id, o.fileAt),
      decideObjection(s, id, o.decideAt, { outcome: 'ANNULLED' }),
    );
    expect(only(dueAt(decided, FAR_FUTURE), 'DECIDE_KEBERATAN_ATASAN')).toEqual([]);
  });

  it('a banding: BPASN decides within 65 working days of the filing, as recorded', () => {
    const events = history(
      ...delivered(dismissal),
      fileObjection(s, id, o.fileAt, 'BANDING', BPASN),
    );
    const filed = events.at(-1);
    expect(filed).toMatchObject({
      type: 'ObjectionFiled',
      data: { decisionDue: x.bandingDecisionDue },
    });
    const list = dueAt(events, o.fileAt);
    expect(appealDuties(list)).toEqual(['DECIDE_BANDING']);
    expect(one(list, 'DECIDE_BANDING', id)).toEqual({
      duty: 'DECIDE_BANDING',
      who: 'BPASN',
      what: expect.any(String),
      respondentId: id,
      due: x.bandingDecisionDue,
      basis: rows(s).DECIDE_BANDING.basis,
      overdue: false,
    });
    expect(one(dueAt(events, endOfDay(x.bandingDecisionDue)), 'DECIDE_BANDING').overdue).toBe(
      false,
    );
    expect(one(dueAt(events, nextDayStart(x.bandingDecisionDue)), 'DECIDE_BANDING').overdue).toBe(
      true,
    );
    const decided = history(
      ...delivered(dismissal),
      fileObjection(s, id, o.fileAt, 'BANDING', BPASN),
      decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }, BPASN),
    );
    expect(appealDuties(dueAt(decided, FAR_FUTURE))).toEqual([]);
  });

  it('a sanction in force is recorded served on its last day, accepted from that day; overdue the day after; gone once recorded', () => {
    const events = history(...delivered());
    expect(one(dueAt(events, t.deliverAt), 'RECORD_SANCTION_SERVED', id)).toEqual({
      duty: 'RECORD_SANCTION_SERVED',
      who: 'PPK',
      what: expect.any(String),
      respondentId: id,
      agencyId,
      due: o.endsOn,
      notBefore: o.endsOn,
      basis: SERVING,
      overdue: false,
    });
    expect(one(dueAt(events, endOfDay(o.endsOn)), 'RECORD_SANCTION_SERVED').overdue).toBe(false);
    expect(one(dueAt(events, nextDayStart(o.endsOn)), 'RECORD_SANCTION_SERVED').overdue).toBe(true);
    const served = history(...delivered(), sanctionServed(s, id, `${o.endsOn}T10:00:00+07:00`));
    expect(appealDuties(dueAt(served, FAR_FUTURE))).toEqual([]);
  });

  it('what is served follows the objection: nothing while it is pending or after annulment; the upheld or reduced sanction from the decision', () => {
    const objected = [...delivered(), fileObjection(s, id, o.fileAt)];
    expect(only(dueAt(history(...objected), o.fileAt), 'RECORD_SANCTION_SERVED')).toEqual([]);
    const decidedAs = (outcome: Parameters<typeof decideObjection>[3]) =>
      only(
        dueAt(history(...objected, decideObjection(s, id, o.decideAt, outcome)), o.decideAt),
        'RECORD_SANCTION_SERVED',
      ).map((d) => d.due);
    expect(decidedAs({ outcome: 'ANNULLED' })).toEqual([]);
    expect(decidedAs({ outcome: 'UPHELD' })).toEqual([x.upheldEndsOn]);
    // A written reprimand has no duration: served the day it takes force, the decision's day.
    expect(decidedAs({ outcome: 'REDUCED', sanction: 'TEGURAN_TERTULIS' })).toEqual([
      o.decideAt.slice(0, 10),
    ]);
    // A reprimand delivered without objection: the day it takes force (day 15 after receipt).
    expect(
      one(dueAt(history(...delivered(byPengawas)), t.deliverAt), 'RECORD_SANCTION_SERVED').due,
    ).toBe(t.inForceOn);
    // A dismissal ends the employment: never served.
    expect(
      only(dueAt(history(...delivered(dismissal)), FAR_FUTURE), 'RECORD_SANCTION_SERVED'),
    ).toEqual([]);
  });

  it('a sanction with no delivery step (a non-ASN respondent’s: deliveryDue null) owes no delivery', () => {
    const state = stateAfter(history(...upTo()));
    if (state.status === 'NONE') return expect.fail('the case is open');
    const r = state.respondents[id];
    const sanction = r?.proceeding.sanction;
    if (r === undefined || sanction == null) return expect.fail('a sanction is decided');
    expect(
      only(dutiesDue(state, new Date(t.sanctionAt), defaultRulebook), 'DELIVER_SANCTION'),
    ).toHaveLength(1);
    const noDelivery: CaseState = {
      ...state,
      respondents: {
        ...state.respondents,
        [id]: {
          ...r,
          proceeding: { ...r.proceeding, sanction: { ...sanction, deliveryDue: null } },
        },
      },
    };
    expect(
      only(dutiesDue(noDelivery, new Date(t.sanctionAt), defaultRulebook), 'DELIVER_SANCTION'),
    ).toEqual([]);
  });

  it('the respondent’s exit from the service ends every duty of the administrative proceedings', () => {
    const exitAt = o.fileAt;
    const states: readonly [string, CaseCommand[], readonly DutyCode[]][] = [
      ['forwarded', [...decidedBoth(s), forward(s, [id])], ['SUPERVISOR_OUTCOME']],
      ['recommended', upTo().slice(0, -1), ['PPK_FOLLOW_UP']],
      ['sanctioned', upTo(), ['DELIVER_SANCTION']],
      ['delivered', delivered(), ['FILE_KEBERATAN', 'RECORD_SANCTION_SERVED']],
      ['delivered (dismissal)', delivered(dismissal), ['FILE_BANDING']],
      ['keberatan filed', [...delivered(), fileObjection(s, id, o.fileAt)], ['DECIDE_KEBERATAN']],
      [
        'keberatan with the superior',
        [...delivered(byPengawas), fileObjection(s, id, o.fileAt)],
        ['DECIDE_KEBERATAN_ATASAN'],
      ],
      [
        'banding filed',
        [...delivered(dismissal), fileObjection(s, id, o.fileAt, 'BANDING', BPASN)],
        ['DECIDE_BANDING'],
      ],
    ];
    const proceedingDuties = (list: readonly Duty[]) =>
      list
        .filter((d) => d.respondentId === id && d.duty !== 'FORWARD_TO_SUPERVISOR')
        .map((d) => d.duty)
        .sort();
    for (const [name, commands, owed] of states) {
      // Before the exit, the duties run (the window of a filing still open on the exit day).
      expect(proceedingDuties(dueAt(history(...commands), exitAt)), name).toEqual([...owed].sort());
      const exited = history(...commands, respondentExit(s, id, exitAt, 'RESIGNED'));
      expect(proceedingDuties(dueAt(exited, exitAt)), `${name}, exited`).toEqual([]);
    }
  });
});

// ---- The criminal track ------------------------------------------------------------------------

/** criminal.test.ts's dates (checked there against the decider), and the prosecution from the file. */
const CRIMINAL = {
  PEMILU_2024: {
    forwardAt: '2024-01-30T09:00:00+07:00',
    // 14 working days from the forward (8, 9 and 14 Feb skipped).
    investigationDue: '2024-02-22',
    file: '2024-02-05',
    // 5 working days from the file (Mon 5 Feb): 6, 7, 12, 13, 15 (8, 9, 14 Feb skipped).
    prosecutionFromFileDue: '2024-02-15',
    returned: '2024-02-07',
    resubmitDue: '2024-02-15',
    resubmitted: '2024-02-09',
    prosecutionDue: '2024-02-19',
    indicted: '2024-02-16',
    courtDue: '2024-02-23',
    verdict: '2024-02-22',
    appealDue: '2024-02-25',
    appeal: '2024-02-24',
    highCourtDue: '2024-03-02',
    highCourt: '2024-03-01',
    // One working day after investigationDue (Fri 23 Feb).
    investigationDue15: '2024-02-23',
  },
  PILKADA_2024: {
    forwardAt: '2024-08-12T09:00:00+07:00',
    investigationDue: '2024-08-30',
    file: '2024-08-19',
    // 5 working days from Mon 19 Aug: 20–23, 26 Aug.
    prosecutionFromFileDue: '2024-08-26',
    returned: '2024-08-21',
    resubmitDue: '2024-08-26',
    resubmitted: '2024-08-23',
    prosecutionDue: '2024-08-30',
    indicted: '2024-08-28',
    courtDue: '2024-09-04',
    verdict: '2024-09-03',
    appealDue: '2024-09-06',
    appeal: '2024-09-05',
    highCourtDue: '2024-09-12',
    highCourt: '2024-09-10',
    // One working day after Fri 30 Aug: Mon 2 Sep.
    investigationDue15: '2024-09-02',
  },
} as const;

const at10 = (d: string) => `${d}T10:00:00+07:00`;
const VERDICT = { verdict: 'GUILTY', summary: 'Terbukti melanggar; pidana percobaan.' } as const;

describe.each(SCENARIOS)('$regime: the criminal track', (s) => {
  const d = CRIMINAL[s.regime];
  const id = s.respondents[0].respondentId;
  const forwarded = (): CaseCommand[] => [
    ...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })),
    forwardToInvestigators(s, id, d.forwardAt),
  ];
  const step = (on: string, criminal: Parameters<typeof criminalStep>[3]) =>
    criminalStep(s, id, at10(on), criminal);
  const criminalDuties = (list: readonly Duty[]) =>
    list.filter((x) => x.respondentId === id && CRIMINAL_CODES.includes(x.duty));

  it('each step leaves the next period running, owed by the body it binds, due per the rulebook row', () => {
    const stages = [
      [[], 'INVESTIGATION', 'INVESTIGATORS', d.investigationDue, d.forwardAt],
      [
        [step(d.file, { step: 'FILE_TO_PROSECUTOR' })],
        'PROSECUTION',
        'PROSECUTOR',
        d.prosecutionFromFileDue,
        d.file,
      ],
      [
        [step(d.returned, { step: 'FILE_RETURNED' })],
        'RESUBMIT_FILE',
        'INVESTIGATORS',
        d.resubmitDue,
        d.returned,
      ],
      [
        [step(d.resubmitted, { step: 'FILE_RESUBMITTED' })],
        'PROSECUTION',
        'PROSECUTOR',
        d.prosecutionDue,
        d.resubmitted,
      ],
      [[step(d.indicted, { step: 'INDICTED' })], 'DISTRICT_COURT', 'COURT', d.courtDue, d.indicted],
      [
        [step(d.verdict, { step: 'DISTRICT_VERDICT', ...VERDICT })],
        'FILE_CRIMINAL_APPEAL',
        'PARTIES',
        d.appealDue,
        d.verdict,
      ],
      [[step(d.appeal, { step: 'APPEAL_FILED' })], 'HIGH_COURT', 'COURT', d.highCourtDue, d.appeal],
    ] as const;
    const done: CaseCommand[] = forwarded();
    for (const [commands, code, who, due, since] of stages) {
      done.push(...commands);
      const events = history(...done);
      const list = criminalDuties(dueAt(events, at10(since.slice(0, 10))));
      const window = code === 'FILE_CRIMINAL_APPEAL';
      expect(list, code).toEqual([
        {
          duty: code,
          who,
          what: expect.any(String),
          respondentId: id,
          due,
          basis: rows(s)[code].basis,
          ...(window ? { window: true } : {}),
          overdue: false,
        },
      ]);
      expect(one(dueAt(events, endOfDay(due)), code, id).overdue, code).toBe(false);
      const after = only(dueAt(events, nextDayStart(due)), code, id);
      // A duty is overdue the day after; the appeal window is gone (a late appeal is refused).
      if (window) expect(after, code).toEqual([]);
      else
        expect(
          after.map((x) => x.overdue),
          code,
        ).toEqual([true]);
    }
    done.push(step(d.highCourt, { step: 'HIGH_COURT_VERDICT', ...VERDICT }));
    expect(criminalDuties(dueAt(history(...done), FAR_FUTURE))).toEqual([]);
  });

  it('nothing runs before the forward to Polri, nor after a stop', () => {
    const decided = history(
      ...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })),
    );
    expect(criminalDuties(dueAt(decided, FAR_FUTURE))).toEqual([]);
    const stopped = history(...forwarded(), step(d.file, { step: 'STOPPED', reason: 'SP3.' }));
    expect(criminalDuties(dueAt(stopped, FAR_FUTURE))).toEqual([]);
  });

  it('each period is counted with the rulebook given (the state records it only with the step)', () => {
    const longer = withProceedings(s.regime, { INVESTIGATION: { days: 15 } });
    const list = dueAt(history(...forwarded()), d.forwardAt, longer);
    expect(one(list, 'INVESTIGATION', id).due).toBe(d.investigationDue15);
  });

  it('the respondent’s exit from the service does not end the criminal track (the decider still records it)', () => {
    const exited = [...forwarded(), respondentExit(s, id, at10(d.file), 'RETIRED')];
    const list = dueAt(history(...exited), at10(d.file));
    expect(one(list, 'INVESTIGATION', id).due).toBe(d.investigationDue);
    const recorded = caseDecider.decide(
      step(d.file, { step: 'FILE_TO_PROSECUTOR' }),
      stateAfter(history(...exited)),
      caseContext(NOW, defaultRulebook),
    );
    expect(E.isRight(recorded)).toBe(true);
  });
});

// ---- Agreement with the decider ----------------------------------------------------------------

/**
 * What the decider records for the act that discharges a duty: the due date it judged the act
 * against, and whether the act was in time; a refusal's code. Only the codes the tests act on.
 */
type Outcome =
  | { readonly accepted: true; readonly due: string | null; readonly inTime: boolean }
  | { readonly accepted: false; readonly code: string };

const outcomeOf = (events: readonly CaseEvent[]): Outcome => {
  const e = events[0];
  switch (e?.type) {
    case 'SanctionDelivered':
      return { accepted: true, due: e.data.deliveryDue, inTime: e.data.deliveredWithinDeadline };
    case 'ObjectionFiled':
      // A late filing is refused, so an accepted one is in time.
      return { accepted: true, due: e.data.filingDue, inTime: true };
    case 'ObjectionDecided':
      return { accepted: true, due: e.data.decisionDue, inTime: e.data.decidedWithinDeadline };
    case 'SanctionServed':
      return { accepted: true, due: e.data.endsOn, inTime: true };
    case 'CriminalStepRecorded':
      return { accepted: true, due: e.data.due, inTime: e.data.withinDeadline === true };
    default:
      throw new Error(`unexpected ${e?.type}`);
  }
};

describe.each(SCENARIOS)('$regime: agreement with the decider', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const o = OBJECTION_TIMES[s.regime];
  const c = CRIMINAL[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;

  /** The command that discharges `duty`, at `at`. */
  const act = (duty: DutyCode, at: string): CaseCommand | null => {
    switch (duty) {
      case 'DELIVER_SANCTION':
        return deliverSanction(s, id, at);
      case 'FILE_KEBERATAN':
        return fileObjection(s, id, at);
      case 'FILE_BANDING':
        return fileObjection(s, id, at, 'BANDING', BPASN);
      case 'DECIDE_KEBERATAN':
      case 'DECIDE_KEBERATAN_ATASAN':
        return decideObjection(s, id, at, { outcome: 'UPHELD' });
      case 'DECIDE_BANDING':
        return decideObjection(s, id, at, { outcome: 'UPHELD' }, BPASN);
      case 'RECORD_SANCTION_SERVED':
        return sanctionServed(s, id, at);
      case 'INVESTIGATION':
        return criminalStep(s, id, at, { step: 'FILE_TO_PROSECUTOR' });
      case 'RESUBMIT_FILE':
        return criminalStep(s, id, at, { step: 'FILE_RESUBMITTED' });
      case 'PROSECUTION':
        return criminalStep(s, id, at, { step: 'INDICTED' });
      case 'DISTRICT_COURT':
        return criminalStep(s, id, at, { step: 'DISTRICT_VERDICT', ...VERDICT });
      case 'FILE_CRIMINAL_APPEAL':
        return criminalStep(s, id, at, { step: 'APPEAL_FILED' });
      case 'HIGH_COURT':
        return criminalStep(s, id, at, { step: 'HIGH_COURT_VERDICT', ...VERDICT });
      default:
        return null;
    }
  };

  const run = (rulebook: Rulebook, state: CaseState, command: CaseCommand): Outcome => {
    const decided = decideCase(
      command,
      state,
      caseContext(new Date(command.meta.occurredAt), rulebook),
    );
    return E.isLeft(decided)
      ? { accepted: false, code: decided.left.code }
      : outcomeOf(decided.right);
  };

  const upTo = (sanction = decideSanction(s, id, t.sanctionAt)): CaseCommand[] => [
    ...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })),
    forward(s, [id]),
    supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
    ...examined(s, id),
    sanction,
  ];
  const dismissal = decideSanction(s, id, t.sanctionAt, { sanction: 'PDHTAPS' });
  const byPengawas = decideSanction(s, id, t.sanctionAt, {
    sanction: 'TEGURAN_LISAN',
    imposedBy: {
      official: 'PENGAWAS',
      instance: 'KABKOTA',
      name: 'Kepala Seksi',
      relation: 'ONE_LEVEL_BELOW',
    },
    respondentPosition: 'PELAKSANA',
  });
  const criminalFrom = (...steps: CaseCommand[]): CaseCommand[] => [
    ...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })),
    forwardToInvestigators(s, id, c.forwardAt),
    ...steps,
  ];
  const cstep = (on: string, criminal: Parameters<typeof criminalStep>[3]) =>
    criminalStep(s, id, at10(on), criminal);

  /** Histories covering every duty with a period of the proceedings, with the instant to list at. */
  const histories: readonly (readonly [CaseCommand[], string])[] = [
    [upTo(), t.sanctionAt],
    [[...upTo(), deliverSanction(s, id, t.deliverAt)], t.deliverAt],
    [[...upTo(dismissal), deliverSanction(s, id, t.deliverAt)], t.deliverAt],
    [[...upTo(byPengawas), deliverSanction(s, id, t.deliverAt)], t.deliverAt],
    [[...upTo(), deliverSanction(s, id, t.deliverAt), fileObjection(s, id, o.fileAt)], o.fileAt],
    [
      [...upTo(byPengawas), deliverSanction(s, id, t.deliverAt), fileObjection(s, id, o.fileAt)],
      o.fileAt,
    ],
    [
      [
        ...upTo(dismissal),
        deliverSanction(s, id, t.deliverAt),
        fileObjection(s, id, o.fileAt, 'BANDING', BPASN),
      ],
      o.fileAt,
    ],
    [
      [
        ...upTo(),
        deliverSanction(s, id, t.deliverAt),
        fileObjection(s, id, o.fileAt),
        decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }),
      ],
      o.decideAt,
    ],
    [criminalFrom(), c.forwardAt],
    [criminalFrom(cstep(c.file, { step: 'FILE_TO_PROSECUTOR' })), at10(c.file)],
    [
      criminalFrom(
        cstep(c.file, { step: 'FILE_TO_PROSECUTOR' }),
        cstep(c.returned, { step: 'FILE_RETURNED' }),
      ),
      at10(c.returned),
    ],
    [
      criminalFrom(
        cstep(c.file, { step: 'FILE_TO_PROSECUTOR' }),
        cstep(c.returned, { step: 'FILE_RETURNED' }),
        cstep(c.resubmitted, { step: 'FILE_RESUBMITTED' }),
      ),
      at10(c.resubmitted),
    ],
    [
      criminalFrom(
        cstep(c.file, { step: 'FILE_TO_PROSECUTOR' }),
        cstep(c.indicted, { step: 'INDICTED' }),
      ),
      at10(c.indicted),
    ],
    [
      criminalFrom(
        cstep(c.file, { step: 'FILE_TO_PROSECUTOR' }),
        cstep(c.indicted, { step: 'INDICTED' }),
        cstep(c.verdict, { step: 'DISTRICT_VERDICT', ...VERDICT }),
      ),
      at10(c.verdict),
    ],
    [
      criminalFrom(
        cstep(c.file, { step: 'FILE_TO_PROSECUTOR' }),
        cstep(c.indicted, { step: 'INDICTED' }),
        cstep(c.verdict, { step: 'DISTRICT_VERDICT', ...VERDICT }),
        cstep(c.appeal, { step: 'APPEAL_FILED' }),
      ),
      at10(c.appeal),
    ],
  ];

  /** The default rulebook, and one whose periods all differ (an office's overrides). */
  const rulebooks: readonly (readonly [string, Rulebook])[] = [
    ['default', defaultRulebook],
    [
      'other periods',
      withProceedings(s.regime, {
        DELIVER_SANCTION: { days: 20 },
        FILE_KEBERATAN: { days: 16 },
        FILE_BANDING: { days: 17 },
        DECIDE_KEBERATAN: { days: 25 },
        DECIDE_BANDING: { days: 70 },
        INVESTIGATION: { days: 18 },
        RESUBMIT_FILE: { days: 4 },
        PROSECUTION: { days: 6 },
        DISTRICT_COURT: { days: 9, dayType: 'WORKING' },
        FILE_CRIMINAL_APPEAL: { days: 5 },
        HIGH_COURT: { days: 10 },
      }),
    ],
  ];

  it.each(rulebooks)(
    'every duty listed with a period, done on its due day, is in time for the decider; the day after, late or refused (%s)',
    (_, rulebook) => {
      const seen = new Set<DutyCode>();
      for (const [commands, listAt] of histories) {
        const state = stateAfter(historyUnder(rulebook, ...commands));
        const listed = dutiesDue(state, new Date(listAt), rulebook).filter(
          (d) => d.respondentId === id && d.due !== null && !d.overdue,
        );
        for (const duty of listed) {
          const due = duty.due as string;
          const onDue = act(duty.duty, `${due}T23:00:00+07:00`);
          if (onDue === null) continue;
          seen.add(duty.duty);
          const label = `${duty.duty} after ${commands.at(-1)?.type}`;
          expect(run(rulebook, state, onDue), label).toEqual({ accepted: true, due, inTime: true });
          const dayAfter = act(duty.duty, `${plusDays(due, 1)}T10:00:00+07:00`) as CaseCommand;
          const late = run(rulebook, state, dayAfter);
          if (duty.window === true) expect(late, label).toMatchObject({ accepted: false });
          else if (duty.duty === 'RECORD_SANCTION_SERVED')
            // Served is a record owed from the last day on: accepted after it too.
            expect(late, label).toMatchObject({ accepted: true, due });
          else expect(late, label).toEqual({ accepted: true, due, inTime: false });
          if (duty.notBefore !== undefined) {
            const early = act(duty.duty, `${plusDays(duty.notBefore, -1)}T10:00:00+07:00`);
            expect(run(rulebook, state, early as CaseCommand), label).toEqual({
              accepted: false,
              code: 'SANCTION_NOT_ENDED',
            });
          }
        }
      }
      // Every new duty with a period was exercised.
      expect([...seen].sort()).toEqual(
        [...APPEAL_CODES, ...CRIMINAL_CODES, 'DELIVER_SANCTION'].sort(),
      );
    },
  );
});
