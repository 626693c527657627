import { createHash } from 'node:crypto';
import {
  canonicalJson,
  createInMemoryEventStore,
  type EventStore,
  type RecordedEvent,
  readCase,
  verifyStore,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeason } from './load-season.js';
import { nationalSeason, type SeasonAppend, scaleForEvents } from './national-season.js';

const ASN = ['PNS', 'CPNS', 'PPPK'];

/** A SHA-256 over the canonical JSON of every append, in order: equal hashes, equal bytes. */
const hashing = (appends: Iterable<SeasonAppend>, digest: { hex?: string }) =>
  function* (): Generator<SeasonAppend> {
    const hash = createHash('sha256');
    for (const append of appends) {
      hash.update(canonicalJson(append as unknown as Parameters<typeof canonicalJson>[0]));
      yield append;
    }
    digest.hex = hash.digest('hex');
  };

const hashOf = (appends: Iterable<SeasonAppend>): string => {
  const digest: { hex?: string } = {};
  for (const _ of hashing(appends, digest)());
  return digest.hex ?? '';
};

const streamIdsOf = async (store: EventStore): Promise<string[]> => {
  const ids: string[] = [];
  for (;;) {
    const after = ids.at(-1);
    const page = await store.listStreamHeads(after === undefined ? {} : { after });
    if (E.isLeft(page)) throw new Error(page.left.message);
    if (page.right.length === 0) return ids;
    ids.push(...page.right.map((h) => h.streamId));
  }
};

const logOf = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.globalPosition ?? 0 });
    if (E.isLeft(page)) throw new Error(page.left.message);
    if (page.right.length === 0) return events;
    events.push(...page.right);
  }
};

describe('nationalSeason at scale 1, loaded into the in-memory store', { timeout: 120_000 }, () => {
  const season = nationalSeason({ seed: 2024 });
  const store = createInMemoryEventStore();
  const digest: { hex?: string } = {};
  let loaded: Awaited<ReturnType<typeof loadSeason>>;

  beforeAll(async () => {
    loaded = await loadSeason(store, { [Symbol.iterator]: hashing(season, digest) });
  }, 120_000);

  it('plans the funnel of Pilkada 2020 as KASN reported it', () => {
    expect(season.facts.funnel).toEqual({
      PILKADA_2024: { reported: 2034, proven: 1597, recommended: 1597, sanctioned: 1450 },
    });
    expect(season.facts.respondents.asn).toBe(2034);
    // About 1.4–1.5 ASN respondents per case, over many regions.
    expect(season.facts.cases).toBeGreaterThan(1300);
    expect(season.facts.cases).toBeLessThan(1500);
    expect(season.facts.regions).toBeGreaterThan(100);
  });

  it('appends everything it generated, one stream per case', () => {
    expect(season.tally.complete).toBe(true);
    expect(loaded.events).toBe(season.tally.events);
    expect(loaded.appends).toBe(season.tally.appends);
    expect(loaded.streams).toBe(season.facts.cases);
  });

  it('replayed case by case, the funnel is exactly 2,034 / 1,597 / 1,597 / 1,450', async () => {
    const funnel = { reported: 0, proven: 0, recommended: 0, sanctioned: 0 };
    const regimes = new Set<string>();
    const agencies = new Set<string>();
    const offices = new Set<string>();
    let respondents = 0;
    const ids = await streamIdsOf(store);
    expect(ids).toHaveLength(season.facts.cases);
    for (const id of ids) {
      const view = await readCase(store, id);
      if (E.isLeft(view)) return expect.fail(`${id}: ${view.left.message}`);
      const { state, events } = view.right;
      regimes.add(state.regime);
      for (const e of events) {
        if (e.metadata.actor.role === 'bawaslu') offices.add(e.metadata.actor.id);
      }
      for (const r of Object.values(state.respondents)) {
        respondents += 1;
        if (!ASN.includes(r.respondent.kind)) continue;
        agencies.add(r.respondent.agency.id);
        funnel.reported += 1;
        const decided = r.decision?.outcome;
        if (decided?.outcome === 'VIOLATION' && decided.tracks.includes('NEUTRALITY')) {
          funnel.proven += 1;
        }
        if (r.proceeding.supervisorOutcome?.result.outcome === 'PROVEN') funnel.recommended += 1;
        if (r.proceeding.sanction !== null) funnel.sanctioned += 1;
      }
    }
    expect(funnel).toEqual({ reported: 2034, proven: 1597, recommended: 1597, sanctioned: 1450 });
    expect([...regimes]).toEqual(['PILKADA_2024']);
    expect(respondents).toBe(season.facts.respondents.total);
    expect(agencies.size).toBeGreaterThan(300);
    expect(offices.size).toBeGreaterThan(300);
  });

  it('every stream verifies', async () => {
    const verified = await verifyStore(store);
    if (E.isLeft(verified)) return expect.fail(verified.left.message);
    expect(verified.right.breaks).toEqual([]);
    expect(verified.right.events).toBe(loaded.events);
    expect(verified.right.streams).toBe(season.facts.cases);
  });

  it('interleaves the cases in the order they were recorded, Jun 2024 to mid-2026', async () => {
    const log = await logOf(store);
    expect(new Set(log.slice(0, 100).map((e) => e.streamId)).size).toBeGreaterThan(20);
    expect(log[0]?.metadata.recordedAt.slice(0, 7)).toBe('2024-06');
    expect((log.at(-1)?.metadata.recordedAt ?? '') < '2026-07').toBe(true);
    for (const [i, e] of log.entries()) {
      expect(Date.parse(e.metadata.occurredAt)).toBeLessThanOrEqual(
        Date.parse(e.metadata.recordedAt),
      );
      const before = log[i - 1];
      if (before !== undefined && before.metadata.recordedAt > e.metadata.recordedAt) {
        return expect.fail(`event ${i} was recorded before the one ahead of it in the log`);
      }
    }
  });

  it('gives the same bytes for the same seed, other bytes for another', () => {
    expect(digest.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(nationalSeason({ seed: 2024 }))).toBe(digest.hex);
    const small = hashOf(nationalSeason({ seed: 2024, scale: 0.05 }));
    expect(hashOf(nationalSeason({ seed: 2024, scale: 0.05 }))).toBe(small);
    expect(hashOf(nationalSeason({ seed: 2025, scale: 0.05 }))).not.toBe(small);
  });
});

describe('nationalSeason at other scales', () => {
  it('repeats the block: scale k plans k times the funnel, a fraction part of one more', () => {
    expect(nationalSeason({ seed: 7, scale: 3 }).facts.funnel.PILKADA_2024).toEqual({
      reported: 6102,
      proven: 4791,
      recommended: 4791,
      sanctioned: 4350,
    });
    const part = nationalSeason({ seed: 7, scale: 0.4 }).facts;
    const whole = nationalSeason({ seed: 7, scale: 1 }).facts;
    expect(part.cases).toBe(Math.round(whole.cases * 0.4));
    expect(part.funnel.PILKADA_2024?.reported).toBeLessThan(2034);
  });

  it('names the scale for a size', () => {
    // About 19,700 events per unit of scale (measured): 10⁶ events is scale 51.
    expect(scaleForEvents(1e6)).toBeCloseTo(51, 0);
    expect(scaleForEvents(1e4)).toBeCloseTo(0.51, 1);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => nationalSeason({ seed: 1, scale: 0 })).toThrow(RangeError);
    expect(() => nationalSeason({ seed: 1, scale: Number.NaN })).toThrow(RangeError);
  });
});
