import { describe, expect, it } from 'vitest';
import {
  decide,
  decidedBoth,
  forward,
  history,
  notAViolation,
  receiveReport,
  register,
  registered,
  reroute,
  review,
  spec,
  violation,
  wib,
} from './builders.js';
import { SCENARIOS, systemActor } from './fixtures.js';

describe.each(SCENARIOS)('$regime: forwarding to the ASN supervisor (diteruskan)', (s) => {
  const [first, second] = s.respondents;
  const ids = [first.respondentId, second.respondentId];

  it('forwards each neutrality violator, one event each; the case is FORWARDED', () => {
    spec
      .given(history(...decidedBoth(s)))
      .when({ ...forward(s, ids), letterNumber: '045/K.Bawaslu/PM.06/2024' })
      .then(
        ids.map((respondentId) => ({
          type: 'ForwardedToSupervisor' as const,
          data: {
            respondentId,
            supervisor: 'KASN' as const,
            forwardedOn: s.t.forwardedOn,
            letterNumber: '045/K.Bawaslu/PM.06/2024',
          },
        })),
      )
      .thenState({ status: 'FORWARDED' });
  });

  it('KASN until 22 Aug 2024, BKN from 23 Aug 2024 (Perpres 92/2024)', () => {
    const given = history(...decidedBoth(s));
    spec
      .given(given)
      .when(forward(s, ids, wib('2024-08-22', '16:00')))
      .thenMatches(ids.map(() => ({ data: { supervisor: 'KASN', forwardedOn: '2024-08-22' } })));
    spec
      .given(given)
      .when(forward(s, ids, wib('2024-08-23', '08:00')))
      .thenMatches(ids.map(() => ({ data: { supervisor: 'BKN', forwardedOn: '2024-08-23' } })));
  });

  it('a clerk expecting the wrong supervisor is refused, citing Perpres 92/2024', () => {
    const rejection = spec
      .given(history(...decidedBoth(s)))
      .when(forward(s, ids, wib('2024-08-23'), 'KASN'))
      .thenRejectedWith('WRONG_SUPERVISOR', { field: 'expectedSupervisor' });
    expect(rejection.legalBasis?.article).toContain('Perpres 92/2024');
    spec
      .given(history(...decidedBoth(s)))
      .when(forward(s, ids, s.t.forwardAt, 'KASN'))
      .thenMatches(ids.map(() => ({ data: { supervisor: 'KASN' } })));
  });

  it('forwarding a respondent decided as not a violation is refused', () => {
    spec
      .given(history(...decidedBoth(s, violation(s), notAViolation)))
      .when(forward(s, ids))
      .thenRejectedWith('NO_NEUTRALITY_VIOLATION', { field: 'respondentIds.1' });
  });

  it('forwarding a criminal-only violation is refused (it goes to Gakkumdu)', () => {
    spec
      .given(
        history(
          ...decidedBoth(s, {
            outcome: 'VIOLATION',
            tracks: ['CRIMINAL'],
            conductOn: s.skb.conductOn,
          }),
        ),
      )
      .when(forward(s, [first.respondentId]))
      .thenRejectedWith('NO_NEUTRALITY_VIOLATION');
  });

  it('a village head’s OTHER_LAW violation is not forwarded to the ASN supervisor', () => {
    spec
      .given(
        history(
          receiveReport(s, { respondents: [first, s.villageHead] }),
          review(s),
          register(s),
          decide(s, s.villageHead.respondentId, {
            outcome: 'VIOLATION',
            tracks: ['OTHER_LAW'],
            conductOn: s.skb.conductOn,
          }),
        ),
      )
      .when(forward(s, [s.villageHead.respondentId]))
      .thenRejectedWith('NO_NEUTRALITY_VIOLATION', { field: 'respondentIds.0' });
  });

  it('forwarding an undecided or unknown respondent is refused', () => {
    spec
      .given(history(...registered(s), decide(s, first.respondentId)))
      .when(forward(s, ids))
      .thenRejectedWith('RESPONDENT_NOT_DECIDED', { field: 'respondentIds.1' });
    spec
      .given(history(...decidedBoth(s)))
      .when(forward(s, ['x-99']))
      .thenRejectedWith('UNKNOWN_RESPONDENT');
  });

  it('one respondent may be forwarded while another is undecided; the case stays REGISTERED', () => {
    spec
      .given(history(...registered(s), decide(s, first.respondentId)))
      .when(forward(s, [first.respondentId]))
      .thenState({ status: 'REGISTERED' });
  });

  it('forwarding twice is refused', () => {
    spec
      .given(history(...decidedBoth(s), forward(s, [first.respondentId])))
      .when(forward(s, ids))
      .thenRejectedWith('ALREADY_FORWARDED', { field: 'respondentIds.0' });
  });

  it('forwarding before the decision date is refused', () => {
    spec
      .given(history(...decidedBoth(s)))
      .when(forward(s, ids, s.t.registerAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER');
  });

  describe('SE MenPAN-RB 4/2024: rerouting files pending at KASN', () => {
    const forwardedToKasn = () => history(...decidedBoth(s), forward(s, ids));

    it('a file KASN had started goes to KemenPAN-RB; one it had not, to BKN', () => {
      spec
        .given(forwardedToKasn())
        .when(reroute(s, [first.respondentId], true))
        .then([
          {
            type: 'KasnFileRerouted',
            data: {
              respondentId: first.respondentId,
              kasnProcessingStarted: true,
              to: 'MENPANRB',
              reroutedOn: '2024-09-10',
            },
          },
        ]);
      spec
        .given(forwardedToKasn())
        .when(reroute(s, ids, false, wib('2024-09-04'), systemActor))
        .thenMatches(
          ids.map((respondentId) => ({
            data: { respondentId, to: 'BKN', reroutedOn: '2024-09-04' },
          })),
        )
        .thenState({ status: 'FORWARDED' });
    });

    it('not before the SE was signed (4 Sep 2024)', () => {
      spec
        .given(forwardedToKasn())
        .when(reroute(s, ids, false, wib('2024-09-03')))
        .thenRejectedWith('REROUTE_BEFORE_TRANSITION');
    });

    it('only files forwarded to KASN, and only once', () => {
      spec
        .given(history(...decidedBoth(s), forward(s, ids, wib('2024-08-23'))))
        .when(reroute(s, ids, false))
        .thenRejectedWith('NOT_FORWARDED_TO_KASN');
      spec
        .given(history(...decidedBoth(s)))
        .when(reroute(s, ids, false))
        .thenRejectedWith('NOT_FORWARDED_TO_KASN');
      spec
        .given(history(...decidedBoth(s), forward(s, ids), reroute(s, [first.respondentId], true)))
        .when(reroute(s, ids, true))
        .thenRejectedWith('ALREADY_REROUTED', { field: 'respondentIds.0' });
    });
  });
});
