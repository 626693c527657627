/**
 * authorizeCase: who may act on this case as it stands, checked before anything about the case
 * is answered (the command handler runs it before returning an earlier result of a command id,
 * and decideCase runs it first). In order: the actor's shape (INVALID_ACTOR), the permission
 * table (ROLE_NOT_ALLOWED), then the case:
 * - an opening command on a case id that is free passes (decide checks the new case's region);
 *   on an id already taken it answers CASE_ALREADY_EXISTS whoever asks — a unique id cannot be
 *   hidden from someone trying to take it, which is why case ids should be unguessable (UUID v7);
 * - any other command needs an existing case within the actor's scope (a Bawaslu office's or
 *   Gakkumdu desk's territory; the reporter's own report). A case out of scope gets exactly the
 *   answer of a case that does not exist (CASE_NOT_FOUND), so an actor without scope cannot
 *   probe which case ids exist. Once a hand-over fixed the office handling the case, a Bawaslu
 *   actor reaches it only from that office or one above it (decide/scope.ts);
 * - last, for a Panwaslu Kecamatan, what its regime lets it do (KECAMATAN_PERMISSIONS,
 *   AD_HOC_BODY_NOT_ALLOWED), on the regime of the case, or of the command opening it. It comes
 *   after the reach, so a case out of reach never shows its regime.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { checkRegionScope } from './decide/scope.js';
import { type CaseError, caseAlreadyExists, caseNotFound } from './errors.js';
import { type CaseActor, checkAdHocPermission, checkPermission, parseActor } from './roles.js';
import type { CaseCommand } from './schema/commands.js';
import type { CaseState } from './state.js';

const OPENING: ReadonlySet<CaseCommand['type']> = new Set([
  'ReceiveReport',
  'RecordFinding',
  'ReceiveInternalReport',
]);

export const isOpeningCommand = (type: CaseCommand['type']): boolean => OPENING.has(type);

/** The actor's shape and role: what can be checked before the case is read. */
export const checkCaseActor = (command: CaseCommand): Either<CaseError, CaseActor> =>
  E.flatMap((actor: CaseActor) => checkPermission(actor, command.type))(
    parseActor(command.meta.actor),
  );

/**
 * Whether the actor may see and act on the case at all: a Bawaslu office or Gakkumdu desk in
 * its territory, the reporter on their own report, a satgas or superior on its agency's
 * internal report, a PPK on a case about its agency's employees; the national supervisor and
 * the system everywhere.
 */
const mayReach = (actor: CaseActor, state: CaseState): boolean => {
  if (state.status === 'NONE') return false;
  switch (actor.role) {
    case 'bawaslu':
    case 'gakkumdu':
      return E.isRight(checkRegionScope(actor, state.region, 'caseId', state.handlingOffice));
    case 'reporter':
      return state.reporter !== null && state.reporter.id === actor.id;
    case 'satgas':
    case 'superior':
      return state.internalSource?.agencyId === actor.scope.agencyId;
    case 'ppk':
      return Object.values(state.respondents).some(
        (r) => r.respondent.agency.id === actor.scope.agencyId,
      );
    default:
      return true;
  }
};

export const authorizeCase = (
  command: CaseCommand,
  state: CaseState,
): Either<CaseError, CaseActor> => {
  const actor = checkCaseActor(command);
  if (E.isLeft(actor)) return actor;
  if (isOpeningCommand(command.type) && state.status === 'NONE') {
    return 'regime' in command
      ? checkAdHocPermission(actor.right, command.type, command.regime)
      : actor;
  }
  if (state.status === 'NONE' || !mayReach(actor.right, state)) {
    return E.left(
      isOpeningCommand(command.type)
        ? caseAlreadyExists(command.caseId)
        : caseNotFound(command.caseId),
    );
  }
  return checkAdHocPermission(actor.right, command.type, state.regime);
};
