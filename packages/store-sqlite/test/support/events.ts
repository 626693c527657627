import type { NewEvent } from '@netra/core';
import { v7 as uuidv7 } from 'uuid';

/** A valid event envelope carrying `data`: every field the store checks is set. */
export const eventWith = (data: unknown, type = 'Counted'): NewEvent => ({
  id: uuidv7(),
  type,
  schemaVersion: 1,
  data,
  metadata: {
    actor: { id: 'officer-1', role: 'bawaslu', scope: { regionCode: '34.02' } },
    commandId: uuidv7(),
    correlationId: 'sqlite-tests',
    causationId: null,
    rulebookVersion: 'sqlite-tests',
    occurredAt: '2024-10-01T09:00:00+07:00',
    recordedAt: '2024-10-01T02:00:05.000Z',
  },
});

export const eventsWith = (count: number): NewEvent[] =>
  Array.from({ length: count }, (_, i) => eventWith({ n: i + 1 }));
