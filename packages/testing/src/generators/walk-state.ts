/**
 * The generator's own model of a case while it walks a legal path: what has happened, the
 * dates the next steps must respect, and the status the decider must reach. It is written
 * independently of the decider (only the rulebook's data and deadline arithmetic are shared),
 * so that the property "folding gives the expected status" compares two readings of the law.
 */
import type {
  ActorRef,
  CaseCommand,
  CaseOrigin,
  CaseStatus,
  IsoDate,
  Regime,
  Reporter,
  Respondent,
  Rulebook,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import type { Jurisdiction } from './regions.js';

/** A command without its metadata; the metadata (ids, instant) is added once all dates are known. */
export type CommandBody = CaseCommand extends infer C
  ? C extends CaseCommand
    ? Omit<C, 'meta'>
    : never
  : never;

/** One step of the walk: what is sent, by whom, on which local day, and a label for statistics. */
export interface Step {
  readonly on: IsoDate;
  readonly actor: ActorRef;
  readonly body: CommandBody;
  readonly label: string;
}

export interface RespondentModel {
  readonly respondent: Respondent;
  decidedOn: IsoDate | null;
  violation: boolean;
  neutrality: boolean;
  criminal: boolean;
  forwardedTo: 'KASN' | 'BKN' | null;
  referred: boolean;
  rerouted: boolean;
}

export interface Walk {
  readonly c: Chooser;
  readonly rulebook: Rulebook;
  readonly regime: Regime;
  readonly jurisdiction: Jurisdiction;
  readonly origin: CaseOrigin;
  readonly caseId: string;
  readonly reporter: Reporter | null;
  readonly respondents: readonly Respondent[];
  readonly incidentOn: IsoDate;
  readonly steps: Step[];
  status: Exclude<CaseStatus, 'NONE'>;
  /** The day of the last step: no later step is dated before it. */
  cursor: IsoDate;
  openedOn: IsoDate;
  registeredOn: IsoDate | null;
  decisionDue: IsoDate | null;
  extended: boolean;
  withdrawn: boolean;
  clarifications: number;
  readonly model: Record<string, RespondentModel>;
}

export const addStep = (w: Walk, step: Step): void => {
  w.steps.push(step);
  w.cursor = step.on;
};

export const respondentModels = (w: Walk): RespondentModel[] =>
  w.respondents.map((r) => w.model[r.respondentId] as RespondentModel);

const handoverPending = (r: RespondentModel): boolean =>
  r.violation && ((r.neutrality && r.forwardedTo === null) || (r.criminal && !r.referred));

/**
 * The status once the case is registered (research/legal-process.md §3.8): REGISTERED while
 * someone is undecided; CLOSED when nobody violated; DECIDED while a violation waits to be
 * handed over (or none could be: administrative only); FORWARDED when all were handed over.
 */
export const handlingStatusOf = (models: readonly RespondentModel[]): Walk['status'] => {
  if (models.some((r) => r.decidedOn === null)) return 'REGISTERED';
  const violations = models.filter((r) => r.violation);
  if (violations.length === 0) return 'CLOSED';
  if (violations.some(handoverPending)) return 'DECIDED';
  return violations.some((r) => r.forwardedTo !== null || r.referred) ? 'FORWARDED' : 'DECIDED';
};
