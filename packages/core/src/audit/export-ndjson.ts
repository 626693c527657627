/**
 * Case histories out of a store as NDJSON, one canonical-JSON line each (RFC 8785: the same
 * history gives the same bytes on every run and every machine, so two exports compare with a
 * file hash). The layout, format 1:
 *
 *   {"exportedAt":"…","format":1,"netra":"case-export"}
 *   one line per event: streamId, streamVersion, id, type, schemaVersion, data, metadata, hash
 *   {"events":N,"netra":"case-export-end","streams":[{"headHash","streamId","version"}…]}
 *
 * The global position is left out: it is the source store's place in its own log, the hash
 * does not cover it, and the importing store gives its own.
 */
import { either as E } from 'fp-ts';
import { canonicalJson } from '../store/canonical-json.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';
import { invalidRead } from '../store/store-error.js';
import { readStreamAtHead } from './verify-case.js';
import { verifyStreamChain } from './verify-chain.js';

/** The header's `netra` marker and the format this code writes and reads. */
export const EXPORT_HEADER = 'case-export';
export const EXPORT_TRAILER = 'case-export-end';
export const EXPORT_FORMAT = 1;

export interface ExportCasesOptions {
  /** The streams to export, in this order; default: every stream the store has a head for. */
  readonly streamIds?: readonly string[];
  /** Written in the header. Given by the caller: the export reads no clock. */
  readonly exportedAt: Date;
}

/** One stream in the trailer: where it ends. */
export interface ExportedStream {
  readonly streamId: string;
  readonly version: number;
  readonly headHash: string;
}

/**
 * Raised out of the iterator when a stream does not verify against its recorded head
 * (`CHAIN_BROKEN`) or the store answers an error. The lines already yielded end without a
 * trailer, so an import of them is refused (`TRAILER_MISSING`).
 */
export class CaseExportError extends Error {
  constructor(readonly problem: StoreError) {
    super(problem.message);
    this.name = 'CaseExportError';
  }
}

const line = (value: unknown): string => `${canonicalJson(value)}\n`;

/** An event's exported fields: everything the hash covers, and the hash. */
const eventLine = (e: RecordedEvent): string =>
  line({
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    id: e.id,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    hash: e.hash,
  });

async function* allStreamIds(store: EventStore): AsyncGenerator<string> {
  let after: string | undefined;
  for (;;) {
    const page = await store.listStreamHeads(after === undefined ? {} : { after });
    if (E.isLeft(page)) throw new CaseExportError(page.left);
    if (page.right.length === 0) return;
    for (const head of page.right) {
      after = head.streamId;
      yield head.streamId;
    }
  }
}

async function* exportLines(
  store: EventStore,
  options: ExportCasesOptions,
): AsyncGenerator<string> {
  yield line({
    netra: EXPORT_HEADER,
    format: EXPORT_FORMAT,
    exportedAt: options.exportedAt.toISOString(),
  });
  const streams: ExportedStream[] = [];
  let events = 0;
  const ids = options.streamIds ?? allStreamIds(store);
  for await (const streamId of ids) {
    const read = await readStreamAtHead(store, streamId);
    if (E.isLeft(read)) throw new CaseExportError(read.left);
    // The whole stream is verified before any of its lines is written: no unverified event
    // ever leaves the store, not even the first ones of a stream broken further on.
    const verified = verifyStreamChain(streamId, read.right.events, read.right.head);
    if (E.isLeft(verified)) throw new CaseExportError(verified.left);
    if (verified.right.events === 0) {
      throw new CaseExportError(
        invalidRead('streamId', `'${streamId}' names no stream in the store`),
      );
    }
    for (const e of read.right.events) yield eventLine(e);
    events += read.right.events.length;
    streams.push({ streamId, version: verified.right.events, headHash: verified.right.headHash });
  }
  yield line({ netra: EXPORT_TRAILER, streams, events });
}

/**
 * Exports case histories as NDJSON lines (each ending in "\n"), streams in the order given
 * (default: all, in stream-id order), each stream's events in stream order. Every stream is
 * read up to the head the store recorded and verified from its first event to that head
 * before its lines are yielded; a stream that does not verify stops the export with a
 * {@link CaseExportError} carrying the `ChainBreak`. A history that does not verify is never
 * exported. A stream id the store does not hold stops it too (`INVALID_READ`), so a mistyped
 * case id is not exported as nothing.
 *
 * Throws a `RangeError` at once when `exportedAt` is an invalid Date.
 */
export const exportCases = (
  store: EventStore,
  options: ExportCasesOptions,
): AsyncIterable<string> => {
  if (!(options.exportedAt instanceof Date) || Number.isNaN(options.exportedAt.getTime())) {
    throw new RangeError('exportCases: exportedAt is not a valid Date');
  }
  return exportLines(store, options);
};
