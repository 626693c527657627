import { createHash } from 'node:crypto';

/** The namespace of netra's ESDB event ids (a fixed random UUID; changing it changes every id). */
export const NETRA_EVENT_NAMESPACE = '6b1f4a2e-9d3c-4e57-8a61-2f0c9b7d5e43';

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/** A name-based UUID, version 5 (RFC 9562 §5.5): SHA-1 of namespace and name, 122 bits of it. */
export const uuidV5 = (namespace: string, name: string): string => {
  const hash = createHash('sha1')
    .update(bytesOf(namespace))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * The ESDB event id of the `index`-th event of an append made for command `commandId`: the
 * same command resent gives the same ids, so the server's own idempotency (an append whose ids
 * are already the stream's events at that place succeeds without writing) applies to transport
 * retries. The store reads its append back and checks netra's own event ids, so two different
 * decisions for one command id are never taken one for the other.
 */
export const esdbEventId = (commandId: string, index: number): string =>
  uuidV5(NETRA_EVENT_NAMESPACE, `${commandId}\u0000${index}`);
