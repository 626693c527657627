/**
 * Where an actor may act: a Bawaslu office and a Gakkumdu desk within their territory, a satgas
 * or superior within their agency, a reporter only on their own report.
 *
 * A Bawaslu office's territory (rulebook 2024.2, Perbawaslu 7/2022 Pasal 20):
 * - while no office has been fixed for a case (`handlingOffice` null), the 2024.1 rule: Bawaslu
 *   RI everywhere, a Provinsi within its province, a Kab/Kota only its own kabupaten/kota, a
 *   Panwaslu Kecamatan on no such case;
 * - once a hand-over, or a Panwaslu Kecamatan opening the case, fixed the handling office: that
 *   office and every office above it over the same territory (RI > Provinsi > Kab/Kota >
 *   Kecamatan, the higher one's region containing the handler's).
 * A Gakkumdu desk keeps the region rule.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { type CaseError, notTheReporter, outOfScope } from '../errors.js';
import { REPORTER_STANDING } from '../legal-bases.js';
import { HANDOVER } from '../legal-bases-followup.js';
import { type BawasluActor, type CaseActor, SCOPE_BASES } from '../roles.js';
import { type BawasluOffice, type BawasluOfficeLevel, describeOffice } from '../schema/office.js';
import type { Region, Respondent } from '../schema/primitives.js';
import type { OpenCaseState } from '../state.js';
import { ok } from './guards.js';

// ---- Offices and territories -----------------------------------------------------------------

/** Whether a region code is inside `scopeCode`: equal, or a kab/kota or kecamatan within it. */
export const regionCovers = (scopeCode: string, regionCode: string): boolean =>
  regionCode === scopeCode || regionCode.startsWith(`${scopeCode}.`);

/** The office a Bawaslu actor speaks for. */
export const officeOf = (actor: BawasluActor): BawasluOffice =>
  actor.scope.bawasluLevel === 'RI'
    ? { level: 'RI' }
    : { level: actor.scope.bawasluLevel, regionCode: actor.scope.regionCode };

/** Bawaslu RI above Provinsi above Kab/Kota above Panwaslu Kecamatan. */
export const OFFICE_RANK: Readonly<Record<BawasluOfficeLevel, number>> = {
  RI: 3,
  PROVINSI: 2,
  KABKOTA: 1,
  KECAMATAN: 0,
};

/** Whether an office's territory contains `regionCode` (Bawaslu RI's contains every one). */
export const officeCovers = (office: BawasluOffice, regionCode: string): boolean =>
  office.level === 'RI' || regionCovers(office.regionCode, regionCode);

/** Whether two descriptions name the same office. */
export const sameOffice = (a: BawasluOffice, b: BawasluOffice): boolean =>
  a.level === 'RI' || b.level === 'RI'
    ? a.level === b.level
    : a.level === b.level && a.regionCode === b.regionCode;

/**
 * Whether `office` is `handling`, or above it over the same territory: ranked at least as high,
 * its territory containing the handling office's.
 */
export const officeAtOrAbove = (office: BawasluOffice, handling: BawasluOffice): boolean =>
  OFFICE_RANK[office.level] >= OFFICE_RANK[handling.level] &&
  (handling.level === 'RI' || officeCovers(office, handling.regionCode));

/**
 * The office that handles a case in `regionCode` while none has been fixed: the lowest Bawaslu
 * whose territory is the region (Kab/Kota for a kabupaten/kota, Provinsi for a province).
 */
export const defaultOffice = (regionCode: string): BawasluOffice =>
  /^\d{2}$/.test(regionCode)
    ? { level: 'PROVINSI', regionCode }
    : { level: 'KABKOTA', regionCode: regionCode.slice(0, 5) };

/** The office handling the case: the one fixed, or the default one of its region. */
export const effectiveOffice = (state: OpenCaseState): BawasluOffice =>
  state.handlingOffice ?? defaultOffice(state.region.code);

/** Whether a Bawaslu actor may handle a case in `regionCode` (the rule in the header). */
export const bawasluCovers = (
  actor: BawasluActor,
  regionCode: string,
  handlingOffice: BawasluOffice | null = null,
): boolean => {
  if (handlingOffice !== null) return officeAtOrAbove(officeOf(actor), handlingOffice);
  switch (actor.scope.bawasluLevel) {
    case 'RI':
      return true;
    case 'PROVINSI':
      return regionCovers(actor.scope.regionCode, regionCode);
    case 'KABKOTA':
      return actor.scope.regionCode === regionCode;
    case 'KECAMATAN':
      return false;
  }
};

/**
 * Whether a Bawaslu actor may open a case in `regionCode`: as bawasluCovers with no office
 * fixed, and a Panwaslu Kecamatan in the kabupaten/kota that contains it.
 */
export const bawasluMayOpen = (actor: BawasluActor, regionCode: string): boolean =>
  actor.scope.bawasluLevel === 'KECAMATAN'
    ? actor.scope.regionCode.slice(0, 5) === regionCode
    : bawasluCovers(actor, regionCode);

/** Whether a Gakkumdu desk (at the Bawaslu of its region) covers `regionCode`. */
export const gakkumduCovers = (
  actor: Extract<CaseActor, { role: 'gakkumdu' }>,
  regionCode: string,
): boolean => regionCovers(actor.scope.regionCode, regionCode);

// ---- Checks ------------------------------------------------------------------------------------

const bawasluOutOfScope = (
  actor: BawasluActor,
  region: Region,
  handlingOffice: BawasluOffice | null,
  field: string,
): CaseError => {
  const who = describeOffice(officeOf(actor));
  return handlingOffice === null
    ? outOfScope(
        `${who} does not cover ${region.name} (${region.code})`,
        field,
        SCOPE_BASES.bawaslu,
      )
    : outOfScope(
        `the case in ${region.name} (${region.code}) is handled by ${describeOffice(handlingOffice)}, and ${who} is neither that office nor above it`,
        field,
        HANDOVER,
      );
};

/**
 * OUT_OF_SCOPE when a Bawaslu office or Gakkumdu desk acts on a case outside its territory.
 * `handlingOffice` is the case's (null while none is fixed, and for a case being opened).
 */
export const checkRegionScope = (
  actor: CaseActor,
  region: Region,
  field: string,
  handlingOffice: BawasluOffice | null = null,
): Either<CaseError, void> => {
  if (actor.role === 'bawaslu' && !bawasluCovers(actor, region.code, handlingOffice)) {
    return E.left(bawasluOutOfScope(actor, region, handlingOffice, field));
  }
  if (actor.role === 'gakkumdu' && !gakkumduCovers(actor, region.code)) {
    return E.left(
      outOfScope(
        `the Gakkumdu desk of ${actor.scope.regionCode} does not cover ${region.name} (${region.code})`,
        field,
        SCOPE_BASES.gakkumdu,
      ),
    );
  }
  return ok;
};

/**
 * OUT_OF_SCOPE when an actor opens a case outside its territory: checkRegionScope, except that
 * a Panwaslu Kecamatan opens cases of the kabupaten/kota that contains it.
 */
export const checkOpeningScope = (
  actor: CaseActor,
  region: Region,
  field: string,
): Either<CaseError, void> => {
  if (actor.role === 'bawaslu' && actor.scope.bawasluLevel === 'KECAMATAN') {
    return bawasluMayOpen(actor, region.code)
      ? ok
      : E.left(
          outOfScope(
            `${describeOffice(officeOf(actor))} opens cases of its own kabupaten/kota (${actor.scope.regionCode.slice(0, 5)}), not of ${region.name} (${region.code})`,
            field,
            SCOPE_BASES.bawaslu,
          ),
        );
  }
  return checkRegionScope(actor, region, field);
};

/** OUT_OF_SCOPE when a satgas or superior reports someone of another agency. */
export const checkAgencyScope = (
  actor: CaseActor,
  respondents: readonly Respondent[],
): Either<CaseError, void> => {
  if (actor.role !== 'satgas' && actor.role !== 'superior') return ok;
  for (const [i, r] of respondents.entries()) {
    if (r.agency.id !== actor.scope.agencyId) {
      return E.left(
        outOfScope(
          `a ${actor.role} of agency ${actor.scope.agencyId} cannot report ${r.name} of ${r.agency.name} (${r.agency.id})`,
          `respondents.${i}.agency.id`,
          SCOPE_BASES.agency,
        ),
      );
    }
  }
  return ok;
};

/** NOT_THE_REPORTER when a reporter acts on a report that is not theirs. */
export const checkReporterIdentity = (
  actor: CaseActor,
  state: OpenCaseState,
): Either<CaseError, void> =>
  actor.role === 'reporter' && state.reporter !== null && actor.id !== state.reporter.id
    ? E.left(notTheReporter(actor.id, state.reporter.id, REPORTER_STANDING[state.regime]))
    : ok;
