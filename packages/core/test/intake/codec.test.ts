import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_SCHEMA_VERSIONS,
  type CaseEvent,
  type CaseEventUpcasterTable,
  caseEventCodec,
  createCaseEventCodec,
  decodeCaseEvent,
  encodeCaseEvent,
} from '../../src/case/index.js';
import {
  announce,
  blockData,
  breachNoticed,
  clarify,
  completeRequirements,
  courtChallenge,
  criminalStep,
  decide,
  decidedBoth,
  decideObjection,
  decideSanction,
  decline,
  deliverSanction,
  examined,
  extend,
  fileObjection,
  forward,
  forwardToAuthority,
  forwardToInvestigators,
  history,
  noticed,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  proven,
  receiveInternalReport,
  receiveReport,
  recordFinding,
  register,
  registered,
  releaseFromDuty,
  reroute,
  respondentExit,
  review,
  supervisorOutcome,
  takeUp,
  unblockData,
  violation,
  withdraw,
} from './builders.js';
import { SCENARIOS, type Scenario, satgasOf } from './fixtures.js';

/**
 * Event types today's decider no longer produces, or that are not exercised here: the 2024.1
 * referral (ReferToGakkumdu now records ForwardedToInvestigators), the hand-over, whose
 * command is specified in handover.test.ts, and a served sanction (objections.test.ts), which
 * ends after these fixtures' decision clock. Written out so that the codec still reads them.
 */
const writtenOut = (s: Scenario): CaseEvent[] => [
  {
    type: 'ReferredToGakkumdu',
    data: {
      respondentId: s.respondents[0].respondentId,
      referredOn: s.t.referralDue,
      referralDue: s.t.referralDue,
      referredWithinDeadline: true,
    },
  },
  {
    // Served at the end of its duration, a year after these fixtures' decision clock.
    type: 'SanctionServed',
    data: {
      respondentId: s.respondents[0].respondentId,
      servedOn: OBJECTION_TIMES[s.regime].endsOn,
      endsOn: OBJECTION_TIMES[s.regime].endsOn,
    },
  },
  {
    type: 'CaseHandedOver',
    data: {
      kind: 'PELIMPAHAN',
      from: { level: 'KABKOTA', regionCode: s.region.code },
      to: { level: 'PROVINSI', regionCode: s.region.code.slice(0, 2) },
      handedOverOn: s.t.reviewedOn,
      reason: 'Kewenangan penanganan berada pada Bawaslu Provinsi.',
    },
  },
];

describe.each(SCENARIOS)('$regime: event codec', (s) => {
  const [first] = s.respondents;
  const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });
  const decided = [
    ...history(
      ...registered(s).slice(0, 2),
      register(s),
      clarify(s, { kind: 'WITNESS', name: 'Sumarni' }),
      extend(s),
    ),
    ...history(
      ...decidedBoth(s, criminal),
      forward(s, [first.respondentId]),
      reroute(s, [first.respondentId], true),
      forwardToInvestigators(s, first.respondentId, s.t.forwardAt),
      withdraw(s, s.t.referralLateAt),
    ),
    ...history(recordFinding(s)),
    ...history(receiveInternalReport(s, satgasOf(first))),
    ...history(...noticed(s, 'SIGNATURE'), completeRequirements(s, ['SIGNATURE'])),
    ...history(
      ...noticed(s, 'SIGNATURE'),
      decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt),
      announce(s, s.t.afterCompletionAt),
      takeUp(s, s.t.afterCompletionAt),
    ),
    ...history(
      receiveReport(s, { respondents: [first, s.villageHead] }),
      review(s),
      register(s),
      decide(s, s.villageHead.respondentId, {
        outcome: 'VIOLATION',
        tracks: ['OTHER_LAW'],
        conductOn: s.skb.conductOn,
      }),
      forwardToAuthority(s, s.villageHead.respondentId),
    ),
    ...history(
      ...decidedBoth(s),
      forward(s, [first.respondentId]),
      supervisorOutcome(
        s,
        first.respondentId,
        proven('MODERATE', first.agency.id),
        PROCEEDING_TIMES[s.regime].outcomeAt,
      ),
      ...examined(s, first.respondentId),
      blockData(s, first.respondentId, PROCEEDING_TIMES[s.regime].blockAt),
      decideSanction(s, first.respondentId, PROCEEDING_TIMES[s.regime].sanctionAt),
      unblockData(s, first.respondentId, PROCEEDING_TIMES[s.regime].deliverAt),
      deliverSanction(s, first.respondentId, PROCEEDING_TIMES[s.regime].deliverAt),
      fileObjection(s, first.respondentId, OBJECTION_TIMES[s.regime].fileAt),
      decideObjection(s, first.respondentId, OBJECTION_TIMES[s.regime].decideAt, {
        outcome: 'REDUCED',
        sanction: 'TEGURAN_TERTULIS',
      }),
      courtChallenge(s, first.respondentId, OBJECTION_TIMES[s.regime].decideAt),
      respondentExit(s, first.respondentId, OBJECTION_TIMES[s.regime].decideAt, 'RESIGNED'),
    ),
    ...history(
      ...decidedBoth(s),
      forward(s, [first.respondentId]),
      supervisorOutcome(
        s,
        first.respondentId,
        proven('HEAVY', first.agency.id),
        PROCEEDING_TIMES[s.regime].outcomeAt,
      ),
      ...examined(s, first.respondentId).slice(0, 1),
      releaseFromDuty(s, first.respondentId, PROCEEDING_TIMES[s.regime].summonAt),
      ...examined(s, first.respondentId).slice(1),
      decideSanction(s, first.respondentId, PROCEEDING_TIMES[s.regime].sanctionAt),
      breachNoticed(
        s,
        'DELIVER_SANCTION',
        PROCEEDING_TIMES[s.regime].lateDeliverAt,
        first.respondentId,
      ),
    ),
    ...history(
      ...decidedBoth(s, criminal),
      forwardToInvestigators(s, first.respondentId, s.t.forwardAt),
      criminalStep(s, first.respondentId, s.t.forwardAt, { step: 'FILE_TO_PROSECUTOR' }),
    ),
    ...history(
      receiveReport(s),
      review(s, { outcome: 'OUTSIDE_JURISDICTION' }),
      decline(s, 'OUTSIDE_JURISDICTION', s.t.reviewAt),
    ),
  ];
  const everyEventType = [...decided, ...writtenOut(s)];

  it('the fixtures produce every event type the decider records; the rest are written out', () => {
    const produced = new Set(decided.map((e) => e.type));
    const rest = writtenOut(s).map((e) => e.type);
    for (const type of rest) expect(produced.has(type), type).toBe(false);
    expect([...produced, ...rest].sort()).toEqual(Object.keys(CASE_EVENT_SCHEMA_VERSIONS).sort());
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
