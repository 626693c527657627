/**
 * Mutations against the state of the case: a command on a case that is closed or with the
 * employer, a command sent again as a new act (opened twice, reviewed twice, decided twice…),
 * a command for another case, and a respondent the case does not have.
 */
import type { CaseCommand, CaseErrorCode, CaseStatus } from '@netra/core';
import { drawCoveringBawaslu, drawRerouteActor } from './actors.js';
import type { Chooser } from './chooser.js';
import { formatInstant } from './dates.js';
import type { IntakeHistory } from './intake-history.js';
import { setAt, showPath } from './json-paths.js';
import { afterOpening, commandAt, type MutationClass, withFreshId } from './malformed.js';

const CLOSED: readonly CaseStatus[] = ['NOT_REGISTERED', 'WITHDRAWN', 'CLOSED'];
const isClosed = (h: IntakeHistory): boolean => CLOSED.includes(h.expectedStatus);

type LaterType = Exclude<
  CaseCommand['type'],
  'ReceiveReport' | 'RecordFinding' | 'ReceiveInternalReport'
>;
const LATER_TYPES: readonly LaterType[] = [
  'CompletePreliminaryReview',
  'CompleteRequirements',
  'RegisterCase',
  'DeclineRegistration',
  'WithdrawReport',
  'RecordClarification',
  'ExtendForAdditionalInformation',
  'DecideRespondent',
  'ForwardToSupervisor',
  'RerouteKasnFile',
  'ReferToGakkumdu',
];

/** A well-formed command of `type` for the case, one minute after its last command. */
const nextCommand = (c: Chooser, h: IntakeHistory, type: LaterType): CaseCommand => {
  const last = h.commands.at(-1) ?? commandAt(h, 0);
  const occurredAt = formatInstant(
    Date.parse(last.meta.occurredAt) + 60_000,
    h.jurisdiction.timeZone,
  );
  const actor =
    type === 'RerouteKasnFile' ? drawRerouteActor(c) : drawCoveringBawaslu(c, h.jurisdiction);
  const meta = { commandId: `cmd-${h.caseId}-after`, actor, occurredAt };
  const base = { meta, caseId: h.caseId };
  const someone = c.pick(h.respondents).respondentId;
  switch (type) {
    case 'CompletePreliminaryReview':
      return { type, ...base, result: { outcome: 'COMPLETE' } };
    case 'CompleteRequirements':
      return { type, ...base, supplied: ['EVIDENCE'] };
    case 'RegisterCase':
      return { type, ...base, registrationNumber: '099/Reg/LP/PB/Kab/34.02/X/2024' };
    case 'DeclineRegistration':
      return { type, ...base, reason: 'OUTSIDE_JURISDICTION' };
    case 'WithdrawReport':
      return { type, ...base };
    case 'RecordClarification':
      return {
        type,
        ...base,
        party: { kind: 'WITNESS', name: 'Sumarni' },
        heldOn: occurredAt.slice(0, 10),
        summary: 'Keterangan saksi.',
      };
    case 'ExtendForAdditionalInformation':
      return { type, ...base, reason: 'Keterangan tambahan diperlukan.' };
    case 'DecideRespondent':
      return {
        type,
        ...base,
        respondentId: someone,
        decision: { outcome: 'NOT_A_VIOLATION', reason: 'Tidak terbukti.' },
      };
    case 'ForwardToSupervisor':
      return { type, ...base, respondentIds: [someone] };
    case 'RerouteKasnFile':
      return { type, ...base, respondentIds: [someone], kasnProcessingStarted: c.chance(50) };
    case 'ReferToGakkumdu':
      return { type, ...base, respondentId: someone };
  }
};

export const closedCase: MutationClass = {
  name: 'closed-case',
  weight: 8,
  positions: (h) =>
    isClosed(h) || h.expectedStatus === 'WITH_EMPLOYER' ? [h.commands.length] : [],
  draw: (c, h) => {
    const command = nextCommand(c, h, c.pick(LATER_TYPES));
    return {
      input: command,
      detail: `${command.type} on a case ${h.expectedStatus}`,
      acceptable: [h.expectedStatus === 'WITH_EMPLOYER' ? 'HANDLED_BY_EMPLOYER' : 'CASE_CLOSED'],
    };
  },
};

/** What sending `type` again (as a new act) after the whole history must answer. */
const againCodes = (type: CaseCommand['type'], h: IntakeHistory): CaseErrorCode[] | undefined => {
  if (type === 'ReceiveReport' || type === 'RecordFinding' || type === 'ReceiveInternalReport') {
    return ['CASE_ALREADY_EXISTS'];
  }
  if (isClosed(h)) return ['CASE_CLOSED'];
  const open = h.expectedStatus === 'REGISTERED';
  switch (type) {
    case 'CompletePreliminaryReview':
      return ['ALREADY_REVIEWED'];
    case 'CompleteRequirements':
      return ['NOT_AWAITING_COMPLETION'];
    case 'RegisterCase':
      return ['ALREADY_REGISTERED'];
    case 'WithdrawReport':
      return ['ALREADY_WITHDRAWN'];
    // Another hearing while someone is undecided is a legal act, not a repeat.
    case 'RecordClarification':
      return open ? undefined : ['ALL_RESPONDENTS_DECIDED'];
    case 'ExtendForAdditionalInformation':
      return [open ? 'ALREADY_EXTENDED' : 'ALL_RESPONDENTS_DECIDED'];
    case 'DecideRespondent':
      return ['ALREADY_DECIDED'];
    case 'ForwardToSupervisor':
      return ['ALREADY_FORWARDED'];
    case 'RerouteKasnFile':
      return ['ALREADY_REROUTED'];
    case 'ReferToGakkumdu':
      return ['ALREADY_REFERRED'];
    case 'DeclineRegistration':
      return ['CASE_CLOSED'];
  }
};

export const sentAgain: MutationClass = {
  name: 'sent-again',
  weight: 8,
  positions: (h) =>
    h.commands.some((cmd) => againCodes(cmd.type, h) !== undefined) ? [h.commands.length] : [],
  draw: (c, h) => {
    const again = h.commands.filter((cmd) => againCodes(cmd.type, h) !== undefined);
    // The opening is always there to repeat; favour the later steps when there are some.
    const later = again.filter((cmd) => cmd !== h.commands[0]);
    const command = c.pick(later.length > 0 && c.chance(80) ? later : again);
    return {
      input: withFreshId(command, 'again'),
      detail: `${command.type} (${command.meta.commandId}) again after ${h.expectedStatus}`,
      acceptable: againCodes(command.type, h) ?? [],
    };
  },
};

export const wrongCase: MutationClass = {
  name: 'wrong-case',
  weight: 4,
  positions: afterOpening,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const caseId = c.pick([`${h.caseId}-lain`, 'case-pilkada-3402-0000', h.caseId.toUpperCase()]);
    return {
      input: { ...command, caseId },
      detail: `caseId ${caseId} for a command of ${h.caseId}`,
      // The decider, given this case's state, says WRONG_CASE; the handler loads the (empty) other stream.
      acceptable: ['WRONG_CASE', 'CASE_NOT_FOUND'],
    };
  },
};

/** Ids that are no respondent, including ones an object has by inheritance. */
const STRANGERS = ['terlapor-9999', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];

const respondentPaths = (command: CaseCommand): (readonly (string | number)[])[] => {
  switch (command.type) {
    case 'DecideRespondent':
    case 'ReferToGakkumdu':
      return [['respondentId']];
    case 'ForwardToSupervisor':
    case 'RerouteKasnFile':
      return command.respondentIds.map((_, i) => ['respondentIds', i]);
    case 'RecordClarification':
      return command.party.kind === 'RESPONDENT' ? [['party', 'respondentId']] : [];
    default:
      return [];
  }
};

export const unknownRespondent: MutationClass = {
  name: 'unknown-respondent',
  weight: 5,
  positions: (h) =>
    h.commands.flatMap((command, i) => (respondentPaths(command).length > 0 ? [i] : [])),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const path = c.pick(respondentPaths(command));
    const known = h.respondents.map((r) => r.respondentId);
    const id = c.pick([...STRANGERS, ...known.map((k) => k.toUpperCase())]);
    return {
      input: setAt(command, path, id),
      detail: `${showPath(path)} = ${id}`,
      acceptable: ['UNKNOWN_RESPONDENT'],
    };
  },
};
