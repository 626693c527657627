/**
 * The projection runner: follows the global log from the projection's checkpoint, applies each
 * batch of events, and commits the changed rows with the new position in one transaction of
 * the checkpoint store. Stopped at any point (an abort, a crash, SIGKILL) and started again, it
 * resumes after the last committed batch: every event is applied exactly once in effect,
 * because rows and position are only ever written together.
 *
 * It stops — never skips — at an event the projection cannot read (an unknown type or schema
 * version), after committing everything before it, and answers the fault naming the stream,
 * version and global position.
 */
import { either as E } from 'fp-ts';
import type { ChainCursor } from '../store/chain.js';
import { startChain, stepChain, verifyChain } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { JsonValue } from '../store/json-value.js';
import type { StoreError } from '../store/store-error.js';
import type { CheckpointStore } from './checkpoint-store.js';
import type { Projection, ProjectionFault } from './projection.js';
import { projectionFault } from './projection.js';
import type { MutableReadModel, StagedBatch } from './read-model.js';
import { createReadModel } from './read-model.js';

/** Reported after each committed batch (and at most every `progressEveryMs`). */
export interface ProjectionProgress {
  readonly projection: string;
  /** Events applied in this run. */
  readonly applied: number;
  /** The position the model has reached. */
  readonly position: number;
  /** The position of the last event in the log, as last read. */
  readonly head: number;
  /** Events applied per second in this run so far. */
  readonly eventsPerSecond: number;
  readonly elapsedMs: number;
}

export interface RunProjectionOptions<Row extends JsonValue> {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly projection: Projection<Row>;
  /**
   * `'catch-up'` (default): stop at the end of the log. `'follow'`: then wait for new events
   * and apply them as they come, until `signal` aborts.
   */
  readonly mode?: 'catch-up' | 'follow';
  /** Start from zero, deleting the stored model first (a rebuild). */
  readonly rebuild?: boolean;
  readonly signal?: AbortSignal;
  /** Events per read (default 1000). */
  readonly batchSize?: number;
  /**
   * Commit once at least this many events are read (default: every page, `batchSize`). A
   * larger figure writes a case's row once for several of its events: a rebuild writing rows
   * into a file goes faster, holding up to this many events in memory, and a stop loses (to be
   * re-read) at most this many.
   */
  readonly commitEvery?: number;
  /** Follow mode: how long to wait for new events before reading again anyway (default 1000 ms). */
  readonly idleTimeoutMs?: number;
  readonly onProgress?: (progress: ProjectionProgress) => void;
  /** Default 1000 ms; 0 reports after every batch. */
  readonly progressEveryMs?: number;
  /** The model to update, so a host can query it while the runner follows (default: a new one). */
  readonly model?: MutableReadModel<Row>;
  /**
   * Verify each event's place in its stream's hash chain before applying it (default true):
   * a read model is then never built from an edited, removed, reordered or forged event, and
   * the runner stops at the first one (`CHAIN_BROKEN`). One SHA-256 per event, and on a
   * restart one read of each stream met again up to the checkpoint. `false` trusts the log as
   * read (faster; for a store verified otherwise, e.g. by `verifyStore` just before).
   */
  readonly verify?: boolean;
  /** The clock for rates only (default `performance.now`); never for anything in the model. */
  readonly nowMs?: () => number;
}

export interface ProjectionRun<Row extends JsonValue> {
  readonly model: MutableReadModel<Row>;
  /** Events applied in this run. */
  readonly applied: number;
  /** Whether the run began from zero (asked to, or the stored model was of another version). */
  readonly rebuilt: boolean;
}

export type ProjectionRunError = ProjectionFault | StoreError;

/** Loads the stored model into `model`; resets both when there is none or it is of another version. */
const start = async <Row extends JsonValue>(
  options: RunProjectionOptions<Row>,
  model: MutableReadModel<Row>,
): Promise<E.Either<StoreError, boolean>> => {
  const { checkpoints, projection } = options;
  const stored = options.rebuild
    ? E.right(null)
    : await checkpoints.loadProjection(projection.name);
  if (E.isLeft(stored)) return stored;
  if (stored.right !== null && stored.right.version === projection.version) {
    model.reset(stored.right.position, stored.right.rows as readonly (readonly [string, Row])[]);
    return E.right(false);
  }
  const cleared = await checkpoints.commitProjection(projection.name, {
    version: projection.version,
    position: 0,
    reset: true,
    rows: [],
  });
  if (E.isLeft(cleared)) return cleared;
  model.reset(0, []);
  return E.right(true);
};

/** Where each stream's chain stands: its last verified version and hash. */
type Cursors = Map<string, ChainCursor>;

/**
 * Checks each event against its stream's chain; answers the index of the first that does not
 * verify, with the fault, or null. A stream first met past version 1 (after a restart) is read
 * and verified from its first event up to there once.
 */
const firstBroken = async (
  store: EventStore,
  name: string,
  cursors: Cursors,
  events: readonly RecordedEvent[],
): Promise<E.Either<StoreError, { index: number; fault: ProjectionFault } | null>> => {
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as RecordedEvent;
    let cursor = cursors.get(event.streamId);
    if (cursor === undefined && event.streamVersion > 1) {
      const prior = await store.readStream(event.streamId, { to: event.streamVersion - 1 });
      if (E.isLeft(prior)) return prior;
      const verified = verifyChain(event.streamId, prior.right);
      if (E.isLeft(verified)) {
        return E.right({
          index,
          fault: projectionFault(name, event, 'CHAIN_BROKEN', verified.left.message),
        });
      }
      cursor = verified.right;
    }
    const stepped = stepChain(cursor ?? startChain(event.streamId), event);
    if (E.isLeft(stepped)) {
      return E.right({
        index,
        fault: projectionFault(name, event, 'CHAIN_BROKEN', stepped.left.message),
      });
    }
    cursors.set(event.streamId, stepped.right);
  }
  return E.right(null);
};

const commitRows = <Row extends JsonValue>(batch: StagedBatch<Row>) =>
  [...batch.changed].map(([streamId, row]) => [streamId, row ?? null] as const);

export const runProjection = async <Row extends JsonValue>(
  options: RunProjectionOptions<Row>,
): Promise<E.Either<ProjectionRunError, ProjectionRun<Row>>> => {
  const { store, checkpoints, projection } = options;
  const model = options.model ?? createReadModel(projection);
  const limit = options.batchSize ?? 1000;
  const now = options.nowMs ?? (() => performance.now());
  const every = options.progressEveryMs ?? 1000;
  const cursors: Cursors | undefined = (options.verify ?? true) ? new Map() : undefined;
  const begun = now();
  let lastReport = Number.NEGATIVE_INFINITY;
  let applied = 0;

  const started = await start(options, model);
  if (E.isLeft(started)) return started;
  const done = (): E.Either<ProjectionRunError, ProjectionRun<Row>> =>
    E.right({ model, applied, rebuilt: started.right });

  const commit = async (batch: StagedBatch<Row>): Promise<E.Either<StoreError, void>> => {
    const written = await checkpoints.commitProjection(projection.name, {
      version: projection.version,
      position: batch.position,
      reset: false,
      rows: commitRows(batch),
    });
    if (E.isLeft(written)) return written;
    model.commit(batch);
    applied += batch.events;
    return E.right(undefined);
  };

  const report = async (force: boolean): Promise<void> => {
    if (options.onProgress === undefined) return;
    const at = now();
    if (!force && at - lastReport < every) return;
    lastReport = at;
    const head = await store.readHeadPosition();
    const elapsedMs = at - begun;
    options.onProgress({
      projection: projection.name,
      applied,
      position: model.position,
      head: E.isRight(head) ? Math.max(head.right, model.position) : model.position,
      eventsPerSecond: elapsedMs > 0 ? (applied * 1000) / elapsedMs : 0,
      elapsedMs,
    });
  };

  const commitEvery = options.commitEvery ?? limit;
  /**
   * The rows staged from the events read and verified since the last commit: at most
   * `commitEvery` events (and one page). Each page is staged as it is read, so the decoded
   * events themselves die young and only the changed rows are held until the commit.
   */
  let pending: StagedBatch<Row> | undefined;
  const emptyBatch = (): StagedBatch<Row> => ({
    position: model.position,
    events: 0,
    changed: new Map(),
  });
  const commitPending = async (): Promise<E.Either<StoreError, void>> => {
    if (pending === undefined || pending.events === 0) return E.right(undefined);
    const batch = pending;
    pending = undefined;
    return commit(batch);
  };
  /**
   * Stages a page onto the pending batch. On a fault, commits the events before the one that
   * stopped it (the rows `stage` staged into the batch it continued, as its contract says), so
   * the checkpoint stands right before that event and a fixed projection resumes there, and
   * answers the fault.
   */
  const stagePage = async (
    events: readonly RecordedEvent[],
  ): Promise<E.Either<ProjectionRunError, void>> => {
    if (events.length === 0) return E.right(undefined);
    const onto = pending ?? emptyBatch();
    pending = undefined;
    const staged = model.stage(events, onto);
    if (E.isRight(staged)) {
      pending = staged.right;
      return E.right(undefined);
    }
    const fault = staged.left;
    const good = events.filter((e) => e.globalPosition < fault.globalPosition);
    pending = {
      position: good.at(-1)?.globalPosition ?? onto.position,
      events: onto.events + good.length,
      changed: onto.changed,
    };
    const written = await commitPending();
    return E.isLeft(written) ? written : E.left(fault);
  };

  for (;;) {
    if (options.signal?.aborted) {
      const flushed = await commitPending();
      return E.isLeft(flushed) ? flushed : done();
    }
    const page = await store.readAll({ after: pending?.position ?? model.position, limit });
    if (E.isLeft(page)) return page;
    const events = page.right;
    if (events.length === 0) {
      const flushed = await commitPending();
      if (E.isLeft(flushed)) return flushed;
      await report(true);
      if ((options.mode ?? 'catch-up') === 'catch-up') return done();
      await store.waitForEvents(model.position, {
        timeoutMs: options.idleTimeoutMs ?? 1000,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      continue;
    }
    // Verified first: only the events before a broken link are applied, then the run stops.
    const broken =
      cursors === undefined
        ? E.right(null)
        : await firstBroken(store, projection.name, cursors, events);
    if (E.isLeft(broken)) return broken;
    if (broken.right !== null) {
      const staged = await stagePage(events.slice(0, broken.right.index));
      if (E.isLeft(staged)) return staged;
      const flushed = await commitPending();
      return E.isLeft(flushed) ? flushed : E.left(broken.right.fault);
    }
    const staged = await stagePage(events);
    if (E.isLeft(staged)) return staged;
    if ((pending?.events ?? 0) >= commitEvery) {
      const flushed = await commitPending();
      if (E.isLeft(flushed)) return flushed;
      await report(every === 0);
    }
  }
};
