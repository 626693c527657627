import type { NewEvent, Projection, RecordedEvent } from '@netra/core';
import {
  CASE_EVENT_SCHEMA_VERSIONS,
  caseReadModels,
  createInMemoryEventStore,
  nationalFunnel,
  projectionFault,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { newEvent } from '../conformance/fixtures.js';
import { loadSeason } from '../season/load-season.js';
import { nationalSeason } from '../season/national-season.js';
import { projectionSpec } from './projection-spec.js';

const recorded = async (appends: Iterable<{ streamId: string; events: readonly NewEvent[] }>) => {
  const store = createInMemoryEventStore();
  for (const { streamId, events } of appends) {
    const result = await store.append(streamId, events, { expectedVersion: 'any' });
    if (E.isLeft(result)) throw new Error(result.left.message);
  }
  const all = await store.readAll({ limit: 1_000_000 });
  if (E.isLeft(all)) throw new Error(all.left.message);
  return all.right;
};

const counted = (n: number, type = 'Counted'): NewEvent => newEvent(type, { n });

type Sum = { readonly sum: number };
const sums: Projection<Sum> = {
  name: 'sums',
  version: 1,
  evolve: (row, event) =>
    event.type === 'Counted'
      ? E.right({ sum: (row?.sum ?? 0) + (event.data as { n: number }).n })
      : E.left(projectionFault('sums', event, 'UNKNOWN_EVENT_TYPE', 'sums reads Counted only')),
  totals: (row) => [['sum', row.sum]],
  keys: (row) => [row.sum > 10 ? 'big' : 'small'],
};

describe('projectionSpec', () => {
  it('given a generated season, then the case read models give its funnel', async () => {
    const season = nationalSeason({ seed: 7, scale: 0.05 });
    const store = createInMemoryEventStore();
    await loadSeason(store, season);
    const events = await store.readAll({ limit: 1_000_000 });
    if (E.isLeft(events)) throw new Error(events.left.message);
    const facts = season.facts.funnel.PILKADA_2024;
    projectionSpec(caseReadModels)
      .given(events.right)
      .then((model) => {
        expect(model.size).toBe(season.facts.cases);
        expect(nationalFunnel(model, 'PILKADA_2024')).toMatchObject(facts ?? {});
      });
  }, 60_000);

  it('given several streams interleaved, then totals and index follow the rows', async () => {
    const events = await recorded([
      { streamId: 'a', events: [counted(1)] },
      { streamId: 'b', events: [counted(5), counted(6)] },
      { streamId: 'a', events: [counted(20)] },
    ]);
    projectionSpec(sums)
      .given(events)
      .then((model) => {
        expect(model.row('a')).toEqual({ sum: 21 });
        expect(model.total('sum')).toBe(32);
        expect(model.streamsUnder('big')).toEqual(['a', 'b']);
        expect(model.streamsUnder('small')).toEqual([]);
      });
  });

  it('then stops names the event a projection cannot read', async () => {
    const events = await recorded([
      { streamId: 'a', events: [counted(1), counted(2, 'Recounted')] },
    ]);
    const fault = projectionSpec(sums)
      .given(events)
      .thenStops('UNKNOWN_EVENT_TYPE', { streamId: 'a', streamVersion: 2 });
    expect(fault.globalPosition).toBe(events[1]?.globalPosition);
  });

  it('fails a projection whose result depends on how the log is cut into batches', async () => {
    // Reads a variable outside its row: the result depends on the order rows are loaded,
    // which a restarted runner does not keep.
    let seen = 0;
    const leaky: Projection<Sum> = {
      ...sums,
      evolve: (row) => {
        seen++;
        return E.right({ sum: (row?.sum ?? 0) + seen });
      },
    };
    const events = await recorded([
      { streamId: 'a', events: [counted(1), counted(2)] },
      { streamId: 'b', events: [counted(3)] },
    ]);
    expect(() =>
      projectionSpec(leaky)
        .given(events)
        .then(() => {}),
    ).toThrow();
  });

  it('knows every case event type it may meet (the case projection stops on no known one)', async () => {
    expect(Object.keys(CASE_EVENT_SCHEMA_VERSIONS).length).toBeGreaterThan(30);
    const unknown = await recorded([
      { streamId: 'case-x', events: [counted(1, 'CaseTeleported')] },
    ]);
    projectionSpec(caseReadModels)
      .given(unknown as readonly RecordedEvent[])
      .thenStops('UNKNOWN_EVENT_TYPE', { streamId: 'case-x', streamVersion: 1 });
  });
});
