/** Every command of the intake lifecycle, as one zod discriminated union on `type`. */
import { z } from 'zod';
import {
  decideRespondentSchema,
  extendForAdditionalInformationSchema,
  forwardToSupervisorSchema,
  recordClarificationSchema,
  referToGakkumduSchema,
  rerouteKasnFileSchema,
} from './handling-commands.js';
import {
  completePreliminaryReviewSchema,
  completeRequirementsSchema,
  declineRegistrationSchema,
  receiveInternalReportSchema,
  receiveReportSchema,
  recordFindingSchema,
  registerCaseSchema,
  withdrawReportSchema,
} from './intake-commands.js';

export const caseCommandSchema = z.discriminatedUnion('type', [
  receiveReportSchema,
  recordFindingSchema,
  receiveInternalReportSchema,
  completePreliminaryReviewSchema,
  completeRequirementsSchema,
  registerCaseSchema,
  declineRegistrationSchema,
  withdrawReportSchema,
  recordClarificationSchema,
  extendForAdditionalInformationSchema,
  decideRespondentSchema,
  forwardToSupervisorSchema,
  rerouteKasnFileSchema,
  referToGakkumduSchema,
]);

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

/** All command types, in lifecycle order. */
export const CASE_COMMAND_TYPES: readonly CaseCommandType[] = caseCommandSchema.options.map(
  (o) => o.shape.type.value,
);
