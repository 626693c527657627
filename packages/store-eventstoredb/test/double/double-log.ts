/**
 * The protocol double's storage: one in-memory transaction log, as EventStoreDB keeps one. A
 * TEST DOUBLE, not a server: it reproduces what the real server does at the edges the adapter
 * depends on (revisions from 0, `$all` positions, expected-version answers), nothing more.
 */

/** One event as the double stores it: the bytes the client sent, at their place in the log. */
export interface DoubleRecord {
  readonly streamName: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  /** Editable on purpose: tests alter stored bytes behind the adapter's back. */
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** The real server's `$all` position: every event its own prepare position, one commit per append. */
  readonly commit: bigint;
  readonly prepare: bigint;
  /** Ticks (100 ns) since the Unix epoch, as the real server sends `created`. */
  readonly created: bigint;
}

/** What an append proposes, as decoded from `AppendReq.ProposedMessage`. */
export interface ProposedRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** The expected revision of an append: the four cases of the protocol. */
export type ExpectedRevision =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

export type AppendOutcome =
  | {
      readonly ok: true;
      readonly currentRevision: bigint;
      readonly position: { readonly commit: bigint; readonly prepare: bigint };
    }
  | { readonly ok: false; readonly currentRevision: bigint | null };

/** -1n: no stream. */
const currentOf = (events: readonly DoubleRecord[]): bigint => events.at(-1)?.revision ?? -1n;

const satisfies = (expected: ExpectedRevision, current: bigint): boolean => {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1n;
    case 'stream_exists':
      return current >= 0n;
    default:
      return current === expected.revision;
  }
};

export class DoubleLog {
  /** The `$all` log, in commit order. */
  readonly records: DoubleRecord[] = [];
  /** Every append received, with the expected revision it carried (for the mapping tests). */
  readonly appendsSeen: { readonly streamName: string; readonly expected: ExpectedRevision }[] = [];
  /** How many events reads have sent (to show what a load costs). */
  eventsSent = 0;
  /** The next log position: the real server's first user event is not at 0 either. */
  private cursor = 1_000n;
  private readonly listeners = new Set<(records: readonly DoubleRecord[]) => void>();

  streamRecords(streamName: string): DoubleRecord[] {
    return this.records.filter((r) => r.streamName === streamName);
  }

  /**
   * Appends as the real server does: the expected revision is checked against the stream's
   * last revision; an append whose event ids are exactly the stream's events from the expected
   * revision on (a resent append) is idempotent and succeeds without writing again.
   */
  append(
    streamName: string,
    expected: ExpectedRevision,
    proposed: readonly ProposedRecord[],
  ): AppendOutcome {
    this.appendsSeen.push({ streamName, expected });
    const existing = this.streamRecords(streamName);
    const current = currentOf(existing);
    const resent = this.resentAppend(existing, expected, proposed);
    if (resent !== undefined) return resent;
    if (!satisfies(expected, current)) {
      return { ok: false, currentRevision: current === -1n ? null : current };
    }
    if (proposed.length === 0) {
      return { ok: true, currentRevision: current, position: { commit: 0n, prepare: 0n } };
    }
    const created = BigInt(Date.now()) * 10_000n;
    const prepares = proposed.map((p) => {
      const at = this.cursor;
      this.cursor += 64n + BigInt(p.data.length + p.customMetadata.length + p.type.length);
      return at;
    });
    // One commit per append, at its last prepare: a single event has commit = prepare.
    const commit = prepares.at(-1) ?? 0n;
    const written = proposed.map(
      (p, i): DoubleRecord => ({
        streamName,
        revision: current + 1n + BigInt(i),
        id: p.id,
        type: p.type,
        contentType: p.contentType,
        data: p.data,
        customMetadata: p.customMetadata,
        commit,
        prepare: prepares[i] ?? 0n,
        created,
      }),
    );
    this.records.push(...written);
    for (const listener of this.listeners) listener(written);
    return {
      ok: true,
      currentRevision: current + BigInt(proposed.length),
      position: { commit, prepare: commit },
    };
  }

  private resentAppend(
    existing: readonly DoubleRecord[],
    expected: ExpectedRevision,
    proposed: readonly ProposedRecord[],
  ): AppendOutcome | undefined {
    if (proposed.length === 0) return undefined;
    const first =
      expected.kind === 'revision'
        ? Number(expected.revision) + 1
        : expected.kind === 'no_stream'
          ? 0
          : existing.findIndex((r) => r.id === proposed[0]?.id);
    if (first < 0 || first + proposed.length > existing.length) return undefined;
    const same = proposed.every((p, i) => existing[first + i]?.id === p.id);
    if (!same) return undefined;
    const last = existing[first + proposed.length - 1] as DoubleRecord;
    return {
      ok: true,
      currentRevision: last.revision,
      position: { commit: last.commit, prepare: last.prepare },
    };
  }

  onAppend(listener: (records: readonly DoubleRecord[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
