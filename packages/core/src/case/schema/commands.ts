/**
 * Every command of the intake lifecycle, as one zod discriminated union on `type`. Every object
 * in it is strict and every field bounded (limits.ts); the list limits are the office's
 * (`caseCommandSchemaFor`), `caseCommandSchema` is built with the defaults.
 */
import { z } from 'zod';
import { recordBreachNoticedSchema } from './breach-commands.js';
import { recordCourtChallengeSchema } from './court-commands.js';
import { recordCriminalStepSchema } from './criminal-commands.js';
import {
  recordExaminationSchema,
  releaseFromDutySchema,
  summonForExaminationSchema,
} from './examination-commands.js';
import {
  decideRespondentSchema,
  extendForAdditionalInformationSchema,
  forwardToSupervisorSchemaFor,
  recordClarificationSchema,
  referToGakkumduSchema,
  rerouteKasnFileSchemaFor,
} from './handling-commands.js';
import { handOverCaseSchema } from './handover-commands.js';
import {
  completePreliminaryReviewSchema,
  completeRequirementsSchemaFor,
  declineRegistrationSchema,
  receiveInternalReportSchemaFor,
  receiveReportSchemaFor,
  recordFindingSchemaFor,
  registerCaseSchema,
  withdrawReportSchema,
} from './intake-commands.js';
import { type CaseListLimits, DEFAULT_CASE_LIST_LIMITS } from './limits.js';
import {
  issueStatusNoticeSchema,
  sendCompletionNoticeSchema,
  takeUpAsFindingSchema,
} from './notice-commands.js';
import {
  blockPersonnelDataSchema,
  decideObjectionSchema,
  decideSanctionSchema,
  deliverSanctionSchema,
  fileObjectionSchema,
  recordRespondentExitSchema,
  recordSanctionServedSchema,
  recordSupervisorOutcomeSchema,
  unblockPersonnelDataSchema,
} from './proceeding-commands.js';
import {
  forwardToCompetentAuthoritySchema,
  forwardToInvestigatorsSchema,
  recordGakkumduDeliberationSchema,
} from './referral-commands.js';

/** The command union for these list limits; callers check the limits first (limits.ts). */
export const caseCommandSchemaFor = (lists: CaseListLimits) =>
  z.discriminatedUnion('type', [
    receiveReportSchemaFor(lists),
    recordFindingSchemaFor(lists),
    receiveInternalReportSchemaFor(lists),
    completePreliminaryReviewSchema,
    sendCompletionNoticeSchema,
    completeRequirementsSchemaFor(lists),
    registerCaseSchema,
    declineRegistrationSchema,
    withdrawReportSchema,
    takeUpAsFindingSchema,
    handOverCaseSchema,
    issueStatusNoticeSchema,
    recordClarificationSchema,
    extendForAdditionalInformationSchema,
    recordGakkumduDeliberationSchema,
    decideRespondentSchema,
    forwardToSupervisorSchemaFor(lists),
    forwardToCompetentAuthoritySchema,
    rerouteKasnFileSchemaFor(lists),
    forwardToInvestigatorsSchema,
    referToGakkumduSchema,
    recordSupervisorOutcomeSchema,
    blockPersonnelDataSchema,
    unblockPersonnelDataSchema,
    summonForExaminationSchema,
    recordExaminationSchema,
    releaseFromDutySchema,
    decideSanctionSchema,
    deliverSanctionSchema,
    fileObjectionSchema,
    decideObjectionSchema,
    recordSanctionServedSchema,
    recordCourtChallengeSchema,
    recordRespondentExitSchema,
    recordCriminalStepSchema,
    recordBreachNoticedSchema,
  ]);

export const caseCommandSchema = caseCommandSchemaFor(DEFAULT_CASE_LIST_LIMITS);

export type CaseCommand = z.infer<typeof caseCommandSchema>;
export type CaseCommandType = CaseCommand['type'];
/** The command of one type, e.g. `CaseCommandOf<'RegisterCase'>`. */
export type CaseCommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

export type ReceiveReport = CaseCommandOf<'ReceiveReport'>;
export type RecordFinding = CaseCommandOf<'RecordFinding'>;
export type ReceiveInternalReport = CaseCommandOf<'ReceiveInternalReport'>;
export type CompletePreliminaryReview = CaseCommandOf<'CompletePreliminaryReview'>;
export type CompleteRequirements = CaseCommandOf<'CompleteRequirements'>;
export type RegisterCase = CaseCommandOf<'RegisterCase'>;
export type DeclineRegistration = CaseCommandOf<'DeclineRegistration'>;
export type WithdrawReport = CaseCommandOf<'WithdrawReport'>;
export type RecordClarification = CaseCommandOf<'RecordClarification'>;
export type ExtendForAdditionalInformation = CaseCommandOf<'ExtendForAdditionalInformation'>;
export type DecideRespondent = CaseCommandOf<'DecideRespondent'>;
export type ForwardToSupervisor = CaseCommandOf<'ForwardToSupervisor'>;
export type RerouteKasnFile = CaseCommandOf<'RerouteKasnFile'>;
export type ReferToGakkumdu = CaseCommandOf<'ReferToGakkumdu'>;
export type SendCompletionNotice = CaseCommandOf<'SendCompletionNotice'>;
export type IssueStatusNotice = CaseCommandOf<'IssueStatusNotice'>;
export type TakeUpAsFinding = CaseCommandOf<'TakeUpAsFinding'>;
export type HandOverCase = CaseCommandOf<'HandOverCase'>;
export type RecordGakkumduDeliberation = CaseCommandOf<'RecordGakkumduDeliberation'>;
export type ForwardToInvestigators = CaseCommandOf<'ForwardToInvestigators'>;
export type ForwardToCompetentAuthority = CaseCommandOf<'ForwardToCompetentAuthority'>;
export type RecordSupervisorOutcome = CaseCommandOf<'RecordSupervisorOutcome'>;
export type BlockPersonnelData = CaseCommandOf<'BlockPersonnelData'>;
export type UnblockPersonnelData = CaseCommandOf<'UnblockPersonnelData'>;
export type SummonForExamination = CaseCommandOf<'SummonForExamination'>;
export type RecordExamination = CaseCommandOf<'RecordExamination'>;
export type ReleaseFromDuty = CaseCommandOf<'ReleaseFromDuty'>;
export type DecideSanction = CaseCommandOf<'DecideSanction'>;
export type DeliverSanction = CaseCommandOf<'DeliverSanction'>;
export type FileObjection = CaseCommandOf<'FileObjection'>;
export type DecideObjection = CaseCommandOf<'DecideObjection'>;
export type RecordSanctionServed = CaseCommandOf<'RecordSanctionServed'>;
export type RecordRespondentExit = CaseCommandOf<'RecordRespondentExit'>;
export type RecordCriminalStep = CaseCommandOf<'RecordCriminalStep'>;
export type RecordCourtChallenge = CaseCommandOf<'RecordCourtChallenge'>;
export type RecordBreachNoticed = CaseCommandOf<'RecordBreachNoticed'>;

/** All command types, in lifecycle order. */
export const CASE_COMMAND_TYPES: readonly CaseCommandType[] = caseCommandSchema.options.map(
  (o) => o.shape.type.value,
);
