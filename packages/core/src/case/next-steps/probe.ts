/**
 * Asking the decider itself. nextSteps never re-states a refusal rule: it builds, for each
 * choice, the command a form would send now (legal time = the clock given) and runs it through
 * `decideCase`, so `available` cannot disagree with what the decider will answer.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { ActorRef } from '../../handler/command-meta.js';
import type { IntakeStep, ProceedingStep } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { decideCase } from '../decide/decide-case.js';
import { inTime, inTimeAt } from '../decide/guards.js';
import type { CaseError } from '../errors.js';
import type { CaseCommand, CaseCommandOf, CaseCommandType } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, type RespondentState, respondentsOf } from '../state.js';
import type {
  DeadlineFact,
  FollowUpCommandType,
  NextStepOf,
  ProceedingDeadlineFact,
  RespondentOption,
  StepFacts,
  StepRefusal,
  Verdict,
} from './types.js';

/** Everything a step needs: who asks, about which case, under which clock and rules. */
export interface Probe {
  readonly actor: ActorRef;
  readonly state: OpenCaseState;
  readonly context: CaseContext;
  /** The local date of the clock in the case's zone. */
  readonly today: IsoDate;
}

/** A command without caseId and meta: what a form fills in. */
export type Body<T extends CaseCommandType> = Omit<CaseCommandOf<T>, 'meta' | 'caseId'>;

export type Decided = Either<CaseError, readonly CaseEvent[]>;

/** The command as a form would send it now; the command id is never stored (decide is pure). */
export const probeCommand = <T extends CaseCommandType>(p: Probe, body: Body<T>): CaseCommand =>
  ({
    ...body,
    caseId: p.state.caseId,
    meta: {
      commandId: 'next-steps-probe',
      actor: p.actor,
      occurredAt: p.context.now.toISOString(),
    },
  }) as CaseCommand;

export const decideNow = <T extends CaseCommandType>(p: Probe, body: Body<T>): Decided =>
  decideCase(probeCommand(p, body), p.state, p.context);

export const refusalOf = (error: CaseError): StepRefusal => ({
  code: error.code,
  message: error.message,
  ...(error.legalBasis === undefined ? {} : { legalBasis: error.legalBasis }),
});

export const verdictOf = (decided: Decided): Verdict =>
  E.isRight(decided) ? { available: true } : { available: false, reason: refusalOf(decided.left) };

/** A deadline of this case, judged against today (or now, when it has an instant). */
export const deadlineFact = (
  p: Probe,
  step: IntakeStep,
  due: IsoDate | null,
  dueAt: string | null = null,
): DeadlineFact | null =>
  due === null
    ? null
    : {
        step,
        due,
        ...(dueAt === null ? {} : { dueAt }),
        inTimeToday:
          dueAt === null ? inTime(p.today, due) : inTimeAt(p.context.now.toISOString(), dueAt),
        basis: p.context.rulebook.deadlines[p.state.regime][step].basis,
      };

/** A period of the proceedings (rulebook `proceedings`), judged against today. */
export const proceedingFact = (
  p: Probe,
  step: ProceedingStep,
  due: IsoDate | null,
): ProceedingDeadlineFact | null =>
  due === null
    ? null
    : {
        step,
        due,
        inTimeToday: inTime(p.today, due),
        basis: p.context.rulebook.proceedings[p.state.regime][step].basis,
      };

/** The data of the event of `type` the decider answered with, if it accepted the command. */
type EventData = { [V in CaseEvent as V['type']]: V['data'] };

export const eventOf = <K extends keyof EventData>(
  decided: Decided,
  type: K,
): EventData[K] | undefined => {
  if (E.isLeft(decided)) return undefined;
  const event = decided.right.find((e) => e.type === type);
  // The event's type is `type`, so its data is that event's: TypeScript cannot narrow on K.
  return event === undefined ? undefined : (event.data as EventData[K]);
};

/**
 * One verdict for several choices: available when any is; otherwise the first choice's refusal,
 * which is what the form's default would get (`fallback` when there is no choice to ask about).
 */
export const anyOf = (choices: readonly Verdict[], fallback?: () => Verdict): Verdict => {
  if (choices.some((c) => c.available)) return { available: true };
  const reason = choices.find((c) => c.reason !== undefined)?.reason;
  if (reason !== undefined) return { available: false, reason };
  return fallback?.() ?? { available: false };
};

/**
 * One option per respondent of the case, in the order they were reported, each built with its
 * verdict and facts. A respondent the actor may not act on at all (the decider's OUT_OF_SCOPE:
 * a PPK and another agency's employee) is left out, with everything about them.
 */
export const perRespondent = <O extends RespondentOption>(
  p: Probe,
  optionFor: (r: RespondentState) => O,
): O[] =>
  respondentsOf(p.state)
    .map(optionFor)
    .filter((o) => o.reason?.code !== 'OUT_OF_SCOPE');

/** The respondent half of an option. */
export const respondentOf = (r: RespondentState, verdict: Verdict): RespondentOption => ({
  respondentId: r.respondent.respondentId,
  name: r.respondent.name,
  ...verdict,
});

/** The decision deadline running now: DECIDE, or DECIDE_EXTENDED after an extension. */
export const decisionFact = (p: Probe): DeadlineFact | null =>
  deadlineFact(p, p.state.extended ? 'DECIDE_EXTENDED' : 'DECIDE', p.state.deadlines.decisionDue);

/** One verdict per respondent of the case, in the order they were reported. */
export const respondentOptions = <T extends CaseCommandType>(
  p: Probe,
  bodyFor: (respondentId: string) => Body<T>,
): RespondentOption[] =>
  respondentsOf(p.state).map(({ respondent }) => ({
    respondentId: respondent.respondentId,
    name: respondent.name,
    ...verdictOf(decideNow(p, bodyFor(respondent.respondentId))),
  }));

/** A step from one verdict. */
export const stepOf = <T extends FollowUpCommandType>(
  command: T,
  verdict: Verdict,
  facts: StepFacts[T],
): NextStepOf<T> => ({ command, ...verdict, facts });

/**
 * A step from several choices: available when any is; otherwise the first choice's refusal
 * (for respondents, the first respondent's), which is what the form's default would get.
 */
export const stepOfChoices = <T extends FollowUpCommandType>(
  command: T,
  choices: readonly Verdict[],
  facts: StepFacts[T],
  respondents?: readonly RespondentOption[],
): NextStepOf<T> => {
  const { available, reason } = anyOf(choices);
  return {
    command,
    available,
    ...(reason === undefined ? {} : { reason }),
    ...(respondents === undefined
      ? {}
      : { respondents: respondents.filter((r) => r.available).map((r) => r.respondentId) }),
    facts,
  };
};
