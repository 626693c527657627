import type { EventStoreDBClient } from '@eventstore/db-client';

/** Options of `openEventStoreDbEventStore`: the application's client, or a connection string. */
export type EventStoreDbEventStoreOptions = (
  | {
      /** The application's client: the store never disposes of it. */
      readonly client: EventStoreDBClient;
      readonly connectionString?: undefined;
    }
  | {
      /** e.g. `esdb://127.0.0.1:2113?tls=false`; the store makes the client and disposes of it on close. */
      readonly connectionString: string;
      readonly client?: undefined;
    }
) & {
  /** The ESDB category of netra's streams (default 'netra'): stream `x` is `${category}-x`. */
  readonly category?: string;
  /** How often a parked `waitForEvents` polls the head position (default 500 ms). */
  readonly pollIntervalMs?: number;
};

export const DEFAULT_CATEGORY = 'netra';
export const DEFAULT_POLL_INTERVAL_MS = 500;
