import { describe, it } from 'vitest';
import {
  decide,
  decidedBoth,
  forward,
  history,
  notAViolation,
  refer,
  registered,
  spec,
  violation,
} from './builders.js';
import { bawasluKotaBanjar, gakkumduOf, SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: referral to Sentra Gakkumdu (criminal track)', (s) => {
  const [first, second] = s.respondents;
  const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });

  it('refers a criminal-track violator within 1×24 hours (by the next day)', () => {
    spec
      .given(history(...decidedBoth(s, criminal)))
      .when(refer(s, first.respondentId, `${s.t.referralDue}T09:00:00+07:00`))
      .then([
        {
          type: 'ReferredToGakkumdu',
          data: {
            respondentId: first.respondentId,
            referredOn: s.t.referralDue,
            referralDue: s.t.referralDue,
            referredWithinDeadline: true,
          },
        },
      ]);
  });

  it('a late referral is recorded and flagged', () => {
    spec
      .given(history(...decidedBoth(s, criminal)))
      .when(refer(s, first.respondentId, s.t.referralLateAt))
      .thenMatches([{ data: { referralDue: s.t.referralDue, referredWithinDeadline: false } }]);
  });

  it('the Gakkumdu desk of the region may record the referral', () => {
    spec
      .given(history(...decidedBoth(s, criminal)))
      .when(refer(s, first.respondentId, s.t.referralLateAt, gakkumduOf(s)))
      .thenMatches([{ type: 'ReferredToGakkumdu' }]);
  });

  // Out of scope on an existing case is answered like an unknown case, so that a desk cannot
  // probe which cases exist elsewhere (authorize.ts).
  it('a Gakkumdu desk of another region is out of scope: answered as if the case did not exist', () => {
    spec
      .given(history(...decidedBoth(s, criminal)))
      .when(
        refer(s, first.respondentId, s.t.referralLateAt, {
          id: 'gakkumdu-32.79',
          role: 'gakkumdu',
          scope: { regionCode: '32.79' },
        }),
      )
      .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
    spec
      .given(history(...decidedBoth(s, criminal)))
      .when(refer(s, first.respondentId, s.t.referralLateAt, bawasluKotaBanjar))
      .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
  });

  it('requires the CRIMINAL track', () => {
    spec
      .given(history(...decidedBoth(s)))
      .when(refer(s, first.respondentId))
      .thenRejectedWith('NO_CRIMINAL_TRACK', { field: 'respondentId' });
    spec
      .given(history(...decidedBoth(s, criminal, notAViolation)))
      .when(refer(s, second.respondentId))
      .thenRejectedWith('NO_CRIMINAL_TRACK');
  });

  it('requires a decision, and refers once', () => {
    spec
      .given(history(...registered(s)))
      .when(refer(s, first.respondentId))
      .thenRejectedWith('RESPONDENT_NOT_DECIDED');
    spec
      .given(history(...decidedBoth(s, criminal), refer(s, first.respondentId)))
      .when(refer(s, first.respondentId))
      .thenRejectedWith('ALREADY_REFERRED');
  });

  it('the case is FORWARDED only when both the supervisor and Gakkumdu have their files', () => {
    const decided = [
      ...registered(s),
      decide(s, first.respondentId, criminal),
      decide(s, second.respondentId, notAViolation),
    ];
    spec
      .given(history(...decided))
      .when(refer(s, first.respondentId))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decided))
      .when(forward(s, [first.respondentId]))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decided, refer(s, first.respondentId)))
      .when(forward(s, [first.respondentId], s.t.referralLateAt))
      .thenState({ status: 'FORWARDED' });
  });
});
