import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { newEventSchema } from '../store/new-event-schema.js';
import { createEventIds, newEventId } from './event-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('event ids (UUID v7 from pooled randomness)', () => {
  it('are public: the generator the handler uses, for a host appending through the store port', () => {
    expect(core.newEventId).toBe(newEventId);
  });

  it('are UUID v7 strings the envelope schema accepts, with version 7 and variant 10', () => {
    for (let i = 0; i < 2000; i++) {
      const id = newEventId();
      expect(id).toMatch(UUID_V7);
      expect(newEventSchema.shape.id.safeParse(id).success).toBe(true);
    }
  });

  it('carry the clock in their first 48 bits', () => {
    const at = Date.UTC(2024, 10, 27, 1, 2, 3, 456);
    const id = createEventIds(() => at)();
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
    const max = createEventIds(() => 2 ** 48 - 1)();
    expect(max.slice(0, 13)).toBe('ffffffff-ffff');
  });

  it('do not repeat over several refills of the pool, and sort by millisecond', () => {
    let tick = 1_700_000_000_000;
    const ids = createEventIds(() => tick);
    const seen = new Set<string>();
    let latestOfLastMs = '';
    for (let ms = 0; ms < 5000; ms++) {
      tick += 1;
      let latest = '';
      for (let k = 0; k < 10; k++) {
        const id = ids();
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        // every id of a millisecond sorts after every id of the one before
        expect(id > latestOfLastMs).toBe(true);
        if (id > latest) latest = id;
      }
      latestOfLastMs = latest;
    }
    expect(seen.size).toBe(50_000);
  });
});
