/** Rejections of the proceedings after Bawaslu's forward (issue 15). */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError } from './errors.js';

export const notAtSupervisor = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NOT_AT_SUPERVISOR',
    `Respondent ${respondentId} was not forwarded to the ASN supervisor; only a forwarded file gets its verification and recommendation.`,
    { field: 'respondentId', legalBasis },
  );

export const supervisorOutcomeRecorded = (
  respondentId: string,
  recordedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'SUPERVISOR_OUTCOME_RECORDED',
    `The supervisor's outcome on respondent ${respondentId} was already recorded on ${recordedOn}.`,
    { field: 'respondentId', legalBasis },
  );

export const noRecommendation = (
  respondentId: string,
  why: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'NO_RECOMMENDATION',
    `Respondent ${respondentId} has no recommendation from the supervisor to follow up: ${why}.`,
    { field: 'respondentId', legalBasis },
  );

export const followUpNotOverdue = (due: string, on: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'FOLLOW_UP_NOT_OVERDUE',
    `The PPK has until ${due} to follow up under the office's policy; personnel data cannot be blocked on ${on}.`,
    { field: 'meta.occurredAt', legalBasis },
  );

export const alreadyBlocked = (
  respondentId: string,
  since: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'ALREADY_BLOCKED',
    `The personnel data of respondent ${respondentId} is already blocked, since ${since}.`,
    { field: 'respondentId', legalBasis },
  );

export const notBlocked = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NOT_BLOCKED',
    `The personnel data of respondent ${respondentId} is not blocked; there is nothing to lift.`,
    { field: 'respondentId', legalBasis },
  );

export const ppkNotFollowedUp = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'PPK_NOT_FOLLOWED_UP',
    `No sanction on respondent ${respondentId} is on record, so the block cannot be lifted as followed up; lift it as BLOCKED_IN_ERROR if it was a mistake.`,
    { field: 'reason', legalBasis },
  );

export const sanctionAlreadyDecided = (
  respondentId: string,
  decidedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'SANCTION_ALREADY_DECIDED',
    `A sanction on respondent ${respondentId} was already decided on ${decidedOn}; one case, several violations, one sanction (no double punishment).`,
    { field: 'respondentId', legalBasis },
  );

export const sanctionNotApplicable = (
  sanction: string,
  why: string,
  legalBasis: LegalBasis | undefined,
): CaseError =>
  caseError('SANCTION_NOT_APPLICABLE', `The sanction ${sanction} cannot be imposed here: ${why}.`, {
    field: 'sanction',
    legalBasis,
  });

export const noAuthorityToSanction = (
  why: string,
  field: string,
  legalBasis: LegalBasis | undefined,
): CaseError =>
  caseError('NO_AUTHORITY_TO_SANCTION', `The official may not impose this sanction: ${why}.`, {
    field,
    legalBasis,
  });

export const sanctionNotDecided = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'SANCTION_NOT_DECIDED',
    `No sanction on respondent ${respondentId} has been decided; there is nothing to deliver.`,
    { field: 'respondentId', legalBasis },
  );

export const sanctionAlreadyDelivered = (
  respondentId: string,
  deliveredOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'SANCTION_ALREADY_DELIVERED',
    `The sanction on respondent ${respondentId} was already delivered on ${deliveredOn}.`,
    { field: 'respondentId', legalBasis },
  );
