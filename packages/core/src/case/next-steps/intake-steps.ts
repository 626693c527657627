/**
 * Next steps before registration: the kajian awal (with the filing deadline that decides
 * between TIME_BARRED and the other outcomes), completion of requirements, registration, a
 * decline and a withdrawal.
 */
import { either as E } from 'fp-ts';
import { computeDeadline } from '../../rules/index.js';
import { deadline, decisionPeriodStart, inTime } from '../decide/guards.js';
import type { Requirement } from '../schema/primitives.js';
import { deadlineFact, decideNow, type Probe, stepOf, stepOfChoices, verdictOf } from './probe.js';
import type { Choice, DeclineReason, FilingFact, NextStepOf, ReviewOutcome } from './types.js';

const REVIEW_OUTCOMES: readonly ReviewOutcome[] = [
  'COMPLETE',
  'INCOMPLETE',
  'TIME_BARRED',
  'OUTSIDE_JURISDICTION',
];
const DECLINE_REASONS: readonly DeclineReason[] = [
  'TIME_BARRED',
  'OUTSIDE_JURISDICTION',
  'REQUIREMENTS_NOT_COMPLETED',
];
/** Any requirement: the probe asks whether an INCOMPLETE outcome is legal, not which items. */
const SOME_MISSING: readonly Requirement[] = ['EVIDENCE'];

/**
 * The filing deadline as complete-preliminary-review.ts computes it: FILE_REPORT from the day
 * the violation became known (else the receipt), under the rulebook in force now.
 */
const filingFact = (p: Probe): FilingFact | null => {
  const { state } = p;
  if (state.origin !== 'REPORT') return null;
  const knownOn = state.incident.knownOn ?? state.openedOn;
  const filing = computeDeadline(p.context.rulebook, state.regime, 'FILE_REPORT', knownOn);
  return {
    knownOn,
    filedOn: state.openedOn,
    due: filing.due,
    withinDeadline: inTime(state.openedOn, filing.due),
    basis: filing.rule.basis,
  };
};

export const reviewStep = (p: Probe): NextStepOf<'CompletePreliminaryReview'> => {
  const outcomes: Choice<ReviewOutcome>[] = REVIEW_OUTCOMES.map((value) => ({
    value,
    ...verdictOf(
      decideNow<'CompletePreliminaryReview'>(p, {
        type: 'CompletePreliminaryReview',
        result:
          value === 'INCOMPLETE'
            ? { outcome: value, missing: [...SOME_MISSING] }
            : { outcome: value },
      }),
    ),
  }));
  return stepOfChoices('CompletePreliminaryReview', outcomes, {
    filing: filingFact(p),
    review: deadlineFact(p, 'PRELIMINARY_REVIEW', p.state.deadlines.reviewDue),
    outcomes,
  });
};

export const requirementsStep = (p: Probe): NextStepOf<'CompleteRequirements'> => {
  const missing = p.state.review?.missing ?? [];
  const supplied = missing.length > 0 ? [...missing] : [...SOME_MISSING];
  return stepOf(
    'CompleteRequirements',
    verdictOf(decideNow<'CompleteRequirements'>(p, { type: 'CompleteRequirements', supplied })),
    {
      missing,
      completion: deadlineFact(
        p,
        'COMPLETE_REQUIREMENTS',
        p.state.deadlines.completionDue,
        p.state.deadlines.completionDueAt,
      ),
    },
  );
};

/** Registration starts (or, counted from receipt, continues) the decision period. */
export const registerStep = (p: Probe): NextStepOf<'RegisterCase'> => {
  const verdict = verdictOf(
    decideNow<'RegisterCase'>(p, { type: 'RegisterCase', registrationNumber: '(to be numbered)' }),
  );
  const { context, state } = p;
  const start = decisionPeriodStart(context, state.regime, 'DECIDE', state.openedOn, p.today);
  return stepOf('RegisterCase', verdict, {
    decisionIfRegisteredToday: verdict.available
      ? deadlineFact(p, 'DECIDE', deadline(context, state.regime, 'DECIDE', start).due)
      : null,
  });
};

export const declineStep = (p: Probe): NextStepOf<'DeclineRegistration'> => {
  const reasons: Choice<DeclineReason>[] = DECLINE_REASONS.map((value) => ({
    value,
    ...verdictOf(
      decideNow<'DeclineRegistration'>(p, { type: 'DeclineRegistration', reason: value }),
    ),
  }));
  return stepOfChoices('DeclineRegistration', reasons, {
    reasons,
    completion: deadlineFact(
      p,
      'COMPLETE_REQUIREMENTS',
      p.state.deadlines.completionDue,
      p.state.deadlines.completionDueAt,
    ),
  });
};

export const withdrawStep = (p: Probe): NextStepOf<'WithdrawReport'> => {
  const decided = decideNow<'WithdrawReport'>(p, { type: 'WithdrawReport' });
  // Whether the case closes is the decider's call (withdraw-report.ts): read it off its event.
  const event = E.isRight(decided) ? decided.right[0] : undefined;
  return stepOf('WithdrawReport', verdictOf(decided), {
    effect: event?.type === 'ReportWithdrawn' ? event.data.effect : null,
  });
};
