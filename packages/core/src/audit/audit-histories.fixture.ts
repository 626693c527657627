/**
 * Test fixture (not exported): recorded case histories for the auditor's tools' tests, sent
 * through the real command handler on the in-memory store, each command recorded at its legal
 * time unless the test gives the instant the system recorded it (a late entry, a clock set back).
 */
import { either as E } from 'fp-ts';
import { createCaseCommandHandler } from '../case/case-handler.js';
import type { CaseCommand } from '../case/schema/commands.js';
import type { EventStore } from '../store/event-store.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';

/** A command, recorded at its legal time; or with the instant the system recorded it. */
export type RecordedStep = CaseCommand | readonly [command: CaseCommand, recordedAt: string];

/** Each command through the real handler, recorded at its legal time or the instant given. */
export const record = async (store: EventStore, steps: readonly RecordedStep[]): Promise<void> => {
  let now = new Date(0);
  const handle = createCaseCommandHandler({ store, clock: () => now });
  for (const step of steps) {
    const [command, recordedAt] = 'meta' in step ? [step, step.meta.occurredAt] : step;
    now = new Date(recordedAt);
    const result = await handle(command, { actor: command.meta.actor })();
    if (E.isLeft(result)) throw new Error(`${command.type}: ${result.left.message}`);
  }
};

/** The recorded events of the case `caseId`, in version order. */
export const eventsOf = async (store: EventStore, caseId: string) => {
  const read = await store.readStream(caseId);
  if (E.isLeft(read)) throw new Error(read.left.message);
  return read.right;
};

/** A fresh store with each case's commands recorded in turn. */
export const recordedStore = async (...cases: readonly (readonly RecordedStep[])[]) => {
  const store = createInMemoryEventStore();
  for (const commands of cases) await record(store, commands);
  return store;
};

/** One case recorded by `commands` on a fresh store: the store, its head and its events. */
export const recordedCase = async (caseId: string, commands: readonly CaseCommand[]) => {
  const store = await recordedStore(commands);
  const head = await store.readStreamHead(caseId);
  if (E.isLeft(head)) throw new Error(head.left.message);
  return { store, head: head.right, events: await eventsOf(store, caseId) };
};

/** The instant the tests' exports are made. */
export const EXPORTED_AT = new Date('2024-12-02T01:00:00Z');

/** Every line of an export (or any async source of lines), in order. */
export const collect = async (lines: AsyncIterable<string>): Promise<string[]> => {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
};
