// Loads @netra/core the way an ESM application does (package self-reference → exports map → dist/index.js).
import { createInMemoryEventStore, verifyStreamChain } from '@netra/core';
import { v7 } from './uuid-v7.mjs';

const store = createInMemoryEventStore();
const metadata = {
  actor: { id: 'clerk-1', role: 'bawaslu', scope: {} },
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: null,
  rulebookVersion: 'consumer',
  occurredAt: '2024-10-01T09:00:00+07:00',
  recordedAt: '2024-10-01T02:00:00.000Z',
};
const appended = await store.append(
  'case-esm',
  [{ id: v7(), type: 'Noted', schemaVersion: 1, data: { via: 'esm' }, metadata }],
  { expectedVersion: 'no_stream' },
);
const read = await store.readStream('case-esm');
const verified = verifyStreamChain('case-esm', read.right);
console.log(
  JSON.stringify({
    format: 'esm',
    appended: appended._tag,
    verified: verified._tag,
    events: read.right.length,
  }),
);
