import type { EventStore } from '@netra/core';

/** What an adapter supplies to run the conformance suite against itself. */
export interface StoreHarness {
  /** Shown in test names, e.g. 'in-memory' or 'sqlite (file)'. */
  readonly name: string;
  /** A fresh, empty store. The suite closes every store it creates. */
  readonly create: () => Promise<EventStore>;
  /**
   * Alters one recorded event's data *behind the store's back* (as an intruder with direct
   * access to the storage would) and returns a store that reads the altered storage. Used to
   * prove that the hash chain catches edits. Omit only if the storage cannot be reached.
   */
  readonly tamper?: (
    store: EventStore,
    target: { readonly streamId: string; readonly streamVersion: number },
    edit: (data: unknown) => unknown,
  ) => Promise<EventStore>;
  /**
   * Deletes one recorded event *behind the store's back*, leaving the store's own record of the
   * stream's head as it was (as an intruder deleting a row would), and returns a store that
   * reads the altered storage. Used to prove that a deleted tail is seen (head check) and that
   * nothing is appended onto the damaged stream. Omit only if the storage cannot be reached.
   */
  readonly removeEvent?: (
    store: EventStore,
    target: { readonly streamId: string; readonly streamVersion: number },
  ) => Promise<EventStore>;
}
