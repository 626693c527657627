import { canonicalJson } from '@netra/core';
import { afterAll, expect, it } from 'vitest';
import {
  migratePostgres,
  openPostgresEventStore,
  POSTGRES_SCHEMA_VERSION,
  schemaProblemOf,
} from '../src/index.js';
import { MIGRATIONS } from '../src/schema/migrations.js';
import { tablesIn } from '../src/tables.js';
import { eventWith } from './support/events.js';
import { describePg, leftOrThrow, rightOrThrow, testDatabase } from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

const schemaExists = async (schema: string): Promise<boolean> =>
  (await db.admin('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).length === 1;

describePg('schema and migrations', () => {
  it('several processes opening a fresh schema at once all succeed, and each migration runs once', async () => {
    const schema = db.schema('mig');
    // A pool per opener: as many separate sessions racing to create the schema.
    const opened = await Promise.all(
      Array.from({ length: 8 }, () =>
        openPostgresEventStore({ pool: db.pool({ max: 2 }), schema }),
      ),
    );
    const stores = opened.map(rightOrThrow);
    const recorded = await db.admin(
      `SELECT version, name FROM ${tablesIn(schema).migrations} ORDER BY version`,
    );
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    // and the store works from every one of them
    for (const [i, store] of stores.entries()) {
      rightOrThrow(
        await store.append(`s-${i}`, [eventWith({ i })], { expectedVersion: 'no_stream' }),
      );
    }
    expect(rightOrThrow(await stores[0]!.readAll())).toHaveLength(8);
    for (const store of stores) await store.close();
  });

  it('a schema migrated by a newer release is refused with a typed error, and left as it is', async () => {
    const schema = db.schema('newer');
    const pool = db.pool({ max: 2 });
    rightOrThrow(await migratePostgres(pool, { schema }));
    const t = tablesIn(schema);
    await db.admin(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, 'from the future')`, [
      POSTGRES_SCHEMA_VERSION + 1,
    ]);
    for (const migrate of ['on-open', 'never'] as const) {
      const refused = leftOrThrow(await openPostgresEventStore({ pool, schema, migrate }));
      expect(refused.code).toBe('STORE_UNAVAILABLE');
      expect(refused.message).toMatch(/newer release/);
      expect(schemaProblemOf(refused)).toEqual({
        kind: 'SCHEMA_TOO_NEW',
        schema,
        found: POSTGRES_SCHEMA_VERSION + 1,
        known: POSTGRES_SCHEMA_VERSION,
      });
    }
    expect(schemaProblemOf(leftOrThrow(await migratePostgres(pool, { schema })))).toMatchObject({
      kind: 'SCHEMA_TOO_NEW',
    });
    expect(await db.admin(`SELECT version FROM ${t.migrations} ORDER BY version`)).toHaveLength(
      MIGRATIONS.length + 1,
    );
  });

  it("migrate: 'never' refuses a schema that is not there, creating nothing; after migratePostgres it opens", async () => {
    const schema = db.schema('never');
    const pool = db.pool({ max: 2 });
    const refused = leftOrThrow(await openPostgresEventStore({ pool, schema, migrate: 'never' }));
    expect(schemaProblemOf(refused)).toMatchObject({ kind: 'SCHEMA_MISSING', found: 0 });
    expect(await schemaExists(schema)).toBe(false);
    expect(rightOrThrow(await migratePostgres(pool, { schema }))).toEqual({
      schema,
      from: 0,
      to: POSTGRES_SCHEMA_VERSION,
    });
    expect(rightOrThrow(await migratePostgres(pool, { schema }))).toMatchObject({
      from: POSTGRES_SCHEMA_VERSION,
    });
    const store = rightOrThrow(await openPostgresEventStore({ pool, schema, migrate: 'never' }));
    await store.close();
  });

  it('a schema name that is not a plain lower-case identifier is refused before any SQL runs', async () => {
    const pool = db.pool({ max: 1 });
    for (const schema of [
      '',
      'Netra',
      '1netra',
      'pg_netra',
      'information_schema',
      'a'.repeat(49),
      'x"; DROP SCHEMA public CASCADE; --',
      'net ra',
    ]) {
      await expect(openPostgresEventStore({ pool, schema })).rejects.toThrow(TypeError);
      await expect(migratePostgres(pool, { schema })).rejects.toThrow(TypeError);
    }
    expect(await schemaExists('public')).toBe(true);
  });

  it('data and metadata are TEXT holding exactly the canonical JSON the hash covers; stream ids sort by bytes', async () => {
    const schema = db.schema('text');
    const store = rightOrThrow(await openPostgresEventStore({ pool: db.pool({ max: 2 }), schema }));
    const t = tablesIn(schema);
    const columns = await db.admin(
      `SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns
       WHERE table_schema = $1 AND column_name IN ('data', 'metadata', 'stream_id', 'position')`,
      [schema],
    );
    const type = (table: string, column: string) =>
      columns.find((c) => c.table_name === table && c.column_name === column);
    expect(type('netra_events', 'data')?.data_type).toBe('text');
    expect(type('netra_events', 'metadata')?.data_type).toBe('text');
    expect(type('netra_events', 'position')?.data_type).toBe('bigint');
    expect(type('netra_streams', 'stream_id')?.collation_name).toBe('C');

    // Keys out of order, a number jsonb would respell, a string with escapes.
    const data = { z: 1, a: { y: 1e21, b: 'tab\there "q" é' }, m: [3, 2.5, -0] };
    const event = eventWith(data);
    const [recorded] = rightOrThrow(
      await store.append('text-case', [event], { expectedVersion: 'no_stream' }),
    ).events;
    const [row] = await db.admin(`SELECT data, metadata FROM ${t.events} WHERE stream_id = $1`, [
      'text-case',
    ]);
    expect(row?.data).toBe(canonicalJson(data));
    expect(row?.metadata).toBe(canonicalJson(event.metadata));
    const [read] = rightOrThrow(await store.readStream('text-case'));
    expect(read?.hash).toBe(recorded?.hash);
    await store.close();
  });
});
