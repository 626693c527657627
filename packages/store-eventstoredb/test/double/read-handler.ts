import { randomUUID } from 'node:crypto';
import type { ServerWritableStream } from '@grpc/grpc-js';
import type { DoubleLog, DoubleRecord } from './double-log.js';
import type { FaultQueue } from './faults.js';
import { serviceError } from './faults.js';
import type { ReadResp } from './wire.js';
import {
  caughtUpResp,
  confirmationResp,
  eventResp,
  streamName,
  streamNotFoundResp,
  streamsPb,
} from './wire.js';

type ReadReq = InstanceType<typeof streamsPb.ReadReq>;
type Options = InstanceType<typeof streamsPb.ReadReq.Options>;
export type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

const O = streamsPb.ReadReq.Options;

/** A plain forward read of `$all` (what `readAll` sends): for faults aimed at a reader. */
export const isForwardAllRead = (request: unknown): boolean => {
  const options = (request as ReadReq).getOptions?.();
  return (
    options !== undefined &&
    options.getStreamOptionCase() === O.StreamOptionCase.ALL &&
    options.getCountOptionCase() === O.CountOptionCase.COUNT &&
    options.getReadDirection() === O.ReadDirection.FORWARDS
  );
};

const before = (a: DoubleRecord, commit: bigint, prepare: bigint): boolean =>
  a.commit < commit || (a.commit === commit && a.prepare < prepare);

/** The filter of a subscription to `$all`: stream-name or event-type, by prefixes or regex. */
const filterOf = (options: Options): ((record: DoubleRecord) => boolean) => {
  if (options.getFilterOptionCase() !== O.FilterOptionCase.FILTER) return () => true;
  const filter = options.getFilter();
  if (filter === undefined) return () => true;
  const onStream = filter.getFilterCase() === O.FilterOptions.FilterCase.STREAM_IDENTIFIER;
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  return (record) => {
    const value = onStream ? record.streamName : record.type;
    if (prefixes.length > 0 && !prefixes.some((p) => value.startsWith(p))) return false;
    return regex === undefined || regex.test(value);
  };
};

/** The records a plain read answers, in read order, before the count is applied. */
const selectStream = (log: DoubleLog, options: Options, backwards: boolean) => {
  const stream = options.getStream();
  const name = streamName(stream?.getStreamIdentifier());
  const records = log.streamRecords(name);
  if (records.length === 0) return { name, records: undefined };
  const Rev = O.StreamOptions.RevisionOptionCase;
  const revisionCase = stream?.getRevisionOptionCase();
  const from =
    revisionCase === Rev.REVISION
      ? BigInt(stream?.getRevision() ?? '0')
      : revisionCase === Rev.END
        ? backwards
          ? (records.at(-1)?.revision ?? 0n)
          : (records.at(-1)?.revision ?? 0n) + 1n
        : backwards
          ? -1n
          : 0n;
  const selected = backwards
    ? records.filter((r) => r.revision <= from).reverse()
    : records.filter((r) => r.revision >= from);
  return { name, records: selected };
};

const selectAll = (log: DoubleLog, options: Options, backwards: boolean): DoubleRecord[] => {
  const all = options.getAll();
  const Pos = O.AllOptions.AllOptionCase;
  const allCase = all?.getAllOptionCase();
  if (allCase === Pos.POSITION) {
    const commit = BigInt(all?.getPosition()?.getCommitPosition() ?? '0');
    const prepare = BigInt(all?.getPosition()?.getPreparePosition() ?? '0');
    return backwards
      ? log.records.filter((r) => before(r, commit, prepare)).reverse()
      : log.records.filter((r) => !before(r, commit, prepare));
  }
  if (allCase === Pos.END) return backwards ? [...log.records].reverse() : [];
  return backwards ? [] : [...log.records];
};

/**
 * `Streams.Read`: a stream or `$all`, forwards or backwards, from a revision or position, up
 * to a count; a missing stream is a `stream_not_found` message, not a gRPC error. With the
 * subscription option it confirms, catches up, says `caught_up` and then sends live events
 * until the client cancels or the test drops it.
 */
export const readHandler =
  (log: DoubleLog, faults: FaultQueue, live: Set<ReadCall>) => (call: ReadCall) => {
    const fault = faults.take('read', call.request);
    if (fault !== undefined) {
      call.emit('error', serviceError(fault));
      return;
    }
    const options = call.request.getOptions();
    if (options === undefined) {
      call.end();
      return;
    }
    const backwards = options.getReadDirection() === O.ReadDirection.BACKWARDS;
    if (options.getCountOptionCase() === O.CountOptionCase.SUBSCRIPTION) {
      subscribe(log, options, call, live);
      return;
    }
    const count = Number(options.getCount() || '0');
    if (options.getStreamOptionCase() === O.StreamOptionCase.STREAM) {
      const { name, records } = selectStream(log, options, backwards);
      if (records === undefined) call.write(streamNotFoundResp(name));
      else
        for (const record of records.slice(0, count)) {
          log.eventsSent++;
          call.write(eventResp(record));
        }
    } else {
      const keep = filterOf(options);
      const records = selectAll(log, options, backwards).filter(keep);
      for (const record of records.slice(0, count)) {
        log.eventsSent++;
        call.write(eventResp(record));
      }
    }
    call.end();
  };

const subscribe = (log: DoubleLog, options: Options, call: ReadCall, live: Set<ReadCall>) => {
  const keep = filterOf(options);
  const onStream = options.getStreamOptionCase() === O.StreamOptionCase.STREAM;
  const name = onStream ? streamName(options.getStream()?.getStreamIdentifier()) : undefined;
  const wanted = (record: DoubleRecord) =>
    (name === undefined || record.streamName === name) && keep(record);
  call.write(confirmationResp(randomUUID()));
  // Catch-up: a subscription's start is exclusive (events after the position or revision).
  let catchUp: DoubleRecord[];
  if (name !== undefined) {
    const stream = options.getStream();
    const Rev = O.StreamOptions.RevisionOptionCase;
    const rc = stream?.getRevisionOptionCase();
    const after = rc === Rev.REVISION ? BigInt(stream?.getRevision() ?? '0') : -1n;
    catchUp = rc === Rev.END ? [] : log.streamRecords(name).filter((r) => r.revision > after);
  } else {
    const all = options.getAll();
    const Pos = O.AllOptions.AllOptionCase;
    const ac = all?.getAllOptionCase();
    if (ac === Pos.POSITION) {
      const commit = BigInt(all?.getPosition()?.getCommitPosition() ?? '0');
      const prepare = BigInt(all?.getPosition()?.getPreparePosition() ?? '0');
      catchUp = log.records.filter(
        (r) => !before(r, commit, prepare) && !(r.commit === commit && r.prepare === prepare),
      );
    } else catchUp = ac === Pos.END ? [] : [...log.records];
  }
  for (const record of catchUp.filter(wanted)) call.write(eventResp(record));
  call.write(caughtUpResp());
  const stop = log.onAppend((records) => {
    for (const record of records.filter(wanted)) call.write(eventResp(record));
  });
  live.add(call);
  const end = () => {
    stop();
    live.delete(call);
  };
  call.on('cancelled', end);
  call.on('close', end);
  call.on('error', end);
};
