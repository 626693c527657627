// Loads @netra/store-sqlite as an ESM application does (self-reference → exports map → dist/index.js).
import { openSqliteEventStore } from '@netra/store-sqlite';

const opened = openSqliteEventStore({ file: ':memory:' });
const read = await opened.right.readAll();
await opened.right.close();
console.log(JSON.stringify({ format: 'esm', opened: opened._tag, events: read.right.length }));
