import { describeCheckpointConformance, describeStoreConformance } from '@netra/testing';
import { afterAll } from 'vitest';
import type { PostgresEventStore } from '../src/index.js';
import { openPostgresEventStore } from '../src/index.js';
import { describePg, rightOrThrow, testDatabase } from './support/pg.js';
import { deleteEventRow, editEventData } from './support/tamper.js';

const db = testDatabase();
afterAll(() => db.cleanup());

// One pool for the file; every store gets a schema of its own, so each starts empty.
const open = async (schema: string): Promise<PostgresEventStore> =>
  rightOrThrow(await openPostgresEventStore({ pool: shared(), schema }));

let pool: ReturnType<typeof db.pool> | undefined;
const shared = () => {
  pool ??= db.pool({ max: 12 });
  return pool;
};

describePg('PostgreSQL store', () => {
  // Tampering edits the tables through a session of its own, as an intruder with table access
  // would, and reopens the schema with a new store (a restarted process sees the same damage).
  describeStoreConformance({
    name: 'postgres',
    create: () => open(db.schema('conf')),
    tamper: async (store, target, edit) => {
      const { schema } = store as PostgresEventStore;
      await editEventData(db.admin, schema, target, edit);
      return open(schema);
    },
    removeEvent: async (store, target) => {
      const { schema } = store as PostgresEventStore;
      await deleteEventRow(db.admin, schema, target);
      return open(schema);
    },
  });

  // `reopen` opens the same schema again through a new pool, as a restarted process would.
  describeCheckpointConformance({
    name: 'postgres',
    create: async () => {
      const schema = db.schema('ckpt');
      const opened = [await open(schema)];
      return {
        checkpoints: (opened[0] as PostgresEventStore).checkpoints,
        reopen: async () => {
          const again = rightOrThrow(
            await openPostgresEventStore({ pool: db.pool({ max: 2 }), schema }),
          );
          opened.push(again);
          return again.checkpoints;
        },
        close: async () => {
          for (const store of opened) await store.close();
        },
      };
    },
  });
});
