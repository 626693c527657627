import type { Either } from 'fp-ts/lib/Either.js';

/** An event's storable form: its type, the version of its data shape, and the data. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Between domain events and stored ones. `decode` upcasts older shapes and validates; it
 * answers a message, not an exception, for a stored event it cannot read.
 */
export interface EventCodec<Event> {
  readonly encode: (event: Event) => EncodedEvent;
  readonly decode: (stored: EncodedEvent) => Either<{ readonly message: string }, Event>;
}
