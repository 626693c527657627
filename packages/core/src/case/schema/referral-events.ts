/** Events of the referrals after Bawaslu's decision (since rulebook 2024.2). */
import { z } from 'zod';
import { idString, instantSchema, isoDateSchema, nameString, textString } from './primitives.js';

/** Pembahasan held in Sentra Gakkumdu on one respondent. */
export const gakkumduDeliberationHeldSchema = z.object({
  type: z.literal('GakkumduDeliberationHeld'),
  data: z.strictObject({
    respondentId: idString,
    stage: z.enum(['FIRST', 'SECOND']),
    conclusion: z.enum(['PROCEED', 'STOP']),
    heldAt: instantSchema,
    heldOn: isoDateSchema,
    summary: textString,
  }),
});

/**
 * Diteruskan ke penyidik Polri. `dueAt` is 1×24 hours after the declaration instant
 * (`declaredAt`), counted on the clock.
 */
export const forwardedToInvestigatorsSchema = z.object({
  type: z.literal('ForwardedToInvestigators'),
  data: z.strictObject({
    respondentId: idString,
    declaredAt: instantSchema,
    forwardedAt: instantSchema,
    forwardedOn: isoDateSchema,
    dueAt: instantSchema,
    forwardedWithinDeadline: z.boolean(),
    letterNumber: idString.optional(),
  }),
});

/** Diteruskan ke instansi yang berwenang (non-ASN respondent). */
export const forwardedToCompetentAuthoritySchema = z.object({
  type: z.literal('ForwardedToCompetentAuthority'),
  data: z.strictObject({
    respondentId: idString,
    authority: z.enum([
      'BUPATI_WALIKOTA',
      'KEPALA_DESA',
      'PPK_OR_OPD_HEAD',
      'TNI_COMMAND',
      'POLRI_COMMAND',
    ]),
    addressee: nameString,
    copies: z.array(nameString),
    forwardedOn: isoDateSchema,
    letterNumber: idString.optional(),
  }),
});
