import { either as E } from 'fp-ts';
import type { NewEvent } from './envelope.js';
import type { HashedFields } from './hash-chain.js';
import { hashEvent } from './hash-chain.js';
import { toJsonValue } from './json-value.js';
import { newEventSchema, streamIdSchema } from './new-event-schema.js';
import type { StoreError } from './store-error.js';
import { invalidAppend } from './store-error.js';

/** A validated event with its stream version and hash; the store adds the global position. */
export type PreparedEvent = HashedFields & { readonly hash: string };

/** Validates stream id and envelopes; the first problem is named and nothing is written. */
export const validateAppend = (
  streamId: string,
  events: readonly NewEvent[],
): E.Either<StoreError, readonly NewEvent[]> => {
  const id = streamIdSchema.safeParse(streamId);
  if (!id.success)
    return E.left(
      invalidAppend(String(streamId), 'streamId', id.error.issues[0]?.message ?? 'is invalid'),
    );
  if (!Array.isArray(events) || events.length === 0) {
    return E.left(invalidAppend(streamId, 'events', 'must be a non-empty list'));
  }
  const seen = new Set<string>();
  const normalised: NewEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const parsed = newEventSchema.safeParse(events[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = [`events[${i}]`, ...(issue?.path ?? []).map(String)].join('.');
      return E.left(invalidAppend(streamId, path, issue?.message ?? 'is invalid'));
    }
    if (seen.has(parsed.data.id)) {
      return E.left(
        invalidAppend(streamId, `events[${i}].id`, `repeats id ${parsed.data.id} within the batch`),
      );
    }
    seen.add(parsed.data.id);
    const data = toJsonValue(parsed.data.data, `events[${i}].data`);
    if (E.isLeft(data)) return E.left(invalidAppend(streamId, data.left.path, data.left.problem));
    normalised.push({ ...parsed.data, data: data.right, metadata: parsed.data.metadata });
  }
  return E.right(normalised);
};

/**
 * Gives validated events their stream versions and chains their hashes after the stream's
 * head. Adapters call this inside the transaction that holds the stream, so that the head
 * they chain onto is the one they commit after.
 */
export const chainEvents = (
  streamId: string,
  currentVersion: number,
  headHash: string,
  events: readonly NewEvent[],
): readonly PreparedEvent[] => {
  let previous = headHash;
  return events.map((event, i) => {
    const fields: HashedFields = {
      id: event.id,
      streamId,
      streamVersion: currentVersion + i + 1,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
    };
    previous = hashEvent(previous, fields);
    return { ...fields, hash: previous };
  });
};
