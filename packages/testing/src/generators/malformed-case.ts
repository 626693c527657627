/**
 * Mutations against the state of the case: a command on a case that is closed or with the
 * employer, a command sent again as a new act (opened twice, reviewed twice, decided twice,
 * a status announced twice, a second supervisor outcome, sanction, delivery, objection or its
 * decision, the sanction served twice, an exit twice, a criminal step repeated, any step of the
 * proceedings after the respondent's exit…), a command for another case, and a respondent the
 * case does not have.
 */
import type { ActorRef, CaseCommand, CaseErrorCode, CaseStatus } from '@netra/core';
import { agencyActor, drawCoveringGakkumdu, drawRerouteActor } from './actors.js';
import type { Chooser } from './chooser.js';
import { formatInstant } from './dates.js';
import type { IntakeHistory } from './intake-history.js';
import { setAt, showPath } from './json-paths.js';
import {
  afterOpening,
  commandAt,
  type MutationClass,
  withActor,
  withFreshId,
} from './malformed.js';
import { noticeCandidates } from './notice-walk.js';
import { drawReachingBawaslu, holderBefore, reaches } from './offices.js';
import { proceedingBefore } from './proceeding-so-far.js';
import type { NoticedStatus } from './walk-state.js';

const CLOSED: readonly CaseStatus[] = ['NOT_REGISTERED', 'WITHDRAWN', 'CLOSED'];
const isClosed = (h: IntakeHistory): boolean => CLOSED.includes(h.expectedStatus);

/**
 * The commands sent on an existing case: a Bawaslu clerk's, and the proceedings after the
 * forwards (issue 15), which the supervisor (or the system), the respondent's PPK, BPASN and
 * the Gakkumdu desk send.
 */
type LaterType = Exclude<
  CaseCommand['type'],
  'ReceiveReport' | 'RecordFinding' | 'ReceiveInternalReport'
>;
const LATER_TYPES: readonly LaterType[] = [
  'CompletePreliminaryReview',
  'SendCompletionNotice',
  'CompleteRequirements',
  'RegisterCase',
  'DeclineRegistration',
  'WithdrawReport',
  'TakeUpAsFinding',
  'HandOverCase',
  'IssueStatusNotice',
  'RecordClarification',
  'ExtendForAdditionalInformation',
  'RecordGakkumduDeliberation',
  'DecideRespondent',
  'ForwardToSupervisor',
  'ForwardToCompetentAuthority',
  'RerouteKasnFile',
  'ForwardToInvestigators',
  'ReferToGakkumdu',
  'RecordSupervisorOutcome',
  'BlockPersonnelData',
  'UnblockPersonnelData',
  'DecideSanction',
  'DeliverSanction',
  'FileObjection',
  'DecideObjection',
  'RecordSanctionServed',
  'RecordRespondentExit',
  'RecordCriminalStep',
  'SummonForExamination',
  'RecordExamination',
  'ReleaseFromDuty',
  'RecordCourtChallenge',
  'RecordBreachNoticed',
];

/** Who sends `type` in `nextCommand`: someone who may, and who reaches the case. */
const senderOf = (c: Chooser, h: IntakeHistory, type: LaterType, agencyId: string): ActorRef => {
  switch (type) {
    case 'RerouteKasnFile':
    case 'RecordSupervisorOutcome':
    case 'BlockPersonnelData':
    case 'UnblockPersonnelData':
    case 'RecordRespondentExit':
      return drawRerouteActor(c);
    case 'DecideSanction':
    case 'DeliverSanction':
    case 'FileObjection':
    case 'DecideObjection':
    case 'RecordSanctionServed':
    case 'SummonForExamination':
    case 'RecordExamination':
    case 'ReleaseFromDuty':
    case 'RecordCourtChallenge':
      return agencyActor('ppk', agencyId);
    case 'RecordBreachNoticed':
      return { id: 'netra-scheduler', role: 'system', scope: {} };
    case 'RecordCriminalStep':
      return drawCoveringGakkumdu(c, h.jurisdiction);
    default:
      return drawReachingBawaslu(c, h.jurisdiction, h.commands, h.commands.length);
  }
};

/** The reason the last DeclineRegistration gave, if the history has one. */
const declineReason = (h: IntakeHistory) =>
  h.commands.findLast(
    (c): c is Extract<CaseCommand, { type: 'DeclineRegistration' }> =>
      c.type === 'DeclineRegistration',
  )?.reason;

const takenUp = (h: IntakeHistory): boolean => h.commands.some((c) => c.type === 'TakeUpAsFinding');

/**
 * What a status notice (naming `status`, or none) sent after the whole history must answer;
 * undefined when some status is still owed a notice and it announces it (a legal act).
 */
const noticeCodes = (h: IntakeHistory, status?: NoticedStatus): CaseErrorCode[] | undefined => {
  if (h.expectedStatus === 'WITHDRAWN') return ['CASE_CLOSED'];
  const candidates = noticeCandidates(h.expectedStatus, takenUp(h));
  const target =
    status ?? [...candidates].reverse().find((s) => !h.announced.includes(s)) ?? candidates.at(-1);
  if (target === undefined || !candidates.includes(target)) return ['NOTHING_TO_ANNOUNCE'];
  return h.announced.includes(target) ? ['STATUS_ALREADY_ANNOUNCED'] : undefined;
};

/** A well-formed command of `type` for the case, one minute after its last command. */
const nextCommand = (c: Chooser, h: IntakeHistory, type: LaterType): CaseCommand => {
  const last = h.commands.at(-1) ?? commandAt(h, 0);
  const occurredAt = formatInstant(
    Date.parse(last.meta.occurredAt) + 60_000,
    h.jurisdiction.timeZone,
  );
  const respondent = c.pick(h.respondents);
  const someone = respondent.respondentId;
  // Someone who may send it and reaches the case, so that what is refused is the command, not
  // the actor: the supervisor (or the system) for the supervisor's steps, the PPK of the
  // respondent's agency for the sanction and what follows it, a Gakkumdu desk for the criminal
  // track, a Bawaslu office holding the case for the rest.
  const actor = senderOf(c, h, type, respondent.agency.id);
  const meta = { commandId: `cmd-${h.caseId}-after`, actor, occurredAt };
  const base = { meta, caseId: h.caseId };
  switch (type) {
    case 'CompletePreliminaryReview':
      return { type, ...base, result: { outcome: 'COMPLETE' } };
    case 'SendCompletionNotice':
      return { type, ...base };
    case 'CompleteRequirements':
      return { type, ...base, supplied: ['EVIDENCE'] };
    case 'RegisterCase':
      return { type, ...base, registrationNumber: '099/Reg/LP/PB/Kab/34.02/X/2024' };
    case 'DeclineRegistration':
      return { type, ...base, reason: 'OUTSIDE_JURISDICTION' };
    case 'WithdrawReport':
      return { type, ...base };
    case 'TakeUpAsFinding':
      return {
        type,
        ...base,
        supervisingOffice: { level: 'KABKOTA', name: 'Bawaslu Kabupaten/Kota' },
        discoveredOn: occurredAt.slice(0, 10),
        reason: 'Ditindaklanjuti sebagai temuan.',
      };
    case 'HandOverCase':
      return { type, ...base, kind: 'PELIMPAHAN', to: { level: 'RI' }, reason: 'Dilimpahkan.' };
    case 'IssueStatusNotice':
      return { type, ...base, channels: ['NOTICE_BOARD'] };
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
    case 'RecordGakkumduDeliberation':
      return {
        type,
        ...base,
        respondentId: someone,
        stage: 'FIRST',
        conclusion: 'PROCEED',
        summary: 'Pembahasan pertama.',
      };
    case 'DecideRespondent':
      return {
        type,
        ...base,
        respondentId: someone,
        decision: { outcome: 'NOT_A_VIOLATION', reason: 'Tidak terbukti.' },
      };
    case 'ForwardToSupervisor':
      return { type, ...base, respondentIds: [someone] };
    case 'ForwardToCompetentAuthority':
      return { type, ...base, respondentId: someone, addressee: 'Bupati' };
    case 'RerouteKasnFile':
      return { type, ...base, respondentIds: [someone], kasnProcessingStarted: c.chance(50) };
    case 'ForwardToInvestigators':
      return {
        type,
        ...base,
        meta: c.chance(30) ? { ...meta, actor: drawCoveringGakkumdu(c, h.jurisdiction) } : meta,
        respondentId: someone,
      };
    case 'ReferToGakkumdu':
      return { type, ...base, respondentId: someone };
    case 'RecordSupervisorOutcome':
      return {
        type,
        ...base,
        respondentId: someone,
        result: c.chance(50)
          ? {
              outcome: 'PROVEN',
              level: 'LIGHT',
              skbCodes: ['D-7'],
              letterNumber: 'B-17/BKN/09/2024',
              addressedTo: { name: 'Bupati', agencyId: respondent.agency.id },
            }
          : { outcome: 'NOT_PROVEN', reason: 'Tidak terbukti.' },
      };
    case 'BlockPersonnelData':
      return { type, ...base, respondentId: someone, reason: 'Rekomendasi belum ditindaklanjuti.' };
    case 'UnblockPersonnelData':
      return { type, ...base, respondentId: someone, reason: 'BLOCKED_IN_ERROR' };
    case 'DecideSanction':
      return {
        type,
        ...base,
        respondentId: someone,
        sanction: 'MORAL_TERTUTUP',
        imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Bupati' },
        respondentPosition: 'PELAKSANA',
        decreeNumber: '800/1/BKPSDM/2024',
      };
    case 'DeliverSanction':
      return { type, ...base, respondentId: someone };
    case 'FileObjection':
      return { type, ...base, respondentId: someone, kind: 'KEBERATAN' };
    case 'DecideObjection':
      return { type, ...base, respondentId: someone, outcome: { outcome: 'UPHELD' } };
    case 'RecordSanctionServed':
      return { type, ...base, respondentId: someone };
    case 'RecordRespondentExit':
      return { type, ...base, respondentId: someone, reason: 'RETIRED' };
    case 'RecordCriminalStep':
      return { type, ...base, respondentId: someone, criminal: { step: 'FILE_TO_PROSECUTOR' } };
    case 'SummonForExamination':
      return {
        type,
        ...base,
        respondentId: someone,
        letterNumber: '800/2/BKPSDM/2024',
        examinationOn: occurredAt.slice(0, 10),
      };
    case 'RecordExamination':
      return { type, ...base, respondentId: someone, result: { outcome: 'ABSENT' } };
    case 'ReleaseFromDuty':
      return {
        type,
        ...base,
        respondentId: someone,
        decreeNumber: '800/3',
        reason: 'Pemeriksaan.',
      };
    case 'RecordCourtChallenge':
      return {
        type,
        ...base,
        respondentId: someone,
        step: { step: 'FILED', court: 'PTUN', registerNumber: '1/G/2024/PTUN' },
      };
    case 'RecordBreachNoticed':
      return { type, ...base, duty: 'DELIVER_SANCTION', respondentId: someone };
  }
};

/**
 * What `type` sent on a case that ended closed or with the employer must answer; undefined when
 * it is still legal there: a status notice of a status not yet announced, and taking a report
 * declined for want of completion up as a finding.
 */
const closedCodes = (type: LaterType, h: IntakeHistory): CaseErrorCode[] | undefined => {
  if (h.expectedStatus === 'WITH_EMPLOYER') return ['HANDLED_BY_EMPLOYER'];
  const status = h.expectedStatus;
  if (type === 'IssueStatusNotice' && (status === 'NOT_REGISTERED' || status === 'CLOSED')) {
    return noticeCodes(h);
  }
  if (type === 'TakeUpAsFinding' && status === 'NOT_REGISTERED') {
    return declineReason(h) === 'REQUIREMENTS_NOT_COMPLETED' ? undefined : ['NOT_A_LAPSED_REPORT'];
  }
  return ['CASE_CLOSED'];
};

export const closedCase: MutationClass = {
  name: 'closed-case',
  weight: 8,
  positions: (h) =>
    isClosed(h) || h.expectedStatus === 'WITH_EMPLOYER' ? [h.commands.length] : [],
  draw: (c, h) => {
    const type = c.pick(LATER_TYPES.filter((t) => closedCodes(t, h) !== undefined));
    const command = nextCommand(c, h, type);
    return {
      input: command,
      detail: `${command.type} on a case ${h.expectedStatus}`,
      acceptable: closedCodes(type, h) ?? [],
    };
  },
};

/** The respondents decided by the whole history. */
const decidedIds = (h: IntakeHistory): Set<string> =>
  new Set(h.commands.flatMap((c) => (c.type === 'DecideRespondent' ? [c.respondentId] : [])));

/** The steps of the proceedings a respondent's exit from the service closes (RESPONDENT_EXITED). */
const CLOSED_BY_EXIT: readonly CaseCommand['type'][] = [
  'RecordSupervisorOutcome',
  'BlockPersonnelData',
  'UnblockPersonnelData',
  'DecideSanction',
  'DeliverSanction',
  'FileObjection',
  'DecideObjection',
  'RecordSanctionServed',
  'RecordRespondentExit',
  'SummonForExamination',
  'RecordExamination',
  'ReleaseFromDuty',
  'RecordCourtChallenge',
];

/** The steps of the proceedings after the forwards: the ones an exit closes, and the criminal track. */
const PROCEEDING_STEPS: readonly CaseCommand['type'][] = [...CLOSED_BY_EXIT, 'RecordCriminalStep'];

/** Whether the respondent `command` names has left the service by the end of the history. */
const namesExited = (command: CaseCommand, h: IntakeHistory): boolean =>
  CLOSED_BY_EXIT.includes(command.type) &&
  'respondentId' in command &&
  typeof command.respondentId === 'string' &&
  proceedingBefore(h.commands, h.commands.length, command.respondentId).exited;

/** What sending `command` again (as a new act) after the whole history must answer. */
const againCodes = (command: CaseCommand, h: IntakeHistory): CaseErrorCode[] | undefined => {
  const { type } = command;
  if (type === 'ReceiveReport' || type === 'RecordFinding' || type === 'ReceiveInternalReport') {
    return ['CASE_ALREADY_EXISTS'];
  }
  const status = h.expectedStatus;
  // Announcing a status is refused only once that status was announced.
  if (type === 'IssueStatusNotice') return noticeCodes(h, command.status);
  if (isClosed(h)) {
    if (type === 'TakeUpAsFinding' && status === 'NOT_REGISTERED') return undefined;
    return ['CASE_CLOSED'];
  }
  if (namesExited(command, h)) return ['RESPONDENT_EXITED'];
  const open = status === 'REGISTERED';
  // A lapsed report taken up as a finding is a finding now: report steps no longer apply.
  const report = !takenUp(h);
  switch (type) {
    case 'CompletePreliminaryReview':
      return [report ? 'ALREADY_REVIEWED' : 'NOT_A_REPORT'];
    case 'SendCompletionNotice':
      if (!report) return ['NOT_A_REPORT'];
      return [
        status === 'AWAITING_COMPLETION'
          ? 'COMPLETION_NOTICE_ALREADY_SENT'
          : 'NOT_AWAITING_COMPLETION',
      ];
    case 'CompleteRequirements':
      return [report ? 'NOT_AWAITING_COMPLETION' : 'NOT_A_REPORT'];
    case 'RegisterCase':
      return ['ALREADY_REGISTERED'];
    case 'WithdrawReport':
      return ['ALREADY_WITHDRAWN'];
    case 'DeclineRegistration':
      return [report ? 'CASE_CLOSED' : 'NOT_A_REPORT'];
    case 'TakeUpAsFinding':
      return ['NOT_A_LAPSED_REPORT'];
    case 'HandOverCase': {
      // Only the last hand-over repeats: the case is now with the office it named.
      const last = h.commands.findLast((c) => c.type === 'HandOverCase');
      if (last !== command) return undefined;
      return [command.kind === 'PELIMPAHAN' ? 'HANDOVER_TO_SAME_OFFICE' : 'TAKEOVER_NOT_HIGHER'];
    }
    // Another hearing while someone is undecided is a legal act, not a repeat.
    case 'RecordClarification':
      return open ? undefined : ['ALL_RESPONDENTS_DECIDED'];
    case 'ExtendForAdditionalInformation':
      return [open ? 'ALREADY_EXTENDED' : 'ALL_RESPONDENTS_DECIDED'];
    case 'RecordGakkumduDeliberation':
      return [
        decidedIds(h).has(command.respondentId) ? 'ALREADY_DECIDED' : 'GAKKUMDU_STAGE_OUT_OF_ORDER',
      ];
    case 'DecideRespondent':
      return ['ALREADY_DECIDED'];
    case 'ForwardToSupervisor':
    case 'ForwardToCompetentAuthority':
      return ['ALREADY_FORWARDED'];
    case 'RerouteKasnFile':
      return ['ALREADY_REROUTED'];
    case 'ForwardToInvestigators':
    case 'ReferToGakkumdu':
      return ['ALREADY_REFERRED'];
    // The proceedings after the forward (issue 15), as they stand after the whole history.
    case 'RecordSupervisorOutcome':
      return ['SUPERVISOR_OUTCOME_RECORDED'];
    case 'BlockPersonnelData': {
      // Blocking again after a block lifted in error, with no sanction yet, is a legal act.
      const now = proceedingBefore(h.commands, h.commands.length, command.respondentId);
      if (now.sanction !== undefined) return ['SANCTION_ALREADY_DECIDED'];
      return now.blocked ? ['ALREADY_BLOCKED'] : undefined;
    }
    case 'UnblockPersonnelData':
      // A block placed again since may be lifted: only a lift with no block in place is refused.
      return proceedingBefore(h.commands, h.commands.length, command.respondentId).blocked
        ? undefined
        : ['NOT_BLOCKED'];
    case 'DecideSanction':
      return ['SANCTION_ALREADY_DECIDED'];
    case 'DeliverSanction':
      return ['SANCTION_ALREADY_DELIVERED'];
    case 'FileObjection':
      return ['OBJECTION_ALREADY_FILED'];
    case 'DecideObjection':
      return ['OBJECTION_ALREADY_DECIDED'];
    case 'RecordSanctionServed':
      return ['SANCTION_NOT_ENDED'];
    case 'RecordRespondentExit':
      return ['RESPONDENT_EXITED'];
    // Every step of the criminal track comes once, in its order: a repeat is out of it.
    case 'RecordCriminalStep':
      return ['CRIMINAL_STEP_OUT_OF_ORDER'];
    // The examination stage ends with the sanction; before it, a repeat may be the legal next
    // summons or examination, so only a repeat after the sanction is generated.
    case 'SummonForExamination':
    case 'RecordExamination':
    case 'ReleaseFromDuty':
      return proceedingBefore(h.commands, h.commands.length, command.respondentId).sanction ===
        undefined
        ? undefined
        : ['SANCTION_ALREADY_DECIDED'];
    // Not generated in a legal history (yet): nothing to send again.
    case 'RecordCourtChallenge':
    case 'RecordBreachNoticed':
      return undefined;
  }
};

export const sentAgain: MutationClass = {
  name: 'sent-again',
  weight: 8,
  positions: (h) =>
    h.commands.some((cmd) => againCodes(cmd, h) !== undefined) ? [h.commands.length] : [],
  draw: (c, h) => {
    const again = h.commands.filter((cmd) => againCodes(cmd, h) !== undefined);
    // The opening is always there to repeat; favour the later steps when there are some, and
    // among them the proceedings after the forwards, which only some histories reach.
    const later = again.filter((cmd) => cmd !== h.commands[0]);
    const proceedings = later.filter((cmd) => PROCEEDING_STEPS.includes(cmd.type));
    const command = c.pick(
      proceedings.length > 0 && c.chance(50)
        ? proceedings
        : later.length > 0 && c.chance(80)
          ? later
          : again,
    );
    // A clerk whose office no longer holds the case (handed over since) is replaced by one of
    // an office that does: the repeat is what must be refused, not the clerk.
    const moved =
      command.meta.actor.role === 'bawaslu' &&
      !reaches(
        command.meta.actor,
        h.jurisdiction.region.code,
        holderBefore(h.commands, h.commands.length),
      );
    const resent = withFreshId(
      moved
        ? withActor(command, drawReachingBawaslu(c, h.jurisdiction, h.commands, h.commands.length))
        : command,
      'again',
    );
    return {
      input: resent,
      detail: `${command.type} (${command.meta.commandId}) again after ${h.expectedStatus}${moved ? ', by the office now holding the case' : ''}`,
      acceptable: againCodes(command, h) ?? [],
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
    case 'ForwardToInvestigators':
    case 'ForwardToCompetentAuthority':
    case 'RecordGakkumduDeliberation':
    case 'RecordSupervisorOutcome':
    case 'BlockPersonnelData':
    case 'UnblockPersonnelData':
    case 'DecideSanction':
    case 'DeliverSanction':
    case 'FileObjection':
    case 'DecideObjection':
    case 'RecordSanctionServed':
    case 'RecordRespondentExit':
    case 'RecordCriminalStep':
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
