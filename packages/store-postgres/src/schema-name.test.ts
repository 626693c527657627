import { describe, expect, it } from 'vitest';
import { appendLockKey, migrationLockKey, streamLockKey } from './lock-keys.js';
import { quoteIdentifier, schemaNameProblem } from './schema-name.js';
import { tablesIn } from './tables.js';

describe('schema names and the keys derived from them', () => {
  it('accepts plain lower-case identifiers only', () => {
    for (const ok of ['netra', '_n', 'netra_2024', 'a'.repeat(48)]) {
      expect(schemaNameProblem(ok)).toBeUndefined();
    }
    for (const bad of [
      '',
      'Netra',
      '9a',
      'a-b',
      'a b',
      'a"b',
      'a'.repeat(49),
      'pg_x',
      'information_schema',
      7,
      null,
    ]) {
      expect(schemaNameProblem(bad)).toBeTypeOf('string');
    }
  });

  it('quotes the schema in every table name and keeps the channel within 63 bytes', () => {
    const t = tablesIn('a'.repeat(48));
    expect(t.events).toBe(`${quoteIdentifier('a'.repeat(48))}.netra_events`);
    expect(Buffer.byteLength(t.channel)).toBeLessThanOrEqual(63);
  });

  it('gives different schemas, purposes and streams different 64-bit lock keys', () => {
    const keys = [
      appendLockKey('netra'),
      appendLockKey('netra_b'),
      migrationLockKey('netra'),
      streamLockKey('netra', 'case-1'),
      streamLockKey('netra', 'case-2'),
      streamLockKey('netra_b', 'case-1'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      const n = BigInt(key);
      expect(n >= -(2n ** 63n) && n < 2n ** 63n).toBe(true);
    }
    expect(appendLockKey('netra')).toBe(appendLockKey('netra'));
  });
});
