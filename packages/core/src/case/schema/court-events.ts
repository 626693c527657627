/** The administrative court's part after an objection (issue 15). Strict. */
import { z } from 'zod';
import { idString, isoDateSchema } from './primitives.js';

export const courtChallengeRecordedSchema = z.object({
  type: z.literal('CourtChallengeRecorded'),
  data: z.discriminatedUnion('step', [
    z.strictObject({
      respondentId: idString,
      step: z.literal('FILED'),
      court: z.enum(['PTUN', 'PT_TUN']),
      registerNumber: idString,
      on: isoDateSchema,
    }),
    z.strictObject({
      respondentId: idString,
      step: z.literal('JUDGMENT'),
      outcome: z.enum(['SANCTION_UPHELD', 'SANCTION_ANNULLED']),
      final: z.boolean(),
      judgmentNumber: idString,
      on: isoDateSchema,
    }),
  ]),
});
