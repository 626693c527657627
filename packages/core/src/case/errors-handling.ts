/**
 * Rejections of the handling steps after registration: clarification, extension of the decision
 * period, the decision per respondent, forwarding to the ASN supervisor, the SE MenPAN-RB 4/2024
 * reroute and the referral to Gakkumdu (research/legal-process.md §3.2 steps 7–8, §3.3).
 */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError } from './errors.js';

export const caseNotRegistered = (status: string, legalBasis?: LegalBasis): CaseError =>
  caseError(
    'CASE_NOT_REGISTERED',
    `The case is not registered (status ${status}); clarification, study and decisions come only after registration.`,
    { legalBasis },
  );

export const unknownRespondent = (field: string, respondentId: string): CaseError =>
  caseError('UNKNOWN_RESPONDENT', `Respondent ${respondentId} is not part of this case.`, {
    field,
  });

export const allRespondentsDecided = (): CaseError =>
  caseError(
    'ALL_RESPONDENTS_DECIDED',
    'Every respondent of this case has already been decided; the study phase is over.',
  );

export const alreadyExtended = (decisionDue: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'ALREADY_EXTENDED',
    `The decision period was already extended once (now due ${decisionDue}); the law allows one extension.`,
    { legalBasis },
  );

export const extensionTooLate = (on: string, due: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'EXTENSION_TOO_LATE',
    `The decision period ended on ${due}; it cannot be extended on ${on}, after it ran out.`,
    { field: 'meta.occurredAt', legalBasis },
  );

export const alreadyDecided = (field: string, respondentId: string, decidedOn: string): CaseError =>
  caseError(
    'ALREADY_DECIDED',
    `Respondent ${respondentId} was already decided on ${decidedOn}; a respondent is decided once.`,
    { field },
  );

export const skbCodeRequired = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'SKB_CODE_REQUIRED',
    `A neutrality violation by ${respondentId} must name its SKB 2022 item (KE-1…KE-7, D-1…D-13).`,
    { field: 'decision.skbCode', legalBasis },
  );

export const skbStageMismatch = (
  skbCode: string,
  itemStage: string,
  stage: string,
  conductOn: string,
  legalBasis: LegalBasis,
  overridden: boolean,
): CaseError =>
  caseError(
    'SKB_STAGE_MISMATCH',
    overridden
      ? `SKB item ${skbCode} applies at the ${itemStage} stage, but the reviewer's override says ${stage}.`
      : `SKB item ${skbCode} applies at the ${itemStage} stage, but conduct on ${conductOn} falls in the ${stage} stage; choose the counterpart item or give a stageOverride with a reason.`,
    { field: overridden ? 'decision.stageOverride.stage' : 'decision.skbCode', legalBasis },
  );

export const trackNotApplicable = (
  respondentId: string,
  kind: string,
  track: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'TRACK_NOT_APPLICABLE',
    `Respondent ${respondentId} is ${kind}, not an ASN: the ${track} track (forwarding to the ASN supervisor) does not apply; a violation of other laws by a non-ASN respondent goes on the OTHER_LAW track to the authority over them.`,
    { field: 'decision.tracks', legalBasis },
  );

export const respondentNotDecided = (field: string, respondentId: string): CaseError =>
  caseError('RESPONDENT_NOT_DECIDED', `Respondent ${respondentId} has not been decided yet.`, {
    field,
  });

export const noNeutralityViolation = (
  field: string,
  respondentId: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'NO_NEUTRALITY_VIOLATION',
    `Respondent ${respondentId} was not found to have violated ASN neutrality; there is nothing to forward to the ASN supervisor.`,
    { field, legalBasis },
  );

export const alreadyForwarded = (
  field: string,
  respondentId: string,
  supervisor: string,
  on: string,
): CaseError =>
  caseError(
    'ALREADY_FORWARDED',
    `Respondent ${respondentId} was already forwarded to ${supervisor} on ${on}.`,
    { field },
  );

export const wrongSupervisor = (
  expected: string,
  actual: string,
  forwardedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'WRONG_SUPERVISOR',
    `A forward made on ${forwardedOn} goes to ${actual}, not ${expected}: KASN's neutrality supervision moved to BKN under Perpres 92/2024.`,
    { field: 'expectedSupervisor', legalBasis },
  );

export const notForwardedToKasn = (
  field: string,
  respondentId: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'NOT_FORWARDED_TO_KASN',
    `Respondent ${respondentId}'s file was not forwarded to KASN, so SE MenPAN-RB 4/2024 does not reroute it.`,
    { field, legalBasis },
  );

export const rerouteBeforeTransition = (
  on: string,
  seSignedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'REROUTE_BEFORE_TRANSITION',
    `KASN files are rerouted under SE MenPAN-RB 4/2024, signed ${seSignedOn}; not on ${on}.`,
    { field: 'meta.occurredAt', legalBasis },
  );

export const alreadyRerouted = (field: string, respondentId: string, to: string): CaseError =>
  caseError(
    'ALREADY_REROUTED',
    `Respondent ${respondentId}'s KASN file was already rerouted to ${to}.`,
    { field },
  );

export const noCriminalTrack = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NO_CRIMINAL_TRACK',
    `Respondent ${respondentId} was not decided to have committed a suspected election crime; only the CRIMINAL track goes to Gakkumdu.`,
    { field: 'respondentId', legalBasis },
  );

export const alreadyReferred = (respondentId: string, referredOn: string): CaseError =>
  caseError(
    'ALREADY_REFERRED',
    `Respondent ${respondentId} was already referred to Gakkumdu on ${referredOn}.`,
    { field: 'respondentId' },
  );
