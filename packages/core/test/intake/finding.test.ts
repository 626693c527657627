import { describe, expect, it } from 'vitest';
import { decide, history, meta, recordFinding, register, spec, violation } from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: finding (temuan) → registration', (s) => {
  it('records a finding set on the last day of the SET_FINDING period', () => {
    spec
      .given([])
      .when(recordFinding(s))
      .then([
        {
          type: 'FindingRecorded',
          data: {
            caseId: s.caseId,
            regime: s.regime,
            timeZone: 'WIB',
            region: s.region,
            supervisingOffice: {
              level: 'KECAMATAN',
              name: `Panwaslu Kecamatan (${s.region.name})`,
            },
            respondents: [...s.respondents],
            incident: {
              occurredOn: s.incident.occurredOn,
              place: s.incident.place,
              description: s.incident.description,
            },
            discoveredOn: s.t.discoveredOn,
            evidence: [...s.evidence],
            setAt: s.t.setFindingAt,
            setOn: s.t.findingDue,
            findingDue: s.t.findingDue,
          },
        },
      ])
      .thenState({ status: 'FINDING_RECORDED', origin: 'FINDING', reporter: null });
  });

  it('refuses a finding set after the period (FINDING_TIME_BARRED)', () => {
    spec
      .given([])
      .when(recordFinding(s, { meta: meta(s.bawaslu, s.t.lateFindingAt) }))
      .thenRejectedWith('FINDING_TIME_BARRED', {
        field: 'discoveredOn',
        message: expect.stringContaining(s.t.findingDue),
      });
  });

  it('registers a finding directly, without kajian awal; the decision clock starts', () => {
    spec
      .given(history(recordFinding(s)))
      .when(register(s, s.t.registerFindingAt, s.findingRegistrationNumber))
      .then([
        {
          type: 'CaseRegistered',
          data: {
            registrationNumber: s.findingRegistrationNumber,
            registeredOn: s.t.registerFindingAt.slice(0, 10),
            decisionDue: s.t.findingDecisionDue,
          },
        },
      ])
      .thenState({ status: 'REGISTERED' });
  });

  it('a registered finding is decided like a report', () => {
    spec
      .given(
        history(recordFinding(s), register(s, s.t.registerFindingAt, s.findingRegistrationNumber)),
      )
      .when(decide(s, s.respondents[0].respondentId, violation(s), s.t.registerFindingAt))
      .thenMatches([
        {
          type: 'RespondentDecided',
          data: { decisionDue: s.t.findingDecisionDue, decidedWithinDeadline: true },
        },
      ]);
  });

  it('refuses a discovery date before the incident', () => {
    spec
      .given([])
      .when(recordFinding(s, { discoveredOn: '2023-01-02' }))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'discoveredOn' });
  });
});
