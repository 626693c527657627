import type { EventStoreDBClient } from '@eventstore/db-client';
import { END, streamNameFilter } from '@eventstore/db-client';
import type { EventStore, ParkOptions } from '@netra/core';
import { createParkedWaiters } from '@netra/core';
import { either as E } from 'fp-ts';
import { toGlobalPosition } from './positions.js';

export interface NewEventWaiters {
  wait(after: number, options: ParkOptions): Promise<void>;
  /** This process appended up to `position`: wake its waiters at once. */
  notify(position: number): void;
  close(): Promise<void>;
}

interface Subscription {
  on(
    event: 'data',
    listener: (resolved: { event?: { position?: { prepare: bigint; commit: bigint } } }) => void,
  ): unknown;
  on(event: 'error' | 'end' | 'close', listener: () => void): unknown;
  unsubscribe(): Promise<void>;
}

/**
 * `waitForEvents`: a catch-up subscription to `$all`, filtered server-side to netra's
 * streams (`${category}-` prefix), wakes the waiters as events arrive; a poll of the head
 * position every `pollIntervalMs` wakes them too, so a dropped subscription (the failure
 * ESDB users report most) delays nobody beyond one poll, and the subscription is opened again
 * at the next poll or wait. Waiting never rejects: every error is swallowed here, and the reader then
 * reads with `readAll`, which answers it.
 */
export const createNewEventWaiters = (
  client: EventStoreDBClient,
  prefix: string,
  readHeadPosition: EventStore['readHeadPosition'],
  pollIntervalMs: number,
): NewEventWaiters => {
  let subscription: Subscription | undefined;
  let closed = false;
  let polling = false;

  const poll = (): void => {
    if (polling || closed) return;
    polling = true;
    readHeadPosition()
      .then((head) => {
        if (E.isRight(head)) waiters.wake(head.right);
      })
      .catch(() => undefined)
      .finally(() => {
        polling = false;
      });
    ensureSubscribed();
  };
  const waiters = createParkedWaiters(poll, pollIntervalMs);

  const ensureSubscribed = (): void => {
    if (subscription !== undefined || closed) return;
    try {
      const opened = client.subscribeToAll({
        fromPosition: END,
        filter: streamNameFilter({ prefixes: [prefix] }),
      }) as unknown as Subscription;
      subscription = opened;
      const dropped = () => {
        if (subscription === opened) subscription = undefined;
      };
      opened.on('data', (resolved) => {
        const position = toGlobalPosition(resolved.event?.position);
        if (typeof position === 'number') waiters.wake(position);
      });
      opened.on('error', dropped);
      opened.on('end', dropped);
      opened.on('close', dropped);
    } catch {
      subscription = undefined;
    }
  };

  return {
    wait(after, options) {
      const parked = waiters.park(after, options);
      poll();
      return parked;
    },
    notify: (position) => waiters.wake(position),
    async close() {
      closed = true;
      waiters.close();
      const open = subscription;
      subscription = undefined;
      await open?.unsubscribe().catch(() => undefined);
    },
  };
};
