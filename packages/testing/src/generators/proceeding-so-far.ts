/**
 * Where one respondent's proceedings after the forwards stand before a given command of a
 * history (issue 15), read from the commands alone: what the mutation classes need to know which
 * step the state forbids, and which code must answer it.
 */
import type { CaseCommand } from '@netra/core';
import type { CriminalStepName } from './walk-state.js';

type Of<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;

export interface ProceedingSoFar {
  readonly forwarded: boolean;
  readonly outcome: 'PROVEN' | 'NOT_PROVEN' | 'RETURNED' | undefined;
  readonly blocked: boolean;
  readonly sanction: Of<'DecideSanction'> | undefined;
  readonly delivered: boolean;
  readonly delivery: Of<'DeliverSanction'> | undefined;
  readonly objection: Of<'FileObjection'> | undefined;
  readonly objectionDecision: Of<'DecideObjection'> | undefined;
  readonly served: boolean;
  readonly exited: boolean;
  /** Forwarded to Polri investigators, and the criminal steps recorded since, in order. */
  readonly referred: boolean;
  readonly criminal: readonly Of<'RecordCriminalStep'>[];
}

const NOTHING: ProceedingSoFar = {
  forwarded: false,
  outcome: undefined,
  blocked: false,
  sanction: undefined,
  delivered: false,
  delivery: undefined,
  objection: undefined,
  objectionDecision: undefined,
  served: false,
  exited: false,
  referred: false,
  criminal: [],
};

/** What one command of the respondent's changes. */
const step = (s: ProceedingSoFar, c: CaseCommand): ProceedingSoFar => {
  switch (c.type) {
    case 'RecordSupervisorOutcome':
      return { ...s, outcome: c.result.outcome };
    case 'BlockPersonnelData':
      return { ...s, blocked: true };
    case 'UnblockPersonnelData':
      return { ...s, blocked: false };
    case 'DecideSanction':
      return { ...s, sanction: c };
    case 'DeliverSanction':
      return { ...s, delivered: true, delivery: c };
    case 'FileObjection':
      return { ...s, objection: c };
    case 'DecideObjection':
      return { ...s, objectionDecision: c };
    case 'RecordSanctionServed':
      return { ...s, served: true };
    case 'RecordRespondentExit':
      return { ...s, exited: true };
    case 'ForwardToInvestigators':
    case 'ReferToGakkumdu':
      return { ...s, referred: true };
    case 'RecordCriminalStep':
      return { ...s, criminal: [...s.criminal, c] };
    default:
      return s;
  }
};

export const proceedingBefore = (
  commands: readonly CaseCommand[],
  position: number,
  respondentId: string,
): ProceedingSoFar => {
  let s = NOTHING;
  for (const c of commands.slice(0, position)) {
    if (c.type === 'ForwardToSupervisor') {
      if (c.respondentIds.includes(respondentId)) s = { ...s, forwarded: true };
    } else if ('respondentId' in c && c.respondentId === respondentId) s = step(s, c);
  }
  return s;
};

/** The criminal steps recorded so far, by name. */
export const criminalSteps = (s: ProceedingSoFar): CriminalStepName[] =>
  s.criminal.map((c) => c.criminal.step);
