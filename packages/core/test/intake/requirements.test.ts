import { describe, expect, it } from 'vitest';
import {
  completeRequirements,
  history,
  incomplete,
  meta,
  receiveReport,
  recordFinding,
  review,
  spec,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: completing requirements (kelengkapan laporan)', (s) => {
  const awaiting = () => history(receiveReport(s), review(s, incomplete('SIGNATURE', 'EVIDENCE')));

  it('the reporter completes every missing item on the last day: ready to register', () => {
    spec
      .given(awaiting())
      .when({
        ...completeRequirements(s, ['SIGNATURE', 'EVIDENCE']),
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
      .when(completeRequirements(s, ['SIGNATURE', 'EVIDENCE'], s.t.completeAt, s.bawaslu))
      .thenMatches([{ type: 'RequirementsCompleted' }]);
  });

  it('completion after the deadline is refused (REQUIREMENTS_LATE)', () => {
    spec
      .given(awaiting())
      .when(completeRequirements(s, ['SIGNATURE', 'EVIDENCE'], s.t.afterCompletionAt))
      .thenRejectedWith('REQUIREMENTS_LATE', {
        message: expect.stringContaining(s.t.completionDue),
        legalBasis: { instrument: expect.stringContaining('Perbawaslu') },
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
        ...completeRequirements(s, ['SIGNATURE', 'EVIDENCE']),
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
