import { describe, it } from 'vitest';
import {
  history,
  incomplete,
  plusDays,
  receiveReport,
  recordFinding,
  review,
  spec,
  wib,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: preliminary review (kajian awal)', (s) => {
  const received = () => history(receiveReport(s));
  const filing = {
    knownOn: s.incident.knownOn,
    filedOn: s.t.receivedOn,
    due: s.t.filingDue,
    withinDeadline: true,
  };

  it('COMPLETE: the report is ready to register; the filing deadline is recorded', () => {
    spec
      .given(received())
      .when(review(s))
      .then([
        {
          type: 'PreliminaryReviewCompleted',
          data: {
            result: { outcome: 'COMPLETE' },
            reviewedOn: s.t.reviewedOn,
            reviewDue: s.t.reviewDue,
            reviewedWithinDeadline: true,
            filing,
          },
        },
      ])
      .thenState({ status: 'READY_TO_REGISTER', deadlines: { filingDue: s.t.filingDue } });
  });

  // Rulebook 2024.2: the completion period runs from the reporter's receipt of the notice, not
  // from the review (2024.1 recorded `completionDue` here); the review records when the notice
  // is due, and no completion deadline runs yet.
  it('INCOMPLETE: lists the missing requirements and sets the deadline of the completion notice', () => {
    spec
      .given(received())
      .when(review(s, incomplete('SIGNATURE', 'EVIDENCE')))
      .then([
        {
          type: 'PreliminaryReviewCompleted',
          data: {
            result: {
              outcome: 'INCOMPLETE',
              missing: ['SIGNATURE', 'EVIDENCE'],
              noticeDue: s.t.noticeDue,
            },
            reviewedOn: s.t.reviewedOn,
            reviewDue: s.t.reviewDue,
            reviewedWithinDeadline: true,
            filing,
          },
        },
      ])
      .thenState({
        status: 'AWAITING_COMPLETION',
        review: { outcome: 'INCOMPLETE', missing: ['SIGNATURE', 'EVIDENCE'] },
        completionNotice: null,
        deadlines: {
          noticeDue: s.t.noticeDue,
          completionDue: null,
          completionDueAt: null,
        },
      });
  });

  it('OUTSIDE_JURISDICTION: the report cannot be registered', () => {
    spec
      .given(received())
      .when(review(s, { outcome: 'OUTSIDE_JURISDICTION' }))
      .thenMatches([{ data: { result: { outcome: 'OUTSIDE_JURISDICTION' } } }])
      .thenState({ status: 'NOT_REGISTRABLE' });
  });

  it('TIME_BARRED is refused for a report filed in time', () => {
    spec
      .given(received())
      .when(review(s, { outcome: 'TIME_BARRED' }))
      .thenRejectedWith('REPORT_NOT_TIME_BARRED', {
        legalBasis: {
          article: s.regime === 'PEMILU_2024' ? 'Pasal 454 ayat (6)' : 'Pasal 134 ayat (4)',
        },
      });
  });

  it('a late review is recorded and flagged, not refused (Bawaslu’s breach to surface)', () => {
    spec
      .given(received())
      .when(review(s, { outcome: 'COMPLETE' }, s.t.lateReviewAt))
      .thenMatches([{ data: { reviewDue: s.t.reviewDue, reviewedWithinDeadline: false } }]);
  });

  // Pilkada's kajian awal is 2 calendar days since 2024.2 (2024.1: 3), so the day after
  // reviewDue, which 2024.1 still accepted, is now late.
  it('the last day of the kajian awal is in time, the day after is late', () => {
    spec
      .given(received())
      .when(review(s, { outcome: 'COMPLETE' }, wib(s.t.reviewDue, '23:59')))
      .thenMatches([{ data: { reviewedOn: s.t.reviewDue, reviewedWithinDeadline: true } }]);
    spec
      .given(received())
      .when(review(s, { outcome: 'COMPLETE' }, wib(plusDays(s.t.reviewDue, 1), '00:00')))
      .thenMatches([
        { data: { reviewedOn: plusDays(s.t.reviewDue, 1), reviewedWithinDeadline: false } },
      ]);
  });

  it('a second review is refused', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(review(s))
      .thenRejectedWith('ALREADY_REVIEWED');
  });

  it('a review dated before the receipt is refused', () => {
    spec
      .given(received())
      .when(review(s, { outcome: 'COMPLETE' }, `${s.incident.knownOn}T10:00:00+07:00`))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
  });

  it('a finding needs no kajian awal: a review of it is refused', () => {
    spec
      .given(history(recordFinding(s)))
      .when(review(s, { outcome: 'COMPLETE' }, s.t.registerFindingAt))
      .thenRejectedWith('NOT_A_REPORT');
  });
});
