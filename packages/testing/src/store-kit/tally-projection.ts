import type { Projection } from '@netra/core';
import { projectionFault } from '@netra/core';
import { either as E } from 'fp-ts';

export type TallyRow = { readonly sum: number; readonly events: number };

/**
 * A small projection for the runner's and inline mode's tests: per stream, the sum of the
 * events' `n` and their count; totals of both; indexed by parity of the sum. It refuses an
 * event of type 'Refused' (a fault naming it), as a projection refuses an event it cannot read.
 */
export const tallyProjection: Projection<TallyRow> = {
  name: 'tally',
  version: 1,
  evolve: (row, event) => {
    if (event.type === 'Refused') {
      return E.left(
        projectionFault('tally', event, 'UNKNOWN_EVENT_TYPE', 'tally reads no Refused event'),
      );
    }
    const n = (event.data as { n?: unknown }).n;
    const amount = typeof n === 'number' ? n : 0;
    return E.right({ sum: (row?.sum ?? 0) + amount, events: (row?.events ?? 0) + 1 });
  },
  totals: (row) => [
    ['sum', row.sum],
    ['events', row.events],
    ['streams', 1],
  ],
  keys: (row) => [row.sum % 2 === 0 ? 'even' : 'odd'],
};
