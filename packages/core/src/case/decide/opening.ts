/**
 * Checks common to the three commands that open a case (report, finding, internal report):
 * a known regime, the actor's territory or agency, the respondents, and the incident dates in
 * their legal order, none in the future. A Panwaslu Kecamatan opens cases of the kabupaten/kota
 * that contains it, and the case is then handled by it (`openingOffice`).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { IsoDate, TimeZoneCode } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, unknownRegime } from '../errors.js';
import type { CaseActor } from '../roles.js';
import type { BawasluOffice } from '../schema/office.js';
import type { Region, Respondent } from '../schema/primitives.js';
import { actOn, dateNotInFuture, firstError, notBefore, ok, today } from './guards.js';
import { checkRespondents } from './respondents.js';
import { checkAgencyScope, checkOpeningScope, officeOf } from './scope.js';

export interface Opening {
  readonly meta: { readonly occurredAt: string };
  readonly regime: string;
  readonly timeZone: TimeZoneCode;
  readonly region: Region;
  readonly respondents: readonly Respondent[];
  readonly incident: { readonly occurredOn: IsoDate };
}

/**
 * The checks, then the local date the case is opened on. `learnedOn` is when the violation
 * became known (report) or was discovered (finding), at `learnedField`.
 */
export const checkOpening = (
  command: Opening,
  context: CaseContext,
  actor: CaseActor,
  learnedField: string,
  learnedOn: IsoDate,
): Either<CaseError, IsoDate> => {
  const { timeZone } = command;
  const todayDate = today(context, timeZone);
  const openedOn = actOn(command, timeZone);
  const checked = firstError(
    () =>
      Object.hasOwn(context.rulebook.deadlines, command.regime)
        ? ok
        : E.left(unknownRegime('regime', command.regime)),
    () => checkOpeningScope(actor, command.region, 'region.code'),
    () => checkAgencyScope(actor, command.respondents),
    () => checkRespondents(command.respondents, todayDate),
    () => dateNotInFuture('incident.occurredOn', command.incident.occurredOn, todayDate),
    () => dateNotInFuture(learnedField, learnedOn, todayDate),
    () => notBefore(learnedField, learnedOn, 'incident.occurredOn', command.incident.occurredOn),
    () => notBefore('meta.occurredAt', openedOn, learnedField, learnedOn),
  );
  return E.map(() => openedOn)(checked);
};

/**
 * The `handlingOffice` an opening event records: a Panwaslu Kecamatan's own office, fixed from
 * the start (only it and the offices above it act on the case); nothing for anyone else, whose
 * openings keep the 2024.1 event.
 */
export const openingOffice = (actor: CaseActor): { readonly handlingOffice?: BawasluOffice } =>
  actor.role === 'bawaslu' && actor.scope.bawasluLevel === 'KECAMATAN'
    ? { handlingOffice: officeOf(actor) }
    : {};
