/**
 * readCase: one call that shows a case as the store holds it, trusting nothing it reads. The
 * stream's recorded head is read first, then the events, each checked against its
 * predecessor's hash as it is folded (the same load the command handler decides on), so the
 * state shown is the state a command would be decided on — or a typed refusal naming the
 * break. The read side does no authorization: the host shows a case only to whoever may see it
 * (docs/security.md).
 */
import { either as E } from 'fp-ts';
import type { LoadError } from '../handler/load-stream.js';
import { loadStream } from '../handler/load-stream.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import { caseEventCodec } from './codec.js';
import { caseDecider } from './decider.js';
import { caseNotFound } from './errors.js';
import type { CaseState, OpenCaseState } from './state.js';

export interface CaseView {
  readonly caseId: string;
  /** The case as its verified history folds. */
  readonly state: OpenCaseState;
  /** The number of events: pass it as the expected version of a direct append. */
  readonly version: number;
  /** Every recorded event, in stream order, chain verified up to the recorded head. */
  readonly events: readonly RecordedEvent[];
  /** The last event's hash: publish or keep it to pin this history (docs/security.md). */
  readonly headHash: string;
  /**
   * Each step as an auditor reads it: which rule version decided it, who acted and when. A case
   * opened under rulebook 2024.1 and continued under 2024.2 shows both versions here.
   */
  readonly steps: readonly CaseStep[];
}

/** One recorded step of a case, with the rule version it was decided under. */
export interface CaseStep {
  readonly streamVersion: number;
  readonly type: string;
  readonly rulebookVersion: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
}

/** Why a case cannot be shown: not there, or its stored history does not verify or read. */
export type ReadCaseError =
  | { readonly code: 'CASE_NOT_FOUND'; readonly caseId: string; readonly message: string }
  | LoadError;

const isOpen = (state: CaseState): state is OpenCaseState => state.status !== 'NONE';

export const readCase = async (
  store: EventStore,
  caseId: string,
): Promise<E.Either<ReadCaseError, CaseView>> => {
  const loaded = await loadStream<CaseState, Parameters<typeof caseDecider.evolve>[1]>(
    store,
    caseDecider,
    caseEventCodec,
    caseId,
  );
  if (E.isLeft(loaded)) return loaded;
  const { state, version, priorEvents } = loaded.right;
  if (!isOpen(state)) {
    return E.left({ code: 'CASE_NOT_FOUND', caseId, message: caseNotFound(caseId).message });
  }
  return E.right({
    caseId,
    state,
    version,
    events: priorEvents,
    headHash: priorEvents.at(-1)?.hash ?? '',
    steps: priorEvents.map((e) => ({
      streamVersion: e.streamVersion,
      type: e.type,
      rulebookVersion: e.metadata.rulebookVersion,
      occurredAt: e.metadata.occurredAt,
      recordedAt: e.metadata.recordedAt,
      actor: { id: e.metadata.actor.id, role: e.metadata.actor.role },
    })),
  });
};
