import { describe, expect, it } from 'vitest';
import {
  decide,
  history,
  notAViolation,
  plusDays,
  receiveReport,
  registered,
  review,
  spec,
  stopped,
  violation,
  wib,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: decision per respondent (putusan, UU 7/2017 Pasal 455)', (s) => {
  const [first, second] = s.respondents;
  const given = () => history(...registered(s));

  it('VIOLATION: records the SKB item, tracks, conduct date and the candidate stage', () => {
    spec
      .given(given())
      .when(decide(s, first.respondentId))
      .then([
        {
          type: 'RespondentDecided',
          data: {
            respondentId: first.respondentId,
            decision: {
              outcome: 'VIOLATION',
              skbCode: s.skb.code,
              tracks: ['NEUTRALITY'],
              conductOn: s.skb.conductOn,
              stage: { computed: s.stage, applied: s.stage, overrideReason: null },
            },
            decidedOn: s.t.decidedOn,
            decisionDue: s.t.decisionDue,
            decidedWithinDeadline: true,
          },
        },
      ])
      // The other respondent is still undecided, so the case stays in handling.
      .thenState({ status: 'REGISTERED' });
  });

  it('NOT_A_VIOLATION and STOPPED are recorded with their reason', () => {
    spec
      .given(given())
      .when(decide(s, first.respondentId, notAViolation))
      .thenMatches([
        {
          data: {
            decision: { outcome: 'NOT_A_VIOLATION', reason: 'Unggahan bukan milik terlapor.' },
          },
        },
      ]);
    spec
      .given(given())
      .when(decide(s, first.respondentId, stopped))
      .thenMatches([{ data: { decision: { outcome: 'STOPPED', reason: 'Bukti tidak cukup.' } } }]);
  });

  it('the case is DECIDED when all are decided and a violation waits to be forwarded', () => {
    spec
      .given(history(...registered(s), decide(s, first.respondentId)))
      .when(decide(s, second.respondentId, stopped))
      .thenState({ status: 'DECIDED' });
  });

  it('the case is CLOSED when nobody violated', () => {
    spec
      .given(history(...registered(s), decide(s, first.respondentId, notAViolation)))
      .when(decide(s, second.respondentId, stopped))
      .thenState({ status: 'CLOSED' });
  });

  it('a decision after the deadline is recorded and flagged, not refused', () => {
    spec
      .given(given())
      .when(decide(s, first.respondentId, violation(s), s.t.lateDecideAt))
      .thenMatches([
        {
          data: {
            decidedOn: s.t.lateDecidedOn,
            decisionDue: s.t.decisionDue,
            decidedWithinDeadline: false,
          },
        },
      ]);
  });

  it('a respondent is decided once', () => {
    spec
      .given(history(...registered(s), decide(s, first.respondentId)))
      .when(decide(s, first.respondentId, stopped))
      .thenRejectedWith('ALREADY_DECIDED', { field: 'respondentId' });
  });

  it('nobody is decided before registration', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(decide(s, first.respondentId))
      .thenRejectedWith('CASE_NOT_REGISTERED');
  });

  it('an unknown respondent is refused', () => {
    spec.given(given()).when(decide(s, 'bukan-terlapor')).thenRejectedWith('UNKNOWN_RESPONDENT');
  });

  it('a decision dated before the registration is refused', () => {
    spec
      .given(given())
      .when(decide(s, first.respondentId, violation(s), s.t.reviewAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER');
  });

  it('conduct after the decision date is refused', () => {
    spec
      .given(given())
      .when(decide(s, first.respondentId, violation(s, { conductOn: s.t.lateDecidedOn })))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'decision.conductOn' });
  });

  describe('SKB 2022 stage rule (bakal calon vs calon)', () => {
    it('an item of the other stage is refused without an override', () => {
      const rejection = spec
        .given(given())
        .when(decide(s, first.respondentId, violation(s, { skbCode: s.skb.otherStage })))
        .thenRejectedWith('SKB_STAGE_MISMATCH', { field: 'decision.skbCode' });
      expect(rejection.legalBasis?.instrument).toContain('SKB 2022');
    });

    it('a reviewer override with a reason allows the other stage’s item, and is recorded', () => {
      const other = s.stage === 'CALON' ? 'BAKAL_CALON' : 'CALON';
      const reason = 'Penetapan calon di daerah ini diundur; perilaku terjadi sebelum penetapan.';
      spec
        .given(given())
        .when(
          decide(
            s,
            first.respondentId,
            violation(s, { skbCode: s.skb.otherStage, stageOverride: { stage: other, reason } }),
          ),
        )
        .thenMatches([
          {
            data: {
              decision: {
                skbCode: s.skb.otherStage,
                stage: { computed: s.stage, applied: other, overrideReason: reason },
              },
            },
          },
        ]);
    });

    it('an override that does not match the item is refused', () => {
      spec
        .given(given())
        .when(
          decide(
            s,
            first.respondentId,
            violation(s, {
              skbCode: s.skb.otherStage,
              stageOverride: { stage: s.stage, reason: 'Salah pilih.' },
            }),
          ),
        )
        .thenRejectedWith('SKB_STAGE_MISMATCH', { field: 'decision.stageOverride.stage' });
    });

    it('an item bound to no stage (D-8, D-5) fits any conduct date', () => {
      spec
        .given(given())
        .when(decide(s, first.respondentId, violation(s, { skbCode: 'D-8' })))
        .thenMatches([{ data: { decision: { skbCode: 'D-8' } } }]);
    });

    it('the stage turns on the determination date: that day is calon stage, the day before is not', () => {
      const determination = s.regime === 'PEMILU_2024' ? '2023-11-13' : '2024-09-22';
      // Pilkada's fixture case is registered in August: a decision after 22 Sep is late but allowed.
      const decideAt = s.regime === 'PEMILU_2024' ? s.t.decideAt : wib('2024-09-23');
      spec
        .given(given())
        .when(
          decide(
            s,
            first.respondentId,
            violation(s, { skbCode: 'D-6', conductOn: determination }),
            decideAt,
          ),
        )
        .thenMatches([{ data: { decision: { stage: { computed: 'CALON', applied: 'CALON' } } } }]);
      spec
        .given(given())
        .when(
          decide(
            s,
            first.respondentId,
            violation(s, { skbCode: 'D-6', conductOn: plusDays(determination, -1) }),
            decideAt,
          ),
        )
        .thenRejectedWith('SKB_STAGE_MISMATCH');
      spec
        .given(given())
        .when(
          decide(
            s,
            first.respondentId,
            violation(s, { skbCode: 'KE-4', conductOn: plusDays(determination, -1) }),
            decideAt,
          ),
        )
        .thenMatches([{ data: { decision: { stage: { computed: 'BAKAL_CALON' } } } }]);
    });
  });

  describe('tracks', () => {
    it('several tracks at once (neutrality and criminal)', () => {
      spec
        .given(given())
        .when(decide(s, first.respondentId, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })))
        .thenMatches([{ data: { decision: { tracks: ['NEUTRALITY', 'CRIMINAL'] } } }]);
    });

    it('NEUTRALITY needs an SKB item', () => {
      const { skbCode: _omitted, ...withoutCode } = violation(s) as Extract<
        ReturnType<typeof violation>,
        { outcome: 'VIOLATION' }
      >;
      spec
        .given(given())
        .when(decide(s, first.respondentId, withoutCode))
        .thenRejectedWith('SKB_CODE_REQUIRED', { field: 'decision.skbCode' });
    });

    it('a criminal-only violation needs no SKB item', () => {
      spec
        .given(given())
        .when(
          decide(s, first.respondentId, {
            outcome: 'VIOLATION',
            tracks: ['CRIMINAL'],
            conductOn: s.skb.conductOn,
          }),
        )
        .thenMatches([{ data: { decision: { skbCode: null, tracks: ['CRIMINAL'] } } }]);
    });

    it('NEUTRALITY does not apply to a village head (not an ASN)', () => {
      const withHead = history(
        receiveReport(s, { respondents: [first, s.villageHead] }),
        review(s),
        ...registered(s).slice(2),
      );
      spec
        .given(withHead)
        .when(decide(s, s.villageHead.respondentId))
        .thenRejectedWith('TRACK_NOT_APPLICABLE', { field: 'decision.tracks' });
      spec
        .given(withHead)
        .when(
          decide(s, s.villageHead.respondentId, {
            outcome: 'VIOLATION',
            tracks: ['CRIMINAL'],
            conductOn: s.skb.conductOn,
          }),
        )
        .thenMatches([{ type: 'RespondentDecided' }]);
    });
  });
});
