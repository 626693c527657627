import { describe, expect, it } from 'vitest';
import {
  completeRequirements,
  history,
  incomplete,
  MINUTE_MS,
  meta,
  noticed,
  plusMs,
  receiveReport,
  recordFinding,
  review,
  reviewedIncompleteUnder2024_1,
  sendNotice,
  spec,
  wib,
} from './builders.js';
import { PEMILU, PILKADA, SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: completing requirements (kelengkapan laporan)', (s) => {
  /** Rulebook 2024.2: the period runs from the notice received at s.t.noticeAt. */
  const awaiting = () => history(...noticed(s, 'SIGNATURE', 'EVIDENCE'));
  const both = ['SIGNATURE', 'EVIDENCE'] as const;

  it('the notice starts the period: from its receipt, to completionDueAt', () => {
    spec
      .given(history(receiveReport(s), review(s, incomplete(...both))))
      .when(sendNotice(s, s.t.noticeAt))
      .thenMatches([
        {
          type: 'CompletionNoticeSent',
          data: {
            noticeDue: s.t.noticeDue,
            sentWithinDeadline: true,
            receivedAt: s.t.noticeAt,
            completionDue: s.t.completionDue,
            completionDueAt: s.t.completionDueAt,
          },
        },
      ])
      .thenState({
        status: 'AWAITING_COMPLETION',
        deadlines: { completionDue: s.t.completionDue, completionDueAt: s.t.completionDueAt },
      });
  });

  it('the reporter completes every missing item on the last day: ready to register', () => {
    spec
      .given(awaiting())
      .when({
        ...completeRequirements(s, [...both]),
        evidence: [{ ref: 'surat-pernyataan-bermaterai.pdf', kind: 'DOCUMENT' }],
      })
      .then([
        {
          type: 'RequirementsCompleted',
          data: {
            supplied: ['SIGNATURE', 'EVIDENCE'],
            evidence: [{ ref: 'surat-pernyataan-bermaterai.pdf', kind: 'DOCUMENT' }],
            completedOn: s.t.completionDue,
            completionDue: s.t.completionDue,
            completedAt: s.t.completeAt,
            completionDueAt: s.t.completionDueAt,
          },
        },
      ])
      .thenState(
        (state) =>
          state.status === 'READY_TO_REGISTER' && state.evidence.length === s.evidence.length + 1,
      );
  });

  it('a Bawaslu clerk may record the completion handed in at the desk', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...both], s.t.completeAt, s.bawaslu))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
  });

  it('completion after the deadline is refused (REQUIREMENTS_LATE)', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...both], s.t.afterCompletionAt))
      .thenRejectedWith('REQUIREMENTS_LATE', {
        message: expect.stringContaining(s.t.completionDueAt),
        legalBasis: { instrument: expect.stringContaining('Perbawaslu') },
      });
  });

  // Since 2024.2 the period ends at an instant (Pemilu: office close, 16:00 WIB on the second
  // working day; Pilkada: 2×24 hours after the receipt), not at the end of the due date.
  it('the deadline is an instant: at completionDueAt in time, a millisecond later late', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...both], s.t.completionDueAt))
      .thenMatches([
        { data: { completedOn: s.t.completionDue, completionDueAt: s.t.completionDueAt } },
      ]);
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...both], plusMs(s.t.completionDueAt, 1)))
      .thenRejectedWith('REQUIREMENTS_LATE', { field: 'meta.occurredAt' });
  });

  it('later the same day is already late (2024.1 judged the date and accepted it)', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...both], plusMs(s.t.completionDueAt, MINUTE_MS)))
      .thenRejectedWith('REQUIREMENTS_LATE');
    spec
      .given(awaiting())
      .when(completeRequirements(s, [...both], wib(s.t.completionDue, '23:00')))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('before the notice no period runs: a completion is not late, however long after', () => {
    spec
      .given(history(receiveReport(s), review(s, incomplete(...both))))
      .when(completeRequirements(s, [...both], s.t.afterCompletionAt))
      .then([
        {
          type: 'RequirementsCompleted',
          data: {
            supplied: ['SIGNATURE', 'EVIDENCE'],
            evidence: [],
            completedOn: s.t.afterCompletionAt.slice(0, 10),
            completionDue: s.t.afterCompletionAt.slice(0, 10),
          },
        },
      ])
      .thenState({ status: 'READY_TO_REGISTER' });
  });

  describe('a case reviewed under rulebook 2024.1 keeps the date its review computed', () => {
    const legacy = () => reviewedIncompleteUnder2024_1(s, both);

    it('any time on the due date is in time (judged by date)', () => {
      spec
        .given(legacy())
        .when(completeRequirements(s, [...both], wib(s.t.completionDue, '23:00')))
        .then([
          {
            type: 'RequirementsCompleted',
            data: {
              supplied: ['SIGNATURE', 'EVIDENCE'],
              evidence: [],
              completedOn: s.t.completionDue,
              completionDue: s.t.completionDue,
            },
          },
        ]);
    });

    it('the day after is late', () => {
      spec
        .given(legacy())
        .when(completeRequirements(s, [...both], s.t.afterCompletionAt))
        .thenRejectedWith('REQUIREMENTS_LATE', {
          message: expect.stringContaining(`after the deadline of ${s.t.completionDue}`),
        });
    });
  });

  it('a completion that leaves an item missing is refused', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, ['SIGNATURE']))
      .thenRejectedWith('REQUIREMENTS_STILL_MISSING', {
        message: expect.stringContaining('EVIDENCE'),
      });
  });

  it('nothing can be completed when the review found the report complete', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(completeRequirements(s, ['SIGNATURE']))
      .thenRejectedWith('NOT_AWAITING_COMPLETION');
  });

  it('nothing can be completed before the kajian awal', () => {
    spec
      .given(history(receiveReport(s)))
      .when(completeRequirements(s, ['SIGNATURE']))
      .thenRejectedWith('NOT_AWAITING_COMPLETION');
  });

  it('another reporter cannot complete someone else’s report (answered as an unknown case)', () => {
    spec
      .given(awaiting())
      .when({
        ...completeRequirements(s, [...both]),
        meta: meta({ id: 'pelapor-lain-009', role: 'reporter', scope: {} }, s.t.completeAt),
      })
      .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
  });

  it('a finding has no requirements to complete', () => {
    spec
      .given(history(recordFinding(s)))
      .when(completeRequirements(s, ['SIGNATURE'], s.t.registerFindingAt, s.bawaslu))
      .thenRejectedWith('NOT_A_REPORT');
  });
});

describe('the completion period per regime (rulebook 2024.2)', () => {
  it('Pemilu: a notice received on a Friday runs to Tuesday 16:00 WIB (2 working days, the Surakarta case)', () => {
    const s = PEMILU;
    // Reviewed and noticed on Fri 19 Jan 2024 at 14:00: Mon 22 and Tue 23 Jan are the 2 working days.
    const noticedFriday = history(
      receiveReport(s),
      review(s, incomplete('SIGNATURE')),
      sendNotice(s, s.t.reviewAt),
    );
    spec
      .given(noticedFriday)
      .when(completeRequirements(s, ['SIGNATURE'], '2024-01-23T16:00:00+07:00'))
      .thenMatches([{ data: { completionDueAt: '2024-01-23T16:00:00.000+07:00' } }]);
    spec
      .given(noticedFriday)
      .when(completeRequirements(s, ['SIGNATURE'], '2024-01-23T16:01:00+07:00'))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });

  it('Pilkada: 2×24 hours on the clock, over a weekend and through the night', () => {
    const s = PILKADA;
    // Noticed on Fri 9 Aug 2024 at 15:00 WIB: due Sun 11 Aug at 15:00 WIB.
    expect(s.t.noticeAt).toBe('2024-08-09T15:00:00+07:00');
    const noticedFriday = history(...noticed(s, 'SIGNATURE'));
    spec
      .given(noticedFriday)
      .when(completeRequirements(s, ['SIGNATURE'], '2024-08-11T03:00:00+07:00'))
      .thenMatches([{ data: { completionDueAt: '2024-08-11T15:00:00.000+07:00' } }]);
    spec
      .given(noticedFriday)
      .when(completeRequirements(s, ['SIGNATURE'], '2024-08-11T15:01:00+07:00'))
      .thenRejectedWith('REQUIREMENTS_LATE');
  });
});
