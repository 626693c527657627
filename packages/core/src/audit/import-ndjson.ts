/**
 * Case histories into a store from an NDJSON export (export-ndjson.ts, format 1), all or
 * nothing as far as the store port allows: the whole file is read and checked before anything
 * is appended, and every refusal names its reason and its place (line, stream, version) in
 * words a clerk can act on.
 *
 * What the checks catch, and what they cannot:
 * - an edited byte, a removed, inserted or reordered event, an event moved between streams:
 *   each stream's hash chain is verified from the genesis hash, and a stream's events must be
 *   together (`HASH_MISMATCH`, `VERSION_GAP`, `INTERLEAVED_STREAM`);
 * - removed last events of a stream, or a removed whole stream: the trailer, which lists every
 *   stream's version and head hash and the event count (`TRAILER_MISMATCH`), and a cut-off
 *   file has no trailer (`TRAILER_MISSING`);
 * - a forger who edits an event and recomputes every later hash *and* the trailer produces a
 *   file that verifies by itself: a hash chain cannot tell such a file from the true one. Only
 *   heads published earlier, outside the file (`verifyStore`'s `heads`, kept by the source
 *   office or an auditor), catch it: pass them as `expectedHeads`. Later, signed checkpoints
 *   (DESIGN.md §3 "Trust boundary") do the same without trusting who kept the heads.
 *
 * Atomicity: each stream is appended in one atomic append, with `'no_stream'`. The store port
 * has no transaction over several streams, so when an append fails after others succeeded (only
 * a concurrent writer or an outage can do that: everything was checked first) the streams
 * already written stay, and `IMPORT_INCOMPLETE` lists them. Importing the same file again then
 * stops at `STREAM_EXISTS` on the first of them: import the rest from an export of those
 * streams only, or into a fresh store.
 */
import { either as E } from 'fp-ts';
import type { EventStore } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';
import type { ExportedStream } from './export-ndjson.js';
import { checkExpectedHeads, readExportFile } from './import-check.js';
import type { ImportError, ImportPlace } from './import-error.js';
import { placeOf, refuse } from './import-error.js';

export interface ImportCasesOptions {
  /**
   * Head hashes published before the file was made, by stream id (`verifyStore(...).heads`
   * of the source store). Given, every stream in the file must contain its published head at
   * some version (history may have grown since), and a stream without a published head is
   * refused. The only defence against a file whose every hash was recomputed after an edit.
   */
  readonly expectedHeads?: ReadonlyMap<string, string>;
}

export interface ImportResult {
  /** The streams written, in file order, with the version and head hash the store recorded. */
  readonly streams: readonly ExportedStream[];
  readonly events: number;
}

const storeRefused = (cause: StoreError, place: ImportPlace, written: readonly string[]) => {
  if (written.length > 0) {
    return {
      code: 'IMPORT_INCOMPLETE' as const,
      ...place,
      written,
      cause,
      message: `${placeOf(place)}: the store refused the append (${cause.message}). The import is incomplete: ${written.map((s) => `'${s}'`).join(', ')} ${written.length === 1 ? 'was' : 'were'} written, the rest was not.`,
    };
  }
  return cause.code === 'WRONG_EXPECTED_VERSION'
    ? { ...refuse('STREAM_EXISTS', place, 'another writer created the stream meanwhile'), cause }
    : { ...refuse('STORE_ERROR', place, `the store answered: ${cause.message}`), cause };
};

/**
 * Imports an NDJSON case export into `store`. `lines` yields the file's lines (with or without
 * their "\n"; blank lines are skipped, and counted); a whole file given as one string is split
 * into lines. The file is read and checked whole before anything is appended; see the module
 * comment for the checks and their limits, and `ImportErrorCode` (import-error.ts) for each refusal. Every
 * stream must be new to the store. The whole file is held in memory until it is written.
 */
export const importCases = async (
  store: EventStore,
  lines: AsyncIterable<string> | Iterable<string>,
  options: ImportCasesOptions = {},
): Promise<E.Either<ImportError, ImportResult>> => {
  const read = await readExportFile(lines);
  if (E.isLeft(read)) return read;
  const file = read.right;
  if (options.expectedHeads !== undefined) {
    const problem = checkExpectedHeads(file, options.expectedHeads);
    if (problem !== undefined) return E.left(problem);
  }
  for (const stream of file.streams) {
    const place = { line: stream.firstLine, streamId: stream.streamId };
    const head = await store.readStreamHead(stream.streamId);
    if (E.isLeft(head)) return E.left(storeRefused(head.left, place, []));
    if (head.right !== null) {
      return E.left(
        refuse(
          'STREAM_EXISTS',
          place,
          `the store already holds this stream (version ${head.right.version}); an import only creates streams`,
        ),
      );
    }
  }

  const written: string[] = [];
  const streams: ExportedStream[] = [];
  for (const stream of file.streams) {
    const place = { line: stream.firstLine, streamId: stream.streamId };
    const appended = await store.append(stream.streamId, stream.events, {
      expectedVersion: 'no_stream',
    });
    if (E.isLeft(appended)) return E.left(storeRefused(appended.left, place, written));
    written.push(stream.streamId);
    const diverged = appended.right.events.findIndex((e, i) => e.hash !== stream.hashes[i]);
    if (diverged >= 0 || appended.right.events.length !== stream.hashes.length) {
      const at =
        diverged >= 0
          ? diverged + 1
          : Math.min(appended.right.events.length, stream.hashes.length) + 1;
      return E.left({
        code: 'HASH_DIVERGED',
        line: stream.lines[at - 1] ?? stream.firstLine,
        streamId: stream.streamId,
        streamVersion: at,
        written: [...written],
        message: `${placeOf({ streamId: stream.streamId, streamVersion: at })}: the store recorded the event with another hash than the file's, so the imported history would not match the one exported. Written so far: ${written.map((s) => `'${s}'`).join(', ')}; check the store adapter.`,
      });
    }
    const last = appended.right.events.at(-1);
    streams.push({
      streamId: stream.streamId,
      version: appended.right.nextExpectedVersion,
      headHash: last?.hash ?? '',
    });
  }
  return E.right({ streams, events: file.events });
};
