/**
 * Deliberation in Sentra Gakkumdu before a crime is declared, and the forward to Polri
 * (rulebook 2024.2). The law as the research states it (research/legal-answers-2026-11.md §5;
 * research/legal-process.md §3.2 item 8(d), §3.7):
 *
 * - Pemilu: Bawaslu declares conduct an election crime after coordinating with the police and
 *   prosecutors in Sentra Gakkumdu (UU 7/2017 Pasal 476(2)), and forwards it to Polri
 *   investigators within 1×24 hours of that declaration (476(1)). Pilkada: within 1×24 hours
 *   "sejak diputuskan" (Pasal 135(2)); Gakkumdu under a Peraturan Bersama (UU 10/2016 Pasal 152(4)).
 * - The stages: penerimaan laporan/temuan → pembahasan pertama → kajian → pembahasan kedua.
 * - An office reading the Perbawaslu differently may switch the deliberation requirement off
 *   (`createRulebook({ gakkumdu: { deliberationBeforeDeclaration: false } })`).
 */
import { deciderSpec } from '@netra/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseCommand,
  type CaseEvent,
  caseDecider,
  caseEventSchema,
  type DecideRespondent,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import { createRulebook } from '../../src/rules/index.js';
import {
  decide,
  deliberate,
  forwardToInvestigators,
  history,
  NOW,
  notAViolation,
  receiveReport,
  recordFinding,
  registered,
  review,
  spec,
  stateAfter,
  violation,
} from './builders.js';
import { gakkumduOf, SCENARIOS, type Scenario, satgasOf, supervisorBkn } from './fixtures.js';

/** Matches an instant string denoting the same point in time as `iso`. */
const sameInstant = (iso: string) =>
  expect.toSatisfy(
    (v: unknown) => typeof v === 'string' && Date.parse(v) === Date.parse(iso),
    `the instant ${iso}`,
  );

/** `iso` shifted by `minutes`, written in WIB. */
const plusMinutes = (iso: string, minutes: number): string =>
  new Date(Date.parse(iso) + minutes * 60_000 + 7 * 3_600_000)
    .toISOString()
    .replace('.000Z', '+07:00');

/**
 * The deliberation days of each fixture: after the registration (Pemilu Mon 22 Jan 2024;
 * Pilkada Sat 10 Aug 2024 09:00) and before the decision (Pemilu Mon 29 Jan 15:00; Pilkada
 * Sun 11 Aug 16:00).
 */
const TIMES: Readonly<Record<Scenario['regime'], { first: string; second: string }>> = {
  PEMILU_2024: { first: '2024-01-24T16:00:00+07:00', second: '2024-01-26T10:00:00+07:00' },
  PILKADA_2024: { first: '2024-08-10T17:00:00+07:00', second: '2024-08-11T09:00:00+07:00' },
};

const SUMMARY = 'Pembahasan Sentra Gakkumdu bersama Polri dan Kejaksaan.';

/** The deliberation-free rulebook an office may configure, and its spec. */
const lenient = createRulebook({ gakkumdu: { deliberationBeforeDeclaration: false } });
const lenientSpec = deciderSpec(
  caseDecider,
  { now: NOW, rulebook: lenient, rulebookVersion: lenient.version },
  { validateEvent: (e) => void caseEventSchema.parse(e) },
);

describe.each(SCENARIOS)('$regime: deliberation in Sentra Gakkumdu (pembahasan)', (s) => {
  const t = TIMES[s.regime];
  const [first, second] = s.respondents;
  const criminal: DecideRespondent['decision'] = violation(s, {
    tracks: ['NEUTRALITY', 'CRIMINAL'],
  });
  const firstOn = t.first.slice(0, 10);

  it('records the FIRST deliberation on a registered case', () => {
    spec
      .given(history(...registered(s)))
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first))
      .then([
        {
          type: 'GakkumduDeliberationHeld',
          data: {
            respondentId: first.respondentId,
            stage: 'FIRST',
            conclusion: 'PROCEED',
            heldAt: t.first,
            heldOn: firstOn,
            summary: SUMMARY,
          },
        },
      ])
      .thenState((state) => {
        expect(state).toMatchObject({
          status: 'REGISTERED',
          respondents: {
            [first.respondentId]: {
              deliberations: [{ stage: 'FIRST', conclusion: 'PROCEED', heldOn: firstOn }],
            },
            [second.respondentId]: { deliberations: [] },
          },
        });
        return true;
      });
  });

  it('then the SECOND, after it', () => {
    spec
      .given(
        history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first)),
      )
      .when(deliberate(s, first.respondentId, 'SECOND', 'STOP', t.second))
      .thenMatches([
        {
          type: 'GakkumduDeliberationHeld',
          data: { stage: 'SECOND', conclusion: 'STOP', heldOn: t.second.slice(0, 10) },
        },
      ]);
  });

  it('recorded by Bawaslu or the Gakkumdu desk of the region, by no one else', () => {
    const given = history(...registered(s));
    spec
      .given(given)
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first, gakkumduOf(s)))
      .thenMatches([{ type: 'GakkumduDeliberationHeld' }]);
    const others: ActorRef[] = [s.reporterActor, satgasOf(first), supervisorBkn];
    for (const actor of others) {
      spec
        .given(given)
        .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first, actor))
        .thenRejectedWith('ROLE_NOT_ALLOWED');
    }
  });

  it('only after registration', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', s.t.registerAt))
      .thenRejectedWith('CASE_NOT_REGISTERED');
    spec
      .given(history(recordFinding(s)))
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', s.t.registerFindingAt))
      .thenRejectedWith('CASE_NOT_REGISTERED');
    spec
      .given(history(...registered(s)))
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', s.t.reviewAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
  });

  it('only before the respondent’s decision', () => {
    const given = history(...registered(s), decide(s, first.respondentId));
    spec
      .given(given)
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', s.t.decideAt))
      .thenRejectedWith('ALREADY_DECIDED');
    spec
      .given(given)
      .when(deliberate(s, second.respondentId, 'FIRST', 'PROCEED', s.t.decideAt))
      .thenMatches([{ data: { respondentId: second.respondentId } }]);
  });

  it('a respondent not on the case is refused', () => {
    spec
      .given(history(...registered(s)))
      .when(deliberate(s, 'nobody-99', 'FIRST', 'PROCEED', t.first))
      .thenRejectedWith('UNKNOWN_RESPONDENT');
  });

  it('FIRST once, then SECOND once, in that order (GAKKUMDU_STAGE_OUT_OF_ORDER)', () => {
    const base = registered(s);
    spec
      .given(history(...base))
      .when(deliberate(s, first.respondentId, 'SECOND', 'PROCEED', t.second))
      .thenRejectedWith('GAKKUMDU_STAGE_OUT_OF_ORDER', {
        field: 'stage',
        legalBasis: { instrument: expect.any(String) },
      });
    const afterFirst = [...base, deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first)];
    spec
      .given(history(...afterFirst))
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.second))
      .thenRejectedWith('GAKKUMDU_STAGE_OUT_OF_ORDER', { field: 'stage' });
    const afterSecond = [
      ...afterFirst,
      deliberate(s, first.respondentId, 'SECOND', 'PROCEED', t.second),
    ];
    spec
      .given(history(...afterSecond))
      .when(deliberate(s, first.respondentId, 'SECOND', 'PROCEED', t.second))
      .thenRejectedWith('GAKKUMDU_STAGE_OUT_OF_ORDER');
    spec
      .given(history(...afterSecond))
      .when(deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.second))
      .thenRejectedWith('GAKKUMDU_STAGE_OUT_OF_ORDER');
  });

  it('the stages are per respondent', () => {
    spec
      .given(
        history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first)),
      )
      .when(deliberate(s, second.respondentId, 'SECOND', 'PROCEED', t.second))
      .thenRejectedWith('GAKKUMDU_STAGE_OUT_OF_ORDER');
  });

  it('the SECOND is not dated before the FIRST', () => {
    spec
      .given(
        history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.second)),
      )
      .when(deliberate(s, first.respondentId, 'SECOND', 'PROCEED', t.first))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
  });

  // ---- the declaration of a crime ----

  it('a CRIMINAL decision needs a deliberation on record (GAKKUMDU_DELIBERATION_REQUIRED)', () => {
    spec
      .given(history(...registered(s)))
      .when(decide(s, first.respondentId, criminal))
      .thenRejectedWith('GAKKUMDU_DELIBERATION_REQUIRED', {
        field: 'decision.tracks',
        legalBasis: { instrument: expect.stringMatching(/UU/) },
      });
  });

  it('another respondent’s deliberation does not count', () => {
    spec
      .given(
        history(...registered(s), deliberate(s, second.respondentId, 'FIRST', 'PROCEED', t.first)),
      )
      .when(decide(s, first.respondentId, criminal))
      .thenRejectedWith('GAKKUMDU_DELIBERATION_REQUIRED');
  });

  it('a deliberation that concluded STOP bars the CRIMINAL track (GAKKUMDU_CONCLUDED_NO_CRIME)', () => {
    spec
      .given(history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'STOP', t.first)))
      .when(decide(s, first.respondentId, criminal))
      .thenRejectedWith('GAKKUMDU_CONCLUDED_NO_CRIME', { field: 'decision.tracks' });
    spec
      .given(
        history(
          ...registered(s),
          deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first),
          deliberate(s, first.respondentId, 'SECOND', 'STOP', t.second),
        ),
      )
      .when(decide(s, first.respondentId, criminal))
      .thenRejectedWith('GAKKUMDU_CONCLUDED_NO_CRIME');
  });

  it('a deliberation that concluded PROCEED (first, or first and second) allows it', () => {
    spec
      .given(
        history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first)),
      )
      .when(decide(s, first.respondentId, criminal))
      .thenMatches([
        { type: 'RespondentDecided', data: { decision: { tracks: ['NEUTRALITY', 'CRIMINAL'] } } },
      ]);
    spec
      .given(
        history(
          ...registered(s),
          deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first),
          deliberate(s, first.respondentId, 'SECOND', 'PROCEED', t.second),
        ),
      )
      .when(decide(s, first.respondentId, criminal))
      .thenMatches([{ type: 'RespondentDecided', data: { decidedAt: s.t.decideAt } }]);
  });

  it('Gakkumdu concluding no crime leaves the neutrality violation to be decided', () => {
    spec
      .given(history(...registered(s)))
      .when(decide(s, first.respondentId, violation(s)))
      .thenMatches([{ type: 'RespondentDecided' }]);
    spec
      .given(history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'STOP', t.first)))
      .when(decide(s, first.respondentId, violation(s)))
      .thenMatches([{ type: 'RespondentDecided', data: { decision: { tracks: ['NEUTRALITY'] } } }]);
    spec
      .given(history(...registered(s), deliberate(s, first.respondentId, 'FIRST', 'STOP', t.first)))
      .when(decide(s, first.respondentId, notAViolation))
      .thenMatches([{ type: 'RespondentDecided' }]);
  });

  it('with the rulebook option off, no deliberation is required', () => {
    expect(lenient.version).toMatch(/^2024\.2\+custom:/);
    lenientSpec
      .given(history(...registered(s)))
      .when(decide(s, first.respondentId, criminal))
      .thenMatches([
        { type: 'RespondentDecided', data: { decision: { tracks: ['NEUTRALITY', 'CRIMINAL'] } } },
      ]);
  });

  // ---- the forward to Polri investigators, 1×24 hours on the clock ----

  describe('the forward to Polri investigators', () => {
    const decided = (): CaseEvent[] =>
      history(
        ...registered(s),
        deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first),
        decide(s, first.respondentId, criminal),
      );
    const dueAt = plusMinutes(s.t.decideAt, 24 * 60);

    it('within 24 hours of the decision instant', () => {
      const at = plusMinutes(s.t.decideAt, 24 * 60 - 1);
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, at))
        .then([
          {
            type: 'ForwardedToInvestigators',
            data: {
              respondentId: first.respondentId,
              declaredAt: sameInstant(s.t.decideAt),
              forwardedAt: at,
              forwardedOn: at.slice(0, 10),
              dueAt: sameInstant(dueAt),
              forwardedWithinDeadline: true,
            },
          },
        ]);
    });

    it('at exactly 24 hours it is in time; a minute later it is recorded and flagged late', () => {
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, dueAt))
        .thenMatches([{ data: { forwardedWithinDeadline: true } }]);
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, plusMinutes(dueAt, 1)))
        .thenMatches([{ data: { dueAt: sameInstant(dueAt), forwardedWithinDeadline: false } }])
        .thenState((state) => {
          expect(state).toMatchObject({
            respondents: { [first.respondentId]: { gakkumdu: { withinDeadline: false } } },
          });
          return true;
        });
    });

    it('the hours run on the clock, not to the end of the next day', () => {
      // Before the next day's close, but more than 24 hours after the declaration.
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, plusMinutes(dueAt, 60)))
        .thenMatches([
          { data: { forwardedOn: dueAt.slice(0, 10), forwardedWithinDeadline: false } },
        ]);
    });

    it('not before the declaration itself', () => {
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, plusMinutes(s.t.decideAt, -30)))
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
    });

    it('the Gakkumdu desk may record it', () => {
      spec
        .given(decided())
        .when(
          forwardToInvestigators(
            s,
            first.respondentId,
            plusMinutes(s.t.decideAt, 60),
            gakkumduOf(s),
          ),
        )
        .thenMatches([{ type: 'ForwardedToInvestigators' }]);
    });

    it('with the rulebook option off, the same 24 hours run from the decision', () => {
      const given = history(...registered(s));
      const decision = lenientSpec.given(given).when(decide(s, first.respondentId, criminal));
      const events = [...given, ...decision.thenMatches([{ type: 'RespondentDecided' }]).events];
      lenientSpec
        .given(events)
        .when(forwardToInvestigators(s, first.respondentId, plusMinutes(dueAt, 1)))
        .thenMatches([{ data: { dueAt: sameInstant(dueAt), forwardedWithinDeadline: false } }]);
    });

    it('the case is FORWARDED once both the supervisor and Polri investigators have the file', () => {
      const at = plusMinutes(s.t.decideAt, 60);
      const given = history(
        ...registered(s),
        deliberate(s, first.respondentId, 'FIRST', 'PROCEED', t.first),
        decide(s, first.respondentId, violation(s, { tracks: ['CRIMINAL'] })),
        decide(s, second.respondentId, notAViolation),
      );
      expect(stateAfter(given).status).toBe('DECIDED');
      spec
        .given(given)
        .when(forwardToInvestigators(s, first.respondentId, at))
        .thenState({ status: 'FORWARDED' });
    });

    it('property: in time exactly when forwarded at most 24 hours after the decision', () => {
      const given = decided();
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 72 * 60 }), (minutes) => {
          spec
            .given(given)
            .when(forwardToInvestigators(s, first.respondentId, plusMinutes(s.t.decideAt, minutes)))
            .thenMatches([{ data: { forwardedWithinDeadline: minutes <= 24 * 60 } }]);
        }),
      );
    });
  });
});

// ---- Property: any sequence of deliberations ---------------------------------------------------

describe.each(SCENARIOS)('$regime: property of the deliberation sequence', (s) => {
  const [first] = s.respondents;
  const registeredAt = s.t.registerAt;
  const criminal = violation(s, { tracks: ['CRIMINAL'] });

  it('stages are accepted FIRST then SECOND, once each; CRIMINAL follows the last conclusion', () => {
    const step = fc.record({
      stage: fc.constantFrom('FIRST' as const, 'SECOND' as const),
      conclusion: fc.constantFrom('PROCEED' as const, 'STOP' as const),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 5 }), (steps) => {
        let commands: CaseCommand[] = registered(s);
        const held: { stage: 'FIRST' | 'SECOND'; conclusion: 'PROCEED' | 'STOP' }[] = [];
        steps.forEach((st, i) => {
          const at = plusMinutes(registeredAt, 60 * (i + 1));
          const command = deliberate(s, first.respondentId, st.stage, st.conclusion, at);
          const stages = held.map((h) => h.stage);
          const expected =
            (st.stage === 'FIRST' && !stages.includes('FIRST')) ||
            (st.stage === 'SECOND' && stages.includes('FIRST') && !stages.includes('SECOND'));
          const when = spec.given(history(...commands)).when(command);
          if (expected) {
            when.thenMatches([{ data: { stage: st.stage, conclusion: st.conclusion } }]);
            commands = [...commands, command];
            held.push(st);
          } else {
            when.thenRejectedWith('GAKKUMDU_STAGE_OUT_OF_ORDER');
          }
        });
        const decision = spec
          .given(history(...commands))
          .when(decide(s, first.respondentId, criminal));
        const last = held.at(-1);
        if (last === undefined) decision.thenRejectedWith('GAKKUMDU_DELIBERATION_REQUIRED');
        else if (last.conclusion === 'STOP')
          decision.thenRejectedWith('GAKKUMDU_CONCLUDED_NO_CRIME');
        else decision.thenMatches([{ type: 'RespondentDecided' }]);
      }),
      { numRuns: 60 },
    );
  });
});
