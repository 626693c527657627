/**
 * The shape of a malformed command: a valid history, how much of it is applied, what is sent
 * next, and which rejection codes are right for it. A mutation class says where in a history
 * it applies and how it breaks the command there.
 */
import {
  type ActorRef,
  type CaseCommand,
  type CaseErrorCode,
  type IsoDate,
  localDateOf,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import type { IntakeHistory } from './intake-history.js';

export interface MalformedCommand {
  /** The valid history the command is sent into. */
  readonly history: IntakeHistory;
  /** How many of the history's commands are applied before `input` is sent. */
  readonly prefix: number;
  /** What is sent: a command with one thing wrong, or junk. */
  readonly input: unknown;
  /** The mutation class and what it did, e.g. `missing-field: respondents.0.name`. */
  readonly mutation: string;
  /** The rejection codes that are right for it (the decider's, and the handler's in a fresh stream). */
  readonly acceptable: readonly CaseErrorCode[];
}

/** What a mutation class produces at one position. */
export interface Mutation {
  readonly input: unknown;
  readonly detail: string;
  readonly acceptable: readonly CaseErrorCode[];
}

export interface MutationClass {
  readonly name: string;
  readonly weight: number;
  /**
   * The positions this class can break: an index replaces the command there (the ones before it
   * are applied); `commands.length` appends after the whole history. Empty: does not apply.
   */
  readonly positions: (h: IntakeHistory) => readonly number[];
  readonly draw: (c: Chooser, h: IntakeHistory, position: number) => Mutation;
}

/** The command at `position`; positions come from `MutationClass.positions`, so it exists. */
export const commandAt = (h: IntakeHistory, position: number): CaseCommand => {
  const command = h.commands[position];
  if (command === undefined) throw new RangeError(`no command at ${position}`);
  return command;
};

/** Indices of the commands of the given types. */
export const positionsOf =
  (...types: readonly CaseCommand['type'][]) =>
  (h: IntakeHistory): number[] =>
    h.commands.flatMap((command, i) => (types.includes(command.type) ? [i] : []));

/** Every index after the opening command. */
export const afterOpening = (h: IntakeHistory): number[] => h.commands.map((_, i) => i).slice(1);

export const everyPosition = (h: IntakeHistory): number[] => h.commands.map((_, i) => i);

/** The local day of a command in the case's zone. */
export const dayOf = (h: IntakeHistory, command: CaseCommand): IsoDate =>
  localDateOf(command.meta.occurredAt, h.jurisdiction.timeZone);

/** Today in the case's zone, from the history's decision clock. */
export const todayOf = (h: IntakeHistory): IsoDate =>
  localDateOf(h.context.now, h.jurisdiction.timeZone);

/** A copy of the command sent under a new command id (a different act, not a retry). */
export const withFreshId = (command: CaseCommand, suffix: string): CaseCommand => ({
  ...command,
  meta: { ...command.meta, commandId: `${command.meta.commandId}-${suffix}` },
});

export const withOccurredAt = (command: CaseCommand, occurredAt: string): CaseCommand => ({
  ...command,
  meta: { ...command.meta, occurredAt },
});

export const withActor = (command: CaseCommand, actor: ActorRef): CaseCommand => ({
  ...command,
  meta: { ...command.meta, actor },
});
