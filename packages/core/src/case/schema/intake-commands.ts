/**
 * Intake commands (research/legal-process.md §3.1–§3.2 steps 1–6): opening a case from a report,
 * a finding or an internal report, the kajian awal, completion of requirements, registration or
 * its refusal, and withdrawal.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import {
  caseIdSchema,
  evidenceSchema,
  incidentSchema,
  isoDateSchema,
  nonEmptyString,
  regimeSchema,
  regionSchema,
  reportedIncidentSchema,
  reporterSchema,
  requirementSchema,
  respondentSchema,
  timeZoneSchema,
  uniqueList,
} from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema };

/** The people reported: at least one; ids unique within the case. */
const respondentsSchema = z
  .array(respondentSchema)
  .min(1, 'a case names at least one respondent (terlapor)')
  .refine((rs) => new Set(rs.map((r) => r.respondentId)).size === rs.length, {
    message: 'respondent ids must be unique',
  });

/** Where the case is handled: regime, the office's time zone and the region (kab/kota or province). */
const jurisdiction = { regime: regimeSchema, timeZone: timeZoneSchema, region: regionSchema };

/**
 * Laporan: a report filed at the Bawaslu desk (role bawaslu) or online, e.g. SIGAPLAPOR (role
 * reporter). Received at `meta.occurredAt`.
 */
export const receiveReportSchema = z.object({
  type: z.literal('ReceiveReport'),
  ...base,
  ...jurisdiction,
  reporter: reporterSchema,
  respondents: respondentsSchema,
  incident: reportedIncidentSchema,
  evidence: z.array(evidenceSchema),
});

/**
 * The Bawaslu body whose supervision found the violation: Bawaslu RI, Provinsi, Kab/Kota, or an
 * ad hoc body (Panwaslu Kecamatan, Panwaslu Kelurahan/Desa, Pengawas TPS) whose findings go up
 * to Bawaslu Kab/Kota (UU 7/2017 Pasal 454).
 */
export const supervisingOfficeSchema = z.object({
  level: z.enum(['RI', 'PROVINSI', 'KABKOTA', 'KECAMATAN', 'KELURAHAN_DESA', 'TPS']),
  name: nonEmptyString,
});

/**
 * Temuan: Bawaslu's own supervision result, set as a finding within the SET_FINDING period of
 * its discovery (UU 7/2017 Pasal 454(5)). Set at `meta.occurredAt`; no kajian awal needed.
 */
export const recordFindingSchema = z.object({
  type: z.literal('RecordFinding'),
  ...base,
  ...jurisdiction,
  supervisingOffice: supervisingOfficeSchema,
  discoveredOn: isoDateSchema,
  respondents: respondentsSchema,
  incident: incidentSchema,
  evidence: z.array(evidenceSchema),
});

/**
 * An internal report by an OPD neutrality task force (satgas) or a direct superior (atasan
 * langsung). PP 94/2021 discipline is not complaint-based, so it goes straight to the employer.
 */
export const receiveInternalReportSchema = z.object({
  type: z.literal('ReceiveInternalReport'),
  ...base,
  ...jurisdiction,
  respondents: respondentsSchema,
  incident: reportedIncidentSchema,
  evidence: z.array(evidenceSchema),
});

/** Outcome of the kajian awal (Perbawaslu 7/2022 Pasal 15). */
export const reviewResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('COMPLETE') }),
  z.object({
    outcome: z.literal('INCOMPLETE'),
    missing: uniqueList(requirementSchema).min(1, 'name at least one missing requirement'),
  }),
  z.object({ outcome: z.literal('TIME_BARRED') }),
  z.object({ outcome: z.literal('OUTSIDE_JURISDICTION') }),
]);
export type ReviewResult = z.infer<typeof reviewResultSchema>;

/** Kajian awal of a report, completed at `meta.occurredAt`. */
export const completePreliminaryReviewSchema = z.object({
  type: z.literal('CompletePreliminaryReview'),
  ...base,
  result: reviewResultSchema,
  note: nonEmptyString.optional(),
});

/** The reporter supplies what the kajian awal found missing (kelengkapan laporan). */
export const completeRequirementsSchema = z.object({
  type: z.literal('CompleteRequirements'),
  ...base,
  supplied: uniqueList(requirementSchema).min(1, 'name at least one supplied requirement'),
  evidence: z.array(evidenceSchema).optional(),
});

/** Registrasi, e.g. registration number '001/Reg/LP/PB/Kab/13.08/IX/2024'. */
export const registerCaseSchema = z.object({
  type: z.literal('RegisterCase'),
  ...base,
  registrationNumber: nonEmptyString,
});

/** Tidak diregistrasi: the report is not registered, for one of three reasons. */
export const declineRegistrationSchema = z.object({
  type: z.literal('DeclineRegistration'),
  ...base,
  reason: z.enum(['TIME_BARRED', 'OUTSIDE_JURISDICTION', 'REQUIREMENTS_NOT_COMPLETED']),
  note: nonEmptyString.optional(),
});

/** Pencabutan laporan (Perbawaslu 7/2022 Pasal 14(1), 17(3)). */
export const withdrawReportSchema = z.object({
  type: z.literal('WithdrawReport'),
  ...base,
  statement: nonEmptyString.optional(),
});
