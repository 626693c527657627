import { storeTestEvents } from '@netra/testing';

/** Valid event envelopes for this store's tests (see @netra/testing's `storeTestEvents`). */
export const { eventWith, eventsWith } = storeTestEvents('postgres-tests');
