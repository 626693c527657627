/**
 * The refusals of an import (import-ndjson.ts): one code per reason, and the place in the file
 * (line, stream, version) said in words, so a clerk can open the file at that line.
 */
import type { StoreError } from '../store/store-error.js';

/**
 * Why an import was refused:
 * - `HEADER_MISSING`: the first line is not a netra case-export header;
 * - `UNSUPPORTED_FORMAT`: the header names a format this code cannot read;
 * - `MALFORMED_LINE`: a line is not JSON;
 * - `INVALID_EVENT`: an event line fails the envelope the store checks on every append (id,
 *   type, metadata…), repeats an event id of its stream, or holds data its event type does not
 *   allow, or that cannot follow the case's earlier events;
 * - `UNKNOWN_EVENT`: an event type, or a schema version of it, this code does not know (an
 *   export of newer software: update netra before importing);
 * - `HASH_MISMATCH`: an event's content, or an earlier one's, was altered (for a hash
 *   recomputed after an edit, reported at the next event);
 * - `VERSION_GAP`: an event was removed, inserted or moved: versions do not run 1, 2, 3…;
 * - `FOREIGN_EVENT`: an event of another stream inside a stream (the chain's own check; events
 *   are grouped by the stream they name, so a moved event shows as the other codes);
 * - `INTERLEAVED_STREAM`: a stream's events appear again after another stream's began;
 * - `TRAILER_MISSING`: the file ends without its trailer: it was cut off;
 * - `TRAILER_MISMATCH`: the trailer disagrees with the events read (a stream's last events or a
 *   whole stream removed, or the trailer edited), or is not in its form;
 * - `CONTENT_AFTER_TRAILER`: lines follow the trailer;
 * - `EXPECTED_HEAD_MISMATCH`: with `expectedHeads`, a stream's history does not contain the
 *   head published for it, or the file holds a stream no head was published for;
 * - `STREAM_EXISTS`: the store already holds one of the file's streams;
 * - `HASH_DIVERGED`: the store would record (or recorded) an event with another hash than the
 *   file's: the file holds fields this store does not keep;
 * - `STORE_ERROR`: the store answered an error before anything was written;
 * - `IMPORT_INCOMPLETE`: an append failed after others succeeded; `written` lists those.
 */
export type ImportErrorCode =
  | 'HEADER_MISSING'
  | 'UNSUPPORTED_FORMAT'
  | 'MALFORMED_LINE'
  | 'INVALID_EVENT'
  | 'UNKNOWN_EVENT'
  | 'HASH_MISMATCH'
  | 'VERSION_GAP'
  | 'FOREIGN_EVENT'
  | 'INTERLEAVED_STREAM'
  | 'TRAILER_MISSING'
  | 'TRAILER_MISMATCH'
  | 'CONTENT_AFTER_TRAILER'
  | 'EXPECTED_HEAD_MISMATCH'
  | 'STREAM_EXISTS'
  | 'HASH_DIVERGED'
  | 'STORE_ERROR'
  | 'IMPORT_INCOMPLETE';

/** Where in the file (and the history) a problem is. */
export interface ImportPlace {
  /** 1-based line of the file. */
  readonly line?: number;
  readonly streamId?: string;
  readonly streamVersion?: number;
}

export interface ImportError extends ImportPlace {
  readonly code: ImportErrorCode;
  readonly message: string;
  /** Streams already appended when the import stopped (`IMPORT_INCOMPLETE`, `HASH_DIVERGED`). */
  readonly written?: readonly string[];
  /** The store's own answer, when the store refused. */
  readonly cause?: StoreError;
}

/** "Line 7 (stream 'case-x', version 3)", "Line 12", or "In stream 'case-x'". */
export const placeOf = (p: ImportPlace): string => {
  const stream =
    p.streamId === undefined
      ? ''
      : `stream '${p.streamId}'${p.streamVersion === undefined ? '' : `, version ${p.streamVersion}`}`;
  if (p.line === undefined) return stream === '' ? 'The file' : `In ${stream}`;
  return stream === '' ? `Line ${p.line}` : `Line ${p.line} (${stream})`;
};

/** A refusal before anything was appended. */
export const refuse = (code: ImportErrorCode, place: ImportPlace, what: string): ImportError => ({
  code,
  ...place,
  message: `${placeOf(place)}: ${what.replace(/\.$/, '')}. Nothing was imported.`,
});
