/**
 * A small vocabulary for writing a case's history as a script of commands. Command ids are
 * derived from the case id and the step number, so running the season twice sends the same
 * ids and netra records each step once. Steps added with rulebook 2024.2 carry their own id
 * (`since2024_2`) and are not counted, so every step of the 2024.1 script keeps its id: a
 * store the 2024.1 demo wrote never sees an old id on a different command.
 */
import type { ActorRef, CaseCommand, Evidence, Reporter, Respondent } from '@netra/core';
import type { Office } from './offices.js';
import { wib } from './offices.js';

/** A command without its metadata: the script adds commandId, actor and legal time. */
type Body<C> = C extends CaseCommand ? Omit<C, 'meta' | 'caseId'> : never;

export interface Step {
  readonly actor: ActorRef;
  readonly at: string;
  readonly body: Body<CaseCommand>;
  /** The step's own id suffix, for steps added after the 2024.1 script. */
  readonly id?: string;
}

export interface CaseScript {
  readonly caseId: string;
  readonly office: Office;
  /** One line for the officer's summary. */
  readonly title: string;
  readonly steps: readonly Step[];
}

export const commandsOf = (script: CaseScript): CaseCommand[] => {
  let numbered = 0;
  return script.steps.map((step) => {
    if (step.id === undefined) numbered += 1;
    const id = step.id === undefined ? `step-${numbered}` : `2024.2/${step.id}`;
    return {
      ...step.body,
      caseId: script.caseId,
      meta: { commandId: `${script.caseId}/${id}`, actor: step.actor, occurredAt: step.at },
    } as CaseCommand;
  });
};

/** A step added with rulebook 2024.2, under its own id (see the header). */
export const since2024_2 = (id: string, step: Step): Step => ({ ...step, id });

/** A step by the office's Bawaslu clerk on `date` (WIB). */
export const byBawaslu = (
  office: Office,
  date: string,
  body: Body<CaseCommand>,
  time?: string,
): Step => ({
  actor: office.bawaslu,
  at: wib(date, time),
  body,
});

export const by = (
  actor: ActorRef,
  date: string,
  body: Body<CaseCommand>,
  time?: string,
): Step => ({
  actor,
  at: wib(date, time),
  body,
});

export const pns = (
  respondentId: string,
  name: string,
  nip: string,
  agency: [string, string],
  position: string,
): Respondent => ({
  respondentId,
  name,
  kind: 'PNS',
  nip,
  agency: { id: agency[0], name: agency[1] },
  position,
});

export const voter = (id: string, name: string, nik: string, address: string): Reporter => ({
  id,
  name,
  nik,
  address,
  kind: 'VOTER',
});

export const evidence = (...refs: [string, Evidence['kind']][]): Evidence[] =>
  refs.map(([ref, kind]) => ({ ref, kind }));
