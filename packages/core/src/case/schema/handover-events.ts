/** The hand-over between Bawaslu levels, as recorded. */
import { z } from 'zod';
import { bawasluOfficeSchema } from './office.js';
import { isoDateSchema, textString } from './primitives.js';

/**
 * Dilimpahkan / diambil alih. `from` is the office that handled the case, or null when no office
 * had been fixed (the case was then handled by any office whose territory covers its region).
 */
export const caseHandedOverSchema = z.object({
  type: z.literal('CaseHandedOver'),
  data: z.strictObject({
    kind: z.enum(['PELIMPAHAN', 'PENGAMBILALIHAN']),
    from: bawasluOfficeSchema.nullable(),
    to: bawasluOfficeSchema,
    handedOverOn: isoDateSchema,
    reason: textString,
  }),
});
