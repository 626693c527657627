import { describe, it } from 'vitest';
import {
  clarify,
  decide,
  decidedBoth,
  history,
  receiveReport,
  recordFinding,
  register,
  registered,
  review,
  spec,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: clarification (klarifikasi)', (s) => {
  const [first] = s.respondents;

  it('records the hearing of a respondent', () => {
    const party = {
      kind: 'RESPONDENT' as const,
      respondentId: first.respondentId,
      name: first.name,
    };
    spec
      .given(history(...registered(s)))
      .when(clarify(s, party))
      .then([
        {
          type: 'ClarificationRecorded',
          data: { party, heldOn: s.t.heldOn, summary: 'Berita acara klarifikasi ditandatangani.' },
        },
      ])
      .thenState((state) => state.status === 'REGISTERED' && state.clarifications.length === 1);
  });

  it.each(['REPORTER', 'WITNESS', 'EXPERT'] as const)('records the hearing of a %s', (kind) => {
    spec
      .given(history(...registered(s)))
      .when(clarify(s, { kind, name: 'Dr. Hendra Wijaya' }))
      .thenMatches([{ type: 'ClarificationRecorded', data: { party: { kind } } }]);
  });

  it('refuses a clarification before registration', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(clarify(s, { kind: 'WITNESS', name: 'Sumarni' }))
      .thenRejectedWith('CASE_NOT_REGISTERED');
  });

  it('refuses an unknown respondent', () => {
    spec
      .given(history(...registered(s)))
      .when(clarify(s, { kind: 'RESPONDENT', respondentId: 'tidak-ada', name: 'Tidak Ada' }))
      .thenRejectedWith('UNKNOWN_RESPONDENT', { field: 'party.respondentId' });
  });

  it('refuses a respondent id that only exists on Object.prototype', () => {
    spec
      .given(history(...registered(s)))
      .when(clarify(s, { kind: 'RESPONDENT', respondentId: 'constructor', name: 'X' }))
      .thenRejectedWith('UNKNOWN_RESPONDENT');
  });

  it('refuses hearing a respondent who was already decided, and any hearing once all are decided', () => {
    spec
      .given(history(...registered(s), decide(s, first.respondentId)))
      .when(
        clarify(
          s,
          { kind: 'RESPONDENT', respondentId: first.respondentId, name: first.name },
          s.t.decidedOn,
          s.t.decideAt,
        ),
      )
      .thenRejectedWith('ALREADY_DECIDED');
    spec
      .given(history(...decidedBoth(s)))
      .when(clarify(s, { kind: 'WITNESS', name: 'Sumarni' }, s.t.decidedOn, s.t.decideAt))
      .thenRejectedWith('ALL_RESPONDENTS_DECIDED');
  });

  it('refuses a hearing before the registration or after the day it is recorded', () => {
    spec
      .given(history(...registered(s)))
      .when(clarify(s, { kind: 'WITNESS', name: 'Sumarni' }, s.t.reviewedOn))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'heldOn' });
    spec
      .given(history(...registered(s)))
      .when(clarify(s, { kind: 'WITNESS', name: 'Sumarni' }, s.t.decidedOn, s.t.clarificationAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'heldOn' });
  });

  it('a finding has no reporter to hear', () => {
    spec
      .given(
        history(recordFinding(s), register(s, s.t.registerFindingAt, s.findingRegistrationNumber)),
      )
      .when(
        clarify(
          s,
          { kind: 'REPORTER', name: 'X' },
          s.t.registerFindingAt.slice(0, 10),
          s.t.registerFindingAt,
        ),
      )
      .thenRejectedWith('NOT_A_REPORT');
  });
});
