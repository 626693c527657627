/**
 * Rejections of the steps added in rulebook 2024.2: the completion notice, the status notice, a
 * lapsed report taken up as a finding, Gakkumdu deliberation and the forward of a non-ASN
 * respondent.
 */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError } from './errors.js';

export const completionNoticeAlreadySent = (sentOn: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'COMPLETION_NOTICE_ALREADY_SENT',
    `The notice to complete the requirements was already sent on ${sentOn}; the completion period runs from it.`,
    { legalBasis },
  );

export const completionNoticeNotSent = (legalBasis: LegalBasis): CaseError =>
  caseError(
    'COMPLETION_NOTICE_NOT_SENT',
    'The reporter has not been sent the notice to complete the requirements, so the completion period has not started; send the notice first.',
    { field: 'reason', legalBasis },
  );

export const nothingToAnnounce = (status: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NOTHING_TO_ANNOUNCE',
    `The case is ${status}: a status notice announces registration, non-registration or the decision, and the case has reached none of them yet.`,
    { legalBasis },
  );

export const statusAlreadyAnnounced = (
  status: string,
  issuedOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'STATUS_ALREADY_ANNOUNCED',
    `The status ${status} was already announced on ${issuedOn}.`,
    { legalBasis },
  );

export const notALapsedReport = (why: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NOT_A_LAPSED_REPORT',
    `Only a report not registered because its requirements were not completed in time can be taken up as a finding: ${why}.`,
    { legalBasis },
  );

export const gakkumduDeliberationRequired = (
  respondentId: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'GAKKUMDU_DELIBERATION_REQUIRED',
    `Respondent ${respondentId} cannot be declared on the CRIMINAL track before a deliberation (pembahasan) in Sentra Gakkumdu is on record.`,
    { field: 'decision.tracks', legalBasis },
  );

export const gakkumduConcludedNoCrime = (
  respondentId: string,
  heldOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'GAKKUMDU_CONCLUDED_NO_CRIME',
    `The last deliberation in Sentra Gakkumdu on respondent ${respondentId} (${heldOn}) concluded that the elements of an election crime are not met (STOP); the CRIMINAL track needs a deliberation that concluded PROCEED.`,
    { field: 'decision.tracks', legalBasis },
  );

export const noOtherLawTrack = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NO_OTHER_LAW_TRACK',
    `Respondent ${respondentId} was not decided as a violation on the OTHER_LAW track; only such a violation is forwarded to the authority over the respondent.`,
    { field: 'respondentId', legalBasis },
  );

export const trackNotForKind = (
  respondentId: string,
  kind: string,
  track: string,
  why: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'TRACK_NOT_APPLICABLE',
    `Respondent ${respondentId} is ${kind}: the ${track} track does not apply; ${why}.`,
    { field: 'decision.tracks', legalBasis },
  );

export const gakkumduStageOutOfOrder = (
  respondentId: string,
  stage: string,
  why: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'GAKKUMDU_STAGE_OUT_OF_ORDER',
    `The ${stage} deliberation on respondent ${respondentId} cannot be recorded: ${why}.`,
    { field: 'stage', legalBasis },
  );

export const extensionNeedsReporter = (legalBasis: LegalBasis): CaseError =>
  caseError(
    'EXTENSION_NEEDS_REPORTER',
    'In a Pilkada the decision period is extended only to ask the reporter for additional information (Pasal 134(6)); a finding has no reporter, so its 3 days cannot be extended.',
    { legalBasis },
  );
