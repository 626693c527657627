/**
 * Who may impose which sanction on whom: the PyBMH table (Pejabat yang Berwenang Menghukum),
 * plus the authorities over PPPK and over non-ASN respondents (research/legal-process.md §5.4,
 * §5.5; research/legal-answers-2026-11.md §3).
 *
 * The PNS rows were read in the PP 94/2021 text (gazette OCR, dataset mblonyox/data-peraturan,
 * file pp/2021/94/fulltext.md), Pasal 16–23 [C]. The text corrects the paraphrase of §5.4 [S] in
 * two places: a Pengawas may also impose light and moderate sanctions on a PNS two levels below
 * (Pasal 23(1) huruf b) and light ones on functional officials in the unit (huruf c); and the
 * President imposes every type on a JPT Utama and on a JPT Madya who is a PPK (Pasal 17(1)), but
 * on other JPT Madya, Ahli Utama and presidential appointees only PDHTAPS (Pasal 17(2)).
 * Pasal 18 gives the PPK of a central agency the same powers as a provincial PPK, so both
 * instances have the rows. Pasal 16 huruf c and 19 (Kepala Perwakilan RI) are not modelled.
 *
 * "Hukuman Disiplin sedang" (Pasal 8(3)) is granted as both moderate sets: PP 94's tukin cuts
 * and, while Pasal 42(2) keeps them, PP 53/2010's types; which set is in force on a day is the
 * switch's (moderate-sanctions-2024.ts), not the table's.
 *
 * The relations ("1 (satu) tingkat di bawahnya", "2 (dua) tingkat di bawahnya", "Pejabat
 * Fungsional di lingkungannya") are carried on the rows. The classes in `over` follow the ladder
 * JPT Utama › JPT Madya › JPT Pratama › Administrator › Pengawas › Pelaksana; a pelaksana may
 * report to an administrator directly, so the Administrator's and the Pengawas's rows cover
 * PELAKSANA at either distance, and the command states the relation to tell them apart.
 */
import type {
  AuthorityRow,
  Instance,
  PersonKind,
  PositionClass,
  SanctionCode,
} from './proceedings-types.js';
import type { LegalBasis } from './types.js';

const DATASET = 'gazette OCR, dataset mblonyox/data-peraturan';
const PP94_TEXT = `${DATASET}, file pp/2021/94/fulltext.md`;
/** PP 94/2021 took force on promulgation, 31 Aug 2021 (Pasal 46) [C]. */
const PP94_FROM = '2021-08-31';

const LIGHT: readonly SanctionCode[] = [
  'TEGURAN_LISAN',
  'TEGURAN_TERTULIS',
  'PERNYATAAN_TIDAK_PUAS',
];
/** Pasal 8(3), as either moderate set (PP 94 Pasal 42). */
const MODERATE: readonly SanctionCode[] = [
  'POTONG_TUKIN_6B',
  'POTONG_TUKIN_9B',
  'POTONG_TUKIN_12B',
  'TUNDA_KGB_1T',
  'TUNDA_PANGKAT_1T',
  'TURUN_PANGKAT_1T',
];
/** Pasal 8(4) huruf a and b. */
const HEAVY_AB: readonly SanctionCode[] = ['TURUN_JABATAN_12B', 'BEBAS_JABATAN_PELAKSANA_12B'];
/** Pasal 8(4). */
const HEAVY: readonly SanctionCode[] = [...HEAVY_AB, 'PDHTAPS'];
const ALL_PP94: readonly SanctionCode[] = [...LIGHT, ...MODERATE, ...HEAVY];

/** PP 94/2021 binds PNS, and CPNS mutatis mutandis (Pasal 43) [C]. */
const PNS: readonly PersonKind[] = ['PNS', 'CPNS'];
const ASN_POSITIONS: readonly PositionClass[] = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL_AHLI_UTAMA',
  'FUNGSIONAL_LAINNYA',
];
const FUNGSIONAL: readonly PositionClass[] = ['FUNGSIONAL_AHLI_UTAMA', 'FUNGSIONAL_LAINNYA'];
const ADMINISTRATOR_AND_BELOW: readonly PositionClass[] = [
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
];

const pp94 = (article: string, note: string): LegalBasis => ({
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article,
  confidence: 'C',
  source: PP94_TEXT,
  note,
});

const RELATION_STATED =
  'Which posts stand one or two levels below depends on the unit’s structure: a pelaksana may ' +
  'report to an administrator directly. The command states the relation to tell the rows apart ' +
  '(checkAuthority checks it when given); without it, a position class covered at either ' +
  'distance is accepted.';

type PnsRow = Omit<AuthorityRow, 'respondentKinds' | 'effectiveFrom'>;
/** A PP 94/2021 row: about PNS and CPNS, in force from 31 Aug 2021. */
const pnsRow = (row: PnsRow): AuthorityRow => ({
  ...row,
  respondentKinds: PNS,
  effectiveFrom: PP94_FROM,
});

/** Pasal 18(1)–(2): the PPK of a central agency and of a province. */
const ppkPusatOrProvinsi = (instance: Instance): readonly AuthorityRow[] => [
  pnsRow({
    instance,
    official: 'PPK',
    over: ['JPT_MADYA'],
    sanctions: [...LIGHT, ...MODERATE, ...HEAVY_AB],
    basis: pp94(
      'Pasal 18 ayat (1)',
      'a JPT Madya in the PPK’s agency: light, moderate, and heavy demotion or release to a pelaksana post (Pasal 8(2), (3), (4) huruf a and b)',
    ),
  }),
  pnsRow({
    instance,
    official: 'PPK',
    over: ['JPT_PRATAMA'],
    sanctions: [...MODERATE, ...HEAVY],
    basis: pp94('Pasal 18 ayat (2) huruf a', 'a JPT Pratama: moderate and heavy (Pasal 8(3), (4))'),
  }),
  pnsRow({
    instance,
    official: 'PPK',
    over: ['FUNGSIONAL_AHLI_UTAMA'],
    sanctions: [...LIGHT, ...MODERATE, ...HEAVY_AB],
    basis: pp94(
      'Pasal 18 ayat (2) huruf b',
      'a functional official Ahli Utama: light, moderate, and heavy demotion or release (Pasal 8(2), (3), (4) huruf a and b); PDHTAPS is the President’s (Pasal 17(2))',
    ),
  }),
  pnsRow({
    instance,
    official: 'PPK',
    over: [...ADMINISTRATOR_AND_BELOW, 'FUNGSIONAL_LAINNYA'],
    sanctions: HEAVY,
    basis: pp94(
      'Pasal 18 ayat (2) huruf c and d',
      'administrator and below, and other functional officials: heavy (Pasal 8(4)); their light and moderate sanctions are their superiors’ (Pasal 20–23)',
    ),
  }),
];

/** Pasal 20: a JPT Madya of a central agency or a province. */
const jptMadya = (instance: Instance): readonly AuthorityRow[] => [
  pnsRow({
    instance,
    official: 'JPT_MADYA',
    over: ['JPT_PRATAMA'],
    sanctions: LIGHT,
    relation: 'ONE_LEVEL_BELOW',
    basis: pp94('Pasal 20 huruf a', 'a PNS one level below in the official’s unit: light'),
  }),
  pnsRow({
    instance,
    official: 'JPT_MADYA',
    over: ['ADMINISTRATOR'],
    sanctions: MODERATE,
    relation: 'TWO_LEVELS_BELOW',
    basis: pp94('Pasal 20 huruf b', 'a PNS two levels below in the official’s unit: moderate'),
  }),
];

export const AUTHORITY_2024: readonly AuthorityRow[] = [
  // ---- the President (Pasal 17) ----
  pnsRow({
    instance: 'ANY',
    official: 'PRESIDEN',
    over: ['JPT_UTAMA'],
    sanctions: ALL_PP94,
    basis: pp94(
      'Pasal 17 ayat (1) huruf a, ayat (3) huruf a',
      'a JPT Utama: every type (Pasal 8(2)–(4)), on the proposal of the coordinating minister',
    ),
  }),
  pnsRow({
    instance: 'ANY',
    official: 'PRESIDEN',
    over: ['JPT_MADYA'],
    sanctions: ALL_PP94,
    relation: 'RESPONDENT_IS_PPK',
    basis: pp94(
      'Pasal 17 ayat (1) huruf b, ayat (3) huruf b',
      'a JPT Madya who is the PPK of the agency: every type, on the PPK’s proposal',
    ),
    contested:
      'Only for a JPT Madya who is a PPK; the position class does not say so, so the command ' +
      'states the relation RESPONDENT_IS_PPK. Any other JPT Madya: PDHTAPS only (Pasal 17(2)).',
  }),
  pnsRow({
    instance: 'ANY',
    official: 'PRESIDEN',
    over: ['JPT_MADYA', 'FUNGSIONAL_AHLI_UTAMA'],
    sanctions: ['PDHTAPS'],
    basis: pp94(
      'Pasal 17 ayat (2)',
      'a JPT Madya, a functional official Ahli Utama, or another post the President appoints and dismisses: PDHTAPS (Pasal 8(4) huruf c)',
    ),
    contested:
      '"Jabatan lain yang pengangkatan dan pemberhentiannya menjadi wewenang Presiden" (huruf c) ' +
      'has no position class; such a respondent is recorded under the nearest class.',
  }),
  {
    instance: 'ANY',
    official: 'PRESIDEN',
    respondentKinds: PNS,
    over: ['JPT_UTAMA', 'JPT_MADYA', 'FUNGSIONAL_AHLI_UTAMA'],
    sanctions: ['PTDH'],
    basis: {
      instrument: 'UU 20/2023 (ASN); PP 94/2021 by analogy',
      article: 'UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4); PP 94/2021 Pasal 17 ayat (2)',
      confidence: 'R',
      source: 'research/legal-process.md §5.2, §5.4',
      note: 'PTDH is not a PP 94 sanction; the President dismisses the posts the President appoints, as for PDHTAPS (Pasal 17(2))',
    },
    contested:
      'PP 94/2021 leaves dismissal to "ketentuan peraturan perundang-undangan" (Penjelasan ' +
      'Umum); who sets a PTDH was not read in a text [R]. Configurable only by a new rulebook.',
  },
  // ---- the PPK (Pasal 18) ----
  ...ppkPusatOrProvinsi('PUSAT'),
  ...ppkPusatOrProvinsi('PROVINSI'),
  pnsRow({
    instance: 'KABKOTA',
    official: 'PPK',
    over: ['JPT_PRATAMA'],
    sanctions: ALL_PP94,
    basis: pp94(
      'Pasal 18 ayat (3) huruf a',
      'a JPT Pratama of the kabupaten/kota: every type (Pasal 8(2), (3), (4))',
    ),
  }),
  pnsRow({
    instance: 'KABKOTA',
    official: 'PPK',
    over: ['FUNGSIONAL_AHLI_UTAMA'],
    sanctions: [...LIGHT, ...MODERATE, ...HEAVY_AB],
    basis: pp94(
      'Pasal 18 ayat (3) huruf b',
      'a functional official Ahli Utama: light, moderate, and heavy demotion or release (Pasal 8(2), (3), (4) huruf a and b)',
    ),
  }),
  pnsRow({
    instance: 'KABKOTA',
    official: 'PPK',
    over: ADMINISTRATOR_AND_BELOW,
    sanctions: [...MODERATE, ...HEAVY],
    basis: pp94(
      'Pasal 18 ayat (3) huruf c',
      'administrator and below in the kabupaten/kota: moderate and heavy (Pasal 8(3), (4))',
    ),
  }),
  pnsRow({
    instance: 'KABKOTA',
    official: 'PPK',
    over: ['FUNGSIONAL_LAINNYA'],
    sanctions: HEAVY,
    basis: pp94(
      'Pasal 18 ayat (3) huruf d',
      'other functional officials in the kabupaten/kota: heavy (Pasal 8(4))',
    ),
  }),
  {
    instance: 'ANY',
    official: 'PPK',
    respondentKinds: PNS,
    over: ['JPT_PRATAMA', ...ADMINISTRATOR_AND_BELOW, 'FUNGSIONAL_LAINNYA'],
    sanctions: ['PTDH'],
    basis: {
      instrument: 'UU 20/2023 (ASN); PP 94/2021 by analogy',
      article: 'UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4); PP 94/2021 Pasal 18',
      confidence: 'R',
      source: 'research/legal-process.md §5.2, §5.4',
      note: 'PTDH for party membership, set by the PPK for the posts the PPK appoints, as PDHTAPS is (Pasal 18)',
    },
    contested:
      'Who sets a PTDH was not read in a text [R]; the row follows the PPK’s power to impose ' +
      'PDHTAPS. A JPT Madya and an Ahli Utama are the President’s.',
  },
  {
    instance: 'ANY',
    official: 'PPK',
    respondentKinds: ['PNS', 'CPNS', 'PPPK'],
    over: ASN_POSITIONS.filter((p) => p !== 'JPT_UTAMA'),
    sanctions: ['MORAL_TERTUTUP', 'MORAL_TERBUKA'],
    basis: {
      instrument: 'PP 42/2004 (Jiwa Korps dan Kode Etik PNS)',
      article: 'Pasal 15 ayat (2)–(3)',
      confidence: 'S',
      source:
        'https://iradiofm.com/sanksi-asn-yang-follow-like-dan-comment-akun-medsos-capres-dan-cawapres/',
      note: 'the moral sanction is written and declared by the PPK',
    },
    contested:
      'PP 42/2004 binds PNS; CPNS and PPPK follow SKB 2022, which applies to Pegawai ASN [R]. ' +
      'A JPT Utama is left out: the PPK is not above one [R].',
  },
  // ---- officials by position (Pasal 20–23) ----
  ...jptMadya('PUSAT'),
  ...jptMadya('PROVINSI'),
  pnsRow({
    instance: 'ANY',
    official: 'JPT_PRATAMA',
    over: ['ADMINISTRATOR'],
    sanctions: LIGHT,
    relation: 'ONE_LEVEL_BELOW',
    basis: pp94('Pasal 21 huruf a', 'a PNS one level below in the official’s unit: light'),
  }),
  pnsRow({
    instance: 'ANY',
    official: 'JPT_PRATAMA',
    over: ['PENGAWAS'],
    sanctions: MODERATE,
    relation: 'TWO_LEVELS_BELOW',
    basis: pp94('Pasal 21 huruf b', 'a PNS two levels below in the official’s unit: moderate'),
  }),
  pnsRow({
    instance: 'ANY',
    official: 'JPT_PRATAMA',
    over: FUNGSIONAL,
    sanctions: [...LIGHT, ...MODERATE],
    relation: 'IN_OWN_UNIT',
    basis: pp94('Pasal 21 huruf c', 'a functional official in the unit: light and moderate'),
  }),
  pnsRow({
    instance: 'ANY',
    official: 'ADMINISTRATOR',
    over: ['PENGAWAS', 'PELAKSANA'],
    sanctions: LIGHT,
    relation: 'ONE_LEVEL_BELOW',
    basis: pp94('Pasal 22 ayat (1) huruf a', 'a PNS one level below in the official’s unit: light'),
    contested: RELATION_STATED,
  }),
  pnsRow({
    instance: 'ANY',
    official: 'ADMINISTRATOR',
    over: ['PELAKSANA'],
    sanctions: MODERATE,
    relation: 'TWO_LEVELS_BELOW',
    basis: pp94(
      'Pasal 22 ayat (1) huruf b',
      'a PNS two levels below in the official’s unit: moderate',
    ),
    contested: RELATION_STATED,
  }),
  pnsRow({
    instance: 'ANY',
    official: 'ADMINISTRATOR',
    over: FUNGSIONAL,
    sanctions: [...LIGHT, ...MODERATE],
    relation: 'IN_OWN_UNIT',
    basis: pp94(
      'Pasal 22 ayat (1) huruf c',
      'a functional official in the unit: light and moderate',
    ),
  }),
  pnsRow({
    instance: 'ANY',
    official: 'PENGAWAS',
    over: ['PELAKSANA'],
    sanctions: LIGHT,
    relation: 'ONE_LEVEL_BELOW',
    basis: pp94('Pasal 23 ayat (1) huruf a', 'a PNS one level below in the official’s unit: light'),
    contested: RELATION_STATED,
  }),
  pnsRow({
    instance: 'ANY',
    official: 'PENGAWAS',
    over: ['PELAKSANA'],
    sanctions: [...LIGHT, ...MODERATE],
    relation: 'TWO_LEVELS_BELOW',
    basis: pp94(
      'Pasal 23 ayat (1) huruf b',
      'a PNS two levels below in the official’s unit: light and moderate',
    ),
    contested: `research/legal-process.md §5.4 [S] gave a Pengawas light sanctions only; the text gives this row too [C]. ${RELATION_STATED}`,
  }),
  pnsRow({
    instance: 'ANY',
    official: 'PENGAWAS',
    over: FUNGSIONAL,
    sanctions: LIGHT,
    relation: 'IN_OWN_UNIT',
    basis: pp94('Pasal 23 ayat (1) huruf c', 'a functional official in the unit: light'),
  }),
  pnsRow({
    instance: 'ANY',
    official: 'FUNGSIONAL_DESIGNATED',
    over: ['PENGAWAS', 'PELAKSANA'],
    sanctions: LIGHT,
    relation: 'ONE_LEVEL_BELOW',
    basis: pp94(
      'Pasal 22 ayat (2)–(3); Pasal 23 ayat (2)–(3)',
      'where a unit has no administrator (no pengawas), a functional official Ahli Madya (Ahli Muda) designated by PPK decision: light, one level below',
    ),
  }),
  // ---- PPPK ----
  {
    instance: 'ANY',
    official: 'PPK',
    respondentKinds: ['PPPK'],
    over: ASN_POSITIONS,
    sanctions: [
      ...LIGHT,
      'POTONG_TUKIN_6B',
      'POTONG_TUKIN_9B',
      'POTONG_TUKIN_12B',
      'TUNDA_KGB_1T',
      ...HEAVY_AB,
      'PPPK_PUTUS_PERJANJIAN',
    ],
    basis: {
      instrument: 'PP 49/2018 (Manajemen PPPK); PP 94/2021 by analogy',
      confidence: 'R',
      source: 'research/legal-process.md §5.5 ; https://ntbsatu.com/2024/02/06/',
      note: 'the PPK imposes on a PPPK the PP 94/2021 catalogue (press and BKN statements [S]) and terminates the work agreement',
    },
    contested:
      'Whether PP 49/2018 applies the PP 94/2021 procedure and the PyBMH table mutatis mutandis ' +
      'is [R]; the row gives every PPPK sanction to the PPK alone (the catalogue’s appliesTo: ' +
      'no pangkat-based PP 53/2010 type, no PDHTAPS or PTDH).',
  },
  // ---- non-ASN ----
  {
    instance: 'ANY',
    official: 'OPD_HEAD',
    respondentKinds: ['NON_ASN'],
    over: ['NON_ASN'],
    sanctions: ['KONTRAK_TEGURAN', 'KONTRAK_PUTUS'],
    basis: {
      instrument: 'the employment contract of the honorer / PPNPN (or a local Perbup/SE)',
      confidence: 'S',
      source:
        'research/legal-process.md §5.5 ; https://bantenekspres.co.id/2024/06/27/sanksi-diberikan-kepala-opd-honorer-rentan-dimobilisasi/2',
      note: '"Kepala OPD yang berhak memberikan sanksi" (BKPSDM Kab. Serang, 2024), up to termination',
    },
    contested: 'No statute assigns the authority; regional practice [S].',
  },
  {
    instance: 'KABKOTA',
    official: 'BUPATI_WALIKOTA',
    respondentKinds: ['VILLAGE_HEAD'],
    over: ['NON_ASN'],
    sanctions: ['DESA_BERHENTI_SEMENTARA', 'DESA_BERHENTI'],
    basis: {
      instrument: 'UU 6/2014 (Desa); Permendagri 82/2015',
      article:
        'UU 6/2014 Pasal 30 ayat (2), Pasal 40 ayat (2) huruf d and ayat (3); Permendagri 82/2015 Pasal 9 huruf b',
      confidence: 'C',
      source: `${DATASET}, file uu/2014/6.md ; https://tanjungberingin.desa.id/?p=256`,
      note: 'dismissal of a kepala desa "ditetapkan oleh Bupati/Walikota"; temporary dismissal for breach of a prohibition by the Bupati/Walikota',
    },
    contested:
      'Permendagri 66/2017 (amending 82/2015) and UU 3/2024 Pasal 30 were not checked [R].',
  },
  {
    instance: 'KABKOTA',
    official: 'BUPATI_WALIKOTA',
    respondentKinds: ['VILLAGE_HEAD'],
    over: ['NON_ASN'],
    sanctions: ['DESA_TEGURAN_LISAN', 'DESA_TEGURAN_TERTULIS'],
    basis: {
      instrument: 'UU 6/2014 (Desa)',
      article: 'Pasal 30 ayat (1)',
      confidence: 'S',
      source: 'research/legal-answers-2026-11.md §3.1 (DPMD Kab. Pasuruan, memorandum.disway.id)',
      note: 'the UU does not say who reprimands; in practice the Camat gives the teguran on behalf of the Bupati/Wali Kota and proposes dismissal to the Bupati',
    },
    contested:
      'The UU assigns no official for the reprimand [C]; the Bupati/Wali Kota (through the Camat) ' +
      'is practice [S].',
  },
  {
    instance: 'ANY',
    official: 'KEPALA_DESA',
    respondentKinds: ['VILLAGE_OFFICIAL'],
    over: ['NON_ASN'],
    sanctions: ['DESA_BERHENTI'],
    basis: {
      instrument: 'UU 6/2014 (Desa)',
      article: 'Pasal 52, Pasal 53 ayat (3)',
      confidence: 'C',
      source: `${DATASET}, file uu/2014/6.md`,
      note: 'a perangkat desa is dismissed by the Kepala Desa after consulting the Camat on behalf of the Bupati/Wali Kota',
    },
    contested: 'The consultation of the Camat is a condition the command does not check.',
  },
  {
    instance: 'ANY',
    official: 'KEPALA_DESA',
    respondentKinds: ['VILLAGE_OFFICIAL'],
    over: ['NON_ASN'],
    sanctions: ['DESA_TEGURAN_LISAN', 'DESA_TEGURAN_TERTULIS', 'DESA_BERHENTI_SEMENTARA'],
    basis: {
      instrument: 'UU 6/2014 (Desa)',
      article: 'Pasal 52',
      confidence: 'R',
      source: `${DATASET}, file uu/2014/6.md`,
      note: 'the reprimands and the temporary dismissal of a perangkat desa, by the Kepala Desa who dismisses them (Pasal 53(3))',
    },
    contested:
      'The UU names only who dismisses a perangkat desa; that the Kepala Desa also reprimands and ' +
      'suspends is an inference [R].',
  },
];
