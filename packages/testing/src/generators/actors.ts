/**
 * Actors with the roles and scopes the case decider accepts (core `case/roles.ts`): Bawaslu
 * offices that cover a case's region (RI, the province, the kabupaten/kota itself) and ones
 * that do not, a satgas or superior of an agency, a Gakkumdu desk, the reporter, and the
 * roles whose scope is free (supervisor, system, auditor, appeal authority).
 */
import { type ActorRef, CASE_ROLES, type CaseRole, type Reporter } from '@netra/core';
import type fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';
import { drawJurisdiction, type Jurisdiction, KAB_KOTA, PROVINCES } from './regions.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const slug = (code: string): string => code.replace('.', '');

export const bawasluRi = (n = 1): ActorRef => ({
  id: `bawaslu-ri-${pad2(n)}`,
  role: 'bawaslu',
  scope: { bawasluLevel: 'RI' },
});

export const bawasluProvinsi = (provinceCode: string, n = 1): ActorRef => ({
  id: `bawaslu-prov-${provinceCode}-${pad2(n)}`,
  role: 'bawaslu',
  scope: { bawasluLevel: 'PROVINSI', regionCode: provinceCode },
});

export const bawasluKabKota = (regionCode: string, n = 1): ActorRef => ({
  id: `bawaslu-${slug(regionCode)}-pp-${pad2(n)}`,
  role: 'bawaslu',
  scope: { bawasluLevel: 'KABKOTA', regionCode },
});

/** A Bawaslu office whose territory includes the case: mostly the case's own office. */
export const drawCoveringBawaslu = (c: Chooser, j: Jurisdiction): ActorRef => {
  const n = c.int(1, 3);
  const own =
    j.level === 'KABKOTA' ? bawasluKabKota(j.region.code, n) : bawasluProvinsi(j.province.code, n);
  return c.weighted([
    [8, own],
    [j.level === 'KABKOTA' ? 1 : 0, bawasluProvinsi(j.province.code, n)],
    [1, bawasluRi(n)],
  ]);
};

/**
 * A Bawaslu office that does not cover the case: another kabupaten/kota (even in the same
 * province: a Kab/Kota office covers only itself), or another province.
 */
export const drawForeignBawaslu = (c: Chooser, j: Jurisdiction): ActorRef => {
  if (c.chance(60)) {
    const others = KAB_KOTA.filter((r) => r.code !== j.region.code);
    const code = c.chance(80) ? c.pick(others).code : `${c.int(11, 99)}.${pad2(c.int(1, 99))}`;
    return code === j.region.code ? bawasluKabKota('99.99') : bawasluKabKota(code);
  }
  const others = PROVINCES.filter((p) => p.code !== j.province.code).map((p) => p.code);
  return bawasluProvinsi(c.pick(others));
};

export const reporterActorOf = (reporter: Reporter): ActorRef => ({
  id: reporter.id,
  role: 'reporter',
  scope: {},
});

/** A satgas netralitas (OPD task force), a direct superior, or a PPK of one agency. */
export const agencyActor = (role: 'satgas' | 'superior' | 'ppk', agencyId: string): ActorRef => ({
  id: `${role}-${agencyId}`,
  role,
  scope: { agencyId },
});

/** A Gakkumdu desk that covers the case: at the case's own region or its province. */
export const drawCoveringGakkumdu = (c: Chooser, j: Jurisdiction): ActorRef => {
  const regionCode = c.chance(70) ? j.region.code : j.province.code;
  return { id: `gakkumdu-${slug(regionCode)}`, role: 'gakkumdu', scope: { regionCode } };
};

export const drawForeignGakkumdu = (c: Chooser, j: Jurisdiction): ActorRef => {
  const regionCode = c.chance(50)
    ? c.pick(PROVINCES.filter((p) => p.code !== j.province.code)).code
    : c.pick(KAB_KOTA.filter((r) => r.code !== j.region.code)).code;
  return { id: `gakkumdu-${slug(regionCode)}`, role: 'gakkumdu', scope: { regionCode } };
};

/** An actor of the supervisor (BKN, KemenPAN-RB) or the system (an operator migration). */
export const drawRerouteActor = (c: Chooser): ActorRef =>
  c.chance(70)
    ? { id: c.pick(['bkn-wasdal-01', 'menpanrb-asdep-01']), role: 'supervisor', scope: {} }
    : { id: 'netra-migration', role: 'system', scope: {} };

/**
 * A well-formed actor of `role` (one `parseActor` accepts), working for the case in
 * `jurisdiction` where the role has a territory, and for `agencyId` where it has an agency.
 */
export const drawActorOfRole = (
  c: Chooser,
  role: CaseRole,
  j: Jurisdiction,
  agencyId: string,
): ActorRef => {
  switch (role) {
    case 'bawaslu':
      return drawCoveringBawaslu(c, j);
    case 'satgas':
    case 'superior':
    case 'ppk':
      return agencyActor(role, agencyId);
    case 'gakkumdu':
      return drawCoveringGakkumdu(c, j);
    case 'reporter':
      return { id: `pelapor-${slug(j.region.code)}-${c.int(1, 999)}`, role, scope: {} };
    case 'supervisor':
      return { id: 'bkn-wasdal-01', role, scope: {} };
    case 'appeal_authority':
      return { id: 'bpasn-01', role, scope: {} };
    case 'auditor':
      return { id: `inspektorat-${slug(j.region.code)}`, role, scope: {} };
    case 'system':
      return { id: 'netra-scheduler', role, scope: {} };
  }
};

export interface ActorOptions {
  readonly role?: CaseRole;
  readonly jurisdiction?: Jurisdiction;
  readonly agencyId?: string;
}

/** Well-formed actors of the given (or a random) role. */
export const actorArb = (options: ActorOptions = {}): fc.Arbitrary<ActorRef> =>
  arbitraryOf((c) => {
    const role = options.role ?? c.pick(CASE_ROLES);
    const j = options.jurisdiction ?? drawJurisdiction(c);
    return drawActorOfRole(c, role, j, options.agencyId ?? `${slug(j.region.code)}-dinkes`);
  });
