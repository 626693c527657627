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
 *
 * The respondent's proceedings after the forward (issue 15), per respondent:
 * - RecordSupervisorOutcome (asked as PROVEN; NOT_PROVEN and RETURNED are legal alike), the
 *   supervisor the file is with and the PPK's follow-up period a PROVEN outcome would start;
 *   BlockPersonnelData with the follow-up recorded; UnblockPersonnelData per reason.
 * - DecideSanction: every sanction of the catalogue for the respondent's kind in force today
 *   (`sanctionsInForce`), with whether it meets or falls short of the recommendation and the
 *   delivery period a decision today starts; DeliverSanction with its period and the day it
 *   would take force; RecordSanctionServed with the day it ends; RecordRespondentExit.
 * - FileObjection per kind (KEBERATAN, BANDING) with its filing period and the decision period
 *   a filing today starts; DecideObjection per outcome with the resulting sanctions accepted,
 *   and the decision period recorded.
 * - RecordCriminalStep per step, with the period the step answers.
 * - A respondent the actor may not act on at all (OUT_OF_SCOPE: a PPK and another agency's
 *   employee) is left out of these steps, with everything about them.
 *
 * Simplifications of the proceedings, stated:
 * - The sanction's authority is not checked against the official who will sign: that needs the
 *   official's identity, position and relation to the respondent, which only the command
 *   carries. A sanction is available when the decider accepts it from some official the PyBMH
 *   table grants it to, for some position class; DecideSanction then checks the one named.
 * - A delivery is asked as handed over in person now (receipt = delivery); a receipt entered
 *   later moves the day the sanction takes force.
 * - Outcomes whose text the decider does not read (the supervisor's level, SKB items, letter;
 *   a verdict's summary; a stop's reason; an exit's reason) are asked with one value for all.
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
import { criminalStepStep } from './criminal-steps.js';
import { courtStep, examinationStep, releaseStep, summonStep } from './examination-steps.js';
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
import { decideObjectionStep, fileObjectionStep } from './objection-steps.js';
import { type Body, type Probe, probeCommand } from './probe.js';
import { blockStep, exitStep, supervisorOutcomeStep, unblockStep } from './proceeding-steps.js';
import { deliveryStep, sanctionStep, servedStep } from './sanction-steps.js';
import type { FollowUpCommandType, NextStep, NextStepOf, NextSteps } from './types.js';

/**
 * One entry per command reported on: the step that answers for it. Typed per command, so an
 * entry must answer with its own command's facts. A new command is either added here (with its
 * StepFacts entry in types.ts) or to NOT_OFFERED; next-steps-proceedings.test.ts fails until
 * every command type is in exactly one of the two. (An exhaustive key type over CaseCommandType
 * would break the typecheck the moment a command is added to the schema, before its step.)
 */
export const STEPS: { readonly [T in FollowUpCommandType]: (p: Probe) => NextStepOf<T> } = {
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
  RecordSupervisorOutcome: supervisorOutcomeStep,
  BlockPersonnelData: blockStep,
  UnblockPersonnelData: unblockStep,
  DecideSanction: sanctionStep,
  DeliverSanction: deliveryStep,
  FileObjection: fileObjectionStep,
  DecideObjection: decideObjectionStep,
  RecordSanctionServed: servedStep,
  RecordRespondentExit: exitStep,
  RecordCriminalStep: criminalStepStep,
  SummonForExamination: summonStep,
  RecordExamination: examinationStep,
  ReleaseFromDuty: releaseStep,
  RecordCourtChallenge: courtStep,
};

/** The commands nextSteps does not report on, and why. */
export const NOT_OFFERED: Readonly<Partial<Record<CaseCommandType, string>>> = {
  ReceiveReport: 'opens a case: on an existing case the decider always refuses it',
  RecordFinding: 'opens a case: on an existing case the decider always refuses it',
  ReceiveInternalReport: 'opens a case: on an existing case the decider always refuses it',
  ReferToGakkumdu: 'the 2024.1 name of ForwardToInvestigators, reported under the new name',
  RecordBreachNoticed: 'a system act on the due list (dutiesDue), not a clerk’s choice',
};

const NOTHING: NextSteps = { steps: [] };

/** The same map, seen as answering with any step (checked: each NextStepOf<T> is a NextStep). */
const ANY_STEP: { readonly [T in FollowUpCommandType]: (p: Probe) => NextStep } = STEPS;

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
  return { steps: commands.map((type) => ANY_STEP[type](probe)) };
};
