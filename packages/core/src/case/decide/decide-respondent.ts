/**
 * DecideRespondent (putusan / hasil kajian per respondent, UU 7/2017 Pasal 455(1); Pilkada
 * Pasal 135(1)): a violation (with its SKB 2022 item and tracks), not a violation, or handling
 * stopped. Once per respondent, after registration.
 *
 * - The NEUTRALITY track means forwarding to the ASN supervisor, so it needs an ASN respondent
 *   (PNS, CPNS, PPPK) and an SKB item.
 * - SKB stage rule (§6 note 1): a stage-bound item (KE-1…7 are bakal calon; D-1, D-2, D-4, D-6,
 *   D-7, D-10 calon; D-9 bakal calon) must match the stage the conduct date falls in, unless a
 *   reviewer overrides the stage with a reason; the override must then match the item.
 * - A decision after the decision deadline is recorded with `decidedWithinDeadline: false`:
 *   paper decisions are entered late, and the breach must be visible, not hidden by a refusal.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { candidateStage, skbItem } from '../../rules/index.js';
import { compareDates } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder } from '../errors.js';
import {
  gakkumduConcludedNoCrime,
  gakkumduDeliberationRequired,
  trackNotForKind,
} from '../errors-followup.js';
import {
  alreadyDecided,
  caseNotRegistered,
  skbCodeRequired,
  skbStageMismatch,
  trackNotApplicable,
  unknownRespondent,
} from '../errors-handling.js';
import { ASN_MEMBERSHIP, CLASSIFICATION } from '../legal-bases.js';
import { ADMINISTRATIVE_TRACK, OTHER_LAW_TRACK } from '../legal-bases-followup.js';
import type { DecideRespondent } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { RespondentDecision } from '../schema/handling-commands.js';
import type { DecidedOutcome } from '../schema/handling-events.js';
import { type OpenCaseState, type RespondentState, respondentIn } from '../state.js';
import { actOn, dateNotInFuture, inTime, notBefore, today } from './guards.js';
import { isAsn } from './respondents.js';

type Violation = Extract<RespondentDecision, { outcome: 'VIOLATION' }>;

/**
 * Since rulebook 2024.2: OTHER_LAW is the track of a non-ASN respondent (an ASN's goes on
 * NEUTRALITY); ADMINISTRATIVE is not offered for a non-ASN respondent, who is neither organiser
 * nor participant; CRIMINAL needs a deliberation in Sentra Gakkumdu that concluded PROCEED, when
 * the rulebook says the declaration follows one (`gakkumdu.deliberationBeforeDeclaration`).
 */
const checkTracksForKind = (
  decision: Violation,
  respondent: RespondentState,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, void> => {
  const { respondentId, kind } = respondent.respondent;
  if (decision.tracks.includes('OTHER_LAW') && isAsn(kind)) {
    return E.left(
      trackNotForKind(
        respondentId,
        kind,
        'OTHER_LAW',
        'an ASN violation of neutrality goes on the NEUTRALITY track to the ASN supervisor',
        OTHER_LAW_TRACK,
      ),
    );
  }
  if (decision.tracks.includes('ADMINISTRATIVE') && !isAsn(kind)) {
    return E.left(
      trackNotForKind(
        respondentId,
        kind,
        'ADMINISTRATIVE',
        'administrative violations concern election organisers and participants; forward the conduct on the OTHER_LAW track',
        ADMINISTRATIVE_TRACK,
      ),
    );
  }
  if (
    decision.tracks.includes('CRIMINAL') &&
    context.rulebook.gakkumdu.deliberationBeforeDeclaration
  ) {
    const basis = context.rulebook.gakkumdu.basis[state.regime];
    const last = respondent.deliberations.at(-1);
    if (last === undefined) return E.left(gakkumduDeliberationRequired(respondentId, basis));
    if (last.conclusion === 'STOP')
      return E.left(gakkumduConcludedNoCrime(respondentId, last.heldOn, basis));
  }
  return E.right(undefined);
};

const classifyViolation = (
  decision: Violation,
  respondent: RespondentState,
  state: OpenCaseState,
  context: CaseContext,
  decidedOn: string,
): Either<CaseError, DecidedOutcome> => {
  const { respondentId, kind } = respondent.respondent;
  const future = dateNotInFuture(
    'decision.conductOn',
    decision.conductOn,
    today(context, state.timeZone),
  );
  if (E.isLeft(future)) return future;
  if (compareDates(decision.conductOn, decidedOn) > 0) {
    return E.left(
      datesOutOfOrder('decision.conductOn', decision.conductOn, 'after', 'the decision', decidedOn),
    );
  }
  if (decision.tracks.includes('NEUTRALITY')) {
    if (!isAsn(kind))
      return E.left(trackNotApplicable(respondentId, kind, 'NEUTRALITY', ASN_MEMBERSHIP));
    if (decision.skbCode === undefined)
      return E.left(skbCodeRequired(respondentId, CLASSIFICATION[state.regime]));
  }
  const tracks = checkTracksForKind(decision, respondent, state, context);
  if (E.isLeft(tracks)) return tracks;
  const computed = candidateStage(context.rulebook, state.regime, decision.conductOn);
  const applied = decision.stageOverride?.stage ?? computed;
  if (decision.skbCode !== undefined) {
    const item = skbItem(context.rulebook, decision.skbCode);
    if (item.stage !== 'ANY' && item.stage !== applied) {
      return E.left(
        skbStageMismatch(
          item.code,
          item.stage,
          applied,
          decision.conductOn,
          item.basis,
          decision.stageOverride !== undefined,
        ),
      );
    }
  }
  return E.right({
    outcome: 'VIOLATION',
    skbCode: decision.skbCode ?? null,
    tracks: decision.tracks,
    conductOn: decision.conductOn,
    stage: { computed, applied, overrideReason: decision.stageOverride?.reason ?? null },
  });
};

export const decideDecideRespondent = (
  command: DecideRespondent,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.registration === null)
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  const respondent = respondentIn(state, command.respondentId);
  if (respondent === undefined)
    return E.left(unknownRespondent('respondentId', command.respondentId));
  if (respondent.decision !== null) {
    return E.left(
      alreadyDecided('respondentId', command.respondentId, respondent.decision.decidedOn),
    );
  }
  const decidedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    decidedOn,
    'the registration',
    state.registration.registeredOn,
  );
  if (E.isLeft(order)) return order;
  const { decision } = command;
  const outcome: Either<CaseError, DecidedOutcome> =
    decision.outcome === 'VIOLATION'
      ? classifyViolation(decision, respondent, state, context, decidedOn)
      : E.right(decision);
  const decisionDue = state.deadlines.decisionDue ?? decidedOn;
  return E.map((decided: DecidedOutcome): readonly CaseEvent[] => [
    {
      type: 'RespondentDecided',
      data: {
        respondentId: command.respondentId,
        decision: decided,
        decidedOn,
        decidedAt: command.meta.occurredAt,
        decisionDue,
        decidedWithinDeadline: inTime(decidedOn, decisionDue),
      },
    },
  ])(outcome);
};
