import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { EventRow } from './event-row.js';
import { decodeEventRow, EVENT_COLUMN_NAMES } from './event-row.js';

const metadata = {
  actor: { id: 'officer-1', role: 'bawaslu', scope: {} },
  commandId: 'cmd-1',
  correlationId: 'cmd-1',
  causationId: null,
  rulebookVersion: 'test',
  occurredAt: '2024-10-01T09:00:00+07:00',
  recordedAt: '2024-10-01T02:00:05.000Z',
};

type Column = (typeof EVENT_COLUMN_NAMES)[number];

/** A raw row (the values in column order) from the named columns of a good row, overridden. */
const row = (overrides: Partial<Record<Column, unknown>> = {}): EventRow => {
  const named: Record<Column, unknown> = { ...good, ...overrides };
  return EVENT_COLUMN_NAMES.map((column) => named[column]);
};

const good: Record<Column, unknown> = {
  position: 12,
  stream_id: 'case-7',
  stream_version: 3,
  event_id: '01928c3e-5f3a-7b2c-8d4e-0123456789ab',
  type: 'ReportReceived',
  schema_version: 1,
  data: JSON.stringify({ tempat: 'Balai Desa', n: [1, 2.5] }),
  metadata: JSON.stringify(metadata),
  hash: 'a'.repeat(64),
};

const FILE = '/srv/netra/bantul.db';

describe('decodeEventRow', () => {
  it('decodes a good row into a recorded event, content as stored', () => {
    expect(decodeEventRow(row(), FILE)).toEqual(
      E.right({
        id: '01928c3e-5f3a-7b2c-8d4e-0123456789ab',
        type: 'ReportReceived',
        schemaVersion: 1,
        data: { tempat: 'Balai Desa', n: [1, 2.5] },
        metadata,
        streamId: 'case-7',
        streamVersion: 3,
        globalPosition: 12,
        hash: 'a'.repeat(64),
      }),
    );
  });

  it("reads the event's columns after a query's own leading columns (offset)", () => {
    const decoded = decodeEventRow([1, 'k', ...row({ stream_version: 4 })], FILE, 2);
    expect(E.isRight(decoded) && decoded.right).toMatchObject({
      streamId: 'case-7',
      streamVersion: 4,
      globalPosition: 12,
    });
    // without the offset, the leading columns are read as position and stream id: refused
    expect(E.isLeft(decodeEventRow([1, 'k', ...row()], FILE))).toBe(true);
  });

  it.each([
    ['data that is not JSON', { data: '{"tempat":' }, 'column data is not valid JSON'],
    ['data that is NULL', { data: null }, 'column data is NULL'],
    ['metadata that is not JSON', { metadata: 'oops' }, 'column metadata is not valid JSON'],
    [
      'metadata without an actor',
      { metadata: JSON.stringify({ ...metadata, actor: undefined }) },
      'metadata.actor',
    ],
    ['a type that is not a name', { type: 'has space' }, 'type must be an event type name'],
    ['a schema version 0', { schema_version: 0 }, 'schemaVersion'],
    ['a short hash', { hash: 'abc' }, 'column hash'],
  ])(
    'answers CORRUPT_EVENT for %s, naming stream, version, problem and file',
    (_label, overrides, problem) => {
      const result = decodeEventRow(row(overrides), FILE);
      if (E.isRight(result)) throw new Error('expected CORRUPT_EVENT');
      expect(result.left).toMatchObject({
        code: 'CORRUPT_EVENT',
        streamId: 'case-7',
        streamVersion: 3,
        // the row's place in the log: verifyStore resumes after it
        globalPosition: 12,
      });
      expect(result.left.message).toContain(problem);
      expect(result.left.message).toContain(FILE);
      expect(result.left.message).toContain("stream 'case-7'");
    },
  );

  it('names what it can when the stream columns themselves are damaged', () => {
    const result = decodeEventRow(row({ stream_version: 'three' }), FILE);
    expect(E.isLeft(result) && result.left).toMatchObject({
      code: 'CORRUPT_EVENT',
      streamId: 'case-7',
      streamVersion: 0,
    });
    const noStream = decodeEventRow(row({ stream_id: 5 }), FILE);
    expect(E.isLeft(noStream) && noStream.left.message).toContain('column stream_id is not text');
    expect(E.isLeft(noStream) && noStream.left).toMatchObject({ globalPosition: 12 });
  });

  it.each([
    ['text', '12'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['NULL', null],
  ])(
    'answers CORRUPT_EVENT without globalPosition when the position column is %s: there is no place to resume after',
    (_label, position) => {
      const result = decodeEventRow(row({ position }), FILE);
      if (E.isRight(result)) throw new Error('expected CORRUPT_EVENT');
      expect(result.left).toMatchObject({
        code: 'CORRUPT_EVENT',
        streamId: 'case-7',
        streamVersion: 3,
      });
      expect(result.left.message).toContain(`column position is ${String(position)}`);
      expect('globalPosition' in result.left).toBe(false);
    },
  );
});
