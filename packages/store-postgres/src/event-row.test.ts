import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { decodeEventRow, decodeEventRows, EVENT_COLUMNS } from './event-row.js';

const metadata = {
  actor: { id: 'pengawas-2', role: 'bawaslu', scope: {} },
  commandId: 'cmd-9',
  correlationId: 'cmd-9',
  causationId: 'cmd-8',
  rulebookVersion: '2024.2',
  occurredAt: '2024-11-04T10:30:00+07:00',
  recordedAt: '2024-11-04T03:30:02.000Z',
};

/** An array row as the driver answers `sql.arrays`: the int8 columns as decimal strings. */
const row = (position: unknown = '12', streamVersion: unknown = 3): unknown[] => [
  position,
  'case-7',
  streamVersion,
  '01928c3e-5f3a-7b2c-8d4e-0123456789ab',
  'ReportReceived',
  '1',
  JSON.stringify({ tempat: 'Balai Desa' }),
  JSON.stringify(metadata),
  'a'.repeat(64),
];

const TABLE = 'netra.netra_events';

describe('decodeEventRow (PostgreSQL, array rows)', () => {
  it('reads the values in the order EVENT_COLUMNS names them, int8 strings as numbers', () => {
    expect(EVENT_COLUMNS.split(', ').at(0)).toBe('position');
    expect(decodeEventRow(row(), TABLE)).toEqual(
      E.right({
        id: '01928c3e-5f3a-7b2c-8d4e-0123456789ab',
        type: 'ReportReceived',
        schemaVersion: 1,
        data: { tempat: 'Balai Desa' },
        metadata,
        streamId: 'case-7',
        streamVersion: 3,
        globalPosition: 12,
        hash: 'a'.repeat(64),
      }),
    );
  });

  it("reads after a query's own leading columns (offset), and every row of a page", () => {
    const withHead = ['case-7', '3', 'b'.repeat(64), ...row('13', 4)];
    expect(decodeEventRow(withHead, TABLE, 3)).toMatchObject(
      E.right({ streamVersion: 4, globalPosition: 13 }),
    );
    const page = decodeEventRows([row('12', 3), row('13', 4)], TABLE);
    expect(E.isRight(page) && page.right.map((e) => e.globalPosition)).toEqual([12, 13]);
  });

  it('refuses a position past 2^53 as corrupt, naming the table, rather than rounding it', () => {
    const decoded = decodeEventRow(row('9007199254740993'), TABLE);
    if (E.isRight(decoded)) throw new Error('expected CORRUPT_EVENT');
    expect(decoded.left).toMatchObject({ code: 'CORRUPT_EVENT', streamId: 'case-7' });
    expect(decoded.left.message).toContain(TABLE);
    // no place in the log to resume after: not the rounded 2^53, not any number
    expect(decoded.left).not.toHaveProperty('globalPosition');
    expect(decoded.left.message).toContain('column position is 9007199254740993');
  });
});
