/**
 * Every CaseErrorCode as a runtime list (core exports the union only as a type), checked at
 * compile time in both directions, so a code added to core without being listed here, or
 * listed here without existing, fails the type check.
 */
import type { CaseErrorCode } from '@netra/core';

export const CASE_ERROR_CODES = [
  'INVALID_COMMAND',
  'INVALID_ACTOR',
  'UNKNOWN_REGIME',
  'INVALID_NIP',
  'DUPLICATE_RESPONDENT',
  'LEGAL_DATE_IN_FUTURE',
  'DATES_OUT_OF_ORDER',
  'ROLE_NOT_ALLOWED',
  'OUT_OF_SCOPE',
  'NOT_THE_REPORTER',
  'CASE_ALREADY_EXISTS',
  'CASE_NOT_FOUND',
  'WRONG_CASE',
  'CASE_CLOSED',
  'HANDLED_BY_EMPLOYER',
  'NOT_A_REPORT',
  'FINDING_TIME_BARRED',
  'ALREADY_REVIEWED',
  'REPORT_TIME_BARRED',
  'REPORT_NOT_TIME_BARRED',
  'NOT_AWAITING_COMPLETION',
  'REQUIREMENTS_STILL_MISSING',
  'REQUIREMENTS_LATE',
  'REVIEW_PENDING',
  'REQUIREMENTS_PENDING',
  'NOT_REGISTRABLE',
  'ALREADY_REGISTERED',
  'DECLINE_REASON_MISMATCH',
  'COMPLETION_PERIOD_RUNNING',
  'ALREADY_WITHDRAWN',
  'CASE_NOT_REGISTERED',
  'UNKNOWN_RESPONDENT',
  'ALL_RESPONDENTS_DECIDED',
  'ALREADY_EXTENDED',
  'EXTENSION_TOO_LATE',
  'ALREADY_DECIDED',
  'SKB_CODE_REQUIRED',
  'SKB_STAGE_MISMATCH',
  'TRACK_NOT_APPLICABLE',
  'RESPONDENT_NOT_DECIDED',
  'NO_NEUTRALITY_VIOLATION',
  'ALREADY_FORWARDED',
  'WRONG_SUPERVISOR',
  'NOT_FORWARDED_TO_KASN',
  'REROUTE_BEFORE_TRANSITION',
  'ALREADY_REROUTED',
  'NO_CRIMINAL_TRACK',
  'ALREADY_REFERRED',
  'COMPLETION_NOTICE_ALREADY_SENT',
  'COMPLETION_NOTICE_NOT_SENT',
  'NOTHING_TO_ANNOUNCE',
  'STATUS_ALREADY_ANNOUNCED',
  'NOT_A_LAPSED_REPORT',
  'GAKKUMDU_DELIBERATION_REQUIRED',
  'GAKKUMDU_CONCLUDED_NO_CRIME',
  'NO_OTHER_LAW_TRACK',
  'GAKKUMDU_STAGE_OUT_OF_ORDER',
  'EXTENSION_NEEDS_REPORTER',
  'AD_HOC_BODY_NOT_ALLOWED',
  'HANDOVER_TO_SAME_OFFICE',
  'TAKEOVER_NOT_OWN_OFFICE',
  'TAKEOVER_NOT_HIGHER',
  'UNKNOWN_EVENT_TYPE',
  'UNSUPPORTED_SCHEMA_VERSION',
  'INVALID_EVENT',
] as const satisfies readonly CaseErrorCode[];

type Unlisted = Exclude<CaseErrorCode, (typeof CASE_ERROR_CODES)[number]>;
/** Fails to compile when core has a code this list lacks. */
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyCodeListed;

export const isCaseErrorCode = (code: unknown): code is CaseErrorCode =>
  (CASE_ERROR_CODES as readonly unknown[]).includes(code);
