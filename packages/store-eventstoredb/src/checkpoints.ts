import { jsonEvent } from '@eventstore/db-client';
import type { CheckpointStore, JsonValue, StoredProjection, StoreError } from '@netra/core';
import { checkCheckpointName, checkCheckpointPosition, storeUnavailable } from '@netra/core';
import { either as E } from 'fp-ts';
import { answer } from './answer.js';
import type { StoreContext } from './context.js';
import { readStreamRecords } from './esdb-reads.js';
import type { ReadRecord } from './event-codec.js';

/** A bare checkpoint: `save`. */
export const CHECKPOINT_SAVED = 'NetraCheckpointSaved';
/** A read model's rows and position, in one event (one ESDB append is atomic). */
export const PROJECTION_COMMITTED = 'NetraProjectionCommitted';

/** Checkpoint events read per round trip while looking back for the last reset commit. */
const LOAD_CHUNK = 100;
/** A snapshot commit (the whole model, reset) after every this many checkpoint events. */
export const SNAPSHOT_EVERY = 100n;

const isReset = (record: ReadRecord): boolean =>
  record.type === PROJECTION_COMMITTED &&
  (record.data as { reset?: unknown } | null)?.reset === true;

interface Folded {
  position: number;
  model: { version: number; rows: Map<string, JsonValue> } | null;
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Folds a checkpoint stream's events, oldest first; a string names what is corrupt. */
const fold = (records: readonly ReadRecord[]): Folded | string => {
  const state: Folded = { position: 0, model: null };
  for (const record of records) {
    const data = record.data as Record<string, unknown> | null;
    const position = data?.position;
    if (!isWhole(position)) return `event ${record.revision} has position ${String(position)}`;
    state.position = position;
    if (record.type !== PROJECTION_COMMITTED) continue;
    const { version, reset, rows } = data as Record<string, unknown>;
    if (!isWhole(version) || !Array.isArray(rows))
      return `event ${record.revision} is not a commit`;
    const model =
      reset === true || state.model === null
        ? { version, rows: new Map<string, JsonValue>() }
        : { version, rows: state.model.rows };
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row) || typeof row[0] !== 'string')
        return `event ${record.revision} holds a malformed row`;
      if (row[1] === null) model.rows.delete(row[0]);
      else model.rows.set(row[0], row[1] as JsonValue);
    }
    state.model = model;
  }
  return state;
};

/**
 * The checkpoint port on EventStoreDB: one stream per name, `${category}.checkpoint-<name>`
 * (outside netra's `${category}-` prefix, so `readAll` never returns it). `save` appends a
 * bare position; `commitProjection` appends the changed rows *and* the position as one event,
 * so rows and position are written together or not at all (ESDB appends are atomic), and
 * `loadProjection` folds the stream from its last `reset` commit (which starts the model over)
 * — a rebuild's first commit, or a snapshot written every SNAPSHOT_EVERY events — so loading
 * reads a bounded number of events.
 */
export const createCheckpointStore = (context: StoreContext): CheckpointStore => {
  const { client, names, where } = context;

  const loadFolded = async (name: string): Promise<E.Either<StoreError, Folded>> => {
    const folded = fold(await sinceLastReset(name));
    return typeof folded === 'string'
      ? E.left(
          storeUnavailable(
            `Checkpoint '${name}' in ${names.checkpointStream(name)} ${where} is corrupt: ${folded}. Rebuild the read model from the log (runProjection with rebuild: true).`,
          ),
        )
      : E.right(folded);
  };

  /** The stream's events from its last reset commit on (all of them if none), oldest first. */
  const sinceLastReset = async (name: string): Promise<ReadRecord[]> => {
    const newestFirst: ReadRecord[] = [];
    let from: bigint | 'end' = 'end';
    for (;;) {
      const chunk = await readStreamRecords(client, names.checkpointStream(name), {
        fromRevision: from,
        maxCount: LOAD_CHUNK,
        backwards: true,
      });
      for (const record of chunk) {
        newestFirst.push(record);
        if (isReset(record)) return newestFirst.reverse();
      }
      const oldest = chunk.at(-1)?.revision;
      if (chunk.length < LOAD_CHUNK || oldest === undefined || oldest === 0n) {
        return newestFirst.reverse();
      }
      from = oldest - 1n;
    }
  };

  const append = async (name: string, type: string, data: Record<string, unknown>) => {
    const result = await client.appendToStream(
      names.checkpointStream(name),
      jsonEvent({ type, data }),
    );
    return result.nextExpectedRevision;
  };

  /**
   * Every SNAPSHOT_EVERY events, the whole model again as one reset commit (the same state, so
   * harmless if it fails): loading then reads at most that many events back. Appended only
   * right after `after` (the commit just written), so it never overtakes another commit; a
   * model too large for one event (1 MiB by default) just goes on without snapshots.
   */
  const snapshot = async (name: string, after: bigint): Promise<void> => {
    const folded = await loadFolded(name);
    if (E.isLeft(folded) || folded.right.model === null) return;
    const { model, position } = folded.right;
    await client
      .appendToStream(
        names.checkpointStream(name),
        jsonEvent({
          type: PROJECTION_COMMITTED,
          data: {
            version: model.version,
            position,
            reset: true,
            snapshot: true,
            rows: [...model.rows],
          },
        }),
        { expectedRevision: after },
      )
      .catch(() => undefined);
  };

  return {
    async load(name) {
      context.assertOpen();
      checkCheckpointName(name);
      return answer(where, async () => {
        // Every checkpoint event carries the position: the last one is the answer.
        const [last] = await readStreamRecords(client, names.checkpointStream(name), {
          fromRevision: 'end',
          maxCount: 1,
          backwards: true,
        });
        if (last === undefined) return E.right(0);
        const folded = fold([last]);
        if (typeof folded !== 'string') return E.right(folded.position);
        return E.left(
          storeUnavailable(
            `Checkpoint '${name}' in ${names.checkpointStream(name)} ${where} is corrupt: ${folded}.`,
          ),
        );
      });
    },
    async save(name, position) {
      context.assertOpen();
      checkCheckpointName(name);
      checkCheckpointPosition(position);
      return answer(where, async () => {
        await append(name, CHECKPOINT_SAVED, { position });
        return E.right(undefined);
      });
    },
    async loadProjection(name) {
      context.assertOpen();
      checkCheckpointName(name);
      return answer(where, async (): Promise<E.Either<StoreError, StoredProjection | null>> => {
        const folded = await loadFolded(name);
        if (E.isLeft(folded)) return folded;
        const { model, position } = folded.right;
        if (model === null) return E.right(null);
        const rows = [...model.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return E.right({ version: model.version, position, rows });
      });
    },
    async commitProjection(name, commit) {
      context.assertOpen();
      checkCheckpointName(name);
      checkCheckpointPosition(commit.position);
      return answer(where, async () => {
        const revision = await append(name, PROJECTION_COMMITTED, {
          version: commit.version,
          position: commit.position,
          reset: commit.reset,
          rows: commit.rows.map(([key, row]) => [key, row]),
        });
        if (!commit.reset && revision > 0n && (revision + 1n) % SNAPSHOT_EVERY === 0n) {
          await snapshot(name, revision).catch(() => undefined);
        }
        return E.right(undefined);
      });
    },
  };
};
