/**
 * Given-when-then specifications for projections:
 *
 *   projectionSpec(caseReadModels)
 *     .given(events)                        // recorded events, in log order
 *     .then((model) => expect(nationalFunnel(model, 'PILKADA_2024')).toEqual({ ... }))
 *     // or .thenStops('UNKNOWN_EVENT_TYPE', { streamId, globalPosition })
 *
 * Every `then` folds the given events three ways — all at once, one event per batch, and in
 * batches of varying sizes through a reset model loaded from the rows (as a restarted runner
 * loads a stored model) — and first requires the three models to be equal: rows, totals,
 * index and position. A projection whose result depends on how the log was cut into batches,
 * or that cannot be resumed from its own rows, fails every spec.
 */
import type { JsonValue, Projection, ProjectionFault, ReadModel, RecordedEvent } from '@netra/core';
import { createReadModel, projectEvents } from '@netra/core';
import { either as E } from 'fp-ts';
import { expect } from 'vitest';

export interface ProjectionThen<Row extends JsonValue> {
  /** The model after the given events; `check` asserts on it (with `expect`). */
  readonly then: (check: (model: ReadModel<Row>) => void) => ReadModel<Row>;
  /** The projection stops with this reason at the event named by `at`. */
  readonly thenStops: (
    reason: ProjectionFault['reason'],
    at: Partial<Pick<ProjectionFault, 'streamId' | 'streamVersion' | 'globalPosition'>>,
  ) => ProjectionFault;
}

export interface ProjectionSpec<Row extends JsonValue> {
  readonly given: (events: readonly RecordedEvent[]) => ProjectionThen<Row>;
}

/** A comparable picture of a model: every row, every total, and the index of every row's keys. */
export const modelPicture = <Row extends JsonValue>(
  projection: Projection<Row>,
  model: ReadModel<Row>,
) => {
  const rows = [...model.rows()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const keys = [...new Set(rows.flatMap(([, row]) => [...(projection.keys?.(row) ?? [])]))].sort();
  return {
    position: model.position,
    rows,
    totals: model.totals(''),
    index: keys.map((key) => [key, model.streamsUnder(key)] as const),
  };
};

const foldInBatches = <Row extends JsonValue>(
  projection: Projection<Row>,
  events: readonly RecordedEvent[],
  sizes: (i: number) => number,
  reload: boolean,
): E.Either<ProjectionFault, ReadModel<Row>> => {
  let model = createReadModel(projection);
  for (let at = 0, i = 0; at < events.length; i++) {
    const batch = events.slice(at, at + Math.max(1, sizes(i)));
    at += batch.length;
    const staged = model.stage(batch);
    if (E.isLeft(staged)) return staged;
    model.commit(staged.right);
    if (reload) {
      // As a restarted runner does: a new model from the rows as JSON.
      const copy = createReadModel(projection);
      copy.reset(
        model.position,
        [...model.rows()].map(([id, row]) => [id, JSON.parse(JSON.stringify(row)) as Row] as const),
      );
      model = copy;
    }
  }
  return E.right(model);
};

export const projectionSpec = <Row extends JsonValue>(
  projection: Projection<Row>,
): ProjectionSpec<Row> => ({
  given: (events) => {
    const folds = () =>
      [
        projectEvents(projection, events),
        foldInBatches(projection, events, () => 1, false),
        foldInBatches(projection, events, (i) => 1 + ((i * 7) % 5), true),
      ] as const;
    return {
      // biome-ignore lint/suspicious/noThenProperty: the given-when-then vocabulary; a ProjectionThen is never awaited.
      then(check) {
        const [whole, ...others] = folds();
        if (E.isLeft(whole)) throw new Error(`the projection stopped: ${whole.left.message}`);
        for (const other of others) {
          if (E.isLeft(other)) throw new Error(`a batched fold stopped: ${other.left.message}`);
          expect(modelPicture(projection, other.right)).toEqual(
            modelPicture(projection, whole.right),
          );
        }
        check(whole.right);
        return whole.right;
      },
      thenStops(reason, at) {
        const results = folds();
        const faults = results.map((r) => {
          if (E.isRight(r))
            throw new Error('expected the projection to stop, but it applied every event');
          return r.left;
        });
        for (const fault of faults) {
          expect(fault).toMatchObject({ code: 'PROJECTION_STOPPED', reason, ...at });
        }
        return faults[0]!;
      },
    };
  },
});
