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
    `No sanction on respondent ${respondentId} has been decided; there is nothing to deliver, object to or serve.`,
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

export const sanctionNotDelivered = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'SANCTION_NOT_DELIVERED',
    `The sanction on respondent ${respondentId} has not been delivered; the objection period runs from its receipt.`,
    { field: 'respondentId', legalBasis },
  );

export const objectionNotAvailable = (
  kind: string,
  sanction: string,
  route: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'OBJECTION_NOT_AVAILABLE',
    route === 'NONE'
      ? `No administrative objection lies against ${sanction} as imposed here (PP 79/2021 provides none against a sanction the President imposed).`
      : `A ${kind} does not lie against ${sanction}: its remedy is ${route} (${route === 'BANDING' ? 'dismissal or termination, to BPASN' : 'to the PPK or the official’s superior'}).`,
    { field: 'kind', legalBasis },
  );

export const objectionWrongBody = (
  role: string,
  kind: string,
  body: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'OBJECTION_WRONG_BODY',
    `A ${kind} is filed with and decided by ${body}; a ${role} cannot record it.`,
    { field: 'meta.actor.role', legalBasis },
  );

export const objectionLate = (filedOn: string, due: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'OBJECTION_LATE',
    `The objection was filed on ${filedOn}, after its period ended on ${due}; it cannot be received ("tidak dapat diterima").`,
    { field: 'meta.occurredAt', legalBasis },
  );

export const objectionAlreadyFiled = (
  respondentId: string,
  filedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'OBJECTION_ALREADY_FILED',
    `An objection against the sanction on respondent ${respondentId} was already filed on ${filedOn}.`,
    { field: 'respondentId', legalBasis },
  );

export const noObjection = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NO_OBJECTION',
    `No objection against the sanction on respondent ${respondentId} is on record; there is nothing to decide.`,
    { field: 'respondentId', legalBasis },
  );

export const objectionAlreadyDecided = (
  respondentId: string,
  decidedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'OBJECTION_ALREADY_DECIDED',
    `The objection on respondent ${respondentId} was already decided on ${decidedOn}.`,
    { field: 'respondentId', legalBasis },
  );

export const objectionOutcomeMismatch = (why: string, legalBasis: LegalBasis): CaseError =>
  caseError('OBJECTION_OUTCOME_MISMATCH', `The decision does not fit its outcome: ${why}.`, {
    field: 'outcome.sanction',
    legalBasis,
  });

export const sanctionNotEnded = (why: string, legalBasis: LegalBasis): CaseError =>
  caseError('SANCTION_NOT_ENDED', `The sanction cannot be recorded as served: ${why}.`, {
    field: 'meta.occurredAt',
    legalBasis,
  });

export const respondentExited = (
  respondentId: string,
  reason: string,
  exitedOn: string,
): CaseError =>
  caseError(
    'RESPONDENT_EXITED',
    `Respondent ${respondentId} left the service (${reason}) on ${exitedOn}; the proceedings are closed.`,
    { field: 'respondentId' },
  );
