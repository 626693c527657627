import { createParkedWaiters } from '@netra/core';
import type { Pool, PoolClient } from 'pg';
import { withClient } from './connection.js';
import { highestPosition } from './reads.js';
import type { Tables } from './tables.js';

/** Parks `waitForEvents` callers until the log may have grown past what they have seen. */
export interface NewEventWaiters {
  wait(
    after: number,
    options: { readonly signal?: AbortSignal; readonly timeoutMs: number },
  ): Promise<void>;
  /** An append through this store committed up to `position`: wake whoever it concerns. */
  notify(position: number): void;
  /** Whether the LISTEN connection is up (for tests and health checks). */
  listening(): boolean;
  close(): Promise<void>;
}

export interface WaiterSettings {
  /** Where LISTEN runs: the primary, where appends send NOTIFY. */
  readonly pool: Pool;
  /** Where polling reads the highest position: the pool followers read from. */
  readonly readPool: Pool;
  readonly tables: Tables;
  readonly pollIntervalMs: number;
  readonly listen: boolean;
  /** How long to wait before listening again after the LISTEN connection failed. */
  readonly relistenDelayMs: number;
}

/**
 * Two ways to learn of events appended by any process:
 * - LISTEN on the schema's channel, on one connection taken from the primary pool the first
 *   time someone waits and kept until `close()`. Appends `pg_notify` in their transaction, so
 *   the notice (the last position) arrives when they commit. If that connection drops (server
 *   restart, pg_terminate_backend), it is given back to the pool destroyed and LISTEN is tried
 *   again after `relistenDelayMs`, for as long as the store is open; a poll follows each
 *   (re)LISTEN, for what was committed while nobody listened.
 * - Polling the highest position on `readPool` every `pollIntervalMs` while anyone waits: the
 *   fallback for lost notifications, for a replica that lags the primary's notice, and for a
 *   connection that cannot LISTEN (a transaction-pooling proxy).
 * Either only wakes waiters, who then read: a spurious wake-up costs one empty read. Nothing
 * here rejects: a failed poll or LISTEN is retried at its next tick.
 */
export const createNewEventWaiters = (settings: WaiterSettings): NewEventWaiters => {
  const { pool, readPool, tables, pollIntervalMs } = settings;
  const waiters = createParkedWaiters(() => void poll(), pollIntervalMs);
  let closed = false;
  let polling = false;
  let listener: PoolClient | undefined;
  let connecting = false;
  let relisten: NodeJS.Timeout | undefined;

  const poll = async (): Promise<void> => {
    if (polling || closed || waiters.size === 0) return;
    polling = true;
    try {
      const highest = await withClient(readPool, (sql) => highestPosition(sql, tables));
      waiters.wake(typeof highest === 'number' ? highest : Number.POSITIVE_INFINITY);
    } catch {
      // unavailable for now: the next tick tries again; waiters end at their timeout anyway
    } finally {
      polling = false;
    }
  };

  const dropListener = (client: PoolClient, error: unknown): void => {
    if (listener !== client) return;
    listener = undefined;
    client.removeAllListeners('notification');
    try {
      client.release(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // already released
    }
    scheduleListen();
  };

  const scheduleListen = (): void => {
    if (closed || relisten !== undefined) return;
    relisten = setTimeout(() => {
      relisten = undefined;
      void listen();
    }, settings.relistenDelayMs);
    relisten.unref();
  };

  const listen = async (): Promise<void> => {
    if (!settings.listen || closed || listener !== undefined || connecting) return;
    connecting = true;
    let client: PoolClient | undefined;
    try {
      client = await pool.connect();
      const mine = client;
      mine.on('error', (error) => dropListener(mine, error));
      mine.on('end', () => dropListener(mine, new Error('LISTEN connection ended')));
      mine.on('notification', (message) => {
        if (message.channel !== tables.channel) return;
        const position = Number(message.payload);
        waiters.wake(Number.isSafeInteger(position) ? position : Number.POSITIVE_INFINITY);
      });
      listener = mine;
      await mine.query(`LISTEN "${tables.channel}"`);
      if (closed) {
        dropListener(mine, new Error('store closed'));
        return;
      }
      void poll();
    } catch (error) {
      if (client === undefined) scheduleListen();
      else dropListener(client, error); // a no-op if its 'error' event dropped it already
    } finally {
      connecting = false;
    }
  };

  return {
    wait(after, options) {
      if (closed || options.signal?.aborted) return Promise.resolve();
      // Parked before the first look, so a notice that arrives meanwhile is not lost.
      const woken = waiters.park(after, options);
      void listen();
      void poll();
      return woken;
    },
    notify(position) {
      waiters.wake(position);
    },
    listening: () => listener !== undefined && !connecting,
    async close() {
      closed = true;
      waiters.close();
      if (relisten !== undefined) clearTimeout(relisten);
      relisten = undefined;
      const client = listener;
      // Destroyed rather than given back: a connection still listening must not be lent out.
      if (client !== undefined) dropListener(client, new Error('netra store closed'));
    },
  };
};
