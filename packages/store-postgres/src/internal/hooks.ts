/*
 * Seams for this package's own tests only (never exported from the package): a test pauses an
 * append after it has drawn its positions and before it commits, to show that no reader sees a
 * later position first. An application has no way to reach them.
 */
export interface AppendHooks {
  /** Awaited inside the append transaction, after the insert, before COMMIT. */
  beforeCommit: ((streamId: string) => Promise<void>) | undefined;
}

const hooks = new WeakMap<object, AppendHooks>();

export const registerHooks = (store: object, appendHooks: AppendHooks): void => {
  hooks.set(store, appendHooks);
};

export const hooksOf = (store: object): AppendHooks | undefined => hooks.get(store);
