import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './envelope.js';

/** The `previous hash` of a stream's first event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The parts of a recorded event the hash covers: everything but the global position and the hash. */
export type HashedFields = Omit<RecordedEvent, 'globalPosition' | 'hash'>;

/**
 * SHA-256 (hex) over `previousHash` and the RFC 8785 canonical JSON of the event's fields.
 * Any edit of a field, any deletion or reordering inside a stream changes a hash that a later
 * event (or the recorded head) depends on, which `verifyStreamChain` reports.
 */
export const hashEvent = (previousHash: string, event: HashedFields): string => {
  const body = canonicalJson({
    previousHash,
    event: {
      id: event.id,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
    },
  });
  return createHash('sha256').update(body, 'utf8').digest('hex');
};
