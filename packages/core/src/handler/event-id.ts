import { randomFillSync } from 'node:crypto';

/*
 * UUID v7 (RFC 9562 §5.7) for event ids, from a pool of random bytes. The `uuid` package draws
 * 16 bytes from `crypto.getRandomValues` for every id, a system call's worth of work that a
 * profile of the append path put at 12–20 % of an event's cost; here 4 KiB are drawn at once
 * and used 10 bytes per id (74 random bits are all v7 needs). Ordering: ids of later
 * milliseconds sort after earlier ones; within one millisecond the order is random, which
 * RFC 9562 allows (its monotonic counters are optional) and nothing in netra relies on.
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const POOL_BYTES = 4096;
const BYTES_PER_ID = 10;

/** A generator of UUID v7 strings; `now` is the clock in ms (injected for tests). */
export const createEventIds = (now: () => number = Date.now): (() => string) => {
  const pool = Buffer.alloc(POOL_BYTES);
  let at = POOL_BYTES;
  return () => {
    if (at + BYTES_PER_ID > POOL_BYTES) {
      randomFillSync(pool);
      at = 0;
    }
    const ms = now();
    const high = Math.floor(ms / 0x10000); // the first 32 of the 48 timestamp bits
    const low = ms % 0x10000;
    const r = pool;
    const i = at;
    at += BYTES_PER_ID;
    return (
      HEX[(high >>> 24) & 0xff]! +
      HEX[(high >>> 16) & 0xff]! +
      HEX[(high >>> 8) & 0xff]! +
      HEX[high & 0xff]! +
      '-' +
      HEX[(low >>> 8) & 0xff]! +
      HEX[low & 0xff]! +
      '-' +
      HEX[0x70 | (r[i]! & 0x0f)]! +
      HEX[r[i + 1]!]! +
      '-' +
      HEX[0x80 | (r[i + 2]! & 0x3f)]! +
      HEX[r[i + 3]!]! +
      '-' +
      HEX[r[i + 4]!]! +
      HEX[r[i + 5]!]! +
      HEX[r[i + 6]!]! +
      HEX[r[i + 7]!]! +
      HEX[r[i + 8]!]! +
      HEX[r[i + 9]!]!
    );
  };
};

/** The process's event-id generator. */
export const newEventId: () => string = createEventIds();
