/**
 * The respondent a proceeding step names: part of the case, and still in the service — after
 * RespondentExited every step of the proceedings is refused (RESPONDENT_EXITED).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { type CaseError, outOfScope } from '../errors.js';
import { unknownRespondent } from '../errors-handling.js';
import { respondentExited } from '../errors-proceedings.js';
import { type CaseActor, SCOPE_BASES } from '../roles.js';
import { type OpenCaseState, type RespondentState, respondentIn } from '../state.js';

export const activeRespondent = (
  state: OpenCaseState,
  respondentId: string,
): Either<CaseError, RespondentState> => {
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent('respondentId', respondentId));
  const exit = r.proceeding.exit;
  return exit === null
    ? E.right(r)
    : E.left(respondentExited(respondentId, exit.reason, exit.exitedOn));
};

/** OUT_OF_SCOPE when a PPK acts on a respondent of another agency. */
export const checkPpkAgency = (actor: CaseActor, r: RespondentState): Either<CaseError, void> => {
  const { agency } = r.respondent;
  return actor.role === 'ppk' && actor.scope.agencyId !== agency.id
    ? E.left(
        outOfScope(
          `the PPK of ${actor.scope.agencyId} cannot act on ${r.respondent.name} of ${agency.name} (${agency.id})`,
          'respondentId',
          SCOPE_BASES.agency,
        ),
      )
    : E.right(undefined);
};

/**
 * The respondent a PPK's step names: of the PPK's own agency when the actor is a PPK
 * (OUT_OF_SCOPE otherwise, checked first), and active (not exited).
 */
export const activeRespondentFor = (
  state: OpenCaseState,
  respondentId: string,
  actor: CaseActor,
): Either<CaseError, RespondentState> => {
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent('respondentId', respondentId));
  // The agency first: another agency's PPK learns nothing of this respondent, not even an exit.
  const scope = checkPpkAgency(actor, r);
  return E.isLeft(scope) ? scope : activeRespondent(state, respondentId);
};
