import { deciderSpec } from '@netra/testing';
import { describe, expect, it } from 'vitest';
import {
  type CaseCommand,
  caseDecider,
  caseEventSchema,
  type DecideRespondent,
} from '../../src/case/index.js';
import { createRulebook, defaultRulebook } from '../../src/rules/index.js';
import {
  decide,
  deliberate,
  history,
  NOW,
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
            // Since 2024.2 the instant is recorded too: a declaration of a crime starts 1×24 hours.
            decidedAt: s.t.decideAt,
            decisionDue: s.t.decisionDue,
            decidedWithinDeadline: true,
          },
        },
      ])
      // The other respondent is still undecided, so the case stays in handling.
      .thenState({
        status: 'REGISTERED',
        respondents: {
          [first.respondentId]: {
            decision: { decidedOn: s.t.decidedOn, decidedAt: s.t.decideAt, withinDeadline: true },
          },
          [second.respondentId]: { decision: null },
        },
      });
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
    const criminalOnly: DecideRespondent['decision'] = {
      outcome: 'VIOLATION',
      tracks: ['CRIMINAL'],
      conductOn: s.skb.conductOn,
    };
    /** Registered on a PNS and a village head, then `more`. */
    const withHead = (...more: CaseCommand[]) =>
      history(
        receiveReport(s, { respondents: [first, s.villageHead] }),
        review(s),
        ...registered(s).slice(2),
        ...more,
      );

    it('several tracks at once (neutrality and criminal), after the Gakkumdu deliberation', () => {
      spec
        .given(history(...registered(s), deliberate(s, first.respondentId)))
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
        .given(history(...registered(s), deliberate(s, first.respondentId)))
        .when(decide(s, first.respondentId, criminalOnly))
        .thenMatches([{ data: { decision: { skbCode: null, tracks: ['CRIMINAL'] } } }]);
    });

    it('NEUTRALITY does not apply to a village head (not an ASN)', () => {
      spec
        .given(withHead())
        .when(decide(s, s.villageHead.respondentId))
        .thenRejectedWith('TRACK_NOT_APPLICABLE', { field: 'decision.tracks' });
      spec
        .given(withHead(deliberate(s, s.villageHead.respondentId)))
        .when(decide(s, s.villageHead.respondentId, criminalOnly))
        .thenMatches([{ type: 'RespondentDecided' }]);
    });

    describe('the CRIMINAL track follows a deliberation in Sentra Gakkumdu (rulebook 2024.2)', () => {
      const after = (...deliberations: ReturnType<typeof deliberate>[]) =>
        history(...registered(s), ...deliberations);

      it('without a deliberation on record, the declaration is refused', () => {
        const rejection = spec
          .given(given())
          .when(decide(s, first.respondentId, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })))
          .thenRejectedWith('GAKKUMDU_DELIBERATION_REQUIRED', { field: 'decision.tracks' });
        expect(rejection.legalBasis?.article).toContain(
          s.regime === 'PEMILU_2024' ? 'Pasal 476' : 'Pasal 135',
        );
        // A deliberation on the other respondent does not count for this one.
        spec
          .given(after(deliberate(s, second.respondentId)))
          .when(decide(s, first.respondentId, criminalOnly))
          .thenRejectedWith('GAKKUMDU_DELIBERATION_REQUIRED');
      });

      it('the last deliberation decides: STOP refuses the CRIMINAL track, PROCEED allows it', () => {
        spec
          .given(after(deliberate(s, first.respondentId, 'FIRST', 'STOP')))
          .when(decide(s, first.respondentId, criminalOnly))
          .thenRejectedWith('GAKKUMDU_CONCLUDED_NO_CRIME', {
            field: 'decision.tracks',
            message: expect.stringContaining(s.t.heldOn),
          });
        spec
          .given(
            after(
              deliberate(s, first.respondentId, 'FIRST', 'PROCEED'),
              deliberate(s, first.respondentId, 'SECOND', 'STOP'),
            ),
          )
          .when(decide(s, first.respondentId, criminalOnly))
          .thenRejectedWith('GAKKUMDU_CONCLUDED_NO_CRIME');
        spec
          .given(
            after(
              deliberate(s, first.respondentId, 'FIRST', 'STOP'),
              deliberate(s, first.respondentId, 'SECOND', 'PROCEED'),
            ),
          )
          .when(decide(s, first.respondentId, criminalOnly))
          .thenMatches([{ data: { decision: { tracks: ['CRIMINAL'] } } }]);
      });

      it('a deliberation that concluded STOP does not bar the other tracks or other outcomes', () => {
        const stoppedThere = after(deliberate(s, first.respondentId, 'FIRST', 'STOP'));
        spec
          .given(stoppedThere)
          .when(decide(s, first.respondentId))
          .thenMatches([{ data: { decision: { tracks: ['NEUTRALITY'] } } }]);
        spec
          .given(stoppedThere)
          .when(decide(s, first.respondentId, stopped))
          .thenMatches([{ data: { decision: { outcome: 'STOPPED' } } }]);
      });

      it('an office whose rulebook declares without a prior deliberation may do so', () => {
        const noDeliberation = createRulebook({
          gakkumdu: { deliberationBeforeDeclaration: false },
        });
        expect(noDeliberation.version).not.toBe(defaultRulebook.version);
        deciderSpec(
          caseDecider,
          { now: NOW, rulebook: noDeliberation, rulebookVersion: noDeliberation.version },
          { validateEvent: (e) => void caseEventSchema.parse(e) },
        )
          .given(given())
          .when(decide(s, first.respondentId, criminalOnly))
          .thenMatches([{ data: { decision: { tracks: ['CRIMINAL'] } } }]);
      });
    });

    describe('non-ASN respondents (rulebook 2024.2)', () => {
      it('a village head’s violation of other laws goes on the OTHER_LAW track', () => {
        spec
          .given(withHead())
          .when(
            decide(s, s.villageHead.respondentId, {
              outcome: 'VIOLATION',
              tracks: ['OTHER_LAW'],
              conductOn: s.skb.conductOn,
            }),
          )
          .thenMatches([
            { data: { decision: { outcome: 'VIOLATION', skbCode: null, tracks: ['OTHER_LAW'] } } },
          ])
          .thenState({ status: 'REGISTERED' });
      });

      it('OTHER_LAW and CRIMINAL together, the CRIMINAL part after the deliberation', () => {
        const both: DecideRespondent['decision'] = {
          outcome: 'VIOLATION',
          tracks: ['OTHER_LAW', 'CRIMINAL'],
          conductOn: s.skb.conductOn,
        };
        spec
          .given(withHead())
          .when(decide(s, s.villageHead.respondentId, both))
          .thenRejectedWith('GAKKUMDU_DELIBERATION_REQUIRED');
        spec
          .given(withHead(deliberate(s, s.villageHead.respondentId)))
          .when(decide(s, s.villageHead.respondentId, both))
          .thenMatches([{ data: { decision: { tracks: ['OTHER_LAW', 'CRIMINAL'] } } }]);
      });

      it('ADMINISTRATIVE is refused for a village head: neither organiser nor participant', () => {
        const rejection = spec
          .given(withHead())
          .when(
            decide(s, s.villageHead.respondentId, {
              outcome: 'VIOLATION',
              tracks: ['ADMINISTRATIVE'],
              conductOn: s.skb.conductOn,
            }),
          )
          .thenRejectedWith('TRACK_NOT_APPLICABLE', {
            field: 'decision.tracks',
            message: expect.stringContaining('ADMINISTRATIVE'),
          });
        expect(rejection.legalBasis?.article).toContain('Pasal 460');
      });

      it('OTHER_LAW is refused for an ASN: neutrality goes to the ASN supervisor', () => {
        spec
          .given(given())
          .when(
            decide(s, first.respondentId, {
              outcome: 'VIOLATION',
              tracks: ['OTHER_LAW'],
              conductOn: s.skb.conductOn,
            }),
          )
          .thenRejectedWith('TRACK_NOT_APPLICABLE', {
            field: 'decision.tracks',
            message: expect.stringContaining('OTHER_LAW'),
          });
      });
    });
  });
});
