/**
 * Reading an NDJSON case export (format 1) and checking all of it before anything is appended
 * (import-ndjson.ts): header, every event line (JSON, the store's envelope, contiguous streams,
 * the hash chain from the genesis hash, the hash the store would compute, the case codec and
 * fold), and the trailer against what was read. The whole file is held in memory.
 */
import { either as E } from 'fp-ts';
import { decodeCaseEvent } from '../case/codec.js';
import { caseDecider } from '../case/decider.js';
import type { CaseState } from '../case/state.js';
import type { ChainBreak, ChainCursor } from '../store/chain.js';
import { startChain, stepChain } from '../store/chain.js';
import type { NewEvent, RecordedEvent } from '../store/envelope.js';
import { hashEvent } from '../store/hash-chain.js';
import { validateAppend } from '../store/prepare-append.js';
import type { ExportedStream } from './export-ndjson.js';
import { EXPORT_FORMAT, EXPORT_HEADER, EXPORT_TRAILER } from './export-ndjson.js';
import type { ImportError } from './import-error.js';
import { refuse } from './import-error.js';

/** One stream as read from the file, checked so far. */
export interface StreamRead {
  readonly streamId: string;
  readonly firstLine: number;
  readonly events: NewEvent[];
  readonly hashes: string[];
  /** The file line of each event. */
  readonly lines: number[];
  readonly ids: Set<string>;
  cursor: ChainCursor;
  state: CaseState;
}

/** The file as read so far. */
export interface FileRead {
  headerSeen: boolean;
  trailer?: { readonly line: number; readonly value: unknown };
  readonly streams: StreamRead[];
  events: number;
  /** The last line read, and the last one that was not blank. */
  lastLine: number;
  lastContentLine: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const CHAIN_WORDS: Record<'HASH_MISMATCH' | 'VERSION_GAP' | 'FOREIGN_EVENT', string> = {
  HASH_MISMATCH:
    'the event does not match its hash: its content, or an earlier event of the stream, was altered',
  VERSION_GAP:
    'the stream should continue here with another version: an event was removed, inserted or moved',
  FOREIGN_EVENT: 'an event of another stream appears in this one',
};

const fromChain = (brk: ChainBreak, line: number, found: number): ImportError => {
  const code =
    brk.reason === 'VERSION_GAP' || brk.reason === 'FOREIGN_EVENT' ? brk.reason : 'HASH_MISMATCH';
  const versions =
    code === 'VERSION_GAP' ? ` (expected version ${brk.streamVersion}, found ${found})` : '';
  return refuse(
    code,
    { line, streamId: brk.streamId, streamVersion: brk.streamVersion },
    `${CHAIN_WORDS[code]}${versions}`,
  );
};

const readHeader = (value: unknown, line: number): ImportError | undefined => {
  if (!isObject(value) || value.netra !== EXPORT_HEADER) {
    return refuse('HEADER_MISSING', { line }, 'this is not the header of a netra case export');
  }
  if (value.format !== EXPORT_FORMAT) {
    return refuse(
      'UNSUPPORTED_FORMAT',
      { line },
      `the export is in format ${JSON.stringify(value.format)}; this version of netra reads format ${EXPORT_FORMAT}`,
    );
  }
  return undefined;
};

const HASH = /^[0-9a-f]{64}$/;

/** One event line: envelope, stream grouping, chain, the store's own hash, the case codec. */
const readEvent = (file: FileRead, value: unknown, line: number): ImportError | undefined => {
  if (
    !isObject(value) ||
    typeof value.streamId !== 'string' ||
    !Number.isInteger(value.streamVersion) ||
    typeof value.hash !== 'string' ||
    !HASH.test(value.hash)
  ) {
    return refuse(
      'INVALID_EVENT',
      { line },
      'this is not an event line: it needs a streamId, a whole streamVersion and a SHA-256 hash',
    );
  }
  const streamId = value.streamId;
  const version = value.streamVersion as number;
  const here = { line, streamId, streamVersion: version };
  const proposed = {
    id: value.id,
    type: value.type,
    schemaVersion: value.schemaVersion,
    data: value.data,
    metadata: value.metadata,
  } as NewEvent;
  const valid = validateAppend(streamId, [proposed]);
  if (E.isLeft(valid)) {
    // The store's own words, without its framing: "events[0].id must be a UUID v7".
    const problem = valid.left.message
      .replace(/^Refused append to '.*?': /, '')
      .replace(/ Nothing was written\.$/, '')
      .replace(/^events\[0\]\./, '');
    return refuse('INVALID_EVENT', here, `the store would refuse this event: ${problem}`);
  }
  const stored = valid.right[0]!;

  let stream = file.streams.at(-1);
  if (stream?.streamId !== streamId) {
    const earlier = file.streams.find((s) => s.streamId === streamId);
    if (earlier !== undefined) {
      return refuse(
        'INTERLEAVED_STREAM',
        here,
        `the stream's events began at line ${earlier.firstLine} and another stream's came between: each stream's events must be together`,
      );
    }
    stream = {
      streamId,
      firstLine: line,
      events: [],
      hashes: [],
      lines: [],
      ids: new Set(),
      cursor: startChain(streamId),
      state: caseDecider.initialState(),
    };
    file.streams.push(stream);
  }

  const previousHash = stream.cursor.headHash;
  const asRecorded = { ...proposed, streamId, streamVersion: version, hash: value.hash };
  const chained = stepChain(stream.cursor, { ...asRecorded, globalPosition: 0 } as RecordedEvent);
  if (E.isLeft(chained)) return fromChain(chained.left, line, version);
  if (hashEvent(previousHash, { ...stored, streamId, streamVersion: version }) !== value.hash) {
    return refuse(
      'HASH_DIVERGED',
      here,
      'the event holds fields this store does not keep, so the store would record it with another hash than the file',
    );
  }
  if (stream.ids.has(stored.id)) {
    return refuse('INVALID_EVENT', here, `event id ${stored.id} appears twice in the stream`);
  }

  const decoded = decodeCaseEvent(stored);
  if (E.isLeft(decoded)) {
    const unknown =
      decoded.left.code === 'UNKNOWN_EVENT_TYPE' ||
      decoded.left.code === 'UNSUPPORTED_SCHEMA_VERSION';
    const said = decoded.left.message.replace(/\.$/, '');
    return unknown
      ? refuse('UNKNOWN_EVENT', here, `${said}: the file may come from a newer netra`)
      : refuse('INVALID_EVENT', here, said);
  }
  const current = stream.state;
  const next = E.tryCatch(
    () => caseDecider.evolve(current, decoded.right),
    (error) => (error instanceof Error ? error.message : String(error)),
  );
  if (E.isLeft(next)) {
    return refuse(
      'INVALID_EVENT',
      here,
      `the event cannot follow the case's earlier events: ${next.left}`,
    );
  }

  stream.cursor = chained.right;
  stream.state = next.right;
  stream.ids.add(stored.id);
  stream.events.push(stored);
  stream.hashes.push(value.hash);
  stream.lines.push(line);
  file.events++;
  return undefined;
};

const readLine = (file: FileRead, raw: string, line: number): ImportError | undefined => {
  const text = raw.endsWith('\n') ? raw.slice(0, raw.endsWith('\r\n') ? -2 : -1) : raw;
  if (text.trim() === '') return undefined;
  file.lastContentLine = line;
  if (file.trailer !== undefined) {
    return refuse(
      'CONTENT_AFTER_TRAILER',
      { line },
      `the trailer at line ${file.trailer.line} must be the last line`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refuse('MALFORMED_LINE', { line }, `the line is not JSON (${why})`);
  }
  if (!file.headerSeen) {
    file.headerSeen = true;
    return readHeader(value, line);
  }
  if (isObject(value) && value.netra === EXPORT_TRAILER) {
    file.trailer = { line, value };
    return undefined;
  }
  try {
    return readEvent(file, value, line);
  } catch (error) {
    // Data too deep for the hash's serialiser, or the like: the line cannot be checked.
    const why = error instanceof Error ? error.message : String(error);
    return refuse('INVALID_EVENT', { line }, `the event cannot be checked: ${why}`);
  }
};

const isTrailerStream = (v: unknown): v is ExportedStream =>
  isObject(v) &&
  typeof v.streamId === 'string' &&
  Number.isInteger(v.version) &&
  typeof v.headHash === 'string';

/** The trailer against what was read: stream list and order, versions, head hashes, count. */
const checkTrailer = (file: FileRead): ImportError | undefined => {
  const trailer = file.trailer;
  if (trailer === undefined) {
    return refuse(
      'TRAILER_MISSING',
      { line: file.lastContentLine + 1 },
      'the file ends without its trailer: it was cut off, and its last events may be missing',
    );
  }
  const { line, value } = trailer;
  if (!isObject(value) || !Array.isArray(value.streams) || !value.streams.every(isTrailerStream)) {
    return refuse('TRAILER_MISMATCH', { line }, 'the trailer is not in the form of format 1');
  }
  const listed = value.streams as readonly ExportedStream[];
  for (let i = 0; i < Math.max(listed.length, file.streams.length); i++) {
    const said = listed[i];
    const read = file.streams[i];
    if (said === undefined || read === undefined || said.streamId !== read.streamId) {
      const streamId = said?.streamId ?? read?.streamId ?? '';
      return refuse(
        'TRAILER_MISMATCH',
        { line, streamId },
        `the trailer lists ${said === undefined ? 'no stream' : `'${said.streamId}'`} as stream ${i + 1} of the file, but the file holds ${read === undefined ? 'no events' : `the events of '${read.streamId}'`} there: a stream was removed, added or moved`,
      );
    }
    if (said.version !== read.cursor.version) {
      const missing = said.version > read.cursor.version;
      return refuse(
        'TRAILER_MISMATCH',
        {
          line,
          streamId: read.streamId,
          streamVersion: missing ? read.cursor.version + 1 : said.version,
        },
        missing
          ? `the trailer says the stream ends at version ${said.version}, but the file holds its events only up to version ${read.cursor.version}: its last events were removed`
          : `the trailer says the stream ends at version ${said.version}, but the file holds events up to version ${read.cursor.version}: the trailer was altered`,
      );
    }
    if (said.headHash !== read.cursor.headHash) {
      return refuse(
        'TRAILER_MISMATCH',
        { line, streamId: read.streamId, streamVersion: read.cursor.version },
        'the head hash in the trailer differs from the hash of the last event: the trailer or that event was altered',
      );
    }
  }
  if (value.events !== file.events) {
    return refuse(
      'TRAILER_MISMATCH',
      { line },
      `the trailer counts ${JSON.stringify(value.events)} events, the file holds ${file.events}`,
    );
  }
  return undefined;
};

/** Each stream must contain the head published for it; a stream without one is not vouched for. */
export const checkExpectedHeads = (
  file: FileRead,
  expected: ReadonlyMap<string, string>,
): ImportError | undefined => {
  for (const stream of file.streams) {
    const published = expected.get(stream.streamId);
    const place = { line: stream.firstLine, streamId: stream.streamId };
    if (published === undefined) {
      return refuse(
        'EXPECTED_HEAD_MISMATCH',
        place,
        'no head was published for this stream, so nothing outside the file vouches for it',
      );
    }
    if (!stream.hashes.includes(published)) {
      return refuse(
        'EXPECTED_HEAD_MISMATCH',
        place,
        `no event of the stream has the published head hash ${published.slice(0, 12)}…: the history differs from the one published (rewritten and re-hashed, or cut before that head)`,
      );
    }
  }
  return undefined;
};

/** Reads and checks the whole file: the first refusal, or every stream ready to append. */
export const readExportFile = async (
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<E.Either<ImportError, FileRead>> => {
  const file: FileRead = {
    headerSeen: false,
    streams: [],
    events: 0,
    lastLine: 0,
    lastContentLine: 0,
  };
  const source = typeof lines === 'string' ? lines.split('\n') : lines;
  for await (const raw of source) {
    file.lastLine++;
    const problem = readLine(file, raw, file.lastLine);
    if (problem !== undefined) return E.left(problem);
  }
  if (!file.headerSeen) {
    return E.left(refuse('HEADER_MISSING', { line: 1 }, 'the file is empty'));
  }
  const trailer = checkTrailer(file);
  return trailer === undefined ? E.right(file) : E.left(trailer);
};
