import type { EventStoreDBClient } from '@eventstore/db-client';
import type { StreamNames } from './stream-names.js';

/** What the parts of the store share. */
export interface StoreContext {
  readonly client: EventStoreDBClient;
  readonly names: StreamNames;
  /** Names the store in messages: `(EventStoreDB, category "netra")`. */
  readonly where: string;
  readonly assertOpen: () => void;
}
