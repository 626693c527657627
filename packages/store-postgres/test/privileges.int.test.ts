import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { migratePostgres, openPostgresEventStore } from '../src/index.js';
import { tablesIn } from '../src/tables.js';
import { eventsWith } from './support/events.js';
import { describePg, leftOrThrow, PG_URL, rightOrThrow, testDatabase } from './support/pg.js';

const db = testDatabase();
const role = `netra_app_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  await db.cleanup();
  await db.admin(`DROP ROLE IF EXISTS ${role}`).catch(() => {});
});

/** The connection string of `PG_URL`, logged in as `user` (trust authentication on the test server). */
const as = (user: string): string => {
  const url = new URL(PG_URL);
  url.username = user;
  return url.toString();
};

describePg('least privilege', () => {
  it('an application role that may only add to the log runs the store; the same role cannot edit or delete history', async () => {
    const schema = db.schema('priv');
    // The owner migrates (a release step); the application opens with migrate: 'never'.
    rightOrThrow(await migratePostgres(db.pool({ max: 1 }), { schema }));
    const t = tablesIn(schema);
    await db.admin(`CREATE ROLE ${role} LOGIN`);
    await db.admin(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}`);
    await db.admin(`GRANT SELECT ON ${t.migrations} TO ${role}`);
    await db.admin(`GRANT SELECT, INSERT ON ${t.events} TO ${role}`);
    await db.admin(`GRANT SELECT, INSERT, UPDATE ON ${t.streams} TO ${role}`);
    await db.admin(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ${t.checkpoints}, ${t.projectionRows} TO ${role}`,
    );
    const app = db.pool({ connectionString: as(role), max: 3 });
    const store = rightOrThrow(
      await openPostgresEventStore({ pool: app, schema, migrate: 'never' }),
    );
    rightOrThrow(await store.append('s', eventsWith(2), { expectedVersion: 'no_stream' }));
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 2 }));
    expect(rightOrThrow(await store.readStream('s'))).toHaveLength(3);
    rightOrThrow(
      await store.checkpoints.commitProjection('p', {
        version: 1,
        position: 3,
        reset: true,
        rows: [['s', 1]],
      }),
    );
    await store.waitForEvents(0, { timeoutMs: 100 });

    for (const statement of [
      `UPDATE ${t.events} SET data = '{}' WHERE stream_id = 's'`,
      `DELETE FROM ${t.events} WHERE stream_id = 's'`,
      `TRUNCATE ${t.events}`,
    ]) {
      await expect(app.query(statement)).rejects.toMatchObject({ code: '42501' });
    }
    // Nor can it migrate or create: open with 'on-open' on a fresh schema is a typed refusal.
    const refused = leftOrThrow(
      await openPostgresEventStore({ pool: app, schema: db.schema('priv_new') }),
    );
    expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(refused.message).toMatch(/privilege|permission/);
    await store.close();
    await db.admin(`DROP OWNED BY ${role}`);
  });
});
