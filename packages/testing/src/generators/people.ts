/**
 * The people of a case: reporters (pelapor) with a 16-digit NIK, and respondents (terlapor)
 * of every kind, employed by an agency of the case's region (a village government for village
 * heads and officials, the local military or police command for TNI and Polri members); ASN
 * respondents carry a valid NIP.
 */
import type { IsoDate, Region, Reporter, Respondent, RespondentKind } from '@netra/core';
import type fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';
import { drawDateBetween } from './dates.js';
import { drawNipDigits, formatNip } from './nip.js';
import { KAB_KOTA } from './regions.js';

const MEN = [
  'Agus Setiawan',
  'Bambang Hermawan',
  'Sutrisno',
  'Wahyudi',
  'Budi Santoso',
  'Joko Susilo',
  'Heru Prasetyo',
  'Dedi Kurniawan',
  'Andi Saputra',
  'I Made Wirawan',
  'Muhammad Rizal',
  'Yohanes Rumbiak',
];
const WOMEN = [
  'Siti Rahmawati',
  'Sri Lestari',
  'Rina Wulandari',
  'Dewi Anggraini',
  'Nur Hidayah',
  'Ni Luh Putu Ayu',
  'Fitri Handayani',
  'Maria Latuheru',
];
const STREETS = [
  'Jl. Parangtritis',
  'Jl. Wates',
  'Jl. Sudirman',
  'Jl. Ahmad Yani',
  'Jl. Diponegoro',
  'Jl. Gajah Mada',
];
const VILLAGES = ['Sukoreno', 'Timbulharjo', 'Sendangsari', 'Panggungharjo', 'Wonokromo'];

/** OPDs (perangkat daerah) found in every kabupaten/kota and province. */
const OPDS: readonly (readonly [string, string])[] = [
  ['dinkes', 'Dinas Kesehatan'],
  ['disdik', 'Dinas Pendidikan'],
  ['bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
  ['dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['satpolpp', 'Satuan Polisi Pamong Praja'],
  ['rsud', 'Rumah Sakit Umum Daerah'],
  ['setda', 'Sekretariat Daerah'],
];

const POSITIONS: Readonly<Record<RespondentKind, readonly string[]>> = {
  PNS: ['Guru', 'Kepala Seksi Pelayanan', 'Camat', 'Analis Kepegawaian', 'Kepala Bidang'],
  CPNS: ['Guru Ahli Pertama', 'Pranata Komputer Ahli Pertama'],
  PPPK: ['Guru', 'Perawat', 'Penyuluh Pertanian'],
  NON_ASN: ['Tenaga Honorer', 'Pengemudi'],
  VILLAGE_HEAD: ['Kepala Desa'],
  VILLAGE_OFFICIAL: ['Sekretaris Desa', 'Kepala Dusun', 'Kaur Keuangan'],
  TNI: ['Babinsa', 'Bintara Teritorial'],
  POLRI: ['Bhabinkamtibmas', 'Kanit Reskrim'],
};

export type Agency = Respondent['agency'];

const slug = (regionCode: string): string => regionCode.replace('.', '');

/** An OPD of the region, e.g. `3402-dinkes`, Dinas Kesehatan Kabupaten Bantul. */
export const drawAgency = (c: Chooser, region: Region): Agency => {
  const [key, name] = c.pick(OPDS) as readonly [string, string];
  return { id: `${slug(region.code)}-${key}`, name: `${name} ${region.name}` };
};

export const agencyArb = (region: Region): fc.Arbitrary<Agency> =>
  arbitraryOf((c) => drawAgency(c, region));

export interface NikOptions {
  /** The kabupaten/kota of residence (`34.02`); a random one when absent or a province. */
  readonly regionCode?: string;
}

/**
 * A NIK (Nomor Induk Kependudukan): region PPKKCC, birth date DDMMYY (day + 40 for women),
 * serial 0001–9999. The reporter schema checks only the 16 digits; this one is also plausible.
 */
export const drawNik = (c: Chooser, options: NikOptions = {}): string => {
  const code =
    options.regionCode !== undefined && options.regionCode.length === 5
      ? options.regionCode
      : c.pick(KAB_KOTA).code;
  const kecamatan = String(c.int(1, 20)).padStart(2, '0');
  const birth = drawDateBetween(c, '1950-01-01', '2005-12-31');
  const day = Number(birth.slice(8, 10)) + (c.chance(50) ? 40 : 0);
  const serial = String(c.int(1, 9999)).padStart(4, '0');
  return `${slug(code)}${kecamatan}${String(day).padStart(2, '0')}${birth.slice(5, 7)}${birth.slice(2, 4)}${serial}`;
};

export const nikArb = (options: NikOptions = {}): fc.Arbitrary<string> =>
  arbitraryOf((c) => drawNik(c, options));

/** A reporter of the region with standing (voter, election participant, monitor). */
export const drawReporter = (c: Chooser, region: Region): Reporter => {
  const name = c.pick([...MEN, ...WOMEN]);
  return {
    id: `pelapor-${slug(region.code)}-${String(c.int(1, 999)).padStart(3, '0')}`,
    name,
    nik: drawNik(c, { regionCode: region.code }),
    address: `${c.pick(STREETS)} No. ${c.int(1, 200)}, ${region.name}`,
    kind: c.weighted([
      [6, 'VOTER'],
      [2, 'ELECTION_MONITOR'],
      [1, 'ELECTION_PARTICIPANT'],
    ] as const),
  };
};

export const reporterArb = (region: Region): fc.Arbitrary<Reporter> =>
  arbitraryOf((c) => drawReporter(c, region));

export interface RespondentsOptions {
  readonly region: Region;
  /** How many (1–3 when absent). */
  readonly count?: number;
  /**
   * All of one agency (an internal report names only its own staff): no village heads or
   * officials, TNI or Polri members then.
   */
  readonly agency?: Agency;
  /** NIP appointments are not after this day (the incident date). */
  readonly asOf: IsoDate;
  /** Respondent ids are `<idPrefix>-1`, `<idPrefix>-2`… */
  readonly idPrefix?: string;
}

const drawKind = (c: Chooser, ownStaffOnly: boolean): RespondentKind =>
  c.weighted<RespondentKind>([
    [5, 'PNS'],
    [1, 'CPNS'],
    [2, 'PPPK'],
    [1, 'NON_ASN'],
    [ownStaffOnly ? 0 : 1, 'VILLAGE_HEAD'],
    [ownStaffOnly ? 0 : 1, 'VILLAGE_OFFICIAL'],
    [ownStaffOnly ? 0 : 1, 'TNI'],
    [ownStaffOnly ? 0 : 1, 'POLRI'],
  ]);

/** The employer of someone who is not on an OPD's staff, or undefined for an OPD employee. */
const ownEmployer = (c: Chooser, kind: RespondentKind, region: Region): Agency | undefined => {
  const code = slug(region.code);
  const place = region.name.replace(/^(Kabupaten|Kota|Provinsi) /, '');
  switch (kind) {
    case 'VILLAGE_HEAD':
    case 'VILLAGE_OFFICIAL': {
      const village = c.pick(VILLAGES);
      return { id: `desa-${code}-${village.toLowerCase()}`, name: `Pemerintah Desa ${village}` };
    }
    case 'TNI':
      return c.chance(70)
        ? { id: `kodim-${code}`, name: `Komando Distrik Militer ${place}` }
        : { id: `koramil-${code}-${c.int(1, 20)}`, name: `Komando Rayon Militer di ${place}` };
    case 'POLRI':
      return c.chance(70)
        ? { id: `polres-${code}`, name: `Kepolisian Resor ${place}` }
        : { id: `polsek-${code}-${c.int(1, 20)}`, name: `Kepolisian Sektor di ${place}` };
    default:
      return undefined;
  }
};

/** Respondents with unique ids and unique NIPs. */
export const drawRespondents = (c: Chooser, options: RespondentsOptions): Respondent[] => {
  const count = options.count ?? c.int(1, 3);
  const prefix = options.idPrefix ?? 'terlapor';
  const nips = new Set<string>();
  return Array.from({ length: count }, (_, i): Respondent => {
    const kind = drawKind(c, options.agency !== undefined);
    const agency =
      ownEmployer(c, kind, options.region) ?? options.agency ?? drawAgency(c, options.region);
    const base = {
      respondentId: `${prefix}-${i + 1}`,
      name: c.pick([...MEN, ...WOMEN]),
      kind,
      agency,
      ...(c.chance(60) ? { position: c.pick(POSITIONS[kind]) } : {}),
    };
    if (kind !== 'PNS' && kind !== 'CPNS' && kind !== 'PPPK') return base;
    const digits = drawNipDigits(c, kind, options.asOf);
    let nip = formatNip(digits);
    // Two people never share a NIP: move the serial on until it is free.
    for (let serial = (digits.serial % 999) + 1; nips.has(nip); serial = (serial % 999) + 1) {
      nip = formatNip({ ...digits, serial });
    }
    nips.add(nip);
    return { ...base, nip };
  });
};

export const respondentsArb = (options: RespondentsOptions): fc.Arbitrary<Respondent[]> =>
  arbitraryOf((c) => drawRespondents(c, options));
