/**
 * Rejections of the PPK's examination stage, the sanction ladder of the village law, the
 * administrative court and the noticed lapse (issue 15).
 */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError } from './errors.js';

export const stageNotApplicable = (
  respondentId: string,
  why: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'STAGE_NOT_APPLICABLE',
    `This step does not apply to respondent ${respondentId}: ${why}.`,
    {
      field: 'respondentId',
      legalBasis,
    },
  );

export const summonsLimitReached = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'SUMMONS_LIMIT_REACHED',
    `Respondent ${respondentId} was summoned twice; there is no third summons: absent twice, the official decides on the evidence without examination.`,
    { field: 'respondentId', legalBasis },
  );

export const examinationPending = (
  respondentId: string,
  examinationOn: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'EXAMINATION_PENDING',
    `The examination of respondent ${respondentId} set for ${examinationOn} is not recorded yet; record it (examined or absent) first.`,
    { field: 'respondentId', legalBasis },
  );

export const examinationAlreadyRecorded = (
  respondentId: string,
  on: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'EXAMINATION_ALREADY_RECORDED',
    `Respondent ${respondentId} was already examined on ${on}.`,
    { field: 'respondentId', legalBasis },
  );

export const examinationDateTooLate = (
  examinationOn: string,
  due: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'EXAMINATION_DATE_TOO_LATE',
    `The examination on ${examinationOn} is later than ${due}, 7 working days after the summons letter.`,
    { field: 'examinationOn', legalBasis },
  );

export const noSummonsPending = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NO_SUMMONS_PENDING',
    `Respondent ${respondentId} has no summons waiting for its examination; an examination follows a written summons.`,
    { field: 'respondentId', legalBasis },
  );

export const teamMemberBelowRank = (
  field: string,
  member: string,
  grade: string,
  respondentGrade: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'TEAM_MEMBER_BELOW_RANK',
    `Team member ${member} (${grade}) is below the grade of the respondent (${respondentGrade}); each member must be at least the examinee's rank.`,
    { field, legalBasis },
  );

export const examinationNotRecorded = (
  respondentId: string,
  why: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'EXAMINATION_NOT_RECORDED',
    `No discipline sanction on respondent ${respondentId} before the examination: ${why}.`,
    { field: 'respondentId', legalBasis },
  );

export const examinationTeamRequired = (sanction: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'EXAMINATION_TEAM_REQUIRED',
    `${sanction} is a heavy sanction: the examination it rests on needs an examination team, and none was recorded.`,
    { field: 'sanction', legalBasis },
  );

export const releaseNotAvailable = (
  respondentId: string,
  why: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'RELEASE_NOT_AVAILABLE',
    `Respondent ${respondentId} cannot be released from duty now: ${why}.`,
    { field: 'respondentId', legalBasis },
  );

export const notWithAuthority = (respondentId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'NOT_WITH_AUTHORITY',
    `Respondent ${respondentId} was not forwarded to the authority over them; their follow-up starts with Bawaslu's forward (ForwardToCompetentAuthority).`,
    { field: 'respondentId', legalBasis },
  );

export const sanctionLadderSkipped = (
  sanction: string,
  needs: readonly string[],
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'SANCTION_LADDER_SKIPPED',
    `${sanction} follows only an earlier ${needs.join(' or ')} in this case that was not complied with.`,
    { field: 'sanction', legalBasis },
  );

export const courtNotOpen = (why: string, legalBasis: LegalBasis): CaseError =>
  caseError('COURT_NOT_OPEN', `No suit in the administrative court yet: ${why}.`, {
    field: 'step',
    legalBasis,
  });

export const courtWrongInstance = (court: string, why: string, legalBasis: LegalBasis): CaseError =>
  caseError('COURT_WRONG_INSTANCE', `${court} is not the court here: ${why}.`, {
    field: 'step.court',
    legalBasis,
  });

export const courtChallengeClosed = (why: string, legalBasis: LegalBasis): CaseError =>
  caseError('COURT_CHALLENGE_CLOSED', `The court step cannot be recorded: ${why}.`, {
    field: 'step',
    legalBasis,
  });

export const dutyNotRunning = (
  duty: string,
  respondentId: string | null,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'DUTY_NOT_RUNNING',
    `No duty ${duty}${respondentId === null ? '' : ` on respondent ${respondentId}`} is running on this case.`,
    { field: 'duty', legalBasis },
  );

export const dutyNotOverdue = (
  duty: string,
  due: string | null,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'DUTY_NOT_OVERDUE',
    due === null
      ? `The duty ${duty} has no period in the law; it cannot be overdue.`
      : `The duty ${duty} is due by ${due}; it is not overdue yet.`,
    { field: 'meta.occurredAt', legalBasis },
  );

export const breachAlreadyNoticed = (
  duty: string,
  noticedAt: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'BREACH_ALREADY_NOTICED',
    `The lapse of ${duty} was already recorded at ${noticedAt}.`,
    { field: 'duty', legalBasis },
  );
