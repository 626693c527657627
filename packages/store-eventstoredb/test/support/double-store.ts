import type { EventStore } from '@netra/core';
import { afterAll, beforeAll } from 'vitest';
import type { EventStoreDbEventStore, EventStoreDbEventStoreOptions } from '../../src/index.js';
import { openEventStoreDbEventStore, streamNames } from '../../src/index.js';
import type { EsdbDouble } from '../double/esdb-double.js';
import { startEsdbDouble } from '../double/esdb-double.js';

/** Starts one protocol test double for the test file (stopped after it) and hands it to `use`. */
export const useEsdbDouble = (use: (double: EsdbDouble) => void): void => {
  let started: EsdbDouble | undefined;
  beforeAll(async () => {
    started = await startEsdbDouble();
    use(started);
  });
  afterAll(() => started?.stop());
};

export const rightOrThrow = <A>(
  result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: A },
): A => {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

let categories = 0;
/** A category no other store of this run uses: every store starts empty in a shared double. */
export const freshCategory = (): string => `netra${process.pid}x${++categories}`;

export const openOnDouble = async (
  double: EsdbDouble,
  options: Partial<EventStoreDbEventStoreOptions> & { category?: string } = {},
): Promise<EventStoreDbEventStore> =>
  rightOrThrow(
    await openEventStoreDbEventStore({
      connectionString: double.url,
      category: options.category ?? freshCategory(),
      pollIntervalMs: options.pollIntervalMs ?? 50,
    }),
  );

const recordOf = (double: EsdbDouble, store: EventStore, target: TargetEvent) => {
  const names = streamNames((store as EventStoreDbEventStore).category);
  const record = double.log.records.find(
    (r) =>
      r.streamName === names.esdbStream(target.streamId) &&
      r.revision === BigInt(target.streamVersion - 1),
  );
  if (record === undefined)
    throw new Error(`no event ${target.streamVersion} in ${target.streamId}`);
  return record;
};

interface TargetEvent {
  readonly streamId: string;
  readonly streamVersion: number;
}

/** Rewrites one stored event's data bytes in the double's log, as an intruder would. */
export const editStoredData = (
  double: EsdbDouble,
  store: EventStore,
  target: TargetEvent,
  edit: (data: unknown) => unknown,
): void => {
  const record = recordOf(double, store, target);
  const data = JSON.parse(Buffer.from(record.data).toString('utf8'));
  record.data = Buffer.from(JSON.stringify(edit(data)), 'utf8');
};

/** Removes one stored event from the double's log, leaving the recorded head as it was. */
export const removeStoredEvent = (double: EsdbDouble, store: EventStore, target: TargetEvent) => {
  const record = recordOf(double, store, target);
  double.log.records.splice(double.log.records.indexOf(record), 1);
};

export { startEsdbDouble };
