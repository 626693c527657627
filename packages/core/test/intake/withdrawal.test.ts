import { describe, it } from 'vitest';
import {
  decide,
  history,
  incomplete,
  noticed,
  receiveReport,
  recordFinding,
  register,
  registered,
  review,
  spec,
  withdraw,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: withdrawal (pencabutan laporan)', (s) => {
  it('before registration the case closes; the report may serve as informasi awal', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(withdraw(s, s.t.registerAt))
      .then([
        {
          type: 'ReportWithdrawn',
          data: {
            withdrawnOn: s.t.registeredOn,
            recordedBy: 'REPORTER',
            effect: 'CASE_CLOSED',
            usableAsInitialInformation: true,
            statement: 'Pelapor mencabut laporan secara tertulis.',
          },
        },
      ])
      .thenState({ status: 'WITHDRAWN', withdrawal: { effect: 'CASE_CLOSED' } });
  });

  it('right after receipt, and while requirements are awaited, it closes the case too', () => {
    spec
      .given(history(receiveReport(s)))
      .when(withdraw(s, s.t.reviewAt))
      .thenState({ status: 'WITHDRAWN' });
    spec
      .given(history(receiveReport(s), review(s, incomplete('SIGNATURE'))))
      .when(withdraw(s, s.t.noticeAt))
      .thenState({ status: 'WITHDRAWN' });
    spec
      .given(history(...noticed(s, 'SIGNATURE')))
      .when(withdraw(s, s.t.completeAt))
      .thenState({ status: 'WITHDRAWN' });
  });

  it('a Bawaslu clerk may record a written withdrawal', () => {
    spec
      .given(history(receiveReport(s)))
      .when(withdraw(s, s.t.reviewAt, s.bawaslu))
      .thenMatches([{ data: { recordedBy: 'BAWASLU', effect: 'CASE_CLOSED' } }]);
  });

  it('after registration handling continues: the withdrawal is recorded, the status kept', () => {
    spec
      .given(history(...registered(s)))
      .when(withdraw(s, s.t.decideAt))
      .thenMatches([{ data: { effect: 'HANDLING_CONTINUES', usableAsInitialInformation: false } }])
      .thenState({ status: 'REGISTERED', withdrawal: { effect: 'HANDLING_CONTINUES' } });
  });

  it('after registration the case can still be decided', () => {
    spec
      .given(history(...registered(s), withdraw(s, s.t.clarificationAt)))
      .when(decide(s, s.respondents[0].respondentId))
      .thenMatches([{ type: 'RespondentDecided' }]);
  });

  it('a second withdrawal is refused', () => {
    spec
      .given(history(...registered(s), withdraw(s, s.t.clarificationAt)))
      .when(withdraw(s, s.t.decideAt))
      .thenRejectedWith('ALREADY_WITHDRAWN');
  });

  it('a withdrawn case is closed', () => {
    spec
      .given(history(receiveReport(s), withdraw(s, s.t.reviewAt)))
      .when(review(s))
      .thenRejectedWith('CASE_CLOSED');
  });

  it('a finding cannot be withdrawn', () => {
    spec
      .given(
        history(recordFinding(s), register(s, s.t.registerFindingAt, s.findingRegistrationNumber)),
      )
      .when(withdraw(s, s.t.registerFindingAt, s.bawaslu))
      .thenRejectedWith('NOT_A_REPORT');
  });

  it('only the reporter (or Bawaslu) may withdraw; another reporter is not even told the case exists', () => {
    spec
      .given(history(receiveReport(s)))
      .when(withdraw(s, s.t.reviewAt, { id: 'pelapor-lain-009', role: 'reporter', scope: {} }))
      .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
  });
});
