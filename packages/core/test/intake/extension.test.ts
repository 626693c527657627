import { describe, expect, it } from 'vitest';
import {
  decide,
  decidedBoth,
  extend,
  history,
  receiveReport,
  recordFinding,
  register,
  registered,
  review,
  spec,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: extension for additional information', (s) => {
  const basisArticle = s.regime === 'PEMILU_2024' ? 'Pasal 454 ayat (8)' : 'Pasal 134 ayat (6)';

  // Pilkada Pasal 134(6) extends only "to ask the reporter" (keterangan tambahan dari pelapor);
  // UU 7/2017 Pasal 454(8) names no source, so a Pemilu finding may be extended.
  it('on a finding: refused in a Pilkada (no reporter to ask), allowed in a Pemilu', () => {
    const finding = history(
      recordFinding(s),
      register(s, s.t.registerFindingAt, s.findingRegistrationNumber),
    );
    const at = s.t.registerFindingAt.replace(/T\d\d:/, 'T15:');
    if (s.regime === 'PILKADA_2024') {
      const error = spec
        .given(finding)
        .when(extend(s, at))
        .thenRejectedWith('EXTENSION_NEEDS_REPORTER');
      expect(error.legalBasis?.article).toBe('Pasal 134 ayat (6)');
    } else {
      spec
        .given(finding)
        .when(extend(s, at))
        .thenMatches([{ type: 'DecisionPeriodExtended' }]);
    }
  });

  it('switches the decision deadline from DECIDE to DECIDE_EXTENDED', () => {
    spec
      .given(history(...registered(s)))
      .when(extend(s))
      .then([
        {
          type: 'DecisionPeriodExtended',
          data: {
            extendedOn: s.t.extendAt.slice(0, 10),
            reason: 'Keterangan tambahan dari pelapor tentang pemilik akun diperlukan.',
            previousDue: s.t.decisionDue,
            decisionDue: s.t.extendedDecisionDue,
          },
        },
      ])
      .thenState({ extended: true, deadlines: { decisionDue: s.t.extendedDecisionDue } });
  });

  it('a decision after the original deadline is then in time', () => {
    spec
      .given(history(...registered(s), extend(s)))
      .when(decide(s, s.respondents[0].respondentId, undefined, s.t.lateDecideAt))
      .thenMatches([
        { data: { decisionDue: s.t.extendedDecisionDue, decidedWithinDeadline: true } },
      ]);
  });

  it('is allowed once: a second extension is refused', () => {
    spec
      .given(history(...registered(s), extend(s)))
      .when(extend(s))
      .thenRejectedWith('ALREADY_EXTENDED', { legalBasis: { article: basisArticle } });
  });

  it('must be declared while the original period runs', () => {
    spec
      .given(history(...registered(s)))
      .when(extend(s, s.t.lateDecideAt))
      .thenRejectedWith('EXTENSION_TOO_LATE', { legalBasis: { article: basisArticle } });
  });

  it('is refused before registration and once every respondent is decided', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(extend(s))
      .thenRejectedWith('CASE_NOT_REGISTERED');
    spec
      .given(history(...decidedBoth(s)))
      .when(extend(s, s.t.decideAt))
      .thenRejectedWith('ALL_RESPONDENTS_DECIDED');
  });

  it('is allowed while one respondent is still undecided', () => {
    spec
      .given(
        history(
          ...registered(s),
          decide(s, s.respondents[0].respondentId, undefined, s.t.extendAt),
        ),
      )
      .when(extend(s))
      .thenMatches([{ type: 'DecisionPeriodExtended' }]);
  });
});
