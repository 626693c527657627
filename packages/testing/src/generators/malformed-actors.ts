/**
 * Mutations of who acts (DESIGN.md "Who may do what"): a role the permission table does not
 * allow for the command, a role that does not exist, an office or desk outside the case's
 * territory, a satgas or superior of another agency, a PPK of another agency on a sanction,
 * objection, serving or exit (issue 15), a Gakkumdu desk elsewhere on the criminal track, someone
 * posing as the reporter.
 */
import {
  type ActorRef,
  CASE_PERMISSIONS,
  CASE_ROLES,
  type CaseCommand,
  type CaseErrorCode,
  isOpeningCommand,
} from '@netra/core';
import {
  agencyActor,
  bawasluKabKota,
  drawActorOfRole,
  drawForeignBawaslu,
  drawForeignGakkumdu,
} from './actors.js';
import type { IntakeHistory } from './intake-history.js';
import {
  commandAt,
  everyPosition,
  type MutationClass,
  positionsOf,
  withActor,
} from './malformed.js';
import { holderBefore, reaches } from './offices.js';

const forbiddenRoles = (command: CaseCommand) =>
  CASE_ROLES.filter((role) => !CASE_PERMISSIONS[command.type].roles.includes(role));

export const roleNotAllowed: MutationClass = {
  name: 'role-not-allowed',
  weight: 8,
  positions: everyPosition,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const role = c.pick(forbiddenRoles(command));
    const agencyId = h.respondents[0]?.agency.id ?? 'bkpsdm';
    const actor = drawActorOfRole(c, role, h.jurisdiction, agencyId);
    return {
      input: withActor(command, actor),
      detail: `${role} sends ${command.type}`,
      acceptable: ['ROLE_NOT_ALLOWED'],
    };
  },
};

// Roles are trimmed at the boundary, so 'bawaslu ' would be a real role: none with spaces here.
const UNKNOWN_ROLES = ['kpu', 'admin', 'Bawaslu', 'BAWASLU', 'panwascam', 'dkpp', 'root'];

export const unknownRole: MutationClass = {
  name: 'unknown-role',
  weight: 3,
  positions: everyPosition,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const role = c.pick(UNKNOWN_ROLES);
    return {
      input: withActor(command, { ...command.meta.actor, role }),
      detail: `role ${JSON.stringify(role)}`,
      acceptable: ['INVALID_ACTOR'],
    };
  },
};

/** Commands where the acting role has a territory or an agency the decider checks. */
const SCOPED = positionsOf(
  'ReceiveReport',
  'RecordFinding',
  'ReceiveInternalReport',
  'CompletePreliminaryReview',
  'CompleteRequirements',
  'RegisterCase',
  'DeclineRegistration',
  'WithdrawReport',
  'SendCompletionNotice',
  'TakeUpAsFinding',
  'HandOverCase',
  'IssueStatusNotice',
  'RecordClarification',
  'ExtendForAdditionalInformation',
  'RecordGakkumduDeliberation',
  'DecideRespondent',
  'ForwardToSupervisor',
  'ForwardToCompetentAuthority',
  'ForwardToInvestigators',
  'ReferToGakkumdu',
  'DecideSanction',
  'DeliverSanction',
);

/**
 * The scoped commands, and the later steps of the proceedings where the history's actor has a
 * scope: the PPK's office (an objection, its decision, the sanction served, an exit), a Gakkumdu
 * desk (the criminal track). BPASN, the supervisor and the system act everywhere.
 */
const scopedPositions = (h: IntakeHistory): number[] => {
  const later = h.commands.flatMap((command, i) => {
    const { role } = command.meta.actor;
    return role === 'ppk' || (role === 'gakkumdu' && command.type === 'RecordCriminalStep')
      ? [i]
      : [];
  });
  return [...new Set([...SCOPED(h), ...later])].sort((a, b) => a - b);
};

export const outOfScope: MutationClass = {
  name: 'out-of-scope',
  weight: 8,
  positions: scopedPositions,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    let actor: ActorRef;
    if (command.meta.actor.role === 'ppk' && 'respondentId' in command) {
      // The PPK of another respondent's agency reaches the case, but not this respondent; one of
      // an agency nobody in the case works for does not reach the case at all.
      const own = h.respondents.find((r) => r.respondentId === command.respondentId)?.agency.id;
      const others = [...new Set(h.respondents.map((r) => r.agency.id))].filter((a) => a !== own);
      const inCase = others.length > 0 && c.chance(60);
      actor = agencyActor('ppk', inCase ? c.pick(others) : `${own ?? 'instansi'}-lain`);
      const code: CaseErrorCode = inCase ? 'OUT_OF_SCOPE' : 'CASE_NOT_FOUND';
      return {
        input: withActor(command, actor),
        detail: `${actor.id} (${JSON.stringify(actor.scope)}) on ${command.respondentId} of ${own}`,
        acceptable: [code],
      };
    }
    if (command.type === 'ReceiveInternalReport') {
      // A task force may only report its own agency's staff.
      actor = agencyActor(
        c.pick(['satgas', 'superior'] as const),
        `${command.region.code}-dinas-lain`,
      );
    } else if (
      command.type === 'RecordCriminalStep' ||
      ((command.type === 'ReferToGakkumdu' ||
        command.type === 'ForwardToInvestigators' ||
        command.type === 'RecordGakkumduDeliberation') &&
        c.chance(50))
    ) {
      actor = drawForeignGakkumdu(c, h.jurisdiction);
    } else {
      // Foreign to the office holding the case then: a hand-over may have given a province
      // case to one of its kabupaten/kota, which is no longer foreign to it.
      const holder = holderBefore(h.commands, position);
      actor = drawForeignBawaslu(c, h.jurisdiction);
      if (reaches(actor, h.jurisdiction.region.code, holder)) actor = bawasluKabKota('99.99');
    }
    return {
      input: withActor(command, actor),
      detail: `${actor.id} (${JSON.stringify(actor.scope)}) on a case in ${h.jurisdiction.region.code}`,
      // Opening a case outside one's territory is OUT_OF_SCOPE; on an open case the answer is
      // that of an unknown case, so that nobody out of scope learns the case exists.
      acceptable: [isOpeningCommand(command.type) ? 'OUT_OF_SCOPE' : 'CASE_NOT_FOUND'],
    };
  },
};

export const impostorReporter: MutationClass = {
  name: 'not-the-reporter',
  weight: 4,
  positions: positionsOf('ReceiveReport', 'CompleteRequirements', 'WithdrawReport'),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const reporterId = h.reporter?.id ?? '-';
    // Ids are trimmed at the boundary: an id with only extra spaces is the reporter's own.
    const id = c.pick([`${reporterId}-lain`, 'pelapor-99-001', reporterId.toUpperCase()]);
    return {
      input: withActor(command, { id, role: 'reporter', scope: {} }),
      detail: `reporter ${JSON.stringify(id)} acts for ${reporterId}`,
      acceptable: [command.type === 'ReceiveReport' ? 'NOT_THE_REPORTER' : 'CASE_NOT_FOUND'],
    };
  },
};
