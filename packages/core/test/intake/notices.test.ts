/**
 * The notices of rulebook 2024.2, pinned to the law as the research states it
 * (research/legal-answers-2026-11.md §2; research/legal-process.md §3.2 items 4, 6 and 9):
 *
 * - Pemberitahuan kelengkapan: sent within 1 day after an INCOMPLETE kajian awal (Pemilu: a
 *   working day; Pilkada: a calendar day); the completion period runs from the reporter's
 *   receipt of it — Pilkada 2×24 hours on the clock (Rokan Hilir, Nov 2024), Pemilu 2 working
 *   days closing 16:00 (Bawaslu Kota Surakarta, Jan 2024). Late completion ends the report:
 *   it is not registered, but only once the period has run.
 * - Pemberitahuan status laporan/temuan: announced publicly, once per status.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseCommandOf, CaseEvent, Respondent } from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import {
  announce,
  completeRequirements,
  decide,
  decidedBoth,
  decline,
  forward,
  history,
  incomplete,
  meta,
  notAViolation,
  receiveReport,
  recordFinding,
  register,
  registered,
  review,
  sendNotice,
  spec,
  stateAfter,
  stopped,
} from './builders.js';
import { PEMILU, PILKADA, SCENARIOS, type Scenario } from './fixtures.js';

// ---- Local helpers -----------------------------------------------------------------------------

/** Matches an instant string denoting the same point in time as `iso` (any offset, any precision). */
const sameInstant = (iso: string) =>
  expect.toSatisfy(
    (v: unknown) => typeof v === 'string' && Date.parse(v) === Date.parse(iso),
    `the instant ${iso}`,
  );

/** `iso` shifted by `minutes`, written with the offset of `offsetHours` (default WIB). */
const plusMinutes = (iso: string, minutes: number, offsetHours = 7): string => {
  const local = new Date(Date.parse(iso) + minutes * 60_000 + offsetHours * 3_600_000);
  return local
    .toISOString()
    .replace('.000Z', `+${String(offsetHours).padStart(2, '0')}:00`)
    .replace('Z', `+${String(offsetHours).padStart(2, '0')}:00`);
};

const MISSING = ['SIGNATURE', 'EVIDENCE'] as const;

/**
 * Dates worked out by hand for each fixture (the review is on a Friday in both):
 * Pemilu, review Fri 19 Jan 2024 14:00 WIB; Pilkada, review Fri 9 Aug 2024 13:00 WIB.
 */
interface NoticeTimes {
  /** COMPLETION_NOTICE: 1 day after the review (Pemilu: Mon 22 Jan; Pilkada: Sat 10 Aug). */
  readonly noticeDue: string;
  /** A notice sent on that last day. */
  readonly lastDayNoticeAt: string;
  readonly lastDayNoticeOn: string;
  /** A notice sent the day after it. */
  readonly lateNoticeAt: string;
  readonly lateNoticeOn: string;
  /** Completion due for a notice received at the review instant. */
  readonly dueAt: string;
  readonly due: string;
  /** Completion due for the late notice, received when sent. */
  readonly lateNoticeDueAt: string;
  readonly lateNoticeDue: string;
  /** A notice sent at the review instant but received later. */
  readonly laterReceiptAt: string;
  readonly laterReceiptDueAt: string;
  readonly laterReceiptDue: string;
  /** STATUS_NOTICE: 1 day after registration (Pemilu Mon 22 Jan → Tue 23; Pilkada Sat 10 → Sun 11 Aug). */
  readonly registeredNoticeDue: string;
  readonly lateRegisteredNoticeAt: string;
  /** STATUS_NOTICE after the decision and the forward (fixture dates). */
  readonly decidedNoticeDue: string;
  readonly forwardedNoticeDue: string;
}

const TIMES: Readonly<Record<Scenario['regime'], NoticeTimes>> = {
  PEMILU_2024: {
    noticeDue: '2024-01-22',
    lastDayNoticeAt: '2024-01-22T15:00:00+07:00',
    lastDayNoticeOn: '2024-01-22',
    lateNoticeAt: '2024-01-23T10:00:00+07:00',
    lateNoticeOn: '2024-01-23',
    // Fri 19 Jan → Mon 22, Tue 23 (2 working days), closing 16:00.
    dueAt: '2024-01-23T16:00:00+07:00',
    due: '2024-01-23',
    // Tue 23 Jan → Wed 24, Thu 25, closing 16:00.
    lateNoticeDueAt: '2024-01-25T16:00:00+07:00',
    lateNoticeDue: '2024-01-25',
    // Received Mon 22 Jan 09:00 → Tue 23, Wed 24, closing 16:00.
    laterReceiptAt: '2024-01-22T09:00:00+07:00',
    laterReceiptDueAt: '2024-01-24T16:00:00+07:00',
    laterReceiptDue: '2024-01-24',
    registeredNoticeDue: '2024-01-23',
    lateRegisteredNoticeAt: '2024-01-24T09:00:00+07:00',
    // Decided Mon 29 Jan → Tue 30; forwarded Tue 30 Jan → Wed 31.
    decidedNoticeDue: '2024-01-30',
    forwardedNoticeDue: '2024-01-31',
  },
  PILKADA_2024: {
    noticeDue: '2024-08-10',
    lastDayNoticeAt: '2024-08-10T20:00:00+07:00',
    lastDayNoticeOn: '2024-08-10',
    lateNoticeAt: '2024-08-11T10:00:00+07:00',
    lateNoticeOn: '2024-08-11',
    // Fri 9 Aug 13:00 + 2×24 hours, through the weekend.
    dueAt: '2024-08-11T13:00:00+07:00',
    due: '2024-08-11',
    lateNoticeDueAt: '2024-08-13T10:00:00+07:00',
    lateNoticeDue: '2024-08-13',
    laterReceiptAt: '2024-08-10T08:30:00+07:00',
    laterReceiptDueAt: '2024-08-12T08:30:00+07:00',
    laterReceiptDue: '2024-08-12',
    registeredNoticeDue: '2024-08-11',
    lateRegisteredNoticeAt: '2024-08-12T09:00:00+07:00',
    // Decided Sun 11 Aug → Mon 12; forwarded Wed 14 Aug → Thu 15 (calendar days).
    decidedNoticeDue: '2024-08-12',
    forwardedNoticeDue: '2024-08-15',
  },
};

// ---- Completion notice, both regimes -----------------------------------------------------------

describe.each(SCENARIOS)('$regime: the completion notice (pemberitahuan kelengkapan)', (s) => {
  const t = TIMES[s.regime];
  const awaiting = (): CaseEvent[] => history(receiveReport(s), review(s, incomplete(...MISSING)));
  const noticed = (at = s.t.reviewAt, receivedAt?: string): CaseEvent[] =>
    history(receiveReport(s), review(s, incomplete(...MISSING)), sendNotice(s, at, receivedAt));

  it('an INCOMPLETE kajian awal records when the notice is due, and starts no completion period', () => {
    const result = spec
      .given(history(receiveReport(s)))
      .when(review(s, incomplete(...MISSING)))
      .thenMatches([
        {
          type: 'PreliminaryReviewCompleted',
          data: {
            result: { outcome: 'INCOMPLETE', missing: [...MISSING], noticeDue: t.noticeDue },
            reviewedOn: s.t.reviewedOn,
          },
        },
      ])
      .thenState({
        status: 'AWAITING_COMPLETION',
        deadlines: { noticeDue: t.noticeDue, completionDue: null, completionDueAt: null },
      });
    // The period runs from the notice, not from the review (legal-answers §2).
    const first = result.events[0];
    expect(first?.type === 'PreliminaryReviewCompleted' && first.data.result).not.toHaveProperty(
      'completionDue',
    );
  });

  it('a notice received when sent: the completion period runs from that instant', () => {
    spec
      .given(awaiting())
      .when(sendNotice(s, s.t.reviewAt))
      .then([
        {
          type: 'CompletionNoticeSent',
          data: {
            sentAt: s.t.reviewAt,
            sentOn: s.t.reviewedOn,
            noticeDue: t.noticeDue,
            sentWithinDeadline: true,
            receivedAt: s.t.reviewAt,
            completionDue: t.due,
            completionDueAt: sameInstant(t.dueAt),
          },
        },
      ])
      .thenState({
        status: 'AWAITING_COMPLETION',
        completionNotice: { sentOn: s.t.reviewedOn, withinDeadline: true },
        deadlines: { completionDue: t.due, completionDueAt: sameInstant(t.dueAt) },
      });
  });

  it('a notice on the last day of COMPLETION_NOTICE is in time', () => {
    spec
      .given(awaiting())
      .when(sendNotice(s, t.lastDayNoticeAt))
      .thenMatches([
        {
          type: 'CompletionNoticeSent',
          data: { sentOn: t.lastDayNoticeOn, noticeDue: t.noticeDue, sentWithinDeadline: true },
        },
      ]);
  });

  it('a late notice is recorded and flagged, not refused; the period runs from it', () => {
    spec
      .given(awaiting())
      .when(sendNotice(s, t.lateNoticeAt))
      .thenMatches([
        {
          type: 'CompletionNoticeSent',
          data: {
            sentOn: t.lateNoticeOn,
            noticeDue: t.noticeDue,
            sentWithinDeadline: false,
            completionDue: t.lateNoticeDue,
            completionDueAt: sameInstant(t.lateNoticeDueAt),
          },
        },
      ])
      .thenState({ completionNotice: { withinDeadline: false } });
  });

  it('the period runs from the receipt of the notice when it is received later', () => {
    spec
      .given(awaiting())
      .when(sendNotice(s, s.t.reviewAt, t.laterReceiptAt))
      .thenMatches([
        {
          type: 'CompletionNoticeSent',
          data: {
            sentAt: s.t.reviewAt,
            receivedAt: t.laterReceiptAt,
            sentWithinDeadline: true,
            completionDue: t.laterReceiptDue,
            completionDueAt: sameInstant(t.laterReceiptDueAt),
          },
        },
      ]);
  });

  it('receivedAt cannot be before the sending, nor in the future', () => {
    spec
      .given(awaiting())
      .when(sendNotice(s, s.t.reviewAt, plusMinutes(s.t.reviewAt, -1)))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'receivedAt' });
    spec
      .given(awaiting())
      .when(sendNotice(s, s.t.reviewAt, '2025-03-04T09:00:00+07:00'))
      .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'receivedAt' });
  });

  it('the notice is sent once', () => {
    spec
      .given(noticed())
      .when(sendNotice(s, t.lastDayNoticeAt))
      .thenRejectedWith('COMPLETION_NOTICE_ALREADY_SENT', {
        legalBasis: { instrument: expect.stringContaining('Perbawaslu') },
      });
  });

  it('only while the report awaits completion: not before the kajian awal, nor after a COMPLETE one', () => {
    spec
      .given(history(receiveReport(s)))
      .when(sendNotice(s, s.t.reviewAt))
      .thenRejectedWith('NOT_AWAITING_COMPLETION');
    spec
      .given(history(receiveReport(s), review(s)))
      .when(sendNotice(s, s.t.reviewAt))
      .thenRejectedWith('NOT_AWAITING_COMPLETION');
    spec
      .given(history(...registered(s)))
      .when(sendNotice(s, s.t.registerAt))
      .thenRejectedWith('NOT_AWAITING_COMPLETION');
  });

  it('not once the requirements were completed', () => {
    spec
      .given(
        history(
          receiveReport(s),
          review(s, incomplete(...MISSING)),
          completeRequirements(s, [...MISSING], t.lastDayNoticeAt),
        ),
      )
      .when(sendNotice(s, t.lastDayNoticeAt))
      .thenRejectedWith('NOT_AWAITING_COMPLETION');
  });

  it('not dated before the kajian awal', () => {
    spec
      .given(awaiting())
      .when(sendNotice(s, plusMinutes(s.t.reviewAt, -24 * 60)))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
  });

  it('a finding has no completion notice', () => {
    spec
      .given(history(recordFinding(s)))
      .when(sendNotice(s, s.t.registerFindingAt))
      .thenRejectedWith('NOT_A_REPORT');
  });

  it('only Bawaslu sends it', () => {
    spec
      .given(awaiting())
      .when({ ...sendNotice(s), meta: meta(s.reporterActor, s.t.reviewAt) })
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });

  // ---- completing against the notice's period ----

  it('completion one minute before the due instant is accepted, on the clock', () => {
    const at = plusMinutes(t.dueAt, -1);
    spec
      .given(noticed())
      .when(completeRequirements(s, [...MISSING], at))
      .thenMatches([
        {
          type: 'RequirementsCompleted',
          data: {
            supplied: [...MISSING],
            completedOn: t.due,
            completionDue: t.due,
            completedAt: at,
            completionDueAt: sameInstant(t.dueAt),
          },
        },
      ])
      .thenState({ status: 'READY_TO_REGISTER' });
  });

  it('completion at the due instant itself is still in time', () => {
    spec
      .given(noticed())
      .when(completeRequirements(s, [...MISSING], t.dueAt))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
  });

  it('completion one minute after the due instant is refused (REQUIREMENTS_LATE)', () => {
    spec
      .given(noticed())
      .when(completeRequirements(s, [...MISSING], plusMinutes(t.dueAt, 1)))
      .thenRejectedWith('REQUIREMENTS_LATE', {
        field: 'meta.occurredAt',
        legalBasis: { instrument: expect.stringContaining('Perbawaslu') },
      });
  });

  it('a late notice gives the reporter the full period from it', () => {
    const given = history(
      receiveReport(s),
      review(s, incomplete(...MISSING)),
      sendNotice(s, t.lateNoticeAt),
    );
    spec
      .given(given)
      .when(completeRequirements(s, [...MISSING], plusMinutes(t.lateNoticeDueAt, -1)))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
    spec
      .given(given)
      .when(completeRequirements(s, [...MISSING], plusMinutes(t.lateNoticeDueAt, 1)))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('before any notice no period runs: the reporter cannot be late', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...MISSING], plusMinutes(t.dueAt, 3 * 24 * 60)))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
  });

  // ---- declining for want of completion ----

  it('declining REQUIREMENTS_NOT_COMPLETED before the notice is refused (COMPLETION_NOTICE_NOT_SENT)', () => {
    spec
      .given(awaiting())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', plusMinutes(t.dueAt, 7 * 24 * 60)))
      .thenRejectedWith('COMPLETION_NOTICE_NOT_SENT', { field: 'reason' });
  });

  it('declining while the period runs is refused (COMPLETION_PERIOD_RUNNING), up to the due instant', () => {
    spec
      .given(noticed())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', plusMinutes(t.dueAt, -1)))
      .thenRejectedWith('COMPLETION_PERIOD_RUNNING', { field: 'reason' });
    spec
      .given(noticed())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', t.dueAt))
      .thenRejectedWith('COMPLETION_PERIOD_RUNNING');
  });

  it('once the period has run out the report is not registered', () => {
    const at = plusMinutes(t.dueAt, 1);
    spec
      .given(noticed())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', at))
      .then([
        {
          type: 'RegistrationDeclined',
          data: { reason: 'REQUIREMENTS_NOT_COMPLETED', declinedOn: t.due },
        },
      ])
      .thenState({ status: 'NOT_REGISTERED' });
  });
});

// ---- The documented timelines --------------------------------------------------------------------

describe('PILKADA_2024: the Rokan Hilir timeline (2×24 hours from receipt of the notice)', () => {
  const s = PILKADA;
  // Tue 26 Nov 2024 21:00 report; kajian awal to Thu 28 Nov; notice delivered Thu 28 Nov 10:00.
  const given = (): CaseEvent[] =>
    history(
      receiveReport(s, {
        meta: meta(s.bawaslu, '2024-11-26T21:00:00+07:00'),
        incident: { ...s.incident, occurredOn: '2024-11-25', knownOn: '2024-11-26' },
      }),
      review(s, incomplete('EVIDENCE'), '2024-11-28T09:00:00+07:00'),
      sendNotice(s, '2024-11-28T10:00:00+07:00'),
    );

  it('the period ends Sat 30 Nov 10:00 WIB: the voting-day holiday and the weekend count', () => {
    const events = given();
    const notice = events.at(-1);
    expect(notice).toMatchObject({
      type: 'CompletionNoticeSent',
      data: {
        sentOn: '2024-11-28',
        noticeDue: '2024-11-29',
        sentWithinDeadline: true,
        completionDue: '2024-11-30',
        completionDueAt: sameInstant('2024-11-30T10:00:00+07:00'),
      },
    });
  });

  it('completing at Sat 30 Nov 09:59 is in time; at 10:01 it is late', () => {
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-11-30T09:59:00+07:00'))
      .thenMatches([{ type: 'RequirementsCompleted', data: { completedOn: '2024-11-30' } }]);
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-11-30T10:01:00+07:00'))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('not followed up after the period, and the status notice issued the next day (Sun 1 Dec)', () => {
    spec
      .given(given())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', '2024-11-30T09:59:00+07:00'))
      .thenRejectedWith('COMPLETION_PERIOD_RUNNING');
    const declined = history(
      receiveReport(s, {
        meta: meta(s.bawaslu, '2024-11-26T21:00:00+07:00'),
        incident: { ...s.incident, occurredOn: '2024-11-25', knownOn: '2024-11-26' },
      }),
      review(s, incomplete('EVIDENCE'), '2024-11-28T09:00:00+07:00'),
      sendNotice(s, '2024-11-28T10:00:00+07:00'),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', '2024-11-30T12:00:00+07:00'),
    );
    spec
      .given(declined)
      .when(announce(s, '2024-12-01T09:00:00+07:00'))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: {
            status: 'NOT_REGISTERED',
            statusOn: '2024-11-30',
            issuedOn: '2024-12-01',
            noticeDue: '2024-12-01',
            issuedWithinDeadline: true,
          },
        },
      ]);
  });
});

describe('PEMILU_2024: the Surakarta timeline (2 working days after the notice, closing 16:00)', () => {
  const s = PEMILU;
  // Wed 10 Jan 2024 15:25 report; kajian awal and notice Fri 12 Jan; due Tue 16 Jan 16:00 WIB.
  const receive = receiveReport(s, {
    meta: meta(s.bawaslu, '2024-01-10T15:25:00+07:00'),
    incident: { ...s.incident, occurredOn: '2024-01-07', knownOn: '2024-01-07' },
  });
  const given = (): CaseEvent[] =>
    history(
      receive,
      review(s, incomplete('EVIDENCE'), '2024-01-12T10:00:00+07:00'),
      sendNotice(s, '2024-01-12T11:00:00+07:00'),
    );

  it('the period ends Tue 16 Jan 2024 at 16:00 WIB (the weekend skipped)', () => {
    expect(given().at(-1)).toMatchObject({
      type: 'CompletionNoticeSent',
      data: {
        sentOn: '2024-01-12',
        noticeDue: '2024-01-15',
        sentWithinDeadline: true,
        completionDue: '2024-01-16',
        completionDueAt: sameInstant('2024-01-16T16:00:00+07:00'),
      },
    });
  });

  it('completing at 15:59 on Tue 16 Jan is in time; at 16:01 it is late', () => {
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-16T15:59:00+07:00'))
      .thenMatches([{ type: 'RequirementsCompleted', data: { completedOn: '2024-01-16' } }]);
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-16T16:01:00+07:00'))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('a completion on Sun 14 Jan (2 calendar days) is still in time', () => {
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-14T20:00:00+07:00'))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
  });

  it('not registered on Wed 17 Jan; declining on Tue 16 Jan before 16:00 is refused', () => {
    spec
      .given(given())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', '2024-01-16T15:00:00+07:00'))
      .thenRejectedWith('COMPLETION_PERIOD_RUNNING');
    spec
      .given(given())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', '2024-01-17T10:00:00+07:00'))
      .then([
        {
          type: 'RegistrationDeclined',
          data: { reason: 'REQUIREMENTS_NOT_COMPLETED', declinedOn: '2024-01-17' },
        },
      ]);
  });
});

describe('PEMILU_2024: a period ending on a Friday closes at the Friday office close, 16:30', () => {
  // legal-answers §1.1, best reading for the Pemilu: "deadlines end at office close (16:00,
  // Fri 16:30)"; office hours Mon–Thu 08:00–16:00, Fri 08:00–16:30 (Perbawaslu 7/2022 Pasal 11
  // [S]; legal-process §3.1). Notice Wed 17 Jan 2024 → Thu 18, Fri 19 → Fri 19 Jan 16:30 WIB.
  const s = PEMILU;
  const given = (): CaseEvent[] =>
    history(
      receiveReport(s, {
        meta: meta(s.bawaslu, '2024-01-15T10:00:00+07:00'),
        incident: { ...s.incident, occurredOn: '2024-01-12', knownOn: '2024-01-12' },
      }),
      review(s, incomplete('EVIDENCE'), '2024-01-17T10:00:00+07:00'),
      sendNotice(s, '2024-01-17T11:00:00+07:00'),
    );

  it('the notice records the due instant Fri 19 Jan 16:30 WIB', () => {
    expect(given().at(-1)).toMatchObject({
      type: 'CompletionNoticeSent',
      data: {
        completionDue: '2024-01-19',
        completionDueAt: sameInstant('2024-01-19T16:30:00+07:00'),
      },
    });
  });

  it('completing at 16:15 on the Friday is in time; at 16:31 it is late', () => {
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-19T16:15:00+07:00'))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
    spec
      .given(given())
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-19T16:31:00+07:00'))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('declining at 16:15 on the Friday is refused: the period still runs', () => {
    spec
      .given(given())
      .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', '2024-01-19T16:15:00+07:00'))
      .thenRejectedWith('COMPLETION_PERIOD_RUNNING');
  });
});

describe('PEMILU_2024 in WITA (Kota Makassar): the rulebook times are the office’s local times', () => {
  const makassar: ActorRef = {
    id: 'bawaslu-makassar-pp-01',
    role: 'bawaslu',
    scope: { bawasluLevel: 'KABKOTA', regionCode: '73.71' },
  };
  const respondent: Respondent = {
    ...PEMILU.respondents[0],
    agency: { id: 'makassar-dinkes', name: 'Dinas Kesehatan Kota Makassar' },
  };
  const s: Scenario = {
    ...PEMILU,
    caseId: 'case-pemilu-mks-0003',
    region: { code: '73.71', name: 'Kota Makassar' },
    bawaslu: makassar,
    respondents: [respondent, PEMILU.respondents[1]],
  };
  const receive = receiveReport(s, {
    meta: meta(makassar, '2024-01-10T15:25:00+08:00'),
    timeZone: 'WITA',
    incident: { ...s.incident, occurredOn: '2024-01-07', knownOn: '2024-01-07' },
  });
  const reviewed = review(s, incomplete('EVIDENCE'), '2024-01-12T10:00:00+08:00');

  it('notice Fri 12 Jan 2024: due Tue 16 Jan 16:00 WITA (15:00 WIB)', () => {
    const given = history(receive, reviewed, sendNotice(s, '2024-01-12T11:00:00+08:00'));
    expect(given.at(-1)).toMatchObject({
      type: 'CompletionNoticeSent',
      data: {
        sentOn: '2024-01-12',
        completionDue: '2024-01-16',
        completionDueAt: sameInstant('2024-01-16T16:00:00+08:00'),
      },
    });
    spec
      .given(given)
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-16T15:59:00+08:00'))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
    // 15:30 WIB is 16:30 WITA: after office close in Makassar.
    spec
      .given(given)
      .when(completeRequirements(s, ['EVIDENCE'], '2024-01-16T15:30:00+07:00'))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('a notice received Mon 00:30 WITA (still Sunday in WIB) counts from Monday: due Wed 17 Jan 16:00 WITA', () => {
    const given = history(
      receive,
      reviewed,
      sendNotice(s, '2024-01-12T11:00:00+08:00', '2024-01-15T00:30:00+08:00'),
    );
    expect(given.at(-1)).toMatchObject({
      type: 'CompletionNoticeSent',
      data: {
        completionDue: '2024-01-17',
        completionDueAt: sameInstant('2024-01-17T16:00:00+08:00'),
      },
    });
  });

  it('the status notice of the non-registration is dated in WITA', () => {
    // Declined Wed 17 Jan 00:30 WITA = Tue 16 Jan 23:30 WIB: the status day is the 17th.
    const given = history(
      receive,
      reviewed,
      sendNotice(s, '2024-01-12T11:00:00+08:00'),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', '2024-01-17T00:30:00+08:00'),
    );
    expect(stateAfter(given)).toMatchObject({
      status: 'NOT_REGISTERED',
      declined: { declinedOn: '2024-01-17' },
    });
    spec
      .given(given)
      .when(announce(s, '2024-01-18T08:30:00+08:00'))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: { statusOn: '2024-01-17', issuedOn: '2024-01-18', noticeDue: '2024-01-18' },
        },
      ]);
  });
});

// ---- Status notice, both regimes -----------------------------------------------------------------

describe.each(SCENARIOS)('$regime: the status notice (pemberitahuan status)', (s) => {
  const t = TIMES[s.regime];
  const [first, second] = s.respondents;

  it('nothing to announce before the case reached a status (RECEIVED, AWAITING_COMPLETION, READY_TO_REGISTER)', () => {
    spec
      .given(history(receiveReport(s)))
      .when(announce(s, s.t.reviewAt))
      .thenRejectedWith('NOTHING_TO_ANNOUNCE');
    spec
      .given(history(receiveReport(s), review(s, incomplete('EVIDENCE'))))
      .when(announce(s, s.t.reviewAt))
      .thenRejectedWith('NOTHING_TO_ANNOUNCE');
    spec
      .given(history(receiveReport(s), review(s)))
      .when(announce(s, s.t.reviewAt))
      .thenRejectedWith('NOTHING_TO_ANNOUNCE');
  });

  it('announces the registration, publicly, on the day', () => {
    spec
      .given(history(...registered(s)))
      .when(announce(s, s.t.registerAt))
      .then([
        {
          type: 'StatusNoticeIssued',
          data: {
            status: 'REGISTERED',
            statusOn: s.t.registeredOn,
            issuedOn: s.t.registeredOn,
            noticeDue: t.registeredNoticeDue,
            issuedWithinDeadline: true,
            public: true,
            channels: ['NOTICE_BOARD', 'WEBSITE'],
          },
        },
      ])
      .thenState({
        status: 'REGISTERED',
        statusNotices: [{ status: 'REGISTERED', issuedOn: s.t.registeredOn, withinDeadline: true }],
      });
  });

  it('a late status notice is recorded and flagged, not refused', () => {
    spec
      .given(history(...registered(s)))
      .when(announce(s, t.lateRegisteredNoticeAt))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: {
            status: 'REGISTERED',
            noticeDue: t.registeredNoticeDue,
            issuedWithinDeadline: false,
          },
        },
      ]);
  });

  it('on its last day it is in time', () => {
    spec
      .given(history(...registered(s)))
      .when(announce(s, `${t.registeredNoticeDue}T15:00:00+07:00`))
      .thenMatches([{ data: { issuedWithinDeadline: true } }]);
  });

  it('each status is announced once', () => {
    spec
      .given(history(...registered(s), announce(s, s.t.registerAt)))
      .when(announce(s, s.t.registerAt, ['DIRECT']))
      .thenRejectedWith('STATUS_ALREADY_ANNOUNCED');
  });

  it('not dated before the day the status was reached', () => {
    spec
      .given(history(...registered(s)))
      .when(announce(s, s.t.reviewAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
  });

  it('the decision and then the forward are announced in turn', () => {
    const decidedCommands = [
      ...registered(s),
      announce(s, s.t.registerAt),
      decide(s, first.respondentId),
      decide(s, second.respondentId),
    ];
    spec
      .given(history(...decidedCommands))
      .when(announce(s, s.t.decideAt))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: {
            status: 'DECIDED',
            statusOn: s.t.decidedOn,
            noticeDue: t.decidedNoticeDue,
            issuedWithinDeadline: true,
          },
        },
      ]);
    const forwarded = history(
      ...decidedCommands,
      announce(s, s.t.decideAt),
      forward(s, [first.respondentId, second.respondentId]),
    );
    expect(stateAfter(forwarded).status).toBe('FORWARDED');
    spec
      .given(forwarded)
      .when(announce(s, s.t.forwardAt))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: {
            status: 'FORWARDED',
            statusOn: s.t.forwardedOn,
            noticeDue: t.forwardedNoticeDue,
            issuedWithinDeadline: true,
          },
        },
      ]);
  });

  it('a non-registration is announced on the terminal case', () => {
    const due = TIMES[s.regime].dueAt;
    const declinedAt = plusMinutes(due, 60);
    const given = history(
      receiveReport(s),
      review(s, incomplete('EVIDENCE')),
      sendNotice(s),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', declinedAt),
    );
    spec
      .given(given)
      .when(announce(s, declinedAt, ['DIRECT', 'SIGAPLAPOR']))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: {
            status: 'NOT_REGISTERED',
            statusOn: TIMES[s.regime].due,
            issuedWithinDeadline: true,
            public: true,
          },
        },
      ])
      .thenState({ status: 'NOT_REGISTERED' });
  });

  it('a closed case (nobody violated) is announced as CLOSED', () => {
    spec
      .given(history(...decidedBoth(s, notAViolation, stopped)))
      .when(announce(s, s.t.decideAt))
      .thenMatches([
        {
          type: 'StatusNoticeIssued',
          data: { status: 'CLOSED', statusOn: s.t.decidedOn, issuedWithinDeadline: true },
        },
      ])
      .thenState({ status: 'CLOSED' });
  });

  it('a notice sent only to the reporter (DIRECT) is not public', () => {
    spec
      .given(history(...registered(s)))
      .when(announce(s, s.t.registerAt, ['DIRECT']))
      .thenMatches([{ data: { public: false, channels: ['DIRECT'] } }]);
  });

  it('property: public exactly when a public channel (notice board, website, SIGAPLAPOR) is used', () => {
    const given = history(...registered(s));
    const channels = ['NOTICE_BOARD', 'WEBSITE', 'SIGAPLAPOR', 'DIRECT'] as const;
    fc.assert(
      fc.property(fc.subarray([...channels], { minLength: 1 }), (picked) => {
        const expected = picked.some((c) => c !== 'DIRECT');
        spec
          .given(given)
          .when(
            announce(s, s.t.registerAt, picked as CaseCommandOf<'IssueStatusNotice'>['channels']),
          )
          .thenMatches([{ data: { public: expected, channels: picked } }]);
      }),
    );
  });

  it('only Bawaslu announces', () => {
    spec
      .given(history(...registered(s)))
      .when({ ...announce(s, s.t.registerAt), meta: meta(s.reporterActor, s.t.registerAt) })
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });

  it('a decided respondent: the last decision day is the status day', () => {
    const later = `${t.decidedNoticeDue}T10:00:00+07:00`;
    const given = history(
      ...registered(s),
      decide(s, first.respondentId, notAViolation),
      decide(s, second.respondentId, stopped, later),
    );
    spec
      .given(given)
      .when(announce(s, later))
      .thenMatches([{ data: { status: 'CLOSED', statusOn: t.decidedNoticeDue } }]);
  });

  it('the registration of a finding is announced too (status laporan/temuan)', () => {
    spec
      .given(history(recordFinding(s), register(s, s.t.registerFindingAt)))
      .when(announce(s, s.t.registerFindingAt))
      .thenMatches([{ data: { status: 'REGISTERED', issuedWithinDeadline: true } }]);
  });
});
