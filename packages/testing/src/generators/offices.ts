/**
 * Bawaslu offices as handlers of a case (Perbawaslu 7/2022 Pasal 20): which office holds a
 * case, which offices may then act on it, and which ones a case can be handed over to. Written
 * from the rule, not from core's scope.ts, so that a disagreement shows as a rejected history:
 * - while no office is fixed, the lowest office over the region holds the case (Kab/Kota for a
 *   kabupaten/kota, Provinsi for a province) and the 2024.1 territory rule applies;
 * - once a hand-over fixed one, that office and every office above it over its territory act
 *   (RI > Provinsi > Kab/Kota > Panwaslu Kecamatan).
 */
import type { ActorRef, BawasluOffice, CaseCommand } from '@netra/core';
import { bawasluKabKota, bawasluProvinsi, bawasluRi, drawCoveringBawaslu } from './actors.js';
import type { Chooser } from './chooser.js';
import { type Jurisdiction, KAB_KOTA } from './regions.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const slug = (code: string): string => code.replaceAll('.', '');

const RANK: Readonly<Record<BawasluOffice['level'], number>> = {
  KECAMATAN: 0,
  KABKOTA: 1,
  PROVINSI: 2,
  RI: 3,
};

/** A Panwaslu Kecamatan clerk (an ad hoc body: it acts only where its regime lets it). */
export const bawasluKecamatan = (regionCode: string, n = 1): ActorRef => ({
  id: `panwascam-${slug(regionCode)}-${pad2(n)}`,
  role: 'bawaslu',
  scope: { bawasluLevel: 'KECAMATAN', regionCode },
});

/** A clerk of `office`. */
export const actorOfOffice = (office: BawasluOffice, n = 1): ActorRef => {
  switch (office.level) {
    case 'RI':
      return bawasluRi(n);
    case 'PROVINSI':
      return bawasluProvinsi(office.regionCode, n);
    case 'KABKOTA':
      return bawasluKabKota(office.regionCode, n);
    case 'KECAMATAN':
      return bawasluKecamatan(office.regionCode, n);
  }
};

/** The office a Bawaslu actor speaks for; undefined for any other role or a malformed scope. */
export const officeOfActor = (actor: ActorRef): BawasluOffice | undefined => {
  if (actor.role !== 'bawaslu') return undefined;
  const level = actor.scope.bawasluLevel;
  const regionCode = actor.scope.regionCode;
  if (level === 'RI') return { level };
  if (
    (level === 'PROVINSI' || level === 'KABKOTA' || level === 'KECAMATAN') &&
    typeof regionCode === 'string'
  ) {
    return { level, regionCode };
  }
  return undefined;
};

export const sameOffice = (a: BawasluOffice, b: BawasluOffice): boolean =>
  a.level === 'RI' || b.level === 'RI'
    ? a.level === b.level
    : a.level === b.level && a.regionCode === b.regionCode;

/** The office holding a case in `regionCode` while none is fixed. */
export const defaultOfficeOf = (regionCode: string): BawasluOffice =>
  regionCode.length === 2
    ? { level: 'PROVINSI', regionCode }
    : { level: 'KABKOTA', regionCode: regionCode.slice(0, 5) };

/** The offices strictly above `holder` over its territory, nearest first. */
export const officesAbove = (holder: BawasluOffice): BawasluOffice[] => {
  switch (holder.level) {
    case 'RI':
      return [];
    case 'PROVINSI':
      return [{ level: 'RI' }];
    case 'KABKOTA':
      return [{ level: 'PROVINSI', regionCode: holder.regionCode.slice(0, 2) }, { level: 'RI' }];
    case 'KECAMATAN':
      return [
        { level: 'KABKOTA', regionCode: holder.regionCode.slice(0, 5) },
        { level: 'PROVINSI', regionCode: holder.regionCode.slice(0, 2) },
        { level: 'RI' },
      ];
  }
};

/** Whether `actor` may act on a case held by `holder` (null: none fixed) in `regionCode`. */
export const reaches = (
  actor: ActorRef,
  regionCode: string,
  holder: BawasluOffice | null,
): boolean => {
  const own = officeOfActor(actor);
  if (own === undefined) return false;
  if (holder === null) {
    if (own.level === 'RI') return true;
    if (own.level === 'PROVINSI') return regionCode.slice(0, 2) === own.regionCode;
    return own.level === 'KABKOTA' && own.regionCode === regionCode;
  }
  return sameOffice(own, holder) || officesAbove(holder).some((o) => sameOffice(o, own));
};

/**
 * A Bawaslu clerk who may act on the case, never a Panwaslu Kecamatan (whose powers depend on
 * the regime): mostly the holding office's own, sometimes an office above it.
 */
export const drawHandlingBawaslu = (
  c: Chooser,
  j: Jurisdiction,
  holder: BawasluOffice | null,
): ActorRef => {
  if (holder === null) return drawCoveringBawaslu(c, j);
  const n = c.int(1, 3);
  const own = holder.level === 'KECAMATAN' ? [] : [[8, holder] as const];
  const above = officesAbove(holder).map((o) => [1, o] as const);
  return actorOfOffice(c.weighted<BawasluOffice>([...own, ...above]), n);
};

/**
 * The offices a case in the jurisdiction's region may be handed to: any office whose territory
 * contains the region or lies within it (RI, the province, a kabupaten/kota, a kecamatan).
 */
export const drawOverlappingOffice = (c: Chooser, j: Jurisdiction): BawasluOffice => {
  const kabKota =
    j.level === 'KABKOTA'
      ? j.region.code
      : c.pick(KAB_KOTA.filter((r) => r.code.startsWith(`${j.province.code}.`))).code;
  return c.weighted<BawasluOffice>([
    [2, { level: 'RI' }],
    [3, { level: 'PROVINSI', regionCode: j.province.code }],
    [3, { level: 'KABKOTA', regionCode: kabKota }],
    [2, { level: 'KECAMATAN', regionCode: `${kabKota}.${pad2(c.int(1, 20))}` }],
  ]);
};

export const isAbove = (office: BawasluOffice, holder: BawasluOffice): boolean =>
  RANK[office.level] > RANK[holder.level];

/** The office holding the case before the command at `position` (null: none fixed yet). */
export const holderBefore = (
  commands: readonly CaseCommand[],
  position: number,
): BawasluOffice | null => {
  const last = commands
    .slice(0, position)
    .findLast(
      (command): command is Extract<CaseCommand, { type: 'HandOverCase' }> =>
        command.type === 'HandOverCase',
    );
  return last?.to ?? null;
};

/** A clerk who may act on the case after its first `position` commands. */
export const drawReachingBawaslu = (
  c: Chooser,
  j: Jurisdiction,
  commands: readonly CaseCommand[],
  position: number,
): ActorRef => drawHandlingBawaslu(c, j, holderBefore(commands, position));
