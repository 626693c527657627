/**
 * Intake commands (research/legal-process.md §3.1–§3.2 steps 1–6): opening a case from a report,
 * a finding or an internal report, the kajian awal, completion of requirements, registration or
 * its refusal, and withdrawal.
 *
 * Every object is strict: an unknown key (`nota` for `note`) is refused, never dropped with
 * the clerk's text in it. Commands that carry lists are built for the office's list limits
 * (`…SchemaFor`, see limits.ts).
 */
import { z } from 'zod';
import type { CaseListLimits } from './limits.js';
import { commandMetaSchema } from './meta.js';
import {
  atMostEntries,
  caseIdSchema,
  evidenceListSchema,
  idString,
  incidentSchema,
  isoDateSchema,
  nameString,
  regimeSchema,
  regionSchema,
  reportedIncidentSchema,
  reporterSchema,
  requirementSchema,
  respondentSchema,
  textString,
  timeZoneSchema,
  uniqueList,
} from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema };

/** The people reported: at least one, at most `max`; ids unique within the case. */
const respondentsSchema = (max: number) =>
  z
    .array(respondentSchema)
    .min(1, 'a case names at least one respondent (terlapor)')
    .max(max, atMostEntries(max, 'respondents'))
    .refine((rs) => new Set(rs.map((r) => r.respondentId)).size === rs.length, {
      message: 'respondent ids must be unique',
    });

/** Where the case is handled: regime, the office's time zone and the region (kab/kota or province). */
const jurisdiction = { regime: regimeSchema, timeZone: timeZoneSchema, region: regionSchema };

/**
 * Laporan: a report filed at the Bawaslu desk (role bawaslu) or online, e.g. SIGAPLAPOR (role
 * reporter). Received at `meta.occurredAt`.
 */
export const receiveReportSchemaFor = (lists: CaseListLimits) =>
  z.strictObject({
    type: z.literal('ReceiveReport'),
    ...base,
    ...jurisdiction,
    reporter: reporterSchema,
    respondents: respondentsSchema(lists.respondents),
    incident: reportedIncidentSchema,
    evidence: evidenceListSchema(lists.evidence),
  });

/**
 * The Bawaslu body whose supervision found the violation: Bawaslu RI, Provinsi, Kab/Kota, or an
 * ad hoc body (Panwaslu Kecamatan, Panwaslu Kelurahan/Desa, Pengawas TPS) whose findings go up
 * to Bawaslu Kab/Kota (UU 7/2017 Pasal 454).
 */
export const supervisingOfficeSchema = z.strictObject({
  level: z.enum(['RI', 'PROVINSI', 'KABKOTA', 'KECAMATAN', 'KELURAHAN_DESA', 'TPS']),
  name: nameString,
});

/**
 * Temuan: Bawaslu's own supervision result, set as a finding within the SET_FINDING period of
 * its discovery (UU 7/2017 Pasal 454(5)). Set at `meta.occurredAt`; no kajian awal needed.
 */
export const recordFindingSchemaFor = (lists: CaseListLimits) =>
  z.strictObject({
    type: z.literal('RecordFinding'),
    ...base,
    ...jurisdiction,
    supervisingOffice: supervisingOfficeSchema,
    discoveredOn: isoDateSchema,
    respondents: respondentsSchema(lists.respondents),
    incident: incidentSchema,
    evidence: evidenceListSchema(lists.evidence),
  });

/**
 * An internal report by an OPD neutrality task force (satgas) or a direct superior (atasan
 * langsung). PP 94/2021 discipline is not complaint-based, so it goes straight to the employer.
 */
export const receiveInternalReportSchemaFor = (lists: CaseListLimits) =>
  z.strictObject({
    type: z.literal('ReceiveInternalReport'),
    ...base,
    ...jurisdiction,
    respondents: respondentsSchema(lists.respondents),
    incident: reportedIncidentSchema,
    evidence: evidenceListSchema(lists.evidence),
  });

/** A requirement list without repeats can name each requirement once at most. */
const REQUIREMENT_COUNT = requirementSchema.options.length;

/** Outcome of the kajian awal (Perbawaslu 7/2022 Pasal 15). */
export const reviewResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('COMPLETE') }),
  z.strictObject({
    outcome: z.literal('INCOMPLETE'),
    missing: uniqueList(requirementSchema, REQUIREMENT_COUNT).min(
      1,
      'name at least one missing requirement',
    ),
  }),
  z.strictObject({ outcome: z.literal('TIME_BARRED') }),
  z.strictObject({ outcome: z.literal('OUTSIDE_JURISDICTION') }),
]);
export type ReviewResult = z.infer<typeof reviewResultSchema>;

/** Kajian awal of a report, completed at `meta.occurredAt`. */
export const completePreliminaryReviewSchema = z.strictObject({
  type: z.literal('CompletePreliminaryReview'),
  ...base,
  result: reviewResultSchema,
  note: textString.optional(),
});

/** The reporter supplies what the kajian awal found missing (kelengkapan laporan). */
export const completeRequirementsSchemaFor = (lists: CaseListLimits) =>
  z.strictObject({
    type: z.literal('CompleteRequirements'),
    ...base,
    supplied: uniqueList(requirementSchema, REQUIREMENT_COUNT).min(
      1,
      'name at least one supplied requirement',
    ),
    evidence: evidenceListSchema(lists.evidence).optional(),
  });

/** Registrasi, e.g. registration number '001/Reg/LP/PB/Kab/13.08/IX/2024'. */
export const registerCaseSchema = z.strictObject({
  type: z.literal('RegisterCase'),
  ...base,
  registrationNumber: idString,
});

/** Tidak diregistrasi: the report is not registered, for one of three reasons. */
export const declineRegistrationSchema = z.strictObject({
  type: z.literal('DeclineRegistration'),
  ...base,
  reason: z.enum(['TIME_BARRED', 'OUTSIDE_JURISDICTION', 'REQUIREMENTS_NOT_COMPLETED']),
  note: textString.optional(),
});

/** Pencabutan laporan (Perbawaslu 7/2022 Pasal 14(1), 17(3)). */
export const withdrawReportSchema = z.strictObject({
  type: z.literal('WithdrawReport'),
  ...base,
  statement: textString.optional(),
});
