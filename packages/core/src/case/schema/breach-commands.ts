/**
 * A lapse noticed (issue 15 item 9): the `system` actor records that a duty the due list shows
 * (dutiesDue) was overdue when it looked, so the history shows when the lapse was seen. Strict.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import { caseIdSchema, idString } from './primitives.js';

export const recordBreachNoticedSchema = z.strictObject({
  type: z.literal('RecordBreachNoticed'),
  meta: commandMetaSchema,
  caseId: caseIdSchema,
  /** The duty's code in the due list, e.g. 'DELIVER_SANCTION'. */
  duty: idString,
  /** The respondent the duty is about; absent for a duty on the whole case. */
  respondentId: idString.optional(),
});
