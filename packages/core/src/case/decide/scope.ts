/**
 * Where an actor may act: a Bawaslu office and a Gakkumdu desk within their territory, a satgas
 * or superior within their agency, a reporter only on their own report.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { type CaseError, notTheReporter, outOfScope } from '../errors.js';
import { REPORTER_STANDING } from '../legal-bases.js';
import { bawasluCovers, type CaseActor, gakkumduCovers, SCOPE_BASES } from '../roles.js';
import type { Region, Respondent } from '../schema/primitives.js';
import type { OpenCaseState } from '../state.js';
import { ok } from './guards.js';

/** OUT_OF_SCOPE when a Bawaslu office or Gakkumdu desk acts on a case outside its territory. */
export const checkRegionScope = (
  actor: CaseActor,
  region: Region,
  field: string,
): Either<CaseError, void> => {
  if (actor.role === 'bawaslu' && !bawasluCovers(actor, region.code)) {
    const where = actor.scope.bawasluLevel === 'RI' ? 'RI' : actor.scope.regionCode;
    return E.left(
      outOfScope(
        `Bawaslu ${actor.scope.bawasluLevel} ${where} does not cover ${region.name} (${region.code})`,
        field,
        SCOPE_BASES.bawaslu,
      ),
    );
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
