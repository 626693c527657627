/**
 * Why `classifyAct` could not classify an act. Every case is input a user can get wrong on a
 * form (DESIGN.md §4: errors are values), so none throws. The message is a sentence a Bawaslu
 * clerk can act on; `field` names the input; `legalBasis` cites the rule where there is one.
 */
import type { LegalBasis } from './types.js';

export type ClassifyActErrorCode =
  | 'UNKNOWN_REGIME'
  | 'INVALID_DATE'
  | 'OUTSIDE_ELECTION_CALENDAR'
  | 'UNKNOWN_SKB_CODE'
  | 'NO_ITEM_AT_STAGE';

export interface ClassifyActError {
  readonly code: ClassifyActErrorCode;
  readonly field: 'regime' | 'on' | 'code';
  readonly message: string;
  readonly legalBasis?: LegalBasis;
}

export const classifyActError = (
  code: ClassifyActErrorCode,
  field: ClassifyActError['field'],
  message: string,
  legalBasis?: LegalBasis,
): ClassifyActError => ({
  code,
  field,
  message,
  ...(legalBasis === undefined ? {} : { legalBasis }),
});
