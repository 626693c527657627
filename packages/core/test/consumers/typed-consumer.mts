// Type-checked against dist/index.d.ts through the exports map (no path mapping).
import { createInMemoryEventStore, type EventStore, type RecordedEvent } from '@netra/core';

const store: EventStore = createInMemoryEventStore();
const firstVersion = async (): Promise<number | undefined> => {
  const read = await store.readStream('case-typed');
  if (read._tag === 'Left') return undefined;
  const events: readonly RecordedEvent[] = read.right;
  return events[0]?.streamVersion;
};

export { firstVersion };
