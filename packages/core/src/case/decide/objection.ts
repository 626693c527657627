/**
 * FileObjection and DecideObjection (upaya administratif, PP 79/2021; issue 15).
 *
 * - No objection lies against a sanction the President imposed: PP 79/2021 provides none [R].
 * - The remedy is the sanction's (rulebook catalogue `appealRoute`): KEBERATAN against every
 *   sanction but dismissal and PPPK termination, filed with the PPK when the PPK decided it
 *   and with the official's superior otherwise; BANDING against dismissal (PDHTAPS, PTDH) and
 *   PPPK termination, filed with BPASN. Another kind is OBJECTION_NOT_AVAILABLE.
 * - Who records it: the PPK's office for a keberatan, BPASN (`appeal_authority`) for a banding
 *   (OBJECTION_WRONG_BODY otherwise).
 * - Filed within FILE_KEBERATAN / FILE_BANDING (14 working days) of the respondent's receipt of
 *   the decision; later it "cannot be received" and is refused (OBJECTION_LATE). Once.
 * - Decided within DECIDE_KEBERATAN (21 working days) or DECIDE_BANDING (65) of the filing;
 *   later is recorded and flagged. Outcomes: UPHELD, REDUCED (a lighter sanction), INCREASED
 *   (a heavier one), CHANGED (another type), ANNULLED. The resulting sanction must apply to
 *   the respondent and be in force on the decision date; it takes force on the decision
 *   (PP 94/2021 Pasal 38(2)).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import {
  type AppealRoute,
  compareSeverity,
  type Rulebook,
  type SanctionCode,
  sanctionsInForce,
  sanctionType,
} from '../../rules/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  noObjection,
  objectionAlreadyDecided,
  objectionAlreadyFiled,
  objectionLate,
  objectionNotAvailable,
  objectionOutcomeMismatch,
  objectionWrongBody,
  sanctionNotApplicable,
  sanctionNotDecided,
  sanctionNotDelivered,
} from '../errors-proceedings.js';
import { ADMINISTRATIVE_APPEAL } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type { DecideObjection, FileObjection } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { activeRespondentFor } from './active-respondent.js';
import { actOn, inTime, notBefore } from './guards.js';
import { proceedingDue } from './proceeding-deadline.js';

/** The remedy against a sanction: none against the President's, else the catalogue's. */
export const appealRoute = (
  rulebook: Rulebook,
  sanction: { readonly code: SanctionCode; readonly imposedByPresident: boolean },
): AppealRoute =>
  sanction.imposedByPresident ? 'NONE' : sanctionType(rulebook, sanction.code).appealRoute;

const BODY = { KEBERATAN: 'ppk', BANDING: 'appeal_authority' } as const;
const BODY_NAME = { KEBERATAN: 'the PPK or the official’s superior', BANDING: 'BPASN' } as const;

const checkBody = (actor: CaseActor, kind: 'KEBERATAN' | 'BANDING'): Either<CaseError, void> =>
  actor.role === BODY[kind]
    ? E.right(undefined)
    : E.left(objectionWrongBody(actor.role, kind, BODY_NAME[kind], ADMINISTRATIVE_APPEAL));

export const decideFileObjection = (
  command: FileObjection,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId, kind } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { sanction, delivery, objection } = r.proceeding;
  if (sanction === null) return E.left(sanctionNotDecided(respondentId, ADMINISTRATIVE_APPEAL));
  const route = appealRoute(context.rulebook, sanction);
  if (route !== kind) {
    return E.left(objectionNotAvailable(kind, sanction.code, route, ADMINISTRATIVE_APPEAL));
  }
  if (delivery === null) return E.left(sanctionNotDelivered(respondentId, ADMINISTRATIVE_APPEAL));
  const body = checkBody(actor, kind);
  if (E.isLeft(body)) return body;
  if (objection !== null) {
    return E.left(objectionAlreadyFiled(respondentId, objection.filedOn, ADMINISTRATIVE_APPEAL));
  }
  const filedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    filedOn,
    'the receipt of the decision',
    delivery.receivedOn,
  );
  if (E.isLeft(order)) return order;
  const filing = proceedingDue(
    context,
    state.regime,
    kind === 'KEBERATAN' ? 'FILE_KEBERATAN' : 'FILE_BANDING',
    delivery.receivedOn,
  );
  const filingDue = filing.due ?? filedOn;
  if (!inTime(filedOn, filingDue))
    return E.left(objectionLate(filedOn, filingDue, filing.rule.basis));
  const decision = proceedingDue(
    context,
    state.regime,
    kind === 'KEBERATAN' ? 'DECIDE_KEBERATAN' : 'DECIDE_BANDING',
    filedOn,
  );
  return E.right([
    {
      type: 'ObjectionFiled',
      data: {
        respondentId,
        kind,
        filedWith: kind === 'BANDING' ? 'BPASN' : sanction.imposedByPpk ? 'PPK' : 'ATASAN_PEJABAT',
        filedOn,
        filingDue,
        decisionDue: decision.due ?? filedOn,
      },
    },
  ]);
};

export const decideDecideObjection = (
  command: DecideObjection,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId, outcome } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { sanction, objection } = r.proceeding;
  if (sanction === null || objection === null) {
    return E.left(noObjection(respondentId, ADMINISTRATIVE_APPEAL));
  }
  const body = checkBody(actor, objection.kind);
  if (E.isLeft(body)) return body;
  if (objection.decision !== null) {
    return E.left(
      objectionAlreadyDecided(respondentId, objection.decision.decidedOn, ADMINISTRATIVE_APPEAL),
    );
  }
  const decidedOn = actOn(command, state.timeZone);
  const order = notBefore('meta.occurredAt', decidedOn, 'the objection', objection.filedOn);
  if (E.isLeft(order)) return order;
  let result: typeof sanction.code | null = sanction.code;
  if (outcome.outcome === 'ANNULLED') result = null;
  else if (outcome.outcome !== 'UPHELD') {
    const next = outcome.sanction;
    const severity = compareSeverity(context.rulebook, next, sanction.code);
    const fits =
      outcome.outcome === 'REDUCED'
        ? severity < 0
        : outcome.outcome === 'INCREASED'
          ? severity > 0
          : next !== sanction.code;
    if (!fits) {
      return E.left(
        objectionOutcomeMismatch(
          `${outcome.outcome} names ${next}, which is ${severity < 0 ? 'lighter than' : severity > 0 ? 'heavier than' : 'as heavy as'} ${sanction.code}`,
          ADMINISTRATIVE_APPEAL,
        ),
      );
    }
    const kind = r.respondent.kind;
    if (!sanctionsInForce(context.rulebook, decidedOn, kind).some((s) => s.code === next)) {
      return E.left(
        sanctionNotApplicable(
          next,
          `it does not apply to a ${kind} or is not in force on ${decidedOn}`,
          sanctionType(context.rulebook, next).basis,
        ),
      );
    }
    result = next;
  }
  return E.right([
    {
      type: 'ObjectionDecided',
      data: {
        respondentId,
        outcome: outcome.outcome,
        sanction: result,
        decidedOn,
        decisionDue: objection.decisionDue,
        decidedWithinDeadline: inTime(decidedOn, objection.decisionDue),
        inForceOn: result === null ? null : decidedOn,
      },
    },
  ]);
};
