/**
 * replayCase: a case walked through step by step as an auditor reads it. After each recorded
 * event it shows the state, who acted, under which rulebook version, when the act legally
 * happened and when the system learned it, and the duties running at that legal instant —
 * which were still in time and which already overdue right after the step.
 */
import { either as E } from 'fp-ts';
import { caseEventCodec } from '../case/codec.js';
import { caseDecider } from '../case/decider.js';
import type { Duty } from '../case/due/due-list.js';
import { dutiesDue } from '../case/due/due-list.js';
import type { CaseEvent } from '../case/schema/events.js';
import type { CaseState } from '../case/state.js';
import type { ActorRef } from '../handler/command-meta.js';
import type { Rulebook } from '../rules/index.js';
import { defaultRulebook } from '../rules/index.js';
import type { StreamHead } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { ReplayError } from './replay.js';
import { replayStream } from './replay.js';

/** One step of a case as an auditor reads it. */
export interface CaseReplayStep {
  readonly streamVersion: number;
  readonly type: string;
  /** The recorded event, hash included. */
  readonly recorded: RecordedEvent;
  /** The event as the case codec reads it (older shapes upcast). */
  readonly event: CaseEvent;
  /** The case after this step. */
  readonly state: CaseState;
  /**
   * The duties running at `occurredAt`, right after this step (`dutiesDue`), overdue ones
   * flagged: what the step left owing, and what was already late when it was taken.
   */
  readonly duties: readonly Duty[];
  readonly actor: ActorRef;
  /** The rulebook version the step was decided under. */
  readonly rulebookVersion: string;
  /** Legal time: when the act happened. Deadlines run from it. */
  readonly occurredAt: string;
  /** When the system recorded the act. */
  readonly recordedAt: string;
}

export interface ReplayCaseOptions {
  /** The case's stream id; default: the first event's. */
  readonly streamId?: string;
  /**
   * The head the store recorded (`store.readStreamHead`, read before the events): given, the
   * replay also checks that the events reach it, which is what reveals a deleted tail.
   */
  readonly head?: StreamHead | null;
  /**
   * The rules to count running duties with: one rulebook (default `defaultRulebook`), or the
   * rulebook for a recorded `rulebookVersion`, so each step is counted under the version it
   * was decided under. Either way, deadlines the state recorded when a step was taken are kept
   * as recorded (`dutiesDue` never recounts them); the rulebook only counts what the state
   * does not record yet.
   */
  readonly rulebook?: Rulebook | ((rulebookVersion: string) => Rulebook);
}

const unreadable = (item: RecordedEvent, problem: string): ReplayError => ({
  code: 'UNREADABLE_EVENT',
  streamId: item.streamId,
  streamVersion: item.streamVersion,
  message: `event ${item.streamVersion} (${item.type}) ${problem}`,
});

/**
 * Replays one case stream event by event: the hash chain is verified as it goes (and against
 * `head` when given), each event read with the case codec and folded with the case decider.
 * Stops at the first event that does not verify, cannot be read or applied, or whose legal
 * time cannot be read, and names it (`ReplayError`).
 */
export const replayCase = (
  recorded: readonly RecordedEvent[],
  options: ReplayCaseOptions = {},
): E.Either<ReplayError, readonly CaseReplayStep[]> => {
  const streamId = options.streamId ?? options.head?.streamId ?? recorded[0]?.streamId ?? '';
  const replayed = replayStream(
    streamId,
    recorded,
    caseEventCodec,
    caseDecider,
    options.head === undefined ? {} : { head: options.head },
  );
  if (E.isLeft(replayed)) return replayed;
  const choose = options.rulebook ?? defaultRulebook;
  const steps: CaseReplayStep[] = [];
  for (const { recorded: item, event, state } of replayed.right) {
    const { actor, rulebookVersion, occurredAt, recordedAt } = item.metadata;
    const at = new Date(occurredAt);
    if (Number.isNaN(at.getTime())) {
      return E.left(unreadable(item, `has no readable legal time: '${String(occurredAt)}'`));
    }
    const duties = E.tryCatch(
      () => dutiesDue(state, at, typeof choose === 'function' ? choose(rulebookVersion) : choose),
      (error) => (error instanceof Error ? error.message : String(error)),
    );
    if (E.isLeft(duties)) {
      return E.left(
        unreadable(item, `leaves a state whose duties cannot be listed: ${duties.left}`),
      );
    }
    steps.push({
      streamVersion: item.streamVersion,
      type: item.type,
      recorded: item,
      event,
      state,
      duties: duties.right,
      actor,
      rulebookVersion,
      occurredAt,
      recordedAt,
    });
  }
  return E.right(steps);
};
