/**
 * Hand-over between Bawaslu levels (Perbawaslu 7/2022 Pasal 20 [S]): `PELIMPAHAN`, the office
 * handling the case passes it to another office; `PENGAMBILALIHAN`, a higher office takes it
 * over (the acting office is then `to`). From the hand-over on, the receiving office's scope
 * decides who may act.
 */
import { z } from 'zod';
import { commandMetaSchema } from './meta.js';
import { bawasluOfficeSchema } from './office.js';
import { caseIdSchema, textString } from './primitives.js';

export const handOverCaseSchema = z.strictObject({
  type: z.literal('HandOverCase'),
  meta: commandMetaSchema,
  caseId: caseIdSchema,
  kind: z.enum(['PELIMPAHAN', 'PENGAMBILALIHAN']),
  to: bawasluOfficeSchema,
  reason: textString,
});
