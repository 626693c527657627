/**
 * Mutations of legal time: an act dated after the decision clock, a legal date (incident,
 * hearing, conduct) after today, an act dated before the case was opened (down to year 0),
 * and dates of the opening out of their legal order.
 */
import type { CaseCommand } from '@netra/core';
import { formatInstant, instantAt, plusDays } from './dates.js';
import {
  afterOpening,
  commandAt,
  dayOf,
  everyPosition,
  type MutationClass,
  positionsOf,
  todayOf,
  withOccurredAt,
} from './malformed.js';

const DAY_MINUTES = 24 * 60;

export const futureInstant: MutationClass = {
  name: 'future-occurred-at',
  weight: 6,
  positions: everyPosition,
  draw: (c, h, position) => {
    const ms = h.context.now.getTime() + c.int(1, 400 * DAY_MINUTES) * 60_000;
    const instant = formatInstant(ms, h.jurisdiction.timeZone, c.chance(30));
    const command = commandAt(h, position);
    // A completion notice and a sanction's delivery name a second instant: the receipt, which
    // cannot be in the future either.
    if (
      (command.type === 'SendCompletionNotice' || command.type === 'DeliverSanction') &&
      c.chance(40)
    ) {
      return {
        input: { ...command, receivedAt: instant },
        detail: `receivedAt = ${instant}`,
        acceptable: ['LEGAL_DATE_IN_FUTURE'],
      };
    }
    return {
      input: withOccurredAt(command, instant),
      detail: `meta.occurredAt = ${instant}`,
      acceptable: ['LEGAL_DATE_IN_FUTURE'],
    };
  },
};

/** The legal calendar dates of a command that must not lie after today, as paths. */
const legalDates = (command: CaseCommand): string[] => {
  switch (command.type) {
    case 'ReceiveReport':
    case 'ReceiveInternalReport':
      return ['incident.occurredOn', 'incident.knownOn'];
    case 'RecordFinding':
      return ['incident.occurredOn', 'discoveredOn'];
    case 'TakeUpAsFinding':
      return ['discoveredOn'];
    case 'RecordClarification':
      return ['heldOn'];
    case 'DecideRespondent':
      return ['decision.conductOn'];
    default:
      return [];
  }
};

const setDate = (command: CaseCommand, field: string, date: string): unknown => {
  const copy = structuredClone(command) as unknown as Record<string, Record<string, unknown>>;
  const [head, tail] = field.split('.') as [string, string | undefined];
  if (tail === undefined) (copy as unknown as Record<string, unknown>)[head] = date;
  else if (head === 'decision') {
    // A decision dated in the future, whatever the original outcome was.
    copy.decision = { outcome: 'VIOLATION', tracks: ['ADMINISTRATIVE'], conductOn: date };
  } else copy[head] = { ...copy[head], [tail]: date };
  return copy;
};

export const futureLegalDate: MutationClass = {
  name: 'future-legal-date',
  weight: 6,
  positions: (h) => h.commands.flatMap((command, i) => (legalDates(command).length > 0 ? [i] : [])),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const field = c.pick(legalDates(command));
    const date = plusDays(todayOf(h), c.int(1, 400));
    return {
      input: setDate(command, field, date),
      detail: `${field} = ${date}`,
      // A lapsed report's matter discovered after today is also discovered after it was taken
      // up, which is what the decider checks (DATES_OUT_OF_ORDER).
      acceptable:
        command.type === 'TakeUpAsFinding'
          ? ['LEGAL_DATE_IN_FUTURE', 'DATES_OUT_OF_ORDER']
          : ['LEGAL_DATE_IN_FUTURE'],
    };
  },
};

/**
 * ISO-valid instants far in the past: their local day can fall before year 1, or in the years
 * 0000–0099 that JavaScript's Date.UTC reads as 1900–1999. Core refuses legal instants before
 * 1900 at the boundary (INVALID_COMMAND); 1970 is inside the range and must be refused as out of
 * order instead.
 */
export const ANCIENT_INSTANTS = [
  '0000-01-01T00:00:00+14:00',
  '0000-06-15T10:00:00+07:00',
  '0001-01-01T08:00:00+07:00',
  '0024-08-08T10:00:00+07:00',
  '1899-12-31T23:59:59+07:00',
  '1970-01-01T00:00:00Z',
];

export const beforeOpening: MutationClass = {
  name: 'before-opening',
  weight: 6,
  positions: afterOpening,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const openedOn = dayOf(h, commandAt(h, 0));
    if (command.type === 'SendCompletionNotice' && c.chance(30)) {
      // Received before it was sent.
      const sentAt = Date.parse(command.meta.occurredAt);
      const receivedAt = formatInstant(
        sentAt - c.int(1, 3 * DAY_MINUTES) * 60_000,
        h.jurisdiction.timeZone,
        c.chance(30),
      );
      return {
        input: { ...command, receivedAt },
        detail: `receivedAt = ${receivedAt}, before the notice was sent at ${command.meta.occurredAt}`,
        acceptable: ['DATES_OUT_OF_ORDER'],
      };
    }
    const ancient = !c.chance(85);
    const occurredAt = ancient
      ? c.pick(ANCIENT_INSTANTS)
      : instantAt(
          plusDays(openedOn, -c.int(1, 90)),
          h.jurisdiction.timeZone,
          c.int(0, DAY_MINUTES - 1),
        );
    const beforeLegalYears = ancient && new Date(occurredAt).getUTCFullYear() < 1900;
    return {
      input: withOccurredAt(command, occurredAt),
      detail: `meta.occurredAt = ${occurredAt}, the case was opened on ${openedOn}`,
      acceptable: beforeLegalYears
        ? ['INVALID_COMMAND']
        : command.type === 'RecordSanctionServed'
          ? // A sanction served that early has not ended: the only date serving checks.
            ['SANCTION_NOT_ENDED']
          : // Declining an incomplete report that early: its completion period is still running.
            ['DATES_OUT_OF_ORDER', 'COMPLETION_PERIOD_RUNNING', 'REROUTE_BEFORE_TRANSITION'],
    };
  },
};

export const openingOutOfOrder: MutationClass = {
  name: 'opening-out-of-order',
  weight: 4,
  positions: positionsOf('ReceiveReport', 'ReceiveInternalReport', 'RecordFinding'),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    if (
      command.type !== 'ReceiveReport' &&
      command.type !== 'ReceiveInternalReport' &&
      command.type !== 'RecordFinding'
    ) {
      throw new RangeError(`not an opening command: ${command.type}`);
    }
    const learnedField = command.type === 'RecordFinding' ? 'discoveredOn' : 'incident.knownOn';
    const learnedOn =
      command.type === 'RecordFinding' ? command.discoveredOn : command.incident.knownOn;
    if (c.chance(50)) {
      // Learned of it before it happened.
      const date = plusDays(command.incident.occurredOn, -c.int(1, 30));
      return {
        input: setDate(command, learnedField, date),
        detail: `${learnedField} = ${date}, before incident.occurredOn ${command.incident.occurredOn}`,
        acceptable: ['DATES_OUT_OF_ORDER'],
      };
    }
    // Opened before anyone knew of it.
    const occurredAt = instantAt(
      plusDays(learnedOn, -c.int(1, 30)),
      h.jurisdiction.timeZone,
      c.int(0, DAY_MINUTES - 1),
    );
    return {
      input: withOccurredAt(command, occurredAt),
      detail: `meta.occurredAt = ${occurredAt}, before ${learnedField} ${learnedOn}`,
      acceptable: ['DATES_OUT_OF_ORDER'],
    };
  },
};
