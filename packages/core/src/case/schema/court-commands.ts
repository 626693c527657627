/**
 * The administrative court after an objection (PP 79/2021 Pasal 5(3), 6(3), 9(3), 18): the
 * respondent sues in PTUN after a keberatan (decided, or undecided after its 21 working days),
 * or in PT TUN against BPASN's decision on a banding. The history records the filing and the
 * judgments; a final judgment that annuls the sanction ends it. Strict, bounded.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import { caseIdSchema, idString } from './primitives.js';

/** Gugatan filed, or a judgment given, at `meta.occurredAt`. */
export const recordCourtChallengeSchema = z.strictObject({
  type: z.literal('RecordCourtChallenge'),
  meta: commandMetaSchema,
  caseId: caseIdSchema,
  respondentId: idString,
  step: z.discriminatedUnion('step', [
    z.strictObject({
      step: z.literal('FILED'),
      court: z.enum(['PTUN', 'PT_TUN']),
      registerNumber: idString,
    }),
    z.strictObject({
      step: z.literal('JUDGMENT'),
      /** The sanction decision upheld (the suit rejected) or annulled. */
      outcome: z.enum(['SANCTION_UPHELD', 'SANCTION_ANNULLED']),
      /** True once the judgment is final (berkekuatan hukum tetap). */
      final: z.boolean(),
      judgmentNumber: idString,
    }),
  ]),
});
