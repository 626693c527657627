import {
  type CaseState,
  caseDecider,
  caseEventCodec,
  createCaseCommandHandler,
  type EventStore,
  type Rulebook,
} from '@netra/core';
import { either as E } from 'fp-ts';
import type { CaseScript } from './script.js';
import { commandsOf } from './script.js';

export interface SeasonRun {
  readonly appended: number;
  readonly alreadyRecorded: number;
  readonly rejected: readonly string[];
}

/**
 * Sends every step of every case through the command handler, as a regional system would: the
 * handler of the case's office, on the office's configured rulebook if it has one (offices.ts),
 * else the default. The clock is the real one: `recordedAt` shows when this run entered the
 * paper history.
 */
export const runSeason = async (
  store: EventStore,
  cases: readonly CaseScript[],
): Promise<SeasonRun> => {
  const handlers = new Map<Rulebook | undefined, ReturnType<typeof createCaseCommandHandler>>();
  const handlerOf = (rulebook: Rulebook | undefined) => {
    const known = handlers.get(rulebook);
    if (known !== undefined) return known;
    const created = createCaseCommandHandler({
      store,
      clock: () => new Date(),
      ...(rulebook === undefined ? {} : { rulebook }),
    });
    handlers.set(rulebook, created);
    return created;
  };
  let appended = 0;
  let alreadyRecorded = 0;
  const rejected: string[] = [];
  for (const script of cases) {
    const handle = handlerOf(script.office.policy?.rulebook);
    for (const command of commandsOf(script)) {
      // The host (here: the script) authenticated the actor; the command body carries no actor.
      const { actor, ...meta } = command.meta;
      const result = await handle({ ...command, meta }, { actor })();
      if (E.isLeft(result)) {
        rejected.push(`${command.meta.commandId} ${command.type}: ${result.left.message}`);
      } else if (result.right.alreadyHandled) {
        alreadyRecorded++;
      } else {
        appended += result.right.events.length;
      }
    }
  }
  return { appended, alreadyRecorded, rejected };
};

/** Reads every case of the store and folds it: an inline projection, enough for a summary. */
export const loadCases = async (
  store: EventStore,
): Promise<E.Either<string, ReadonlyMap<string, CaseState>>> => {
  const states = new Map<string, CaseState>();
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 500 });
    if (E.isLeft(page)) return E.left(page.left.message);
    if (page.right.length === 0) return E.right(states);
    for (const recorded of page.right) {
      after = recorded.globalPosition;
      const event = caseEventCodec.decode(recorded);
      if (E.isLeft(event))
        return E.left(`${recorded.streamId} v${recorded.streamVersion}: ${event.left.message}`);
      states.set(
        recorded.streamId,
        caseDecider.evolve(
          states.get(recorded.streamId) ?? caseDecider.initialState(),
          event.right,
        ),
      );
    }
  }
};
