/**
 * The agencies respondents work for: the OPDs (perangkat daerah) of a kabupaten/kota or a
 * province, each with its units — schools, puskesmas, kecamatan sections, UPTs — weighted by how
 * often their staff were reported (teachers and kecamatan staff first), and village governments.
 */
import type { Respondent } from '@netra/core';
import type { Chooser } from '../generators/chooser.js';
import type { Jurisdiction } from '../generators/regions.js';

export type Agency = Respondent['agency'];

/** A list written as `a|b|c`. */
export const list = (text: string): readonly string[] => text.split('|');

const KECAMATAN = list(
  'Sukamaju|Karangrejo|Sidomulyo|Mekarsari|Tanjungsari|Sumberejo|Margomulyo|Wonosari|Sukajadi|' +
    'Jatimulyo|Kota Baru|Tengah',
);
const VILLAGES = list('Sukoreno|Timbulharjo|Sendangsari|Panggungharjo|Wonokromo|Mekarjaya');

type Unit = (c: Chooser) => string;

/** A numbered unit, e.g. `SD Negeri 4 Sidomulyo` (with a kecamatan) or `SMA Negeri 12`. */
const numbered =
  (prefix: string, max: number, inKecamatan = true): Unit =>
  (c) =>
    `${prefix} ${c.int(1, max)}${inKecamatan ? ` ${c.pick(KECAMATAN)}` : ''}`;
const named =
  (names: string): Unit =>
  (c) =>
    c.pick(list(names));
const inKecamatan =
  (prefix: string): Unit =>
  (c) =>
    `${prefix} ${c.pick(KECAMATAN)}`;

/** An OPD: its key, its name, its weight, its units. */
interface Opd {
  readonly key: string;
  readonly name: string;
  readonly weight: number;
  readonly units: readonly Unit[];
}

const opd = (key: string, name: string, weight: number, ...units: Unit[]): Opd => ({
  key,
  name,
  weight,
  units,
});

const KABKOTA_OPDS: readonly Opd[] = [
  opd('disdik', 'Dinas Pendidikan', 9, numbered('SD Negeri', 12), numbered('SMP Negeri', 6)),
  opd(
    'kec',
    'Kecamatan',
    6,
    named('Seksi Pemerintahan|Seksi Pelayanan Umum|Sekretariat Kecamatan'),
  ),
  opd('dinkes', 'Dinas Kesehatan', 4, inKecamatan('Puskesmas')),
  opd('setda', 'Sekretariat Daerah', 3, named('Bagian Pemerintahan|Bagian Umum|Bagian Kesra')),
  opd('dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 2, named('Bidang Pemerintahan Desa')),
  opd('pertanian', 'Dinas Pertanian', 2, inKecamatan('BPP')),
  opd(
    'dpupr',
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    1,
    named('Bidang Bina Marga|UPT Peralatan'),
  ),
  opd(
    'dukcapil',
    'Dinas Kependudukan dan Pencatatan Sipil',
    1,
    named('Bidang Pelayanan Pendaftaran Penduduk'),
  ),
  opd('satpolpp', 'Satuan Polisi Pamong Praja', 1, named('Bidang Ketertiban Umum')),
  opd('rsud', 'Rumah Sakit Umum Daerah', 1, named('Instalasi Rawat Inap|Instalasi Gawat Darurat')),
  opd(
    'bkpsdm',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    1,
    named('Bidang Mutasi'),
  ),
  opd('dinsos', 'Dinas Sosial', 1, named('Bidang Perlindungan dan Jaminan Sosial')),
];

const PROVINCE_OPDS: readonly Opd[] = [
  opd(
    'disdik',
    'Dinas Pendidikan',
    8,
    numbered('SMA Negeri', 15, false),
    numbered('SMK Negeri', 10, false),
    numbered('Cabang Dinas Pendidikan Wilayah', 9, false),
  ),
  opd('setda', 'Sekretariat Daerah', 3, named('Biro Pemerintahan|Biro Umum')),
  opd(
    'dinkes',
    'Dinas Kesehatan',
    2,
    named('Bidang Pelayanan Kesehatan|UPT Laboratorium Kesehatan'),
  ),
  opd('bapenda', 'Badan Pendapatan Daerah', 2, numbered('UPTD Samsat', 8, false)),
  opd('kominfo', 'Dinas Komunikasi dan Informatika', 1, named('Bidang Informasi Publik')),
];

const slug = (code: string): string => code.replace('.', '');
const place = (j: Jurisdiction): string =>
  j.region.name.replace(/^(Kabupaten|Kota Administrasi|Kota|Provinsi) /, '');

/** An agency (OPD) of the case's region, and the draw of its units. */
export interface AgencyOfRegion {
  readonly agency: Agency;
  readonly unit: Unit;
}

export const drawAgencyOf = (c: Chooser, j: Jurisdiction): AgencyOfRegion => {
  const opds = j.level === 'PROVINSI' ? PROVINCE_OPDS : KABKOTA_OPDS;
  const opd = c.weighted(opds.map((o) => [o.weight, o] as const));
  const code = slug(j.region.code);
  if (opd.key === 'kec') {
    const kecamatan = c.pick(KECAMATAN);
    return {
      agency: {
        id: `${code}-kec-${kecamatan.toLowerCase().replace(' ', '')}`,
        name: `Kecamatan ${kecamatan}, ${j.region.name}`,
      },
      unit: c.pick(opd.units),
    };
  }
  const of = j.level === 'PROVINSI' ? `Provinsi ${j.province.name}` : j.region.name;
  return {
    agency: { id: `${code}-${opd.key}`, name: `${opd.name} ${of}` },
    unit: c.pick(opd.units),
  };
};

/** The government of a village of the case's region. */
export const drawVillageAgency = (c: Chooser, j: Jurisdiction): Agency => {
  const village = c.pick(VILLAGES);
  return {
    id: `desa-${slug(j.region.code)}-${village.toLowerCase()}`,
    name: `Pemerintah Desa ${village}, ${place(j)}`,
  };
};
