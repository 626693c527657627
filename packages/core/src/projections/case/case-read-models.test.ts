/**
 * The case projection itself: each case folded once, as the handler folds it; the row plain
 * JSON; an event it cannot read stops it at that event, with the right reason, never skipped;
 * and a rebuild from zero, a run in batches and a restarted run end in the same model.
 */
import { either as E } from 'fp-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseEventCodec } from '../../case/codec.js';
import { caseDecider } from '../../case/decider.js';
import type { CaseState } from '../../case/state.js';
import type { NewEvent, RecordedEvent } from '../../store/envelope.js';
import type { JsonValue } from '../../store/json-value.js';
import { createInMemoryCheckpointStore } from '../in-memory-checkpoint-store.js';
import { createReadModel, projectEvents, type ReadModel } from '../read-model.js';
import { runProjection } from '../run-projection.js';
import {
  CASES,
  interleave,
  projectCases,
  readAllEvents,
  record,
  recordSeason,
} from './case-histories.fixture.js';
import { caseReadModels } from './case-read-models.js';
import type { CaseRow } from './case-row.js';

let events: RecordedEvent[];
beforeAll(async () => {
  ({ events } = await recordSeason());
});

/** The state the command handler folds from a stream: decode each event, evolve. */
const handlerFold = (stream: readonly RecordedEvent[]): CaseState =>
  stream.reduce((state, recorded) => {
    const decoded = caseEventCodec.decode(recorded);
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    return caseDecider.evolve(state, decoded.right);
  }, caseDecider.initialState());

/** The season recorded afresh with a forged event (a newer writer's) after one stream's last. */
const forge = async (
  streamId: string,
  type: string,
  schemaVersion: number,
  data: unknown,
): Promise<RecordedEvent[]> => {
  const { store, events } = await recordSeason();
  const stream = events.filter((e) => e.streamId === streamId);
  const last = stream.at(-1) as RecordedEvent;
  const event: NewEvent = {
    id: '0190f0c4-0000-7000-8000-000000000001',
    type,
    schemaVersion,
    data,
    metadata: { ...last.metadata, commandId: 'cmd:forged' },
  };
  const appended = await store.append(streamId, [event], { expectedVersion: last.streamVersion });
  if (E.isLeft(appended)) return expect.fail(appended.left.message);
  return readAllEvents(store);
};

describe('given five cases whose commands alternated through the command handler', () => {
  it('the log interleaves them, and each case has one row: its state as the handler folds it, at its last version', () => {
    const streams = [...new Set(events.map((e) => e.streamId))];
    expect(streams).toHaveLength(5);
    // Interleaved: the first five events belong to five different cases.
    expect(new Set(events.slice(0, 5).map((e) => e.streamId)).size).toBe(5);
    const model = projectCases(events);
    expect(model.size).toBe(5);
    expect(model.position).toBe(events.at(-1)?.globalPosition);
    for (const streamId of streams) {
      const stream = events.filter((e) => e.streamId === streamId);
      const row = model.row(streamId);
      expect(row?.version).toBe(stream.length);
      expect(row?.state).toEqual(handlerFold(stream));
    }
  });

  it('every row is plain JSON: the JSON round trip returns it unchanged', () => {
    /** Where `value` stops being JSON: an undefined, a non-finite number, a class instance. */
    const notJson = (value: unknown, path: string): string | null => {
      if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
      if (typeof value === 'number') return Number.isFinite(value) ? null : path;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!Object.hasOwn(value, i)) return `${path}[${i}]`;
          const found = notJson(value[i], `${path}[${i}]`);
          if (found !== null) return found;
        }
        return null;
      }
      if (typeof value !== 'object') return path;
      // Plain objects, or prototype-less ones (the respondents record, evolve.ts).
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return path;
      for (const [key, inner] of Object.entries(value)) {
        const found = notJson(inner, `${path}.${key}`);
        if (found !== null) return found;
      }
      return null;
    };
    let rows = 0;
    for (const [, row] of projectCases(events).rows()) {
      rows++;
      expect(notJson(row, 'row')).toBeNull();
      expect(JSON.parse(JSON.stringify(row))).toEqual(row);
    }
    expect(rows).toBeGreaterThan(0);
    // The check itself: what JSON would lose or change is named.
    expect(notJson({ a: [1, { b: undefined }] }, 'row')).toBe('row.a[1].b');
    expect(notJson({ at: new Date(0) }, 'row')).toBe('row.at');
    expect(notJson({ n: Number.NaN }, 'row')).toBe('row.n');
  });

  it('an event of a type the case codec does not know stops the projection there, naming it', async () => {
    const all = await forge('case-pemilu-kp-0012', 'SanctionPardoned', 1, {
      respondentId: 'kp-01',
    });
    const forged = all.at(-1) as RecordedEvent;
    const result = projectEvents(caseReadModels, all);
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          code: 'PROJECTION_STOPPED',
          projection: 'netra.cases',
          reason: 'UNKNOWN_EVENT_TYPE',
          streamId: 'case-pemilu-kp-0012',
          streamVersion: forged.streamVersion,
          globalPosition: forged.globalPosition,
          eventType: 'SanctionPardoned',
        }),
      ),
    );
    // A model that stages the batch is left exactly as it was.
    const model = createReadModel(caseReadModels);
    const before = model.stage(events);
    if (E.isLeft(before)) return expect.fail(before.left.message);
    model.commit(before.right);
    expect(E.isLeft(model.stage([forged]))).toBe(true);
    expect(model.position).toBe(events.at(-1)?.globalPosition);
  });

  it('an event of a schema version newer than this code knows stops it with UNKNOWN_SCHEMA_VERSION', async () => {
    const all = await forge('case-pilkada-btl-0031', 'BreachNoticed', 2, {});
    const forged = all.at(-1) as RecordedEvent;
    expect(projectEvents(caseReadModels, all)).toEqual(
      E.left(
        expect.objectContaining({
          reason: 'UNKNOWN_SCHEMA_VERSION',
          streamId: 'case-pilkada-btl-0031',
          streamVersion: forged.streamVersion,
          globalPosition: forged.globalPosition,
          schemaVersion: 2,
        }),
      ),
    );
  });

  it('a known event whose data does not read stops it with UNREADABLE_EVENT', async () => {
    const all = await forge('case-internal-btl-0001', 'CaseRegistered', 1, { registeredOn: 'x' });
    const forged = all.at(-1) as RecordedEvent;
    expect(projectEvents(caseReadModels, all)).toEqual(
      E.left(
        expect.objectContaining({
          reason: 'UNREADABLE_EVENT',
          streamId: 'case-internal-btl-0001',
          globalPosition: forged.globalPosition,
        }),
      ),
    );
  });

  it('a stream whose events arrive with one missing stops it (REDUCER_FAILED), never folding past the gap', () => {
    const firstOfD = events.findIndex((e) => e.streamId === 'case-finding-btl-0002');
    const secondOfA = events.filter((e) => e.streamId === 'case-pilkada-btl-0007')[1];
    const withoutOpening = events.filter((_, i) => i !== firstOfD);
    expect(projectEvents(caseReadModels, withoutOpening)).toEqual(
      E.left(
        expect.objectContaining({
          reason: 'REDUCER_FAILED',
          streamId: 'case-finding-btl-0002',
          streamVersion: 2,
        }),
      ),
    );
    const withGap = events.filter((e) => e !== secondOfA);
    expect(projectEvents(caseReadModels, withGap)).toEqual(
      E.left(
        expect.objectContaining({
          reason: 'REDUCER_FAILED',
          streamId: 'case-pilkada-btl-0007',
          streamVersion: 3,
        }),
      ),
    );
  });
});

/** A small seeded generator (mulberry32): the same batches on every run of a seed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Everything a query can read from a model. */
const snapshot = (model: ReadModel<CaseRow>) => {
  const rows = [...model.rows()].sort(([a], [b]) => (a < b ? -1 : 1));
  const keys = new Set(rows.flatMap(([, row]) => [...(caseReadModels.keys?.(row) ?? [])]));
  return {
    position: model.position,
    rows,
    totals: model.totals(''),
    index: [...keys].sort().map((key) => [key, model.streamsUnder(key)]),
  };
};

describe('a rebuild equals the incremental result', () => {
  it.each([1, 2, 3, 4, 5])(
    'folded in batches of random sizes (seed %i), committed one by one',
    (seed) => {
      const next = random(seed);
      const model = createReadModel(caseReadModels);
      let batches = 0;
      for (let i = 0; i < events.length; ) {
        const size = 1 + Math.floor(next() * 12);
        const staged = model.stage(events.slice(i, i + size));
        if (E.isLeft(staged)) return expect.fail(staged.left.message);
        model.commit(staged.right);
        i += size;
        batches += 1;
      }
      expect(batches).toBeGreaterThan(3);
      const rebuilt = snapshot(projectCases(events));
      expect(rebuilt.totals.length).toBeGreaterThan(25);
      expect(snapshot(model)).toEqual(rebuilt);
    },
  );

  it('restarted halfway from rows stored as JSON text, it continues to the same model', () => {
    const half = Math.floor(events.length / 2);
    const first = projectCases(events.slice(0, half));
    const stored = [...first.rows()].map(([id, row]) => [id, JSON.stringify(row)] as const);
    const restarted = createReadModel(caseReadModels);
    restarted.reset(
      first.position,
      stored.map(([id, text]) => [id, JSON.parse(text) as JsonValue as CaseRow] as const),
    );
    const rest = restarted.stage(events.slice(half));
    if (E.isLeft(rest)) return expect.fail(rest.left.message);
    restarted.commit(rest.right);
    expect(snapshot(restarted)).toEqual(snapshot(projectCases(events)));
  });
});

describe('run by the projection runner over the store', () => {
  it('in batches of 7 with its rows stored as JSON, stopped after three cases and restarted after all five: the same model', async () => {
    const checkpoints = createInMemoryCheckpointStore();
    const commands = interleave(CASES);
    const { store } = await record(commands.slice(0, 20));
    const run = () =>
      runProjection({ store, checkpoints, projection: caseReadModels, batchSize: 7 });
    const first = await run();
    if (E.isLeft(first)) return expect.fail(first.left.message);
    await record(commands.slice(20), store);
    const second = await run();
    if (E.isLeft(second)) return expect.fail(second.left.message);
    expect(second.right.rebuilt).toBe(false);
    expect(second.right.applied).toBeGreaterThan(0);
    const all = await readAllEvents(store);
    expect(snapshot(second.right.model)).toEqual(snapshot(projectCases(all)));
  });
});
