/**
 * Intake events (past tense). Each carries what `evolve` needs and what an auditor must see
 * without the rulebook at hand: the local dates of the acts and the deadlines as computed when
 * the act was decided (so a replay years later shows the clock that was running then).
 * Data objects are strict: an unknown field in a stored event is corruption, not noise.
 */
import { z } from 'zod';
import { supervisingOfficeSchema } from './intake-commands.js';
import { CASE_LIST_CEILINGS } from './limits.js';
import { bawasluOfficeSchema } from './office.js';
import {
  caseIdSchema,
  evidenceSchema,
  incidentSchema,
  instantSchema,
  isoDateSchema,
  nonEmptyString,
  regimeSchema,
  regionSchema,
  reportedIncidentSchema,
  reporterSchema,
  requirementSchema,
  respondentSchema,
  timeZoneSchema,
} from './primitives.js';

/**
 * Lists in events are bounded by the ceilings, not the defaults: a case opened where an office
 * raised its limits must stay readable everywhere.
 */
const evidenceList = z.array(evidenceSchema).max(CASE_LIST_CEILINGS.evidence);

const opened = {
  caseId: caseIdSchema,
  regime: regimeSchema,
  timeZone: timeZoneSchema,
  region: regionSchema,
  respondents: z.array(respondentSchema).min(1).max(CASE_LIST_CEILINGS.respondents),
  evidence: evidenceList,
  /**
   * The office that handles the case from its opening, recorded when it is fixed at once: a
   * Panwaslu Kecamatan that received the report or set the finding (since rulebook 2024.2).
   */
  handlingOffice: bawasluOfficeSchema.optional(),
};

/** Laporan diterima. `reviewDue`: last day of the kajian awal. */
export const reportReceivedSchema = z.object({
  type: z.literal('ReportReceived'),
  data: z.strictObject({
    ...opened,
    reporter: reporterSchema,
    incident: reportedIncidentSchema,
    receivedAt: instantSchema,
    receivedOn: isoDateSchema,
    /** Filed online by the reporter (e.g. SIGAPLAPOR) or entered by a Bawaslu clerk at the desk. */
    enteredBy: z.enum(['REPORTER', 'BAWASLU']),
    reviewDue: isoDateSchema,
  }),
});

/** Temuan ditetapkan. `findingDue`: the last day it could be set (it was set in time). */
export const findingRecordedSchema = z.object({
  type: z.literal('FindingRecorded'),
  data: z.strictObject({
    ...opened,
    supervisingOffice: supervisingOfficeSchema,
    incident: incidentSchema,
    discoveredOn: isoDateSchema,
    setAt: instantSchema,
    setOn: isoDateSchema,
    findingDue: isoDateSchema,
  }),
});

/** Laporan internal (satgas OPD or atasan langsung): handled by the employer, not Bawaslu. */
export const internalReportReceivedSchema = z.object({
  type: z.literal('InternalReportReceived'),
  data: z.strictObject({
    ...opened,
    incident: reportedIncidentSchema,
    source: z.strictObject({
      kind: z.enum(['SATGAS', 'SUPERIOR']),
      actorId: nonEmptyString,
      agencyId: nonEmptyString,
    }),
    receivedAt: instantSchema,
    receivedOn: isoDateSchema,
  }),
});

/**
 * The kajian awal's result. An incomplete report carries either its completion deadline counted
 * from the review (`completionDue`, rulebook 2024.1) or the deadline of the notice to the
 * reporter (`noticeDue`, since 2024.2: the completion period runs from the notice).
 */
export const reviewOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('COMPLETE') }),
  z
    .strictObject({
      outcome: z.literal('INCOMPLETE'),
      missing: z.array(requirementSchema).min(1),
      completionDue: isoDateSchema.optional(),
      noticeDue: isoDateSchema.optional(),
    })
    .refine((r) => (r.completionDue === undefined) !== (r.noticeDue === undefined), {
      message: 'an incomplete review carries exactly one of completionDue and noticeDue',
    }),
  z.strictObject({ outcome: z.literal('TIME_BARRED') }),
  z.strictObject({ outcome: z.literal('OUTSIDE_JURISDICTION') }),
]);

/** Kajian awal selesai, with the filing-deadline check it rests on. */
export const preliminaryReviewCompletedSchema = z.object({
  type: z.literal('PreliminaryReviewCompleted'),
  data: z.strictObject({
    result: reviewOutcomeSchema,
    reviewedOn: isoDateSchema,
    reviewDue: isoDateSchema,
    /** False when Bawaslu's own review was late: a breach to surface, not a reason to refuse. */
    reviewedWithinDeadline: z.boolean(),
    filing: z.strictObject({
      knownOn: isoDateSchema,
      filedOn: isoDateSchema,
      due: isoDateSchema,
      withinDeadline: z.boolean(),
    }),
    note: nonEmptyString.optional(),
  }),
});

/** Kelengkapan laporan dipenuhi. */
export const requirementsCompletedSchema = z.object({
  type: z.literal('RequirementsCompleted'),
  data: z.strictObject({
    supplied: z.array(requirementSchema).min(1),
    evidence: evidenceList,
    completedOn: isoDateSchema,
    completionDue: isoDateSchema,
    /** Since 2024.2, when the period ran from a notice: the instants compared. */
    completedAt: instantSchema.optional(),
    completionDueAt: instantSchema.optional(),
  }),
});

/** Diregistrasi. `decisionDue`: the DECIDE deadline now running. */
export const caseRegisteredSchema = z.object({
  type: z.literal('CaseRegistered'),
  data: z.strictObject({
    registrationNumber: nonEmptyString,
    registeredOn: isoDateSchema,
    decisionDue: isoDateSchema,
  }),
});

/** Tidak diregistrasi (terminal). */
export const registrationDeclinedSchema = z.object({
  type: z.literal('RegistrationDeclined'),
  data: z.strictObject({
    reason: z.enum(['TIME_BARRED', 'OUTSIDE_JURISDICTION', 'REQUIREMENTS_NOT_COMPLETED']),
    declinedOn: isoDateSchema,
    note: nonEmptyString.optional(),
  }),
});

/**
 * Laporan dicabut. Before registration the case closes (the report may still serve as
 * informasi awal, Perbawaslu 7/2022 Pasal 14(2)); after registration handling continues
 * (Pasal 17(3)).
 */
export const reportWithdrawnSchema = z.object({
  type: z.literal('ReportWithdrawn'),
  data: z.strictObject({
    withdrawnOn: isoDateSchema,
    recordedBy: z.enum(['REPORTER', 'BAWASLU']),
    effect: z.enum(['CASE_CLOSED', 'HANDLING_CONTINUES']),
    usableAsInitialInformation: z.boolean(),
    statement: nonEmptyString.optional(),
  }),
});
