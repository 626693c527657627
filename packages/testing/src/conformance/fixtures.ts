import type { NewEvent } from '@netra/core';
import { v7 as uuidv7 } from 'uuid';

let counter = 0;

/** A valid event envelope with the given type and data; every field the store checks is set. */
export const newEvent = (
  type = 'Counted',
  data: unknown = { n: 1 },
  overrides: Partial<NewEvent> = {},
): NewEvent => {
  counter++;
  return {
    id: uuidv7(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: {
        id: 'officer-1',
        role: 'bawaslu',
        scope: { bawasluLevel: 'KABKOTA', regionCode: '34.02' },
      },
      commandId: `cmd-${counter}`,
      correlationId: `corr-${counter}`,
      causationId: null,
      rulebookVersion: 'conformance',
      occurredAt: '2024-10-01T09:00:00+07:00',
      recordedAt: '2024-10-01T02:00:05.000Z',
    },
    ...overrides,
  };
};

export const newEvents = (count: number, type = 'Counted'): NewEvent[] =>
  Array.from({ length: count }, (_, i) => newEvent(type, { n: i + 1 }));

/** A stream id no other test uses. */
export const freshStreamId = (prefix = 'case'): string => `${prefix}-${uuidv7()}`;
