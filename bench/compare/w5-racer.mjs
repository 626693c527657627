/**
 * One W5 racer for netra on SQLite, in a process of its own (one connection to the file): it
 * opens the store, says `ready`, then for each order line ({ streamId, expectedVersion, event,
 * commandId }) appends one event with that expected version and answers { ok, code }.
 *
 *   node bench/compare/w5-racer.mjs FILE        (started by targets/netra.mjs)
 */
import { createInterface } from 'node:readline';
import { openSqliteEventStore } from '@netra/store-sqlite';
import { either as E } from 'fp-ts';
import { newEvent } from './targets/netra.mjs';

const file = process.argv[2];
const opened = openSqliteEventStore({ file, synchronous: 'FULL' });
if (E.isLeft(opened)) {
  process.stdout.write(`${JSON.stringify(opened.left)}\n`);
  process.exit(1);
}
const store = opened.right;
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const order = JSON.parse(line);
  const appended = await store.append(order.streamId, [newEvent(order.event, order.commandId)], {
    expectedVersion: order.expectedVersion,
  });
  process.stdout.write(
    `${JSON.stringify(E.isRight(appended) ? { ok: true } : { ok: false, code: appended.left.code })}\n`,
  );
}
await store.close();
