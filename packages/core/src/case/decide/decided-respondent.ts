/**
 * The checks every hand-over of one respondent starts with: the case is registered, the
 * respondent is part of it and has been decided. Shared by the forwards to Polri
 * investigators and to the authority over a non-ASN respondent.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseError } from '../errors.js';
import { caseNotRegistered, respondentNotDecided, unknownRespondent } from '../errors-handling.js';
import { CLASSIFICATION } from '../legal-bases.js';
import { type OpenCaseState, type RespondentState, respondentIn } from '../state.js';

export type DecidedRespondent = RespondentState & {
  readonly decision: NonNullable<RespondentState['decision']>;
};

export const decidedRespondent = (
  state: OpenCaseState,
  respondentId: string,
  field = 'respondentId',
): Either<CaseError, DecidedRespondent> => {
  if (state.registration === null)
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent(field, respondentId));
  if (r.decision === null) return E.left(respondentNotDecided(field, respondentId));
  return E.right({ ...r, decision: r.decision });
};
