/**
 * `out-of-period`: a later step of the proceedings (issue 15) re-dated outside the period the law
 * gives it — an objection filed after its 14 working days from the receipt of the decision
 * (OBJECTION_LATE: it "cannot be received"); an appeal filed after its period from the district
 * court's verdict (CRIMINAL_APPEAL_LATE: the verdict is final); a sanction recorded as served
 * before it ends (SANCTION_NOT_ENDED). A late day not yet over by the decision clock is in the
 * future instead, which is what must be said then.
 */
import { type CaseCommand, type CaseErrorCode, type IsoDate, localDateOf } from '@netra/core';
import type { Chooser } from './chooser.js';
import { instantAt, isAfter, plusDays } from './dates.js';
import type { IntakeHistory } from './intake-history.js';
import {
  commandAt,
  dayOf,
  type Mutation,
  type MutationClass,
  todayOf,
  withOccurredAt,
} from './malformed.js';
import { type ProceedingSoFar, proceedingBefore } from './proceeding-so-far.js';
import { dueIn } from './proceedings-walk.js';
import { sanctionOf } from './sanction-authority.js';
import { monthsEnd } from './serving-walk.js';

/** The command re-dated to the local day `on`; in the future if that day is after today. */
const redated = (
  c: Chooser,
  h: IntakeHistory,
  command: CaseCommand,
  on: IsoDate,
  code: CaseErrorCode,
  detail: string,
): Mutation => {
  const today = todayOf(h);
  const minute = on === today ? 0 : c.int(7 * 60, 17 * 60);
  return {
    input: withOccurredAt(command, instantAt(on, h.jurisdiction.timeZone, minute)),
    detail: `${detail}: acted on ${on}`,
    acceptable: isAfter(on, today) ? ['LEGAL_DATE_IN_FUTURE'] : [code],
  };
};

/** The local day the respondent received the delivered decision. */
const receivedOn = (h: IntakeHistory, s: ProceedingSoFar): IsoDate | undefined => {
  const delivery = s.delivery;
  if (delivery === undefined) return undefined;
  return localDateOf(delivery.receivedAt ?? delivery.meta.occurredAt, h.jurisdiction.timeZone);
};

/** The last day of the effective sanction, as the history left it; undefined if none runs. */
const endsOn = (h: IntakeHistory, s: ProceedingSoFar): IsoDate | undefined => {
  const { rulebook } = h.context;
  const decided = s.objectionDecision;
  const named =
    decided !== undefined && 'sanction' in decided.outcome ? decided.outcome.sanction : undefined;
  const code = named ?? s.sanction?.sanction;
  const received = receivedOn(h, s);
  if (code === undefined || received === undefined) return undefined;
  const inForceOn =
    decided === undefined
      ? (dueIn(rulebook, h.regime, 'SANCTION_IN_FORCE', received) ?? received)
      : dayOf(h, decided);
  const months = sanctionOf(rulebook, code).durationMonths;
  return months === null ? inForceOn : monthsEnd(inForceOn, months);
};

/** A period the command at `position` must keep: its bound, on which side, the code. */
interface Period {
  readonly bound: IsoDate;
  /** `after`: the period ends on `bound`; `before`: it is not over until `bound`. */
  readonly side: 'after' | 'before';
  readonly code: CaseErrorCode;
  readonly detail: string;
}

const periodAt = (h: IntakeHistory, position: number): Period | undefined => {
  const command = commandAt(h, position);
  const { type } = command;
  if (type !== 'FileObjection' && type !== 'RecordSanctionServed' && type !== 'RecordCriminalStep')
    return undefined;
  const s = proceedingBefore(h.commands, position, command.respondentId);
  const { rulebook } = h.context;
  if (command.type === 'FileObjection') {
    const received = receivedOn(h, s);
    const step = command.kind === 'KEBERATAN' ? 'FILE_KEBERATAN' : 'FILE_BANDING';
    const due = received === undefined ? null : dueIn(rulebook, h.regime, step, received);
    return due === null
      ? undefined
      : { bound: due, side: 'after', code: 'OBJECTION_LATE', detail: `${command.kind} due ${due}` };
  }
  if (command.type === 'RecordCriminalStep' && command.criminal.step === 'APPEAL_FILED') {
    const verdict = s.criminal.at(-1);
    const due =
      verdict === undefined
        ? null
        : dueIn(rulebook, h.regime, 'FILE_CRIMINAL_APPEAL', dayOf(h, verdict));
    return due === null
      ? undefined
      : { bound: due, side: 'after', code: 'CRIMINAL_APPEAL_LATE', detail: `appeal due ${due}` };
  }
  if (command.type === 'RecordSanctionServed') {
    const last = endsOn(h, s);
    return last === undefined
      ? undefined
      : {
          bound: last,
          side: 'before',
          code: 'SANCTION_NOT_ENDED',
          detail: `the sanction runs until ${last}`,
        };
  }
  return undefined;
};

export const outOfPeriod: MutationClass = {
  name: 'out-of-period',
  weight: 15,
  positions: (h) => h.commands.flatMap((_, i) => (periodAt(h, i) === undefined ? [] : [i])),
  draw: (c, h, position) => {
    const period = periodAt(h, position);
    if (period === undefined) throw new RangeError(`no period to break at ${position}`);
    const { bound, side, code, detail } = period;
    const on = plusDays(bound, side === 'after' ? c.int(1, 10) : -c.int(1, 60));
    return redated(c, h, commandAt(h, position), on, code, detail);
  },
};
