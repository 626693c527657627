// Loads @netra/store-sqlite as a CommonJS application does (require → exports map → dist/index.cjs).
const { openSqliteEventStore } = require('@netra/store-sqlite');

const opened = openSqliteEventStore({ file: ':memory:' });
opened.right.readAll().then(async (read) => {
  await opened.right.close();
  console.log(JSON.stringify({ format: 'cjs', opened: opened._tag, events: read.right.length }));
});
