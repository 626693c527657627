/**
 * Where a violation goes after Bawaslu (since rulebook 2024.2): deliberation in Sentra
 * Gakkumdu before the declaration of a crime, the forward to Polri investigators, and the
 * forward of a non-ASN respondent to the authority over them.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import { caseIdSchema, idString, nameString, textString } from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema };

/**
 * Pembahasan in Sentra Gakkumdu (Bawaslu, Polri, prosecutors) on one respondent, held at
 * `meta.occurredAt`: the first after receipt or registration, the second after the study.
 * `PROCEED`: the elements of an election crime are met; `STOP`: they are not.
 */
export const recordGakkumduDeliberationSchema = z.strictObject({
  type: z.literal('RecordGakkumduDeliberation'),
  ...base,
  respondentId: idString,
  stage: z.enum(['FIRST', 'SECOND']),
  conclusion: z.enum(['PROCEED', 'STOP']),
  summary: textString,
});

/**
 * The forward to Polri investigators through Sentra Gakkumdu, within 1×24 hours of Bawaslu's
 * declaration (UU 7/2017 Pasal 476(1); Pilkada Pasal 135(2)), at `meta.occurredAt`.
 */
export const forwardToInvestigatorsSchema = z.strictObject({
  type: z.literal('ForwardToInvestigators'),
  ...base,
  respondentId: idString,
  letterNumber: idString.optional(),
});

/**
 * A non-ASN respondent's violation of other laws to the authority over them (a village head to
 * the Bupati/Wali Kota, …; rulebook `nonAsnRoutes`). `addressee` names the office written to.
 */
export const forwardToCompetentAuthoritySchema = z.strictObject({
  type: z.literal('ForwardToCompetentAuthority'),
  ...base,
  respondentId: idString,
  addressee: nameString,
  copies: z
    .array(nameString)
    .max(10, 'at most 10 entries')
    .refine((xs) => new Set(xs).size === xs.length, { message: 'must not repeat an entry' })
    .optional(),
  letterNumber: idString.optional(),
});
