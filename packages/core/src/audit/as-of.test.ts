import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { decide, registered } from '../../test/intake/builders.js';
import { PEMILU } from '../../test/intake/fixtures.js';
import { type CaseState, respondentIn } from '../case/state.js';
import type { EventStore } from '../store/event-store.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { caseAsOf, storeCaseAsOf } from './as-of.js';
import { eventsOf as caseEventsOf, recordedStore } from './audit-histories.fixture.js';

const s = PEMILU;
const [first, second] = [s.respondents[0].respondentId, s.respondents[1].respondentId];

const eventsOf = (store: EventStore) => caseEventsOf(store, s.caseId);

const decisionOf = (state: CaseState, respondentId: string) =>
  state.status === 'NONE' ? undefined : respondentIn(state, respondentId)?.decision;

/** A decision of 29 Jan keyed in on 5 Feb; the second respondent's, back-dated to 26 Jan, on 6 Feb. */
const lateEntered = () =>
  recordedStore([
    ...registered(s),
    [decide(s, first), '2024-02-05T03:00:00Z'],
    [decide(s, second, undefined, '2024-01-26T11:00:00+07:00'), '2024-02-06T03:00:00Z'],
  ]);

describe('caseAsOf', () => {
  it('by legal time the late-entered decision is in; by recorded time, at the same instant, it is not', async () => {
    const events = await eventsOf(await lateEntered());
    const at = new Date('2024-02-01T00:00:00Z');

    const legal = caseAsOf(events, at, 'occurredAt');
    if (E.isLeft(legal)) return expect.fail(legal.left.message);
    expect(legal.right).toMatchObject({ version: 5, included: 5, prefix: true, excludedLater: [] });
    expect(decisionOf(legal.right.state, first)).toMatchObject({ decidedOn: '2024-01-29' });
    expect(decisionOf(legal.right.state, second)).toMatchObject({ decidedOn: '2024-01-26' });

    const known = caseAsOf(events, at, 'recordedAt');
    if (E.isLeft(known)) return expect.fail(known.left.message);
    expect(known.right).toMatchObject({ version: 3, included: 3, prefix: true });
    expect(known.right.state.status).toBe('REGISTERED');
    expect(decisionOf(known.right.state, first)).toBeNull();
    expect(known.right.excludedLater).toEqual([
      {
        streamVersion: 4,
        type: 'RespondentDecided',
        occurredAt: s.t.decideAt,
        recordedAt: '2024-02-05T03:00:00.000Z',
      },
      {
        streamVersion: 5,
        type: 'RespondentDecided',
        occurredAt: '2024-01-26T11:00:00+07:00',
        recordedAt: '2024-02-06T03:00:00.000Z',
      },
    ]);
    expect(known.right.backdatedAfterCutoff).toEqual([]);
  });

  it('by legal time stops at the first later act and lists a back-dated step entered after it', async () => {
    const events = await eventsOf(await lateEntered());
    const result = caseAsOf(events, new Date('2024-01-27T00:00:00Z'), 'occurredAt');
    if (E.isLeft(result)) return expect.fail(result.left.message);
    expect(result.right).toMatchObject({ version: 3, included: 3, prefix: true });
    expect(result.right.excludedLater.map((e) => e.streamVersion)).toEqual([4, 5]);
    expect(result.right.backdatedAfterCutoff).toEqual([
      expect.objectContaining({ streamVersion: 5, occurredAt: '2024-01-26T11:00:00+07:00' }),
    ]);
  });

  it('by recorded time takes exactly the events recorded by then, and says when they are no prefix', async () => {
    // The host clock was set back between the two decisions.
    const store = await recordedStore([
      ...registered(s),
      [decide(s, first), '2024-02-05T03:00:00Z'],
      [decide(s, second, undefined, '2024-01-29T16:00:00+07:00'), '2024-02-02T03:00:00Z'],
    ]);
    const result = caseAsOf(await eventsOf(store), new Date('2024-02-03T00:00:00Z'), 'recordedAt');
    if (E.isLeft(result)) return expect.fail(result.left.message);
    expect(result.right).toMatchObject({ version: 5, included: 4, prefix: false });
    expect(result.right.excludedLater.map((e) => e.streamVersion)).toEqual([4]);
    expect(decisionOf(result.right.state, first)).toBeNull();
    expect(decisionOf(result.right.state, second)).toMatchObject({ decidedOn: '2024-01-29' });
  });

  it('before the first event shows no case', async () => {
    const events = await eventsOf(await lateEntered());
    const result = caseAsOf(events, new Date('2024-01-01T00:00:00Z'), 'occurredAt');
    expect(E.isRight(result) && result.right).toMatchObject({
      version: 0,
      included: 0,
      state: { status: 'NONE' },
    });
  });

  it('refuses an as-of view of a tampered stream, even when the tampering is after the date', async () => {
    const events = [...(await eventsOf(await lateEntered()))];
    events[4] = { ...events[4]!, data: { ...(events[4]!.data as object), respondentId: first } };
    expect(caseAsOf(events, new Date('2024-01-20T00:00:00Z'), 'recordedAt')).toEqual(
      E.left(
        expect.objectContaining({
          code: 'CHAIN_BROKEN',
          reason: 'HASH_MISMATCH',
          streamVersion: 5,
        }),
      ),
    );
  });
});

describe('storeCaseAsOf', () => {
  it('reads the head, then the stream, and answers the view', async () => {
    const store = await lateEntered();
    const result = await storeCaseAsOf(
      store,
      s.caseId,
      new Date('2024-02-01T00:00:00Z'),
      'recordedAt',
    );
    expect(E.isRight(result) && result.right).toMatchObject({ version: 3, included: 3 });
  });

  it('refuses a stream whose last events were deleted', async () => {
    const events = await eventsOf(await lateEntered());
    const last = events.at(-1)!;
    const store = createInMemoryEventStore({
      seed: events.slice(0, 4),
      seedHeads: [{ streamId: s.caseId, version: 5, hash: last.hash }],
    });
    const result = await storeCaseAsOf(
      store,
      s.caseId,
      new Date('2024-01-20T00:00:00Z'),
      'occurredAt',
    );
    expect(result).toEqual(
      E.left(expect.objectContaining({ code: 'CHAIN_BROKEN', reason: 'HEAD_MISMATCH' })),
    );
  });
});
