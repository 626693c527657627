/**
 * HandOverCase: the hand-over between Bawaslu levels (Perbawaslu 7/2022 Pasal 20 [S]).
 * - `PELIMPAHAN`: an office that reaches the case (authorize.ts) passes it to another office of
 *   any level whose territory overlaps the case's region (contains it, or lies within it: a
 *   kab/kota of a province case, a kecamatan of a kab/kota case; RI always).
 * - `PENGAMBILALIHAN`: the acting office takes the case over for itself, and only from a lower
 *   office. While no office is fixed, the case counts as held by the lowest office over its
 *   region (Kab/Kota for a kabupaten/kota, Provinsi for a province).
 * - In Pemilu a Panwaslu Kecamatan only passes a case up, "melalui Bawaslu Kabupaten/Kota"
 *   (UU 7/2017 Pasal 106 huruf c): PELIMPAHAN to the Bawaslu Kab/Kota over it.
 * From the hand-over on, the receiving office's scope decides who may act (decide/scope.ts);
 * the event keeps the office it came from, so the history shows both. The case must be open and
 * not with the employer (decide-case.ts), and the hand-over is not dated before the case was
 * opened, nor before the previous hand-over.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { LegalBasis } from '../../rules/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, roleNotAllowed } from '../errors.js';
import {
  adHocHandOverNotAllowed,
  handOverOutsideRegion,
  handOverToSameOffice,
  takeoverNotHigher,
  takeoverNotOwnOffice,
} from '../errors-handover.js';
import { HANDOVER } from '../legal-bases-followup.js';
import { type BawasluActor, CASE_PERMISSIONS, type CaseActor } from '../roles.js';
import type { HandOverCase } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type BawasluOffice, describeOffice } from '../schema/office.js';
import type { OpenCaseState } from '../state.js';
import { actOn, firstError, notBefore, ok } from './guards.js';
import {
  effectiveOffice,
  OFFICE_RANK,
  officeCovers,
  officeOf,
  regionCovers,
  sameOffice,
} from './scope.js';

/** Pasal 20 as it binds a Pemilu Panwaslu Kecamatan: up, through its Bawaslu Kab/Kota. */
const PEMILU_KECAMATAN_HANDOVER: LegalBasis = {
  ...HANDOVER,
  instrument: 'Perbawaslu 7/2022; UU 7/2017 (Pemilu)',
  article: 'Perbawaslu 7/2022 Pasal 20; UU 7/2017 Pasal 106 huruf c',
  note: 'a Panwaslu Kecamatan recommends and passes cases on "melalui Bawaslu Kabupaten/Kota"',
};

/** Whether an office's territory overlaps the case's region: contains it or lies within it. */
const overlapsRegion = (office: BawasluOffice, regionCode: string): boolean =>
  officeCovers(office, regionCode) ||
  (office.level !== 'RI' && regionCovers(regionCode, office.regionCode));

/** A date refusal of the hand-over cites Pasal 20. */
const citingHandover = (checked: Either<CaseError, void>): Either<CaseError, void> =>
  E.mapLeft((e: CaseError): CaseError => ({ ...e, legalBasis: HANDOVER }))(checked);

/** In Pemilu, a Panwaslu Kecamatan passes the case on only to the Bawaslu Kab/Kota over it. */
const checkPemiluKecamatan = (
  command: HandOverCase,
  state: OpenCaseState,
  actor: BawasluActor,
): Either<CaseError, void> => {
  if (state.regime !== 'PEMILU_2024' || actor.scope.bawasluLevel !== 'KECAMATAN') return ok;
  const kabKota = actor.scope.regionCode.slice(0, 5);
  if (command.kind !== 'PELIMPAHAN') {
    return E.left(
      adHocHandOverNotAllowed('kind', 'a takeover', kabKota, PEMILU_KECAMATAN_HANDOVER),
    );
  }
  return sameOffice(command.to, { level: 'KABKOTA', regionCode: kabKota })
    ? ok
    : E.left(
        adHocHandOverNotAllowed(
          'to',
          `to ${describeOffice(command.to)}`,
          kabKota,
          PEMILU_KECAMATAN_HANDOVER,
        ),
      );
};

/** PENGAMBILALIHAN: the acting office takes the case, from a lower one. */
const checkTakeover = (
  command: HandOverCase,
  actor: BawasluActor,
  holder: BawasluOffice,
): Either<CaseError, void> => {
  if (command.kind !== 'PENGAMBILALIHAN') return ok;
  const own = officeOf(actor);
  if (!sameOffice(command.to, own)) {
    return E.left(takeoverNotOwnOffice(describeOffice(own), describeOffice(command.to), HANDOVER));
  }
  return OFFICE_RANK[command.to.level] > OFFICE_RANK[holder.level]
    ? ok
    : E.left(takeoverNotHigher(describeOffice(command.to), describeOffice(holder), HANDOVER));
};

export const decideHandOverCase = (
  command: HandOverCase,
  state: OpenCaseState,
  _context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  if (actor.role !== 'bawaslu') {
    const { roles, basis } = CASE_PERMISSIONS.HandOverCase;
    return E.left(roleNotAllowed(actor.role, command.type, roles, basis));
  }
  const holder = effectiveOffice(state);
  const handedOverOn = actOn(command, state.timeZone);
  const previous = state.handovers.at(-1);
  const checked = firstError(
    () => checkPemiluKecamatan(command, state, actor),
    () =>
      command.kind === 'PELIMPAHAN' && sameOffice(command.to, holder)
        ? E.left(handOverToSameOffice(describeOffice(holder), HANDOVER))
        : ok,
    () =>
      overlapsRegion(command.to, state.region.code)
        ? ok
        : E.left(handOverOutsideRegion(describeOffice(command.to), state.region, HANDOVER)),
    () => checkTakeover(command, actor, holder),
    () =>
      citingHandover(
        notBefore('meta.occurredAt', handedOverOn, 'the opening of the case', state.openedOn),
      ),
    () =>
      previous === undefined
        ? ok
        : citingHandover(
            notBefore(
              'meta.occurredAt',
              handedOverOn,
              'the previous hand-over',
              previous.handedOverOn,
            ),
          ),
  );
  return E.map((): readonly CaseEvent[] => [
    {
      type: 'CaseHandedOver',
      data: {
        kind: command.kind,
        from: state.handlingOffice,
        to: command.to,
        handedOverOn,
        reason: command.reason,
      },
    },
  ])(checked);
};
