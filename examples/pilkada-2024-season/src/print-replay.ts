/**
 * An auditor's view of one case: every event with both clocks (legal time and recorded time),
 * who acted, the rulebook in force, the hash, and the state of the case after the event.
 */
import {
  type CaseEvent,
  type CaseState,
  caseDecider,
  caseEventCodec,
  type EventStore,
  replayStream,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { describeRespondent } from './summary.js';

const stateLine = (state: CaseState): string[] => {
  if (state.status === 'NONE') return ['(no case)'];
  const d = state.deadlines;
  const due = [
    d.reviewDue && `kajian awal by ${d.reviewDue}`,
    d.completionDue && `completion by ${d.completionDue}`,
    d.decisionDue && `decision by ${d.decisionDue}`,
  ].filter(Boolean);
  return [
    `status ${state.status}${state.registration ? ` · ${state.registration.number}` : ''}${due.length ? ` · ${due.join(' · ')}` : ''}`,
    ...Object.values(state.respondents).map((r) => `  ${describeRespondent(r)}`),
  ];
};

export const printReplay = async (
  store: EventStore,
  caseId: string,
): Promise<E.Either<string, number>> => {
  // The head first: the events then reach at least its version, so a shorter history is a
  // deleted tail, which the replay reports.
  const head = await store.readStreamHead(caseId);
  if (E.isLeft(head)) return E.left(head.left.message);
  const read = await store.readStream(caseId, { to: head.right?.version ?? 0 });
  if (E.isLeft(read)) return E.left(read.left.message);
  const steps = replayStream<CaseEvent, CaseState>(
    caseId,
    read.right,
    caseEventCodec,
    caseDecider,
    {
      head: head.right,
    },
  );
  if (E.isLeft(steps)) return E.left(steps.left.message);
  console.log(
    `\nReplay of ${caseId}: ${steps.right.length} events, hash chain verified up to the recorded head`,
  );
  for (const { recorded, state } of steps.right) {
    const m = recorded.metadata;
    console.log(`\n#${recorded.streamVersion} ${recorded.type}`);
    console.log(
      `   legal time ${m.occurredAt} · recorded ${m.recordedAt} · by ${m.actor.id} (${m.actor.role}) · rulebook ${m.rulebookVersion}`,
    );
    console.log(`   hash ${recorded.hash.slice(0, 16)}…`);
    for (const line of stateLine(state)) console.log(`   ${line}`);
  }
  return E.right(steps.right.length);
};
