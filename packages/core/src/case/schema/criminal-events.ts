/** The criminal track after the forward to Polri, as recorded (issue 15 item 8). */
import { z } from 'zod';
import { criminalStepSchema } from './criminal-commands.js';
import { idString, isoDateSchema } from './primitives.js';

/** One step of the criminal track; `due` is the period it answered, null when none runs. */
export const criminalStepRecordedSchema = z.object({
  type: z.literal('CriminalStepRecorded'),
  data: z.strictObject({
    respondentId: idString,
    criminal: criminalStepSchema,
    recordedOn: isoDateSchema,
    due: isoDateSchema.nullable(),
    withinDeadline: z.boolean().nullable(),
  }),
});
