/**
 * The forward of a CRIMINAL-track violator through Sentra Gakkumdu to Polri investigators
 * (UU 7/2017 Pasal 476(1); Pilkada Pasal 135(2)): within 1×24 hours of Bawaslu's declaration.
 *
 * Since rulebook 2024.2 the command is ForwardToInvestigators; ReferToGakkumdu, its 2024.1 name,
 * is still accepted and decided the same way. Both record ForwardedToInvestigators, and the
 * 24 hours run on the clock from the decision's instant (2024.1: by the end of the next day).
 * A decision recorded under 2024.1 has no instant: it is taken at the end of its day, which
 * gives exactly the 2024.1 deadline.
 */
import { describe, expect, it } from 'vitest';
import type { CaseCommand, CaseEvent } from '../../src/case/index.js';
import {
  decide,
  decidedBoth,
  decidedSteps,
  forward,
  forwardToInvestigators,
  history,
  MINUTE_MS,
  notAViolation,
  plusDays,
  plusMs,
  refer,
  registered,
  spec,
  violation,
  wib,
} from './builders.js';
import { bawasluKotaBanjar, gakkumduOf, SCENARIOS, type Scenario } from './fixtures.js';

/** The two names of the command: 2024.2's and 2024.1's. */
const COMMANDS = [
  ['ForwardToInvestigators', forwardToInvestigators],
  ['ReferToGakkumdu (2024.1 name)', refer],
] as const;

/** The same history as recorded under 2024.1: decisions carry their date only. */
const withoutDecisionInstants = (events: readonly CaseEvent[]): CaseEvent[] =>
  events.map((e) => {
    if (e.type !== 'RespondentDecided') return e;
    const { decidedAt: _dropped, ...data } = e.data;
    return { ...e, data };
  });

describe.each(SCENARIOS)('$regime: forward to Polri investigators via Sentra Gakkumdu', (s) => {
  const [first, second] = s.respondents;
  const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });
  const decided = () => history(...decidedBoth(s, criminal));

  describe.each(COMMANDS)('%s', (_name, command) => {
    it('forwards a criminal-track violator within 1×24 hours of the declaration', () => {
      const at = plusMs(s.t.referralDueAt, -MINUTE_MS);
      spec
        .given(decided())
        .when(command(s, first.respondentId, at))
        .then([
          {
            type: 'ForwardedToInvestigators',
            data: {
              respondentId: first.respondentId,
              declaredAt: s.t.decideAt,
              forwardedAt: at,
              forwardedOn: s.t.referralDue,
              dueAt: s.t.referralDueAt,
              forwardedWithinDeadline: true,
            },
          },
        ])
        .thenState({
          status: 'DECIDED',
          respondents: {
            [first.respondentId]: {
              gakkumdu: {
                referredOn: s.t.referralDue,
                due: s.t.referralDue,
                withinDeadline: true,
                forwardedAt: at,
                dueAt: s.t.referralDueAt,
              },
            },
            [second.respondentId]: { gakkumdu: null },
          },
        });
    });

    it('a late forward is recorded and flagged, not refused', () => {
      spec
        .given(decided())
        .when(command(s, first.respondentId, s.t.referralLateAt))
        .thenMatches([
          {
            type: 'ForwardedToInvestigators',
            data: { dueAt: s.t.referralDueAt, forwardedWithinDeadline: false },
          },
        ])
        .thenState({
          respondents: { [first.respondentId]: { gakkumdu: { withinDeadline: false } } },
        });
    });

    it('the Gakkumdu desk of the region may record the forward', () => {
      spec
        .given(decided())
        .when(
          command(s, first.respondentId, plusMs(s.t.referralDueAt, -60 * MINUTE_MS), gakkumduOf(s)),
        )
        .thenMatches([
          { type: 'ForwardedToInvestigators', data: { forwardedWithinDeadline: true } },
        ]);
    });

    // Out of scope on an existing case is answered like an unknown case, so that a desk cannot
    // probe which cases exist elsewhere (authorize.ts).
    it('a Gakkumdu desk of another region is out of scope: answered as if the case did not exist', () => {
      spec
        .given(decided())
        .when(
          command(s, first.respondentId, s.t.forwardAt, {
            id: 'gakkumdu-32.79',
            role: 'gakkumdu',
            scope: { regionCode: '32.79' },
          }),
        )
        .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
      spec
        .given(decided())
        .when(command(s, first.respondentId, s.t.forwardAt, bawasluKotaBanjar))
        .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
    });

    it('requires the CRIMINAL track', () => {
      spec
        .given(history(...decidedBoth(s)))
        .when(command(s, first.respondentId, s.t.forwardAt))
        .thenRejectedWith('NO_CRIMINAL_TRACK', { field: 'respondentId' });
      spec
        .given(history(...decidedBoth(s, criminal, notAViolation)))
        .when(command(s, second.respondentId, s.t.forwardAt))
        .thenRejectedWith('NO_CRIMINAL_TRACK');
    });

    it('requires a decision, and forwards once (whichever name was used first)', () => {
      spec
        .given(history(...registered(s)))
        .when(command(s, first.respondentId, s.t.forwardAt))
        .thenRejectedWith('RESPONDENT_NOT_DECIDED');
      for (const [, earlier] of COMMANDS) {
        spec
          .given(
            history(...decidedBoth(s, criminal), earlier(s, first.respondentId, s.t.forwardAt)),
          )
          .when(command(s, first.respondentId, s.t.referralLateAt))
          .thenRejectedWith('ALREADY_REFERRED', {
            field: 'respondentId',
            message: expect.stringContaining(s.t.forwardedOn),
          });
      }
    });

    it('not before the declaration: earlier the same day is refused', () => {
      spec
        .given(decided())
        .when(command(s, first.respondentId, plusMs(s.t.decideAt, -MINUTE_MS)))
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
      spec
        .given(decided())
        .when(command(s, first.respondentId, s.t.decideAt))
        .thenMatches([{ data: { forwardedAt: s.t.decideAt, forwardedWithinDeadline: true } }]);
    });
  });

  describe('1×24 hours on the clock (rulebook 2024.2)', () => {
    it('the due instant is 24 hours after the decision’s instant', () => {
      expect(Date.parse(s.t.referralDueAt) - Date.parse(s.t.decideAt)).toBe(24 * 60 * MINUTE_MS);
    });

    it('a minute before the 24 hours end is in time, a minute after is late', () => {
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, plusMs(s.t.referralDueAt, -MINUTE_MS)))
        .thenMatches([{ data: { forwardedWithinDeadline: true } }]);
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, plusMs(s.t.referralDueAt, MINUTE_MS)))
        .thenMatches([{ data: { forwardedOn: s.t.referralDue, forwardedWithinDeadline: false } }]);
    });

    it('to the millisecond: at the due instant in time, one millisecond later late', () => {
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, s.t.referralDueAt))
        .thenMatches([{ data: { forwardedWithinDeadline: true } }]);
      spec
        .given(decided())
        .when(forwardToInvestigators(s, first.respondentId, plusMs(s.t.referralDueAt, 1)))
        .thenMatches([{ data: { forwardedWithinDeadline: false } }]);
    });

    it('later on the next day is late (2024.1 allowed the whole next day)', () => {
      spec
        .given(decided())
        .when(refer(s, first.respondentId, wib(s.t.referralDue, '23:00')))
        .thenMatches([{ data: { forwardedOn: s.t.referralDue, forwardedWithinDeadline: false } }]);
    });

    it('the hours run through weekends and holidays, even where the regime counts working days', () => {
      // Decided on a Friday at 15:00 WIB: due on the Saturday at 15:00 (for Pilkada that Saturday
      // is 17 Aug, Independence Day), not on the next working day.
      const friday = s.regime === 'PEMILU_2024' ? '2024-01-26' : '2024-08-16';
      const saturday = plusDays(friday, 1);
      const decidedFriday = history(
        ...registered(s),
        ...decidedSteps(s, first.respondentId, criminal, wib(friday, '15:00')),
      );
      spec
        .given(decidedFriday)
        .when(forwardToInvestigators(s, first.respondentId, wib(saturday, '14:00')))
        .thenMatches([
          {
            data: {
              declaredAt: wib(friday, '15:00'),
              dueAt: `${saturday}T15:00:00.000+07:00`,
              forwardedWithinDeadline: true,
            },
          },
        ]);
      spec
        .given(decidedFriday)
        .when(forwardToInvestigators(s, first.respondentId, wib(plusDays(friday, 3), '09:00')))
        .thenMatches([{ data: { forwardedWithinDeadline: false } }]);
    });

    it('keeps the letter number of the forward', () => {
      spec
        .given(decided())
        .when({
          ...forwardToInvestigators(s, first.respondentId, s.t.forwardAt),
          letterNumber: '012/PP.01.02/K.Bawaslu/2024',
        })
        .thenMatches([{ data: { letterNumber: '012/PP.01.02/K.Bawaslu/2024' } }]);
    });
  });

  describe('a decision recorded under rulebook 2024.1 (no instant): due at the end of the next day', () => {
    const legacy = () => withoutDecisionInstants(decided());
    const endOfDay = (d: string) => `${d}T23:59:59.999+07:00`;

    it('the declaration is taken at the end of its day, the forward due at the end of the next', () => {
      expect(legacy().some((e) => e.type === 'RespondentDecided' && 'decidedAt' in e.data)).toBe(
        false,
      );
      spec
        .given(legacy())
        .when(refer(s, first.respondentId, wib(s.t.referralDue, '23:59')))
        .then([
          {
            type: 'ForwardedToInvestigators',
            data: {
              respondentId: first.respondentId,
              declaredAt: endOfDay(s.t.decidedOn),
              forwardedAt: wib(s.t.referralDue, '23:59'),
              forwardedOn: s.t.referralDue,
              dueAt: endOfDay(s.t.referralDue),
              forwardedWithinDeadline: true,
            },
          },
        ]);
    });

    it('the day after that is late', () => {
      spec
        .given(legacy())
        .when(
          forwardToInvestigators(s, first.respondentId, wib(plusDays(s.t.referralDue, 1), '00:00')),
        )
        .thenMatches([
          { data: { dueAt: endOfDay(s.t.referralDue), forwardedWithinDeadline: false } },
        ]);
    });

    it('a referral recorded under 2024.1 (ReferredToGakkumdu) is not forwarded again', () => {
      const referred: CaseEvent = {
        type: 'ReferredToGakkumdu',
        data: {
          respondentId: first.respondentId,
          referredOn: s.t.forwardedOn,
          referralDue: s.t.referralDue,
          referredWithinDeadline: true,
        },
      };
      spec
        .given([...legacy(), referred])
        .when(forwardToInvestigators(s, first.respondentId, s.t.referralLateAt))
        .thenRejectedWith('ALREADY_REFERRED', {
          message: expect.stringContaining(s.t.forwardedOn),
        });
    });
  });

  it('the case is FORWARDED only when both the supervisor and Gakkumdu have their files', () => {
    const decidedOne: CaseCommand[] = [
      ...registered(s),
      ...decidedSteps(s, first.respondentId, criminal),
      decide(s, second.respondentId, notAViolation),
    ];
    spec
      .given(history(...decidedOne))
      .when(forwardToInvestigators(s, first.respondentId, s.t.forwardAt))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decidedOne))
      .when(forward(s, [first.respondentId]))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decidedOne, refer(s, first.respondentId, s.t.forwardAt)))
      .when(forward(s, [first.respondentId], s.t.referralLateAt))
      .thenState({ status: 'FORWARDED' });
  });
});

// The date-precision reading of 2024.1 ("by the next day") and the 24 hours agree on the date
// for the fixtures' daytime decisions; only the instant within that day moved.
describe('fixtures: the forward is due on the day after the decision, at its hour', () => {
  it.each(SCENARIOS)(
    '$regime: referralDue is the local date 24 hours after the decision',
    (s: Scenario) => {
      expect(s.t.referralDue).toBe(plusDays(s.t.decidedOn, 1));
      expect(s.t.referralDueAt.slice(0, 10)).toBe(s.t.referralDue);
    },
  );
});
