/**
 * The respondents of a national season: ASN (PNS, CPNS, PPPK, each with a valid NIP) of a
 * regional agency (OPD) and one of its units — a school, a puskesmas, a kecamatan office — and
 * now and then a village head, a village official or an honorer. Several respondents of one case
 * mostly share an agency (colleagues at one event); an internal report names its own staff only.
 */
import type { IsoDate, Respondent, RespondentKind } from '@netra/core';
import type { Chooser } from '../generators/chooser.js';
import { drawNipDigits, formatNip } from '../generators/nip.js';
import type { Jurisdiction } from '../generators/regions.js';
import { type AgencyOfRegion, drawAgencyOf, drawVillageAgency, list } from './agencies.js';

const GIVEN_MEN = list(
  'Agus|Bambang|Sutrisno|Wahyudi|Budi|Joko|Heru|Dedi|Andi|Rizal|Hendra|Slamet|Eko|Yusuf|' +
    'Arif|Fajar|I Made|I Ketut|La Ode|Muhammad',
);
const GIVEN_WOMEN = list(
  'Siti|Sri|Rina|Dewi|Nur|Fitri|Ni Luh|Maria|Yuliana|Endang|Wulan|Ratna|Ani|Lestari|Andi Nurul',
);
const SECOND = list(
  'Santoso|Setiawan|Hermawan|Susilo|Prasetyo|Kurniawan|Saputra|Rahmawati|Wulandari|Anggraini|' +
    'Hidayah|Handayani|Latuheru|Rumbiak|Nasution|Siregar|Harahap|Wirawan|Mahmud|Lubis|Pratiwi|' +
    'Suryani',
);
/** Posts by kind (the ASN ones are those sanction-authority.ts knows the position class of). */
const POSITIONS: Readonly<Partial<Record<RespondentKind, readonly string[]>>> = {
  PNS: list('Guru|Kepala Seksi Pelayanan|Camat|Analis Kepegawaian|Kepala Bidang|Perawat'),
  CPNS: list('Guru Ahli Pertama|Pranata Komputer Ahli Pertama'),
  PPPK: list('Guru|Perawat|Penyuluh Pertanian'),
  NON_ASN: list('Tenaga Honorer|Pengemudi'),
  VILLAGE_HEAD: list('Kepala Desa'),
  VILLAGE_OFFICIAL: list('Sekretaris Desa|Kepala Dusun|Kaur Keuangan'),
};

export const drawPersonName = (c: Chooser): string =>
  c.chance(55)
    ? `${c.pick(GIVEN_MEN)} ${c.pick(SECOND)}`
    : `${c.pick(GIVEN_WOMEN)} ${c.pick(SECOND)}`;

/** An ASN respondent (PNS, CPNS or PPPK) of `at`, appointed before `asOf`, with a NIP not in `nips`. */
export const drawAsnRespondent = (
  c: Chooser,
  options: {
    readonly respondentId: string;
    readonly kind: 'PNS' | 'CPNS' | 'PPPK';
    readonly at: AgencyOfRegion;
    readonly asOf: IsoDate;
    readonly nips: Set<string>;
  },
): Respondent => {
  const { kind, at, nips } = options;
  const digits = drawNipDigits(c, kind, options.asOf);
  let nip = formatNip(digits);
  for (let serial = (digits.serial % 999) + 1; nips.has(nip); serial = (serial % 999) + 1) {
    nip = formatNip({ ...digits, serial });
  }
  nips.add(nip);
  return {
    respondentId: options.respondentId,
    name: drawPersonName(c),
    kind,
    nip,
    agency: at.agency,
    unit: at.unit(c),
    ...(c.chance(80) ? { position: c.pick(POSITIONS[kind] ?? ['Pelaksana']) } : {}),
  };
};

/** A village head, a village official or an honorer of the case's region. */
export const drawNonAsnRespondent = (
  c: Chooser,
  options: {
    readonly respondentId: string;
    readonly kind: 'VILLAGE_HEAD' | 'VILLAGE_OFFICIAL' | 'NON_ASN';
    readonly j: Jurisdiction;
  },
): Respondent => {
  const { kind, j } = options;
  const agency = kind === 'NON_ASN' ? drawAgencyOf(c, j).agency : drawVillageAgency(c, j);
  return {
    respondentId: options.respondentId,
    name: drawPersonName(c),
    kind,
    agency,
    position: c.pick(POSITIONS[kind] ?? ['Pelaksana']),
  };
};
