import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_SCHEMA_VERSIONS,
  type CaseEventUpcasterTable,
  caseEventCodec,
  createCaseEventCodec,
  decodeCaseEvent,
  encodeCaseEvent,
} from '../../src/case/index.js';
import {
  clarify,
  completeRequirements,
  decidedBoth,
  decline,
  extend,
  forward,
  history,
  receiveInternalReport,
  receiveReport,
  recordFinding,
  refer,
  register,
  registered,
  reroute,
  review,
  violation,
  withdraw,
} from './builders.js';
import { SCENARIOS, satgasOf } from './fixtures.js';

describe.each(SCENARIOS)('$regime: event codec', (s) => {
  const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });
  const everyEventType = [
    ...history(
      ...registered(s).slice(0, 2),
      register(s),
      clarify(s, { kind: 'WITNESS', name: 'Sumarni' }),
      extend(s),
    ),
    ...history(
      ...decidedBoth(s, criminal),
      forward(s, [s.respondents[0].respondentId]),
      reroute(s, [s.respondents[0].respondentId], true),
      refer(s, s.respondents[0].respondentId),
      withdraw(s, s.t.referralLateAt),
    ),
    ...history(recordFinding(s)),
    ...history(receiveInternalReport(s, satgasOf(s.respondents[0]))),
    ...history(
      receiveReport(s),
      review(s, { outcome: 'INCOMPLETE', missing: ['SIGNATURE'] }),
      completeRequirements(s, ['SIGNATURE']),
    ),
    ...history(
      receiveReport(s),
      review(s, { outcome: 'OUTSIDE_JURISDICTION' }),
      decline(s, 'OUTSIDE_JURISDICTION', s.t.reviewAt),
    ),
  ];

  it('the fixtures produce every event type', () => {
    const types = new Set(everyEventType.map((e) => e.type));
    expect([...types].sort()).toEqual(Object.keys(CASE_EVENT_SCHEMA_VERSIONS).sort());
  });

  it('round-trips every event through JSON at its current schema version', () => {
    for (const event of everyEventType) {
      const stored = JSON.parse(JSON.stringify(encodeCaseEvent(event)));
      expect(stored.schemaVersion).toBe(1);
      expect(decodeCaseEvent(stored)).toEqual(E.right(event));
      expect(caseEventCodec.decode(caseEventCodec.encode(event))).toEqual(E.right(event));
    }
  });
});

describe('event codec: reading what is stored', () => {
  const [reportReceived] = history(receiveReport(SCENARIOS[0] ?? expect.fail('no scenario')));
  if (reportReceived?.type !== 'ReportReceived') throw new Error('fixture');
  const { timeZone: _dropped, ...v0Data } = reportReceived.data;
  const v0 = { type: 'ReportReceived', schemaVersion: 0, data: v0Data };

  /** A test-local table: v0 ReportReceived had no time zone; offices were all WIB then. */
  const upcasters: CaseEventUpcasterTable = {
    ReportReceived: { 0: (data) => ({ ...(data as object), timeZone: 'WIB' }) },
  };

  it('upcasts an old shape through the injected table, then validates it', () => {
    expect(decodeCaseEvent(v0, { upcasters })).toEqual(E.right(reportReceived));
    expect(createCaseEventCodec({ upcasters }).decode(v0)).toEqual(E.right(reportReceived));
  });

  it('walks several steps in order', () => {
    const chained: CaseEventUpcasterTable = {
      ReportReceived: {
        0: (data) => ({ ...(data as object), timeZone: 'WITA' }),
        1: (data) => ({ ...(data as object), timeZone: 'WIB' }),
      },
    };
    const versions = { ...CASE_EVENT_SCHEMA_VERSIONS, ReportReceived: 2 };
    expect(decodeCaseEvent(v0, { upcasters: chained, versions })).toEqual(E.right(reportReceived));
    expect(encodeCaseEvent(reportReceived, { versions }).schemaVersion).toBe(2);
  });

  it('without an upcaster the old shape is unsupported, not guessed', () => {
    expect(decodeCaseEvent(v0)).toMatchObject(E.left({ code: 'UNSUPPORTED_SCHEMA_VERSION' }));
  });

  it('an upcaster that fails gives INVALID_EVENT, not an exception', () => {
    const throwing: CaseEventUpcasterTable = {
      ReportReceived: {
        0: () => {
          throw new Error('cannot read');
        },
      },
    };
    expect(decodeCaseEvent(v0, { upcasters: throwing })).toMatchObject(
      E.left({ code: 'INVALID_EVENT' }),
    );
  });

  it('refuses a version newer than the code, an unknown type, and invalid data', () => {
    expect(decodeCaseEvent({ ...v0, schemaVersion: 2, data: reportReceived.data })).toMatchObject(
      E.left({ code: 'UNSUPPORTED_SCHEMA_VERSION', field: 'schemaVersion' }),
    );
    expect(decodeCaseEvent({ type: 'CaseDeleted', schemaVersion: 1, data: {} })).toMatchObject(
      E.left({ code: 'UNKNOWN_EVENT_TYPE' }),
    );
    expect(decodeCaseEvent({ type: 'toString', schemaVersion: 1, data: {} })).toMatchObject(
      E.left({ code: 'UNKNOWN_EVENT_TYPE' }),
    );
    expect(
      decodeCaseEvent({
        type: 'ReportReceived',
        schemaVersion: 1,
        data: { ...reportReceived.data, receivedOn: '2024-13-01' },
      }),
    ).toMatchObject(E.left({ code: 'INVALID_EVENT', field: 'data.receivedOn' }));
    expect(
      decodeCaseEvent({
        type: 'ReportReceived',
        schemaVersion: 1,
        data: { ...reportReceived.data, hackedBy: 'x' },
      }),
    ).toMatchObject(E.left({ code: 'INVALID_EVENT' }));
  });
});
