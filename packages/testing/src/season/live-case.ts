/**
 * A case under way in the season: its script, the state its recorded events fold to, and its
 * next step, placed on the clock of the system that records it. A step is recorded some time
 * after it legally happened — minutes or hours at a Bawaslu desk, days for a paper decision of a
 * PPK — never before any instant it names, and never before the case's previous step.
 */
import {
  type CaseContext,
  type CaseState,
  caseDecider,
  defaultRulebook,
  type NewEvent,
  parseCaseCommand,
} from '@netra/core';
import { either as E } from 'fp-ts';
import type { Chooser } from '../generators/chooser.js';
import type { PlacedStep } from '../generators/walk-state.js';
import type { CaseScript } from './act.js';
import { caseScript } from './case-script.js';
import { type SeasonWalk, startWalk } from './case-walk.js';
import { envelopesOf } from './envelope.js';
import type { CasePlan } from './plan.js';
import { createPrng, type Prng, prngChooser, seedOf } from './prng.js';

const MINUTE_S = 60;
const HOUR_S = 3600;
const DAY_S = 86_400;

export interface PendingStep {
  readonly step: PlacedStep;
  /** When the system records it (epoch ms, whole seconds). */
  readonly recordedAt: number;
}

export interface LiveCase {
  readonly plan: CasePlan;
  readonly walk: SeasonWalk;
  readonly script: CaseScript;
  /** The case's second stream: recording delays, trace ids, event ids. */
  readonly recording: Chooser;
  readonly random: Prng;
  /** How many of the walk's steps (as trimmed) were taken already. */
  taken: number;
  state: CaseState;
  version: number;
  commands: number;
  lastRecorded: number;
}

export const startCase = (seed: number, plan: CasePlan): LiveCase => {
  const walk = startWalk(seed, plan);
  const random = createPrng(seedOf(seed, 'record', plan.seq));
  return {
    plan,
    walk,
    script: caseScript(walk),
    recording: prngChooser(random),
    random,
    taken: 0,
    state: caseDecider.initialState(),
    version: 0,
    commands: 0,
    lastRecorded: 0,
  };
};

/** How long after the act the system records it (seconds), by who records it. */
const entryDelay = (c: Chooser, role: string): number => {
  switch (role) {
    case 'ppk':
    case 'appeal_authority':
      return c.chance(70) ? c.int(30 * MINUTE_S, DAY_S) : c.int(DAY_S, 10 * DAY_S);
    case 'supervisor':
    case 'system':
      return c.chance(80) ? c.int(10 * MINUTE_S, 8 * HOUR_S) : c.int(DAY_S, 5 * DAY_S);
    default:
      return c.chance(85) ? c.int(2 * MINUTE_S, 4 * HOUR_S) : c.int(4 * HOUR_S, 2 * DAY_S);
  }
};

/** The case's next step, walked now; null once the case has nothing more to do. */
export const nextStep = (live: LiveCase): PendingStep | null => {
  const { walk } = live;
  if (live.taken === walk.steps.length) {
    // Only the last step is needed (a day's next step is placed after it): drop the others.
    walk.steps.splice(0, walk.steps.length - 1);
    live.taken = walk.steps.length;
    if (live.script.next().done === true) return null;
  }
  const step = walk.steps[live.taken];
  if (step === undefined) throw new Error(`${walk.caseId}: the script stopped without a step`);
  live.taken += 1;
  const floor = Math.max(Date.parse(step.occurredAt), walk.latestAt);
  const delayed =
    Math.ceil(floor / 1000) * 1000 + entryDelay(live.recording, step.actor.role) * 1000;
  const recordedAt = Math.max(delayed, live.lastRecorded + 1000);
  live.lastRecorded = recordedAt;
  return { step, recordedAt };
};

/** The command of `pending`, as a host sends it: the step with its ids, actor and legal time. */
export const commandOf = (live: LiveCase, pending: PendingStep) => {
  const { walk, recording } = live;
  const { step } = pending;
  live.commands += 1;
  const commandId = `cmd-${walk.caseId}-${live.commands}`;
  // Sometimes a workflow id and the command that caused this one, as an integrating system sends.
  const trace =
    live.commands > 1 && recording.chance(20)
      ? {
          correlationId: `corr-${walk.caseId}`,
          causationId: `cmd-${walk.caseId}-${live.commands - 1}`,
        }
      : {};
  return {
    ...step.body,
    meta: { commandId, actor: step.actor, occurredAt: step.occurredAt, ...trace },
  };
};

/**
 * Records `command` (of `pending`) as the command handler would: parsed at the boundary, decided
 * against the case's state at the instant it is recorded, its events enveloped. Returns the
 * append, or null when the decider answered no event. A refusal is a bug of the season: throws.
 */
export const recordCommand = (
  live: LiveCase,
  command: ReturnType<typeof commandOf>,
  pending: PendingStep,
): { readonly events: NewEvent[]; readonly expectedVersion: number | 'no_stream' } | null => {
  const context: CaseContext = {
    now: new Date(pending.recordedAt),
    rulebook: defaultRulebook,
    rulebookVersion: defaultRulebook.version,
  };
  const refused = (error: { readonly code: string; readonly message: string }) =>
    new Error(
      `season: ${live.walk.caseId} command ${command.meta.commandId} (${pending.step.label}) refused: ${error.code}: ${error.message}`,
    );
  const parsed = parseCaseCommand(command);
  if (E.isLeft(parsed)) throw refused(parsed.left);
  const decided = caseDecider.decide(parsed.right, live.state, context);
  if (E.isLeft(decided)) throw refused(decided.left);
  const events = decided.right;
  if (events.length === 0) return null;
  live.state = events.reduce(caseDecider.evolve, live.state);
  const expectedVersion = live.version === 0 ? 'no_stream' : live.version;
  live.version += events.length;
  return { events: envelopesOf(parsed.right, events, context, live.random), expectedVersion };
};

/** The command of `pending`, recorded (commandOf, then recordCommand). */
export const recordStep = (live: LiveCase, pending: PendingStep) =>
  recordCommand(live, commandOf(live, pending), pending);
