import { either as E } from 'fp-ts';
import { metadataText } from './canonical-text.js';
import type { NewEvent, RecordedEvent } from './envelope.js';
import { parseCommonEnvelope } from './envelope-check.js';
import type { HashedFields } from './hash-chain.js';
import { hashCanonicalParts } from './hash-chain.js';
import { toStorableJson } from './json-value.js';
import { newEventSchema, streamIdSchema } from './new-event-schema.js';
import type { StoreError } from './store-error.js';
import { invalidAppend } from './store-error.js';

/**
 * A validated event with its stream version and hash; the store adds the global position.
 * `dataJson` and `metadataJson` are the RFC 8785 canonical text of `data` and `metadata`, the
 * very bytes the hash covers: a store that keeps JSON as text writes these, so that verifying
 * an event later is one SHA-256 over what is stored, with no re-serialisation.
 */
export type PreparedEvent = HashedFields & {
  readonly hash: string;
  readonly dataJson: string;
  readonly metadataJson: string;
};

/** An event that passed {@link validateAppend}: plain JSON data, and that data's canonical text. */
export type ValidatedEvent = NewEvent & { readonly dataJson: string };

/** Validates stream id and envelopes; the first problem is named and nothing is written. */
export const validateAppend = (
  streamId: string,
  events: readonly NewEvent[],
): E.Either<StoreError, readonly ValidatedEvent[]> => {
  const id = streamIdSchema.safeParse(streamId);
  if (!id.success)
    return E.left(
      invalidAppend(String(streamId), 'streamId', id.error.issues[0]?.message ?? 'is invalid'),
    );
  if (!Array.isArray(events) || events.length === 0) {
    return E.left(invalidAppend(streamId, 'events', 'must be a non-empty list'));
  }
  const seen = new Set<string>();
  const normalised: ValidatedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    // The common envelope without zod (what zod would answer, see envelope-check.ts); zod for
    // the rest, which also names what is wrong.
    let event = parseCommonEnvelope(events[i]);
    if (event === undefined) {
      const parsed = newEventSchema.safeParse(events[i]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = [`events[${i}]`, ...(issue?.path ?? []).map(String)].join('.');
        return E.left(invalidAppend(streamId, path, issue?.message ?? 'is invalid'));
      }
      event = parsed.data as NewEvent;
    }
    if (seen.has(event.id)) {
      return E.left(
        invalidAppend(streamId, `events[${i}].id`, `repeats id ${event.id} within the batch`),
      );
    }
    seen.add(event.id);
    const data = toStorableJson(event.data, `events[${i}].data`);
    if (E.isLeft(data)) return E.left(invalidAppend(streamId, data.left.path, data.left.problem));
    normalised.push({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: data.right.value,
      metadata: event.metadata,
      dataJson: data.right.text,
    });
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
  events: readonly ValidatedEvent[],
): readonly PreparedEvent[] => {
  let previous = headHash;
  return events.map((event, i): PreparedEvent => {
    const streamVersion = currentVersion + i + 1;
    // validateAppend's output: the data's canonical text, metadata of the schema's shape
    const metadataJson = metadataText(event.metadata);
    previous = hashCanonicalParts(
      previous,
      {
        id: event.id,
        streamId,
        streamVersion,
        type: event.type,
        schemaVersion: event.schemaVersion,
      },
      event.dataJson,
      metadataJson,
    );
    return {
      id: event.id,
      streamId,
      streamVersion,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      hash: previous,
      dataJson: event.dataJson,
      metadataJson,
    };
  });
};

/**
 * The recorded event of a prepared one at its global position: the envelope without the JSON
 * text (which stores write, and readers never see as fields).
 */
export const recordedAt = (event: PreparedEvent, globalPosition: number): RecordedEvent => ({
  id: event.id,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
  hash: event.hash,
  globalPosition,
});
