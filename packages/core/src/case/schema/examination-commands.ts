/**
 * The PPK stage before a discipline sanction (PP 94/2021 Pasal 26–27; Perban 6/2022): the
 * written summons (at most two), the examination or the respondent's absence, and the temporary
 * release from duty while a heavy sanction is likely. Every command names one respondent.
 * Strict, bounded.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import { caseIdSchema, idString, isoDateSchema, nameString, textString } from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema, respondentId: idString };

/** Golongan ruang of a PNS (I/a … IV/e), lowest first. */
export const PNS_GRADES = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;

/** Golongan of a PPPK (I … XVII), lowest first. */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export const gradeSchema = z.enum([...PNS_GRADES, ...PPPK_GRADES]);
export type Grade = z.infer<typeof gradeSchema>;

/**
 * Surat panggilan, dated `meta.occurredAt`, for an examination on `examinationOn` (at most 7
 * working days after the letter, Pasal 26(2)).
 */
export const summonForExaminationSchema = z.strictObject({
  type: z.literal('SummonForExamination'),
  ...base,
  letterNumber: idString,
  examinationOn: isoDateSchema,
});

/** One member of the examination team (tim pemeriksa), with their grade. */
export const teamMemberSchema = z.strictObject({
  name: nameString,
  grade: gradeSchema,
  /** Atasan langsung, unsur pengawasan (Inspektorat), unsur kepegawaian (BKPSDM). */
  element: z.enum(['ATASAN_LANGSUNG', 'PENGAWASAN', 'KEPEGAWAIAN']),
});

/**
 * The examination on the last summons, at `meta.occurredAt`: EXAMINED (the BAP, and the team
 * when one was formed: required for a heavy sanction, optional for a moderate one), or ABSENT
 * (the respondent did not come).
 */
export const recordExaminationSchema = z.strictObject({
  type: z.literal('RecordExamination'),
  ...base,
  result: z.discriminatedUnion('outcome', [
    z.strictObject({
      outcome: z.literal('EXAMINED'),
      bapReference: idString,
      team: z
        .strictObject({
          respondentGrade: gradeSchema,
          members: z
            .array(teamMemberSchema)
            .min(1, 'name at least one member')
            .max(10, 'at most 10 entries')
            .refine((xs) => new Set(xs.map((m) => m.name)).size === xs.length, {
              message: 'must not repeat a member',
            }),
        })
        .optional(),
    }),
    z.strictObject({ outcome: z.literal('ABSENT') }),
  ]),
});

/**
 * Pembebasan sementara dari tugas jabatan, at `meta.occurredAt`: while a heavy sanction is
 * likely, for the examination to run; it lasts until the decision on the sanction.
 */
export const releaseFromDutySchema = z.strictObject({
  type: z.literal('ReleaseFromDuty'),
  ...base,
  decreeNumber: idString,
  reason: textString,
});
