import type { NewEvent } from '@netra/core';
import { v7 as uuidv7 } from 'uuid';

export interface StoreTestEvents {
  /** A valid event envelope carrying `data`: every field the store checks is set. */
  readonly eventWith: (data: unknown, type?: string) => NewEvent;
  /** `count` events of type 'Counted' carrying `{ n: 1 }` .. `{ n: count }`. */
  readonly eventsWith: (count: number) => NewEvent[];
}

/**
 * Event builders for a store adapter's own tests: `tag` (e.g. 'sqlite-tests') is written as the
 * correlation id and rulebook version, so that a test's events say where they came from.
 */
export const storeTestEvents = (tag: string): StoreTestEvents => {
  const eventWith = (data: unknown, type = 'Counted'): NewEvent => ({
    id: uuidv7(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'officer-1', role: 'bawaslu', scope: { regionCode: '34.02' } },
      commandId: uuidv7(),
      correlationId: tag,
      causationId: null,
      rulebookVersion: tag,
      occurredAt: '2024-10-01T09:00:00+07:00',
      recordedAt: '2024-10-01T02:00:05.000Z',
    },
  });
  const eventsWith = (count: number): NewEvent[] =>
    Array.from({ length: count }, (_, i) => eventWith({ n: i + 1 }));
  return { eventWith, eventsWith };
};
