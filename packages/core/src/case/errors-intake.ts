/**
 * Rejections of the intake steps: setting a finding, the kajian awal, completing requirements,
 * registration and withdrawal (research/legal-process.md §3.2 steps 1–6).
 */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError } from './errors.js';

export const findingTimeBarred = (
  discoveredOn: string,
  setOn: string,
  due: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'FINDING_TIME_BARRED',
    `A finding discovered on ${discoveredOn} had to be set by ${due}; setting it on ${setOn} is too late (it can only serve as informasi awal).`,
    { field: 'discoveredOn', legalBasis },
  );

export const alreadyReviewed = (status: string): CaseError =>
  caseError(
    'ALREADY_REVIEWED',
    `The preliminary review (kajian awal) of this report is already done (status ${status}).`,
  );

export const reportTimeBarred = (
  knownOn: string,
  filedOn: string,
  due: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'REPORT_TIME_BARRED',
    `The report was filed on ${filedOn}, after the filing deadline of ${due} (known on ${knownOn}); the kajian awal must record it as TIME_BARRED.`,
    { field: 'result.outcome', legalBasis },
  );

export const reportNotTimeBarred = (
  knownOn: string,
  filedOn: string,
  due: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'REPORT_NOT_TIME_BARRED',
    `The report was filed on ${filedOn}, within the filing deadline of ${due} (known on ${knownOn}); it cannot be reviewed as TIME_BARRED.`,
    { field: 'result.outcome', legalBasis },
  );

export const notAwaitingCompletion = (status: string, legalBasis?: LegalBasis): CaseError =>
  caseError(
    'NOT_AWAITING_COMPLETION',
    `Nothing is waiting to be completed: the kajian awal did not find the report incomplete (status ${status}).`,
    { legalBasis },
  );

export const requirementsStillMissing = (
  missing: readonly string[],
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'REQUIREMENTS_STILL_MISSING',
    `Every missing requirement must be supplied; still missing: ${missing.join(', ')}.`,
    { field: 'supplied', legalBasis },
  );

export const requirementsLate = (
  completedOn: string,
  due: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'REQUIREMENTS_LATE',
    `The requirements were completed on ${completedOn}, after the deadline of ${due}; the report can no longer be registered and Bawaslu must decline it.`,
    { field: 'meta.occurredAt', legalBasis },
  );

export const reviewPending = (legalBasis?: LegalBasis): CaseError =>
  caseError(
    'REVIEW_PENDING',
    'The preliminary review (kajian awal) of this report has not been completed yet.',
    { legalBasis },
  );

export const requirementsPending = (
  missing: readonly string[],
  legalBasis?: LegalBasis,
): CaseError =>
  caseError(
    'REQUIREMENTS_PENDING',
    `The report is incomplete and waits for the reporter to supply: ${missing.join(', ')}.`,
    { legalBasis },
  );

export const notRegistrable = (outcome: string, legalBasis?: LegalBasis): CaseError =>
  caseError(
    'NOT_REGISTRABLE',
    `The kajian awal found the report ${outcome}; it cannot be registered, only declined.`,
    { legalBasis },
  );

export const alreadyRegistered = (registrationNumber: string): CaseError =>
  caseError('ALREADY_REGISTERED', `The case is already registered as ${registrationNumber}.`);

export const declineReasonMismatch = (
  reason: string,
  actual: string,
  legalBasis?: LegalBasis,
): CaseError =>
  caseError(
    'DECLINE_REASON_MISMATCH',
    `Registration cannot be declined as ${reason}: the kajian awal and completion say ${actual}.`,
    { field: 'reason', legalBasis },
  );

export const completionPeriodRunning = (
  due: string,
  on: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'COMPLETION_PERIOD_RUNNING',
    `The reporter still has until ${due} to complete the requirements; registration cannot be declined on ${on}.`,
    { field: 'reason', legalBasis },
  );

export const alreadyWithdrawn = (withdrawnOn: string): CaseError =>
  caseError('ALREADY_WITHDRAWN', `The report was already withdrawn on ${withdrawnOn}.`);
