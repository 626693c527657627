/** Every event of the intake lifecycle, as one zod discriminated union on `type`. */

import { z } from 'zod';
import { breachNoticedSchema } from './breach-events.js';
import { courtChallengeRecordedSchema } from './court-events.js';
import { criminalStepRecordedSchema } from './criminal-events.js';
import {
  examinationRecordedSchema,
  releasedFromDutySchema,
  respondentSummonedSchema,
} from './examination-events.js';
import {
  clarificationRecordedSchema,
  decisionPeriodExtendedSchema,
  forwardedToSupervisorSchema,
  kasnFileReroutedSchema,
  referredToGakkumduSchema,
  respondentDecidedSchema,
} from './handling-events.js';
import { caseHandedOverSchema } from './handover-events.js';
import {
  caseRegisteredSchema,
  findingRecordedSchema,
  internalReportReceivedSchema,
  preliminaryReviewCompletedSchema,
  registrationDeclinedSchema,
  reportReceivedSchema,
  reportWithdrawnSchema,
  requirementsCompletedSchema,
} from './intake-events.js';
import {
  completionNoticeSentSchema,
  reportTakenUpAsFindingSchema,
  statusNoticeIssuedSchema,
} from './notice-events.js';
import {
  objectionDecidedSchema,
  objectionFiledSchema,
  personnelDataBlockedSchema,
  personnelDataUnblockedSchema,
  respondentExitedSchema,
  sanctionDecidedSchema,
  sanctionDeliveredSchema,
  sanctionServedSchema,
  supervisorOutcomeRecordedSchema,
} from './proceeding-events.js';
import {
  forwardedToCompetentAuthoritySchema,
  forwardedToInvestigatorsSchema,
  gakkumduDeliberationHeldSchema,
} from './referral-events.js';

export const caseEventSchema = z.discriminatedUnion('type', [
  reportReceivedSchema,
  findingRecordedSchema,
  internalReportReceivedSchema,
  preliminaryReviewCompletedSchema,
  requirementsCompletedSchema,
  caseRegisteredSchema,
  registrationDeclinedSchema,
  reportWithdrawnSchema,
  clarificationRecordedSchema,
  decisionPeriodExtendedSchema,
  respondentDecidedSchema,
  forwardedToSupervisorSchema,
  kasnFileReroutedSchema,
  referredToGakkumduSchema,
  completionNoticeSentSchema,
  statusNoticeIssuedSchema,
  reportTakenUpAsFindingSchema,
  caseHandedOverSchema,
  gakkumduDeliberationHeldSchema,
  forwardedToInvestigatorsSchema,
  forwardedToCompetentAuthoritySchema,
  supervisorOutcomeRecordedSchema,
  personnelDataBlockedSchema,
  personnelDataUnblockedSchema,
  respondentSummonedSchema,
  examinationRecordedSchema,
  releasedFromDutySchema,
  sanctionDecidedSchema,
  sanctionDeliveredSchema,
  objectionFiledSchema,
  objectionDecidedSchema,
  sanctionServedSchema,
  courtChallengeRecordedSchema,
  respondentExitedSchema,
  criminalStepRecordedSchema,
  breachNoticedSchema,
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * The current schema version of each event's data. Bump one when its shape changes, and add
 * the upcaster from the previous version to `CASE_EVENT_UPCASTERS` (codec.ts).
 */
export const CASE_EVENT_SCHEMA_VERSIONS: Readonly<Record<CaseEventType, number>> = {
  ReportReceived: 1,
  FindingRecorded: 1,
  InternalReportReceived: 1,
  PreliminaryReviewCompleted: 1,
  RequirementsCompleted: 1,
  CaseRegistered: 1,
  RegistrationDeclined: 1,
  ReportWithdrawn: 1,
  ClarificationRecorded: 1,
  DecisionPeriodExtended: 1,
  RespondentDecided: 1,
  ForwardedToSupervisor: 1,
  KasnFileRerouted: 1,
  ReferredToGakkumdu: 1,
  CompletionNoticeSent: 1,
  StatusNoticeIssued: 1,
  ReportTakenUpAsFinding: 1,
  CaseHandedOver: 1,
  GakkumduDeliberationHeld: 1,
  ForwardedToInvestigators: 1,
  ForwardedToCompetentAuthority: 1,
  SupervisorOutcomeRecorded: 1,
  PersonnelDataBlocked: 1,
  PersonnelDataUnblocked: 1,
  RespondentSummoned: 1,
  ExaminationRecorded: 1,
  ReleasedFromDuty: 1,
  SanctionDecided: 1,
  SanctionDelivered: 1,
  ObjectionFiled: 1,
  ObjectionDecided: 1,
  SanctionServed: 1,
  RespondentExited: 1,
  CriminalStepRecorded: 1,
  CourtChallengeRecorded: 1,
  BreachNoticed: 1,
};
