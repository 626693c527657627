/**
 * Why the case decider refused a command (or the codec refused a stored event). Errors are
 * values: nothing a user can cause throws. Each code has one constructor below; the message is
 * a sentence a Bawaslu clerk can act on and names the offending value; `field` is the path in
 * the command; `legalBasis` cites the rule that forbids it, wherever there is one.
 *
 * The per-step rejections of the intake flow live in `errors-intake.ts` and
 * `errors-handling.ts`, so that each file stays one idea.
 */
import type { LegalBasis } from '../rules/index.js';

export type CaseErrorCode =
  // Bad input
  | 'INVALID_COMMAND'
  | 'INVALID_ACTOR'
  | 'UNKNOWN_REGIME'
  | 'INVALID_NIP'
  | 'DUPLICATE_RESPONDENT'
  | 'LEGAL_DATE_IN_FUTURE'
  | 'DATES_OUT_OF_ORDER'
  // Who may do what
  | 'ROLE_NOT_ALLOWED'
  | 'OUT_OF_SCOPE'
  | 'NOT_THE_REPORTER'
  // The case as a whole
  | 'CASE_ALREADY_EXISTS'
  | 'CASE_NOT_FOUND'
  | 'WRONG_CASE'
  | 'CASE_CLOSED'
  | 'HANDLED_BY_EMPLOYER'
  | 'NOT_A_REPORT'
  // Intake: finding, kajian awal, completion, registration, withdrawal
  | 'FINDING_TIME_BARRED'
  | 'ALREADY_REVIEWED'
  | 'REPORT_TIME_BARRED'
  | 'REPORT_NOT_TIME_BARRED'
  | 'NOT_AWAITING_COMPLETION'
  | 'REQUIREMENTS_STILL_MISSING'
  | 'REQUIREMENTS_LATE'
  | 'REVIEW_PENDING'
  | 'REQUIREMENTS_PENDING'
  | 'NOT_REGISTRABLE'
  | 'ALREADY_REGISTERED'
  | 'DECLINE_REASON_MISMATCH'
  | 'COMPLETION_PERIOD_RUNNING'
  | 'ALREADY_WITHDRAWN'
  // Handling: clarification, extension, decision, forwarding, reroute, Gakkumdu
  | 'CASE_NOT_REGISTERED'
  | 'UNKNOWN_RESPONDENT'
  | 'ALL_RESPONDENTS_DECIDED'
  | 'ALREADY_EXTENDED'
  | 'EXTENSION_TOO_LATE'
  | 'ALREADY_DECIDED'
  | 'SKB_CODE_REQUIRED'
  | 'SKB_STAGE_MISMATCH'
  | 'TRACK_NOT_APPLICABLE'
  | 'RESPONDENT_NOT_DECIDED'
  | 'NO_NEUTRALITY_VIOLATION'
  | 'ALREADY_FORWARDED'
  | 'WRONG_SUPERVISOR'
  | 'NOT_FORWARDED_TO_KASN'
  | 'REROUTE_BEFORE_TRANSITION'
  | 'ALREADY_REROUTED'
  | 'NO_CRIMINAL_TRACK'
  | 'ALREADY_REFERRED'
  // Notices, the lapsed report, referrals after the decision (rulebook 2024.2)
  | 'COMPLETION_NOTICE_ALREADY_SENT'
  | 'COMPLETION_NOTICE_NOT_SENT'
  | 'NOTHING_TO_ANNOUNCE'
  | 'STATUS_ALREADY_ANNOUNCED'
  | 'NOT_A_LAPSED_REPORT'
  | 'GAKKUMDU_DELIBERATION_REQUIRED'
  | 'GAKKUMDU_CONCLUDED_NO_CRIME'
  | 'NO_OTHER_LAW_TRACK'
  | 'GAKKUMDU_STAGE_OUT_OF_ORDER'
  | 'EXTENSION_NEEDS_REPORTER'
  // Proceedings after the forward (issue 15)
  | 'NOT_AT_SUPERVISOR'
  | 'SUPERVISOR_OUTCOME_RECORDED'
  | 'NO_RECOMMENDATION'
  | 'FOLLOW_UP_NOT_OVERDUE'
  | 'ALREADY_BLOCKED'
  | 'NOT_BLOCKED'
  | 'PPK_NOT_FOLLOWED_UP'
  | 'SANCTION_ALREADY_DECIDED'
  | 'SANCTION_NOT_APPLICABLE'
  | 'NO_AUTHORITY_TO_SANCTION'
  | 'SANCTION_NOT_DECIDED'
  | 'SANCTION_ALREADY_DELIVERED'
  | 'SANCTION_NOT_DELIVERED'
  | 'OBJECTION_NOT_AVAILABLE'
  | 'OBJECTION_WRONG_BODY'
  | 'OBJECTION_LATE'
  | 'OBJECTION_ALREADY_FILED'
  | 'NO_OBJECTION'
  | 'OBJECTION_ALREADY_DECIDED'
  | 'OBJECTION_OUTCOME_MISMATCH'
  | 'SANCTION_NOT_ENDED'
  | 'RESPONDENT_EXITED'
  // The examination, the village ladder, the court, noticed lapses (issue 15)
  | 'STAGE_NOT_APPLICABLE'
  | 'SUMMONS_LIMIT_REACHED'
  | 'EXAMINATION_PENDING'
  | 'EXAMINATION_ALREADY_RECORDED'
  | 'EXAMINATION_DATE_TOO_LATE'
  | 'NO_SUMMONS_PENDING'
  | 'TEAM_MEMBER_BELOW_RANK'
  | 'EXAMINATION_NOT_RECORDED'
  | 'EXAMINATION_TEAM_REQUIRED'
  | 'RELEASE_NOT_AVAILABLE'
  | 'NOT_WITH_AUTHORITY'
  | 'SANCTION_LADDER_SKIPPED'
  | 'COURT_NOT_OPEN'
  | 'COURT_WRONG_INSTANCE'
  | 'COURT_CHALLENGE_CLOSED'
  | 'DUTY_NOT_RUNNING'
  | 'DUTY_NOT_OVERDUE'
  | 'BREACH_ALREADY_NOTICED'
  // The criminal track after the forward
  | 'NOT_WITH_INVESTIGATORS'
  | 'CRIMINAL_STEP_OUT_OF_ORDER'
  | 'CRIMINAL_APPEAL_LATE'
  // Hand-over
  | 'AD_HOC_BODY_NOT_ALLOWED'
  | 'HANDOVER_TO_SAME_OFFICE'
  | 'TAKEOVER_NOT_OWN_OFFICE'
  | 'TAKEOVER_NOT_HIGHER'
  // Reading stored events
  | 'UNKNOWN_EVENT_TYPE'
  | 'UNSUPPORTED_SCHEMA_VERSION'
  | 'INVALID_EVENT';

export interface CaseError {
  readonly code: CaseErrorCode;
  readonly message: string;
  /** Path of the offending field in the command, e.g. `respondents.0.nip`. */
  readonly field?: string;
  readonly legalBasis?: LegalBasis;
  /** For `INVALID_NIP`: which part of the number is wrong, so a form can point at it. */
  readonly nipPart?: NipPart;
}

/** Builds an error, leaving out `field` and `legalBasis` when there is none. */
export const caseError = (
  code: CaseErrorCode,
  message: string,
  extra: { readonly field?: string | undefined; readonly legalBasis?: LegalBasis | undefined } = {},
): CaseError => ({
  code,
  message,
  ...(extra.field === undefined ? {} : { field: extra.field }),
  ...(extra.legalBasis === undefined ? {} : { legalBasis: extra.legalBasis }),
});

// ---- Bad input -------------------------------------------------------------------------------

export const invalidCommand = (field: string, problem: string): CaseError =>
  caseError('INVALID_COMMAND', `The command is invalid at '${field || '(root)'}': ${problem}.`, {
    field,
  });

export const invalidActor = (field: string, problem: string): CaseError =>
  caseError(
    'INVALID_ACTOR',
    `The acting person is not described correctly (${field}): ${problem}.`,
    {
      field,
    },
  );

export const unknownRegime = (field: string, value: unknown): CaseError =>
  caseError(
    'UNKNOWN_REGIME',
    `Unknown election regime ${JSON.stringify(value)}: use PEMILU_2024 (UU 7/2017) or PILKADA_2024 (UU 1/2015 as amended by UU 8/2015 and UU 10/2016).`,
    { field },
  );

/** Which part of an 18-digit NIP is wrong. */
export type NipPart =
  | 'PRESENCE'
  | 'FORMAT'
  | 'BIRTH_DATE'
  | 'APPOINTMENT'
  | 'AGE_AT_APPOINTMENT'
  | 'SEX'
  | 'SERIAL';

export const invalidNip = (
  field: string,
  nip: string | undefined,
  part: NipPart,
  problem: string,
  legalBasis: LegalBasis,
): CaseError => ({
  ...caseError(
    'INVALID_NIP',
    `NIP ${nip === undefined ? '(missing)' : `'${nip}'`} is invalid (${part}): ${problem}.`,
    { field, legalBasis },
  ),
  nipPart: part,
});

export const duplicateRespondent = (field: string, what: string): CaseError =>
  caseError('DUPLICATE_RESPONDENT', `The same respondent is listed twice: ${what}.`, { field });

export const legalDateInFuture = (field: string, value: string, today: string): CaseError =>
  caseError(
    'LEGAL_DATE_IN_FUTURE',
    `${field} is ${value}, which is after today (${today}): a legal act cannot be dated in the future.`,
    { field },
  );

export const datesOutOfOrder = (
  field: string,
  value: string,
  relation: 'before' | 'after',
  other: string,
  otherValue: string,
): CaseError =>
  caseError(
    'DATES_OUT_OF_ORDER',
    `${field} (${value}) cannot be ${relation} ${other} (${otherValue}).`,
    { field },
  );

// ---- Who may do what ---------------------------------------------------------------------------

export const roleNotAllowed = (
  role: string,
  command: string,
  allowed: readonly string[],
  legalBasis?: LegalBasis,
): CaseError =>
  caseError(
    'ROLE_NOT_ALLOWED',
    `A ${role} may not ${command}; only ${allowed.length === 0 ? 'nobody' : allowed.join(' or ')} may.`,
    { field: 'meta.actor.role', legalBasis },
  );

export const outOfScope = (what: string, field: string, legalBasis?: LegalBasis): CaseError =>
  caseError('OUT_OF_SCOPE', `Outside the actor's jurisdiction: ${what}.`, { field, legalBasis });

export const notTheReporter = (
  actorId: string,
  reporterId: string,
  legalBasis?: LegalBasis,
): CaseError =>
  caseError('NOT_THE_REPORTER', `Only the reporter (${reporterId}) may do this, not ${actorId}.`, {
    field: 'meta.actor.id',
    legalBasis,
  });

// ---- The case as a whole ---------------------------------------------------------------------

export const caseAlreadyExists = (caseId: string): CaseError =>
  caseError('CASE_ALREADY_EXISTS', `Case ${caseId} already exists; a case is opened only once.`, {
    field: 'caseId',
  });

export const caseNotFound = (caseId: string): CaseError =>
  caseError(
    'CASE_NOT_FOUND',
    // One answer for "does not exist" and "not yours to see": an actor out of scope must not
    // learn from the refusal that the case exists.
    `There is no case ${caseId} that you may act on: it has not been opened (by a report, a finding or an internal report), or it lies outside your scope.`,
    { field: 'caseId' },
  );

export const wrongCase = (commandCaseId: string, stateCaseId: string): CaseError =>
  caseError(
    'WRONG_CASE',
    `The command is for case ${commandCaseId} but was applied to case ${stateCaseId}.`,
    { field: 'caseId' },
  );

export const caseClosed = (caseId: string, status: string): CaseError =>
  caseError('CASE_CLOSED', `Case ${caseId} is closed (${status}); nothing more can be done in it.`);

export const handledByEmployer = (caseId: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'HANDLED_BY_EMPLOYER',
    `Case ${caseId} came from an internal report and is handled by the employer under PP 94/2021; Bawaslu steps do not apply to it.`,
    { legalBasis },
  );

export const notAReport = (caseId: string, legalBasis?: LegalBasis): CaseError =>
  caseError(
    'NOT_A_REPORT',
    `Case ${caseId} is a finding (temuan) by Bawaslu, not a report (laporan); this step applies to reports only.`,
    { legalBasis },
  );
