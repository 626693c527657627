/**
 * Messages of the protocol double, built with the classes that ship inside
 * `@eventstore/db-client` (its generated serialisers check `instanceof` them).
 */
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import type { DoubleRecord } from './double-log.js';

export { sharedPb, streamsPb };

export type ReadResp = InstanceType<typeof streamsPb.ReadResp>;

export const streamName = (identifier: { getStreamName_asU8(): Uint8Array } | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

const identifierOf = (name: string) => {
  const identifier = new sharedPb.StreamIdentifier();
  identifier.setStreamName(Buffer.from(name, 'utf8'));
  return identifier;
};

export const uuidOf = (id: string) => {
  const uuid = new sharedPb.UUID();
  uuid.setString(id);
  return uuid;
};

/** A `ReadResp.event`: the record with its revision, both positions and the metadata map. */
export const eventResp = (record: DoubleRecord): ReadResp => {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(uuidOf(record.id));
  recorded.setStreamIdentifier(identifierOf(record.streamName));
  recorded.setStreamRevision(record.revision.toString());
  recorded.setPreparePosition(record.prepare.toString());
  recorded.setCommitPosition(record.commit.toString());
  const map = recorded.getMetadataMap();
  map.set('type', record.type);
  map.set('content-type', record.contentType);
  map.set('created', record.created.toString());
  recorded.setData(record.data);
  recorded.setCustomMetadata(record.customMetadata);
  const event = new streamsPb.ReadResp.ReadEvent();
  event.setEvent(recorded);
  event.setCommitPosition(record.commit.toString());
  const resp = new streamsPb.ReadResp();
  resp.setEvent(event);
  return resp;
};

export const streamNotFoundResp = (name: string): ReadResp => {
  const notFound = new streamsPb.ReadResp.StreamNotFound();
  notFound.setStreamIdentifier(identifierOf(name));
  const resp = new streamsPb.ReadResp();
  resp.setStreamNotFound(notFound);
  return resp;
};

export const confirmationResp = (id: string): ReadResp => {
  const confirmation = new streamsPb.ReadResp.SubscriptionConfirmation();
  confirmation.setSubscriptionId(id);
  const resp = new streamsPb.ReadResp();
  resp.setConfirmation(confirmation);
  return resp;
};

export const caughtUpResp = (): ReadResp => {
  const resp = new streamsPb.ReadResp();
  resp.setCaughtUp(new streamsPb.ReadResp.CaughtUp());
  return resp;
};
