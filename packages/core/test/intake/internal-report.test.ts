import { describe, it } from 'vitest';
import type { CaseCommand } from '../../src/case/index.js';
import {
  decide,
  extend,
  history,
  receiveInternalReport,
  register,
  review,
  spec,
  withdraw,
} from './builders.js';
import { SCENARIOS, satgasOf, superiorOf } from './fixtures.js';

describe.each(SCENARIOS)('$regime: internal report (satgas OPD or direct superior)', (s) => {
  const [first, second] = s.respondents;
  const satgas = satgasOf(first);

  it('an OPD satgas reports an employee of its agency: the case goes to the employer', () => {
    spec
      .given([])
      .when(receiveInternalReport(s, satgas))
      .then([
        {
          type: 'InternalReportReceived',
          data: {
            caseId: s.caseId,
            regime: s.regime,
            timeZone: 'WIB',
            region: s.region,
            respondents: [first],
            incident: s.incident,
            evidence: [...s.evidence],
            source: { kind: 'SATGAS', actorId: satgas.id, agencyId: first.agency.id },
            receivedAt: s.t.receivedAt,
            receivedOn: s.t.receivedOn,
          },
        },
      ])
      .thenState({ status: 'WITH_EMPLOYER', origin: 'INTERNAL', reporter: null });
  });

  it('a direct superior (atasan langsung) may report too', () => {
    spec
      .given([])
      .when(receiveInternalReport(s, superiorOf(first)))
      .thenMatches([{ data: { source: { kind: 'SUPERIOR', agencyId: first.agency.id } } }]);
  });

  it('a satgas cannot report an employee of another agency', () => {
    spec
      .given([])
      .when(receiveInternalReport(s, satgas, { respondents: [first, second] }))
      .thenRejectedWith('OUT_OF_SCOPE', { field: 'respondents.1.agency.id' });
  });

  it('Bawaslu cannot file an internal report', () => {
    spec
      .given([])
      .when(receiveInternalReport(s, s.bawaslu))
      .thenRejectedWith('ROLE_NOT_ALLOWED', { field: 'meta.actor.role' });
  });

  const bawasluSteps: readonly [string, CaseCommand][] = [
    ['kajian awal', review(s)],
    ['registration', register(s)],
    ['extension', extend(s)],
    ['decision', decide(s, first.respondentId)],
    ['withdrawal', withdraw(s, s.t.reviewAt, s.bawaslu)],
  ];

  it.each(bawasluSteps)(
    'no Bawaslu step applies to it: %s → HANDLED_BY_EMPLOYER',
    (_name, command) => {
      spec
        .given(history(receiveInternalReport(s, satgas)))
        .when(command)
        .thenRejectedWith('HANDLED_BY_EMPLOYER', {
          legalBasis: { instrument: 'PP 94/2021 (Disiplin PNS)' },
        });
    },
  );
});
