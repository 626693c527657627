/** Events of the PPK's examination stage (PP 94/2021 Pasal 26–27, issue 15). Strict. */
import { z } from 'zod';
import { gradeSchema, teamMemberSchema } from './examination-commands.js';
import { idString, isoDateSchema, textString } from './primitives.js';

/**
 * Dipanggil. `examinationDue`: the latest examination date the letter may set (7 working days,
 * Pasal 26(2)). For the second summons, `letterDue` is the latest day to send it (7 working days
 * after the missed examination, Pasal 26(3)) and `letterWithinDeadline` whether it was; null
 * and true for the first.
 */
export const respondentSummonedSchema = z.object({
  type: z.literal('RespondentSummoned'),
  data: z.strictObject({
    respondentId: idString,
    summons: z.union([z.literal(1), z.literal(2)]),
    letterNumber: idString,
    letterOn: isoDateSchema,
    examinationOn: isoDateSchema,
    examinationDue: isoDateSchema,
    letterDue: isoDateSchema.nullable(),
    letterWithinDeadline: z.boolean(),
  }),
});

/**
 * Diperiksa (a BAP) or tidak hadir on the summons `summons`. `rankComparable`: false when a team
 * member's grade and the respondent's are on different scales (PNS golongan ruang, PPPK
 * golongan), which the rules cannot compare; null without a team.
 */
export const examinationRecordedSchema = z.object({
  type: z.literal('ExaminationRecorded'),
  data: z.strictObject({
    respondentId: idString,
    summons: z.union([z.literal(1), z.literal(2)]),
    outcome: z.enum(['EXAMINED', 'ABSENT']),
    on: isoDateSchema,
    bapReference: idString.nullable(),
    team: z
      .strictObject({ respondentGrade: gradeSchema, members: z.array(teamMemberSchema) })
      .nullable(),
    rankComparable: z.boolean().nullable(),
  }),
});

/** Dibebaskan sementara dari tugas jabatan, until the decision on the sanction. */
export const releasedFromDutySchema = z.object({
  type: z.literal('ReleasedFromDuty'),
  data: z.strictObject({
    respondentId: idString,
    releasedOn: isoDateSchema,
    decreeNumber: idString,
    reason: textString,
  }),
});
