/** Rejections of the criminal track after the forward to Polri (issue 15). */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError } from './errors.js';

export const notWithInvestigators = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NOT_WITH_INVESTIGATORS',
    `Respondent ${respondentId} was not forwarded to Polri investigators; the criminal track starts with that forward.`,
    { field: 'respondentId', legalBasis },
  );

export const criminalStepOutOfOrder = (
  step: string,
  after: string,
  allowed: readonly string[],
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'CRIMINAL_STEP_OUT_OF_ORDER',
    `${step} cannot follow ${after}; ${allowed.length === 0 ? 'the criminal track is final' : `next may come ${allowed.join(' or ')}`}.`,
    { field: 'criminal.step', legalBasis },
  );

export const criminalAppealLate = (on: string, due: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'CRIMINAL_APPEAL_LATE',
    `The appeal was filed on ${on}, after its period ended on ${due}; the district court's verdict is final.`,
    { field: 'meta.occurredAt', legalBasis },
  );
