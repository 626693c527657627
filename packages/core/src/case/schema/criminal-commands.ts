/**
 * The criminal track after the forward to Polri investigators (issue 15 item 8): what Sentra
 * Gakkumdu records of the investigation, the prosecution and the courts, one step at a time.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import { caseIdSchema, idString, textString } from './primitives.js';

/**
 * - `FILE_TO_PROSECUTOR`: the investigators hand the file to the prosecutor;
 * - `FILE_RETURNED`: the prosecutor returns it incomplete (at most once);
 * - `FILE_RESUBMITTED`: the investigators hand it back;
 * - `INDICTED`: the prosecutor brings the case to the district court;
 * - `DISTRICT_VERDICT`, `APPEAL_FILED`, `HIGH_COURT_VERDICT` (final);
 * - `STOPPED`: the investigation or prosecution is stopped.
 */
export const criminalStepSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('FILE_TO_PROSECUTOR') }),
  z.strictObject({ step: z.literal('FILE_RETURNED') }),
  z.strictObject({ step: z.literal('FILE_RESUBMITTED') }),
  z.strictObject({ step: z.literal('INDICTED') }),
  z.strictObject({
    step: z.literal('DISTRICT_VERDICT'),
    verdict: z.enum(['GUILTY', 'ACQUITTED']),
    summary: textString,
  }),
  z.strictObject({ step: z.literal('APPEAL_FILED') }),
  z.strictObject({
    step: z.literal('HIGH_COURT_VERDICT'),
    verdict: z.enum(['GUILTY', 'ACQUITTED']),
    summary: textString,
  }),
  z.strictObject({ step: z.literal('STOPPED'), reason: textString }),
]);

export const recordCriminalStepSchema = z.strictObject({
  type: z.literal('RecordCriminalStep'),
  meta: commandMetaSchema,
  caseId: caseIdSchema,
  respondentId: idString,
  criminal: criminalStepSchema,
});
