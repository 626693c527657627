import { describe, expect, it } from 'vitest';
import type { SqliteEventStoreOptions } from './options.js';
import { resolveOptions } from './options.js';

describe('resolveOptions', () => {
  it('defaults a file the store owns to synchronous FULL, 5 s busy timeout, 100 ms polling', () => {
    expect(resolveOptions({ file: 'netra.db' })).toEqual({
      readonly: false,
      inlineProjections: [],
      synchronous: 'FULL',
      busyTimeoutMs: 5000,
      pollIntervalMs: 100,
    });
  });

  it("leaves an application's handle at its own synchronous setting unless one is given", () => {
    const database = {} as NonNullable<SqliteEventStoreOptions['database']>;
    expect(resolveOptions({ database })).toMatchObject({ synchronous: undefined });
    expect(resolveOptions({ database, synchronous: 'NORMAL' })).toMatchObject({
      synchronous: 'NORMAL',
    });
  });

  it('takes readonly as given, for a file or a handle', () => {
    const database = {} as NonNullable<SqliteEventStoreOptions['database']>;
    expect(resolveOptions({ file: 'netra.db', readonly: true })).toMatchObject({ readonly: true });
    expect(resolveOptions({ database, readonly: true })).toMatchObject({ readonly: true });
  });

  it.each([
    [{ file: '  ' }, 'give either'],
    [{ file: 'a.db', database: {} }, 'not both'],
    [{ file: 'a.db', synchronous: 'full' }, 'synchronous must be one of FULL, NORMAL, OFF'],
    [{ file: 'a.db', busyTimeoutMs: 1.5 }, 'busyTimeoutMs'],
    [{ file: 'a.db', pollIntervalMs: -5 }, 'pollIntervalMs'],
    [{ file: 'a.db', readonly: 'yes' }, 'readonly must be true or false'],
    [{ file: ':memory:', readonly: true }, "readonly cannot open ':memory:'"],
    [{ file: 'a.db', inlineProjections: {} }, 'inlineProjections must be a list'],
    [
      { file: 'a.db', inlineProjections: [{ name: 'x' }] },
      'inlineProjections[0] must be a projection',
    ],
    [
      { file: 'a.db', inlineProjections: [{ name: '', version: 1, evolve: (): number => 0 }] },
      'inlineProjections[0] must be a projection',
    ],
    [
      {
        file: 'a.db',
        inlineProjections: [
          { name: 'x', version: 1, evolve: (): number => 0 },
          { name: 'x', version: 2, evolve: (): number => 0 },
        ],
      },
      "names 'x' twice",
    ],
    [
      {
        file: 'a.db',
        readonly: true,
        inlineProjections: [{ name: 'x', version: 1, evolve: (): number => 0 }],
      },
      'a read-only store appends nothing',
    ],
  ])('names the problem in %j', (options, problem) => {
    expect(resolveOptions(options as unknown as SqliteEventStoreOptions)).toContain(problem);
  });
});
