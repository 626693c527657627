import { describe, expect, it } from 'vitest';
import { esdbEventId, uuidV5 } from './event-id.js';

describe('ESDB event ids', () => {
  it('uuidV5 gives the RFC test vector (DNS namespace, www.example.com)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is deterministic from command id and index, and tells both apart', () => {
    expect(esdbEventId('cmd-1', 0)).toBe(esdbEventId('cmd-1', 0));
    expect(esdbEventId('cmd-1', 0)).not.toBe(esdbEventId('cmd-1', 1));
    expect(esdbEventId('cmd-1', 0)).not.toBe(esdbEventId('cmd-2', 0));
    expect(esdbEventId('cmd-1', 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
