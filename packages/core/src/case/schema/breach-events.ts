/** A lapse noticed by the system (issue 15 item 9). Strict. */
import { z } from 'zod';
import { idString, instantSchema, isoDateSchema } from './primitives.js';

export const breachNoticedSchema = z.object({
  type: z.literal('BreachNoticed'),
  data: z.strictObject({
    duty: idString,
    respondentId: idString.nullable(),
    /** Who owed it (the due list's holder). */
    who: idString,
    /** The day (and, on the clock, the instant) the duty was due by. */
    due: isoDateSchema,
    dueAt: instantSchema.nullable(),
    noticedAt: instantSchema,
    /** The rule that set the duty, in words: `instrument article`. */
    rule: z.string().max(2000),
  }),
});
