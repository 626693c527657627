import type { EventStore, ReadAllOptions, ReadStreamOptions } from '@netra/core';
import { createInMemoryEventStore } from '@netra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { rightOrThrow } from './support/temp.js';

/*
 * The same events, appended in the same order, into SQLite and into the reference store: every
 * read then answers the same Either, refusals (built by core's shared checks) word for word.
 */
let sqlite: EventStore;
let memory: EventStore;
beforeAll(async () => {
  sqlite = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
  memory = createInMemoryEventStore();
  const a = eventsWith(4);
  const b = eventsWith(2);
  for (const store of [sqlite, memory]) {
    rightOrThrow(await store.append('case-a', a, { expectedVersion: 'no_stream' }));
    rightOrThrow(await store.append('case-b', b, { expectedVersion: 'no_stream' }));
  }
});
afterAll(async () => {
  await sqlite.close();
  await memory.close();
});

const odd = (value: unknown) => value as number;

describe('read bounds are checked, never rounded: the same answers as the in-memory store', () => {
  it.each<[string, ReadStreamOptions | undefined, string | null]>([
    ['from 1.5', { from: 1.5 }, 'from'],
    ['from NaN', { from: Number.NaN }, 'from'],
    ['from -1', { from: -1 }, 'from'],
    ["from '2'", { from: odd('2') }, 'from'],
    ['to 2.5', { to: 2.5 }, 'to'],
    ['to -1', { to: -1 }, 'to'],
    ['to Infinity', { to: Number.POSITIVE_INFINITY }, 'to'],
    ['options null', null as unknown as ReadStreamOptions, 'options'],
    ['no options', undefined, null],
    ['from 0', { from: 0 }, null],
    ['from 2 to 3', { from: 2, to: 3 }, null],
    ['to 0', { to: 0 }, null],
    ['from 3 to 2', { from: 3, to: 2 }, null],
    ['from beyond the end', { from: 9 }, null],
  ])('readStream %s', async (_label, options, refusedOption) => {
    const answer = await sqlite.readStream('case-a', options);
    expect(answer).toEqual(await memory.readStream('case-a', options));
    if (refusedOption === null) expect(answer._tag).toBe('Right');
    else expect(answer).toMatchObject({ left: { code: 'INVALID_READ', option: refusedOption } });
  });

  it.each<[string, ReadAllOptions | undefined, string | null]>([
    ['after 0.5', { after: 0.5 }, 'after'],
    ['after -3', { after: -3 }, 'after'],
    ['after NaN', { after: Number.NaN }, 'after'],
    ["after '2'", { after: odd('2') }, 'after'],
    ['limit 0', { limit: 0 }, 'limit'],
    ['limit 1.5', { limit: 1.5 }, 'limit'],
    ['limit NaN', { limit: Number.NaN }, 'limit'],
    ['options null', null as unknown as ReadAllOptions, 'options'],
    ['no options', undefined, null],
    ['after 2, limit 3', { after: 2, limit: 3 }, null],
    ['after the end', { after: 99 }, null],
    ['a limit above the ceiling', { limit: 1_000_000 }, null],
  ])('readAll %s', async (_label, options, refusedOption) => {
    const answer = await sqlite.readAll(options);
    expect(answer).toEqual(await memory.readAll(options));
    if (refusedOption === null) expect(answer._tag).toBe('Right');
    else expect(answer).toMatchObject({ left: { code: 'INVALID_READ', option: refusedOption } });
  });
});
