// Loads @netra/core the way a CommonJS application does (require → exports map → dist/index.cjs).
const { createInMemoryEventStore, verifyStreamChain } = require('@netra/core');

const main = async () => {
  const { v7 } = await import('./uuid-v7.mjs');
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
    'case-cjs',
    [{ id: v7(), type: 'Noted', schemaVersion: 1, data: { via: 'cjs' }, metadata }],
    { expectedVersion: 'no_stream' },
  );
  const read = await store.readStream('case-cjs');
  const verified = verifyStreamChain('case-cjs', read.right);
  console.log(
    JSON.stringify({
      format: 'cjs',
      appended: appended._tag,
      verified: verified._tag,
      events: read.right.length,
    }),
  );
};
main();
