/**
 * Histories recorded under rulebook 2024.1 still load, replay and verify with the current code,
 * and an auditor sees which rule version decided each step (issue 13, point 8). The history is
 * the demo season the code of commit 02c0629 recorded; the states are what that code folded.
 * Neither is regenerated: if a test here fails, the current code reads old history differently.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { replayStream } from '../../src/audit/replay.js';
import { verifyStreamChain } from '../../src/audit/verify-chain.js';
import { verifyStore } from '../../src/audit/verify-store.js';
import {
  caseDecider,
  caseEventCodec,
  createCaseCommandHandler,
  readCase,
} from '../../src/case/index.js';
import { commandFingerprint } from '../../src/handler/fingerprint.js';
import { defaultRulebook } from '../../src/rules/index.js';
import { createInMemoryEventStore } from '../../src/store/in-memory/in-memory-store.js';
import {
  afterSeason,
  BEKASI_BAWASLU,
  BEKASI_CASE,
  bekasiStep9,
  eventsOf,
  MIDWAY,
  referVillageHead,
  SEASON,
  SEASON_FILE,
  STATES,
  STREAM_IDS,
} from './season.js';

/**
 * The file as 02c0629 wrote it. A different digest means someone regenerated the fixture,
 * which throws away the very history these tests exist to keep readable.
 */
const SEASON_SHA256 = '0b2dc2605c37833661d57af04f96f51bda6eff49fdb944c349966af7895ce48b';

const seeded = (events = SEASON) => createInMemoryEventStore({ seed: events });

describe('the 2024.1 season fixture', () => {
  it('is the history 02c0629 recorded: 46 events in 9 streams, positions 1…46', () => {
    const digest = createHash('sha256').update(readFileSync(SEASON_FILE)).digest('hex');
    expect(digest).toBe(SEASON_SHA256);
    expect(SEASON.map((e) => e.globalPosition)).toEqual(SEASON.map((_, i) => i + 1));
    expect(STREAM_IDS).toHaveLength(9);
    expect(Object.keys(STATES).sort()).toEqual([...STREAM_IDS].sort());
  });
});

describe.each(STREAM_IDS)('%s, recorded under 2024.1', (streamId) => {
  const recorded = eventsOf(streamId);
  const last = recorded.at(-1)!;

  it('verifies its hash chain up to the head the store holds', async () => {
    const store = seeded();
    const head = await store.readStreamHead(streamId);
    if (E.isLeft(head)) return expect.fail(head.left.message);
    expect(head.right).toEqual({ streamId, version: last.streamVersion, hash: last.hash });
    const read = await store.readStream(streamId);
    if (E.isLeft(read)) return expect.fail(read.left.message);
    expect(read.right).toEqual(recorded);
    expect(verifyStreamChain(streamId, read.right, head.right)).toEqual(
      E.right({ streamId, events: recorded.length, headHash: last.hash }),
    );
  });

  it('replays step by step to the states the 2024.1 code computed', async () => {
    const store = seeded();
    const head = await store.readStreamHead(streamId);
    if (E.isLeft(head)) return expect.fail(head.left.message);
    const steps = replayStream(streamId, recorded, caseEventCodec, caseDecider, {
      head: head.right,
    });
    if (E.isLeft(steps)) return expect.fail(steps.left.message);
    const replayed = steps.right.map(({ recorded: r, state }) => ({
      streamVersion: r.streamVersion,
      type: r.type,
      state,
    }));
    // Through JSON, as the fixture was written: absent and undefined fields compare alike.
    expect(JSON.parse(JSON.stringify(replayed))).toEqual(STATES[streamId]);
  });

  it('shows the auditor rulebook 2024.1 on every step, and no command fingerprint', () => {
    for (const event of recorded) {
      expect(event.metadata.rulebookVersion).toBe('2024.1');
      expect(Object.hasOwn(event.metadata, 'commandFingerprint')).toBe(false);
    }
  });
});

describe('the whole 2024.1 store', () => {
  it('verifies with no break, every head as recorded', async () => {
    const verified = await verifyStore(seeded());
    if (E.isLeft(verified)) return expect.fail(verified.left.message);
    expect(verified.right.breaks).toEqual([]);
    expect(verified.right.breaksTruncated).toBe(false);
    expect(verified.right.events).toBe(SEASON.length);
    expect(verified.right.streams).toBe(STREAM_IDS.length);
    expect(Object.fromEntries(verified.right.heads)).toEqual(
      Object.fromEntries(STREAM_IDS.map((id) => [id, eventsOf(id).at(-1)?.hash])),
    );
  });
});

describe('the current command handler on 2024.1 history', () => {
  it('answers an old command id sent again with the events recorded then, appending nothing', async () => {
    const store = seeded();
    const handle = createCaseCommandHandler({ store, clock: afterSeason });
    const result = await handle(bekasiStep9, { actor: BEKASI_BAWASLU })();
    if (E.isLeft(result)) return expect.fail(result.left.message);
    expect(result.right.alreadyHandled).toBe(true);
    expect(result.right.events).toEqual(
      eventsOf(BEKASI_CASE).filter((e) => e.metadata.commandId === bekasiStep9.meta.commandId),
    );
    expect(result.right.events.map((e) => e.streamVersion)).toEqual([9]);
    expect(result.right.nextExpectedVersion).toBe(11);
    const log = await store.readAll({ limit: 1000 });
    expect(E.isRight(log) && log.right.length).toBe(SEASON.length);
  });

  it('matches old events by command id alone, since they carry no fingerprint to compare', async () => {
    // A documented choice of the handler (previousResult): the old id with other content is
    // answered as the retry it claims to be, not refused as COMMAND_ID_REUSED.
    const store = seeded();
    const handle = createCaseCommandHandler({ store, clock: afterSeason });
    const other = { ...bekasiStep9, respondentId: 'bekasi-kades-05' };
    const result = await handle(other, { actor: BEKASI_BAWASLU })();
    if (E.isLeft(result)) return expect.fail(result.left.message);
    expect(result.right.alreadyHandled).toBe(true);
    expect(result.right.events.map((e) => e.streamVersion)).toEqual([9]);
  });

  it('continues a 2024.1 case under the current rulebook: the new step records it and a fingerprint', async () => {
    const store = seeded(MIDWAY);
    const handle = createCaseCommandHandler({ store, clock: afterSeason });
    const result = await handle(referVillageHead, { actor: BEKASI_BAWASLU })();
    if (E.isLeft(result)) return expect.fail(result.left.message);
    expect(result.right.alreadyHandled).toBe(false);
    const [event] = result.right.events;
    const before = MIDWAY.filter((e) => e.streamId === BEKASI_CASE);
    expect(result.right.events).toHaveLength(1);
    // 2024.2 records the forward to Polri investigators with instants. The decision was recorded
    // under 2024.1 by date alone, so the declaration is placed at the end of that day and the
    // 1×24 hours end at the end of the next: the deadline 2024.1 gave (step 10 of the season,
    // referralDue 2024-10-26, in time), now as an instant.
    const old = eventsOf(BEKASI_CASE)[9];
    expect(old?.data).toEqual({
      respondentId: 'bekasi-kades-05',
      referredOn: '2024-10-26',
      referralDue: '2024-10-26',
      referredWithinDeadline: true,
    });
    expect(defaultRulebook.version).toBe('2024.2');
    expect(event).toMatchObject({
      streamId: BEKASI_CASE,
      streamVersion: 9,
      globalPosition: MIDWAY.length + 1,
      type: 'ForwardedToInvestigators',
      data: {
        respondentId: 'bekasi-kades-05',
        declaredAt: '2024-10-25T23:59:59.999+07:00',
        forwardedAt: referVillageHead.meta.occurredAt,
        forwardedOn: '2024-10-26',
        dueAt: '2024-10-26T23:59:59.999+07:00',
        forwardedWithinDeadline: true,
      },
      metadata: {
        actor: BEKASI_BAWASLU,
        commandId: referVillageHead.meta.commandId,
        commandFingerprint: commandFingerprint(referVillageHead),
        rulebookVersion: '2024.2',
        occurredAt: referVillageHead.meta.occurredAt,
        recordedAt: afterSeason().toISOString(),
      },
    });
    expect(result.right.state).toMatchObject({ status: 'DECIDED' });

    // The mixed history still verifies and replays: old steps as 2024.1 folded them, each step
    // naming the rulebook that decided it.
    const head = await store.readStreamHead(BEKASI_CASE);
    const read = await store.readStream(BEKASI_CASE);
    if (E.isLeft(head) || E.isLeft(read)) return expect.fail('cannot read the continued case');
    expect(read.right.slice(0, 8)).toEqual(before);
    expect(head.right).toEqual({ streamId: BEKASI_CASE, version: 9, hash: event?.hash });
    expect(E.isRight(verifyStreamChain(BEKASI_CASE, read.right, head.right))).toBe(true);
    const steps = replayStream(BEKASI_CASE, read.right, caseEventCodec, caseDecider, {
      head: head.right,
    });
    if (E.isLeft(steps)) return expect.fail(steps.left.message);
    expect(JSON.parse(JSON.stringify(steps.right.slice(0, 8).map((s) => s.state)))).toEqual(
      STATES[BEKASI_CASE]?.slice(0, 8).map((s) => s.state),
    );
    expect(steps.right.map((s) => s.recorded.metadata.rulebookVersion)).toEqual([
      ...Array(8).fill('2024.1'),
      '2024.2',
    ]);
    const verified = await verifyStore(store);
    if (E.isLeft(verified)) return expect.fail(verified.left.message);
    expect(verified.right.breaks).toEqual([]);
    expect(verified.right.events).toBe(MIDWAY.length + 1);
    // readCase gives the auditor the same per-step answer, with who acted and when.
    const view = await readCase(store, BEKASI_CASE);
    if (E.isLeft(view)) return expect.fail(view.left.message);
    expect(view.right.steps.map((step) => [step.type, step.rulebookVersion])).toEqual([
      ...before.map((e) => [e.type, '2024.1']),
      ['ForwardedToInvestigators', '2024.2'],
    ]);
    expect(view.right.steps.at(-1)).toMatchObject({
      streamVersion: 9,
      actor: { id: BEKASI_BAWASLU.id, role: 'bawaslu' },
      occurredAt: referVillageHead.meta.occurredAt,
    });
  });
});
