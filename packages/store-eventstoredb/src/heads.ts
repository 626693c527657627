import { jsonEvent } from '@eventstore/db-client';
import type { EventStore, StoreError, StreamHead } from '@netra/core';
import { checkHeadsPage, streamIdSchema } from '@netra/core';
import { either as E } from 'fp-ts';
import { answer } from './answer.js';
import type { StoreContext } from './context.js';
import { readAllRecords, readStreamRecords } from './esdb-reads.js';
import { claimedHead } from './event-codec.js';
import type { EsdbPosition } from './positions.js';

/** The custom property of a netra stream's ESDB stream metadata that records its head. */
export const HEAD_PROPERTY = 'netraHead';

const DEFAULT_HEADS_LIMIT = 1000;
/** The most heads one `listStreamHeads` returns, whatever is asked. */
export const HEADS_LIMIT_CEILING = 10_000;
const SCAN_CHUNK = 1000;

export interface Heads {
  readonly readStreamHead: EventStore['readStreamHead'];
  readonly listStreamHeads: EventStore['listStreamHeads'];
  /**
   * The head recorded in the stream's metadata only (null: none), for the append's check, with
   * the metadata stream's revision it was read at ('no_stream': none yet).
   */
  readonly recordedHead: (streamId: string) => Promise<RecordedHead>;
  /**
   * Records the head after an append (a `$metadata` event in `$$<stream>`), only if no other
   * head was recorded since `readAt`: heads never go backwards when two processes' head writes
   * cross (the loser's head is then merely lagging, which the port allows).
   */
  readonly recordHead: (head: StreamHead, readAt: RecordedHead['revision']) => Promise<void>;
}

export interface RecordedHead {
  readonly head: StreamHead | null;
  readonly revision: bigint | 'no_stream';
}

const headFromMetadata = (streamId: string, data: unknown): StreamHead | null => {
  if (typeof data !== 'object' || data === null) return null;
  const head = (data as Record<string, unknown>)[HEAD_PROPERTY];
  if (typeof head !== 'object' || head === null) return null;
  const { version, hash } = head as Record<string, unknown>;
  // Passed on as stored: the chain check compares them with the events (HEAD_MISMATCH).
  return { streamId, version: version as number, hash: String(hash) };
};

const later = (a: StreamHead | null, b: StreamHead | null): StreamHead | null =>
  a === null ? b : b === null ? a : b.version > a.version ? b : a;

/**
 * Heads. ESDB has no transaction across streams, so the head is recorded *after* each append,
 * in the stream's ESDB metadata (`$$${category}-x`, custom property `netraHead`), and is a
 * lower bound: a crash between the two writes leaves it behind the events, which the port
 * allows ("the events then reach at least this version"). The head answered is the later of
 * the recorded one and the stream's last event (read backwards, one event): a recorded head
 * beyond the events shows a deleted tail (HEAD_MISMATCH); one behind them is a lagging record,
 * repaired by the next append.
 */
export const createHeads = (context: StoreContext): Heads => {
  const { client, names, where } = context;

  const recordedHead = async (streamId: string): Promise<RecordedHead> => {
    const [meta] = await readStreamRecords(client, names.metaStream(streamId), {
      fromRevision: 'end',
      maxCount: 1,
      backwards: true,
    });
    return meta === undefined
      ? { head: null, revision: 'no_stream' }
      : { head: headFromMetadata(streamId, meta.data), revision: meta.revision };
  };

  const lastEventHead = async (streamId: string): Promise<StreamHead | null> => {
    const [last] = await readStreamRecords(client, names.esdbStream(streamId), {
      fromRevision: 'end',
      maxCount: 1,
      backwards: true,
    });
    const claimed = last === undefined ? undefined : claimedHead(last);
    return claimed === undefined ? null : { streamId, ...claimed };
  };

  const headOf = async (streamId: string): Promise<StreamHead | null> =>
    later((await recordedHead(streamId)).head, await lastEventHead(streamId));

  /** Every netra stream id in `$all`, sorted by UTF-16 code unit (a full scan of `$all`). */
  const streamIds = async (): Promise<string[]> => {
    const ids = new Set<string>();
    let from: EsdbPosition | 'start' = 'start';
    let last: EsdbPosition | undefined;
    for (;;) {
      const chunk = await readAllRecords(client, from, SCAN_CHUNK);
      for (const record of chunk) {
        // A stream's events, or its recorded head (`$$` stream): a stream whose events were all
        // removed is still listed, by the head it left.
        const name = record.streamId.startsWith('$$') ? record.streamId.slice(2) : record.streamId;
        const id = names.netraStream(name);
        if (id !== undefined) ids.add(id);
      }
      const end = chunk.at(-1)?.position;
      if (chunk.length < SCAN_CHUNK || end === undefined) break;
      if (last !== undefined && end.commit === last.commit && end.prepare === last.prepare) break;
      last = end;
      from = end;
    }
    return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };

  return {
    recordedHead,
    async recordHead(head, readAt) {
      await client.appendToStream(
        names.metaStream(head.streamId),
        jsonEvent({
          type: '$metadata',
          data: { [HEAD_PROPERTY]: { version: head.version, hash: head.hash } },
        }),
        { expectedRevision: readAt },
      );
    },
    async readStreamHead(streamId) {
      context.assertOpen();
      if (!streamIdSchema.safeParse(streamId).success) return E.right(null);
      return answer(where, async () => E.right(await headOf(streamId)), streamId);
    },
    async listStreamHeads(options) {
      context.assertOpen();
      const page = checkHeadsPage(options, DEFAULT_HEADS_LIMIT, HEADS_LIMIT_CEILING);
      if (E.isLeft(page)) return page;
      const { after, limit } = page.right;
      return answer(where, async (): Promise<E.Either<StoreError, StreamHead[]>> => {
        const ids = (await streamIds()).filter((id) => after === null || id > after);
        const heads: StreamHead[] = [];
        for (const id of ids) {
          if (heads.length === limit) break;
          const head = await headOf(id);
          if (head !== null) heads.push(head);
        }
        return E.right(heads);
      });
    },
  };
};
