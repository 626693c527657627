/**
 * nextSteps (issue 14): the commands `actor` may issue on this case now, for a clerk's form that
 * offers only legal choices and explains the others. Pure: no clock but `now`, no I/O.
 *
 * - Only the commands the actor's role may send (CASE_PERMISSIONS); the three commands that
 *   open a case are left out, since on an existing case the decider always refuses them.
 * - An actor who may not reach the case (authorizeCase: another Bawaslu's territory, someone
 *   else's report, an invalid actor) gets an empty list and nothing about the case, just as the
 *   decider answers CASE_NOT_FOUND; so does a case that does not exist yet.
 * - `available` and `reason` come from the decider itself: each choice is sent to `decideCase`
 *   as the command a form would send now, with legal time `now` (probe.ts). So a step is
 *   available exactly when that command would be accepted, and an unavailable one carries the
 *   decider's own refusal (code, message, legal basis).
 * - `facts` come from the rule functions the decider calls (computeDeadline, candidateStage,
 *   supervisorFor, rerouteKasnFile, decisionPeriodStart).
 *
 * Simplifications, stated:
 * - Acts are judged as done today (legal time `now`). A paper act entered late would carry an
 *   earlier legal date; the decider then judges that date, which may differ (e.g. an extension
 *   signed before the period ran out).
 * - Choices the decider only checks against the command's own content are not enumerated:
 *   which requirements an INCOMPLETE review names, the SKB item a clerk picks beyond the
 *   stage's list, a stage override with its reason, the text of reasons and summaries.
 * - The candidate stage is given for the incident date; a decision may name another conduct
 *   date (`conductOn`) and so fall in the other stage.
 * - A respondent is probed alone; forwarding or rerouting several at once is legal when each is.
 */
import { either as E } from 'fp-ts';
import type { ActorRef } from '../../handler/command-meta.js';
import type { Rulebook } from '../../rules/index.js';
import { localDateOf } from '../../time/index.js';
import { authorizeCase } from '../authorize.js';
import { caseContext } from '../context.js';
import { CASE_PERMISSIONS, type CaseActor, parseActor } from '../roles.js';
import { CASE_COMMAND_TYPES, type CaseCommandType } from '../schema/commands.js';
import type { CaseState } from '../state.js';
import {
  competentAuthorityStep,
  completionNoticeStep,
  deliberationStep,
  handOverStep,
  statusNoticeStep,
  takeUpStep,
} from './followup-steps.js';
import { clarificationStep, decisionStep, extensionStep } from './handling-steps.js';
import { forwardStep, referralStep, rerouteStep } from './handover-steps.js';
import {
  declineStep,
  registerStep,
  requirementsStep,
  reviewStep,
  withdrawStep,
} from './intake-steps.js';
import { type Body, type Probe, probeCommand } from './probe.js';
import type { FollowUpCommandType, NextStep, NextSteps } from './types.js';

const STEPS: { readonly [T in FollowUpCommandType]: (p: Probe) => NextStep } = {
  CompletePreliminaryReview: reviewStep,
  CompleteRequirements: requirementsStep,
  RegisterCase: registerStep,
  DeclineRegistration: declineStep,
  WithdrawReport: withdrawStep,
  RecordClarification: clarificationStep,
  ExtendForAdditionalInformation: extensionStep,
  DecideRespondent: decisionStep,
  ForwardToSupervisor: forwardStep,
  RerouteKasnFile: rerouteStep,
  ForwardToInvestigators: referralStep,
  SendCompletionNotice: completionNoticeStep,
  IssueStatusNotice: statusNoticeStep,
  TakeUpAsFinding: takeUpStep,
  HandOverCase: handOverStep,
  RecordGakkumduDeliberation: deliberationStep,
  ForwardToCompetentAuthority: competentAuthorityStep,
};

const NOTHING: NextSteps = { steps: [] };

const isFollowUp = (type: CaseCommandType): type is FollowUpCommandType =>
  Object.hasOwn(STEPS, type);

export const nextSteps = (
  state: CaseState,
  actor: ActorRef | CaseActor,
  now: Date,
  rulebook: Rulebook,
): NextSteps => {
  if (state.status === 'NONE') return NOTHING;
  const parsed = parseActor(actor);
  if (E.isLeft(parsed)) return NOTHING;
  const role = parsed.right.role;
  const commands = CASE_COMMAND_TYPES.filter(isFollowUp).filter((type) =>
    CASE_PERMISSIONS[type].roles.includes(role),
  );
  const first = commands[0];
  if (first === undefined) return NOTHING;
  const probe: Probe = {
    actor: parsed.right,
    state,
    context: caseContext(now, rulebook),
    today: localDateOf(now.toISOString(), state.timeZone),
  };
  // Reach is the decider's own check (authorize.ts), on a command the role may send; it reads
  // only the type, the case id and the actor, so the body may stay empty.
  const reach = authorizeCase(probeCommand(probe, { type: first } as Body<typeof first>), state);
  if (E.isLeft(reach)) return NOTHING;
  return { steps: commands.map((type) => STEPS[type](probe)) };
};
