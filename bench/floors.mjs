/**
 * `pnpm bench:floors`: what netra's kept checks cost by themselves, per unit of each workload of
 * the comparative benchmark, on its data (bench/compare/data.mjs: 8 events of 300 bytes per
 * case), with nothing else around them: no store, no handler, no fold. Beside each floor, the
 * budget its target allows, from the latest comparative run (bench/results/compare-latest.json,
 * written by `pnpm bench`): a floor above its budget is a target no code can meet while it keeps
 * those checks (issues 17 and 18 ask for that to be shown, never for a check to be dropped).
 *
 *   node bench/floors.mjs [--n 2000] [--reps 7] [--tmp DIR] [--connection URL]
 *
 * Each figure is the best of `reps` passes (the floor, not a typical run), in µs:
 * - append checks, per event: `validateAppend` (envelope, the JSON copy of the data and its
 *   RFC 8785 text) and `chainEvents` (the metadata's canonical text, SHA-256) of a case's 8
 *   events, as every store runs them before writing;
 * - verify a stored event, per event: `decodeEventParts` (two JSON.parse of the stored text, the
 *   envelope check) and `hashCanonicalParts` (one SHA-256 of the stored bytes), as every read
 *   that verifies runs them;
 * - freezing a recorded event, per event: what the in-memory store adds to the append checks
 *   (a deep `Object.freeze` of the event as it records it), measured as the difference;
 * - command fingerprint, per command: `commandFingerprint` of a W1 command (idempotency);
 * - SQLite fetch, bare better-sqlite3 over a table of the same rows: per event in pages of 1000
 *   by position (W4's read), per stream by id (W3's read);
 * - SQLite commit of one event, bare better-sqlite3, WAL, `synchronous = FULL`: one INSERT per
 *   transaction (W1's write without any check);
 * - PostgreSQL fetch, bare `pg`, rows as arrays, per event in pages of 1000 (W4's read), when a
 *   database answers at --connection.
 */
import { hash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  chainEvents,
  commandFingerprint,
  decodeEventParts,
  GENESIS_HASH,
  hashCanonicalParts,
  validateAppend,
} from '@netra/core';
import Database from 'better-sqlite3';
import { commandOf, generateCases, STEPS } from './compare/data.mjs';
import { newEvent } from './compare/targets/netra.mjs';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    reps: { type: 'string', default: '15' },
    tmp: { type: 'string' },
    connection: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const N = Number(args.n);
const REPS = Number(args.reps);
const say = (line) => process.stderr.write(`  ${line}\n`);

/** The best of REPS passes of `pass`, in µs per unit (`units` per pass). */
const best = async (units, pass) => {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < REPS; i++) {
    const started = performance.now();
    await pass();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return (fastest * 1000) / units;
};
const right = (either) => {
  if (either._tag === 'Left') throw new Error(JSON.stringify(either.left));
  return either.right;
};

const cases = generateCases('floors', N);
const batches = cases.map((kase) => ({
  id: kase.id,
  events: kase.events.map((e, i) => newEvent(e, `${kase.id}/${i + 1}`)),
}));
const EVENTS = N * STEPS;

// ---- checks in memory ----------------------------------------------------------------------
// Each batch's result is dropped as soon as it is made: keeping them would time the garbage
// collector's work on what a store retains, which is the store's, not the checks'.
const appendChecks = await best(EVENTS, () => {
  for (const b of batches)
    chainEvents(b.id, 0, GENESIS_HASH, right(validateAppend(b.id, b.events)));
});
const prepared = batches.map((b) =>
  chainEvents(b.id, 0, GENESIS_HASH, right(validateAppend(b.id, b.events))),
);

/** As the in-memory store freezes what it records (its recorded history cannot be changed). */
const deepFreeze = (value) => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
};
const freeze = await best(EVENTS, () => {
  for (const b of batches) {
    for (const e of chainEvents(b.id, 0, GENESIS_HASH, right(validateAppend(b.id, b.events)))) {
      deepFreeze({ ...e, globalPosition: 1 });
    }
  }
});
const freezeOnly = Math.max(0, freeze - appendChecks);
say(`freezing a recorded event: ${freezeOnly.toFixed(2)} µs per event`);
say(`append checks: ${appendChecks.toFixed(2)} µs per event`);

/**
 * The rows as every store keeps them: the canonical text the hash covers, as flat strings, the
 * way a driver hands text back (the append path's metadata text is a rope of small pieces,
 * which V8 would walk again at every hash of it).
 */
const asRead = (text) => Buffer.from(text, 'utf8').toString('utf8');
const rows = prepared
  .flat()
  .map((e, i) => [
    i + 1,
    e.streamId,
    e.streamVersion,
    e.id,
    e.type,
    e.schemaVersion,
    asRead(e.dataJson),
    asRead(e.metadataJson),
    e.hash,
  ]);
const verifyStored = await best(EVENTS, () => {
  let previous = GENESIS_HASH;
  for (const r of rows) {
    if (r[2] === 1) previous = GENESIS_HASH;
    const event = right(
      decodeEventParts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], 'floors'),
    );
    const hash = hashCanonicalParts(
      previous,
      {
        id: event.id,
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        type: event.type,
        schemaVersion: event.schemaVersion,
      },
      r[6],
      r[7],
    );
    if (hash !== event.hash) throw new Error(`hash of ${event.streamId}/${event.streamVersion}`);
    previous = hash;
  }
});
say(`verify a stored event: ${verifyStored.toFixed(2)} µs per event`);

const commands = cases.map((kase) => ({
  ...commandOf(kase, 0),
  meta: { commandId: `${kase.id}/1`, occurredAt: kase.events[0].data.at },
}));
const fingerprint = await best(commands.length, () => {
  for (const command of commands) commandFingerprint(command);
});
say(`command fingerprint: ${fingerprint.toFixed(2)} µs per command`);

// ---- the primitives under the checks ------------------------------------------------------
// What the platform itself charges: V8's JSON and OpenSSL's SHA-256 on the same bytes, with
// none of netra's code around them (no envelope check, no body built, no copy).
const bodies = prepared
  .flat()
  .map(
    (e) =>
      `{"event":{"data":${e.dataJson},"id":"${e.id}","metadata":${e.metadataJson},"schemaVersion":${e.schemaVersion},"streamId":"${e.streamId}","streamVersion":${e.streamVersion},"type":"${e.type}"},"previousHash":"${GENESIS_HASH}"}`,
  );
const parseBoth = await best(EVENTS, () => {
  for (const r of rows) {
    JSON.parse(r[6]);
    JSON.parse(r[7]);
  }
});
const sha256 = await best(EVENTS, () => {
  for (const body of bodies) hash('sha256', body, 'hex');
});
const stringifyData = await best(EVENTS, () => {
  for (const b of batches) for (const e of b.events) JSON.stringify(e.data);
});
say(
  `primitives: JSON.parse of data and metadata ${parseBoth.toFixed(2)}, SHA-256 of the hash body ${sha256.toFixed(2)}, JSON.stringify of the data ${stringifyData.toFixed(2)} µs per event`,
);

// ---- SQLite, bare ---------------------------------------------------------------------------
const dir = mkdtempSync(join(args.tmp ?? tmpdir(), 'netra-floors-'));
const TABLE = `CREATE TABLE events (
  position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL,
  stream_version INTEGER NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL,
  schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, hash TEXT NOT NULL,
  UNIQUE (stream_id, stream_version)) STRICT`;
const COLUMNS =
  'position, stream_id, stream_version, event_id, type, schema_version, data, metadata, hash';
const sqlite = {};
{
  const db = new Database(join(dir, 'read.db'));
  db.pragma('journal_mode = WAL');
  db.exec(TABLE);
  const insert = db.prepare(`INSERT INTO events (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const r of rows) insert.run(...r);
  })();
  const page = db
    .prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT 1000`)
    .raw(true);
  sqlite.fetchPage = await best(EVENTS, () => {
    let after = 0;
    for (;;) {
      const got = page.all(after);
      if (got.length === 0) break;
      after = got.at(-1)[0];
    }
  });
  const stream = db
    .prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? ORDER BY stream_version`)
    .raw(true);
  sqlite.fetchStream = await best(N, () => {
    for (const c of cases) stream.all(c.id);
  });
  db.close();
}
{
  const db = new Database(join(dir, 'commit.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(TABLE);
  const insert = db.prepare(
    `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const one = db.transaction((r) => insert.run(...r.slice(1)));
  const sample = rows.slice(0, Math.min(rows.length, 1000));
  let round = 0;
  sqlite.commitFull = await best(sample.length, () => {
    round++;
    for (const r of sample) one([0, `${r[1]}#${round}`, ...r.slice(2)]);
  });
  db.close();
}
rmSync(dir, { recursive: true, force: true });
say(
  `SQLite: fetch ${sqlite.fetchPage.toFixed(2)} µs per event (pages), ${sqlite.fetchStream.toFixed(1)} µs per stream; commit FULL ${sqlite.commitFull.toFixed(0)} µs`,
);

// ---- PostgreSQL, bare (optional) -------------------------------------------------------------
let pgFetchPage = null;
try {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: args.connection });
  await client.connect();
  try {
    await client.query(
      'CREATE TEMP TABLE floors_events (position int8 PRIMARY KEY, stream_id text, stream_version int, event_id text, type text, schema_version int8, data text, metadata text, hash text)',
    );
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await client.query(
        `INSERT INTO floors_events SELECT * FROM unnest($1::int8[], $2::text[], $3::int[], $4::text[], $5::text[], $6::int8[], $7::text[], $8::text[], $9::text[])`,
        Array.from({ length: 9 }, (_, c) => chunk.map((r) => r[c])),
      );
    }
    pgFetchPage = await best(EVENTS, async () => {
      let after = 0;
      for (;;) {
        const { rows: got } = await client.query({
          name: 'floors-page',
          text: `SELECT ${COLUMNS} FROM floors_events WHERE position > $1 ORDER BY position LIMIT 1000`,
          values: [after],
          rowMode: 'array',
        });
        if (got.length === 0) break;
        after = got.at(-1)[0];
      }
    });
    say(`PostgreSQL: fetch ${pgFetchPage.toFixed(2)} µs per event (pages)`);
  } finally {
    await client.end();
  }
} catch (error) {
  say(`PostgreSQL skipped: ${error.message}`);
}

// ---- floors against budgets -----------------------------------------------------------------
/** W1 loads a stream of (step - 1) events before each step: 3.5 on average over 8 steps. */
const priorPerCommand = (STEPS - 1) / 2;
/** Each target's floor from the cost of an append's checks, a stored event's, a fingerprint's. */
const floorsOf = ({ append, verify, fingerprint: print }) => ({
  'memory w1': append + freezeOnly + print,
  'memory w2': append + freezeOnly,
  'sqlite w1':
    sqlite.commitFull +
    append +
    print +
    // the load and the append's own check of the stream each verify the stream's events
    2 * priorPerCommand * verify +
    2 * (sqlite.fetchStream * (priorPerCommand / STEPS)),
  'sqlite w3': sqlite.fetchStream / STEPS + verify,
  'sqlite w4': sqlite.fetchPage + verify,
  ...(pgFetchPage === null ? {} : { 'postgres w4': pgFetchPage + verify }),
});
const floors = floorsOf({ append: appendChecks, verify: verifyStored, fingerprint });
/**
 * The same floors with each check replaced by the platform's primitives alone: an append or a
 * fingerprint by JSON.stringify of the data and one SHA-256 (and the freeze, in memory); a
 * verified read by two JSON.parse and one SHA-256. Below its budget, a target is out of reach
 * of these checks as netra writes them, not of the checks themselves.
 */
const primitiveFloors = floorsOf({
  append: stringifyData + sha256,
  verify: parseBoth + sha256,
  fingerprint: stringifyData + sha256,
});

/** Budgets from the latest comparative run: µs per unit the target allows. */
let budgets = {};
let runAt = null;
try {
  const latest = JSON.parse(
    readFileSync(new URL('./results/compare-latest.json', import.meta.url), 'utf8'),
  );
  runAt = `${latest.at}, ${latest.command}`;
  /** µs per event of a target's workload: the median run of the comparative table. */
  const usPerEvent = (key, w) => {
    const cell = latest.summary[key]?.workloads?.[w];
    return cell?.medianMs === undefined ? null : (cell.medianMs * 1000) / cell.events;
  };
  const bestPeer = (w) => {
    const peers = ['emmett-memory', 'castore-memory']
      .map((k) => usPerEvent(k, w))
      .filter((x) => x !== null);
    return peers.length === 0 ? null : Math.min(...peers);
  };
  const plain = (w) => usPerEvent('baseline-memory', w);
  const raw = (w) => usPerEvent('baseline-pg', w);
  budgets = {
    // in memory: W1 >= 0.5x plain JS's rate, W2 >= 1.0x the best peer's
    'memory w1': plain('w1') === null ? null : plain('w1') / 0.5,
    'memory w2': bestPeer('w2'),
    // SQLite: W1 and W3 >= 1.5x raw pg's rate, W4 >= 1.0x
    'sqlite w1': raw('w1') === null ? null : raw('w1') / 1.5,
    'sqlite w3': raw('w3') === null ? null : raw('w3') / 1.5,
    'sqlite w4': raw('w4'),
    // PostgreSQL: W4 >= 1.0x raw pg's rate
    'postgres w4': raw('w4'),
  };
} catch (error) {
  say(`no comparative run to take budgets from (${error.message}): run \`pnpm bench\` first`);
}

const units = {
  'memory w1': 'command',
  'memory w2': 'event',
  'sqlite w1': 'command',
  'sqlite w3': 'event',
  'sqlite w4': 'event',
  'postgres w4': 'event',
};
const out = [
  `Floors of the kept checks, ${new Date().toISOString()}, N = ${N} cases, best of ${REPS}`,
  runAt === null ? '' : `Budgets from the comparative run of ${runAt}`,
  '',
  '| target | floor of the checks µs | floor of their primitives µs | budget µs | checks ÷ budget | primitives ÷ budget |',
  '|---|--:|--:|--:|--:|--:|',
];
for (const [target, floor] of Object.entries(floors)) {
  const budget = budgets[target] ?? null;
  const primitive = primitiveFloors[target];
  const ratio = (x) => (budget === null ? 'n/a' : (x / budget).toFixed(2));
  out.push(
    `| ${target} (per ${units[target]}) | ${floor.toFixed(2)} | ${primitive.toFixed(2)} | ${budget === null ? 'n/a' : budget.toFixed(2)} | ${ratio(floor)} | ${ratio(primitive)} |`,
  );
}
out.push(
  '',
  `Parts (µs): append checks ${appendChecks.toFixed(2)}/event, in-memory freeze ${freezeOnly.toFixed(2)}/event, verify stored ${verifyStored.toFixed(2)}/event, fingerprint ${fingerprint.toFixed(2)}/command, SQLite fetch ${sqlite.fetchPage.toFixed(2)}/event in pages and ${sqlite.fetchStream.toFixed(1)}/stream, SQLite FULL commit ${sqlite.commitFull.toFixed(0)}/commit${pgFetchPage === null ? '' : `, PostgreSQL fetch ${pgFetchPage.toFixed(2)}/event in pages`}; primitives: JSON.parse of data and metadata ${parseBoth.toFixed(2)}/event, SHA-256 of the hash body ${sha256.toFixed(2)}/event, JSON.stringify of the data ${stringifyData.toFixed(2)}/event`,
);
console.log(out.join('\n'));
