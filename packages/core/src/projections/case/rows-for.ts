/**
 * The rows a query needs: those indexed under a key when the query narrows to one (a Bawaslu
 * office, an employer, a region), else every row. The index is derived from the rows
 * (case-read-models.ts `keys`), so it narrows the scan and never changes an answer.
 */
import type { ReadModel } from '../read-model.js';
import type { ActingBodyKind } from './bodies.js';
import type { CaseRow } from './case-row.js';
import { employerKey, officeKey, regionKey } from './keys.js';

/** The rows indexed under `key`, or every row when `key` is undefined. */
export function* rowsUnder(model: ReadModel<CaseRow>, key?: string): Generator<CaseRow> {
  if (key === undefined) {
    for (const [, row] of model.rows()) yield row;
    return;
  }
  for (const streamId of model.streamsUnder(key)) {
    const row = model.row(streamId);
    if (row !== undefined) yield row;
  }
}

/** The index key under which every case owing something to body `kind`/`id` is found, if any. */
export const bodyIndexKey = (kind?: ActingBodyKind, id?: string): string | undefined => {
  if (kind === undefined || id === undefined) return undefined;
  switch (kind) {
    case 'BAWASLU':
      return officeKey(id);
    case 'PPK':
    case 'ATASAN_PEJABAT':
      return employerKey(id);
    case 'INVESTIGATORS':
    case 'PROSECUTOR':
    case 'COURT':
    case 'PARTIES':
      return regionKey(id);
    default:
      return undefined;
  }
};

/** The rows that can hold work for body `kind`/`id` (every row when it names no indexed body). */
export const rowsFor = (
  model: ReadModel<CaseRow>,
  kind?: ActingBodyKind,
  id?: string,
): Generator<CaseRow> => rowsUnder(model, bodyIndexKey(kind, id));
