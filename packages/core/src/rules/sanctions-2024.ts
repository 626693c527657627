/**
 * The sanction catalogue of the proceedings after Bawaslu (issue 15): every {@link SanctionCode}
 * with its level, its place in the order of severity, who it applies to, how long it runs and
 * the administrative remedy against it (research/legal-process.md §5.2–5.5, as corrected by
 * research/legal-answers-2026-11.md §3, §6, §9).
 *
 * PP 94/2021 was read in the gazette OCR for this table (dataset mblonyox/data-peraturan, file
 * pp/2021/94/fulltext.md): Pasal 8 (the types), 42 (the tukin cuts wait for a PP on salaries and
 * allowances; until then PP 53/2010 Pasal 7(3)), 43 (mutatis mutandis for CPNS), 45 angka 3
 * (PP 53/2010 repealed except for the moderate types), 46 (in force on promulgation); signed and
 * promulgated 31 Aug 2021 [C]. PP 79/2021 Pasal 1 angka 4–5 and 10 (keberatan against a
 * decision other than dismissal; banding against dismissal as PNS or termination as PPPK) [C].
 *
 * Severity: within each PP the types are listed from light to heavy (PP 94 Pasal 8(2)–(4)), and
 * netra ranks them so. The two moderate sets share ranks (the first, second and third moderate
 * type of each PP), since they are never in force on the same day; that equivalence is netra's,
 * not the law's. Moral sanctions rank below the light discipline sanctions, and the village and
 * contract sanctions are placed on the same scale: both are netra's placement [R].
 */
import type { SanctionCode, SanctionType } from './proceedings-types.js';
import type { LegalBasis } from './types.js';

const DATASET = 'gazette OCR, dataset mblonyox/data-peraturan';
const PP94_TEXT = `${DATASET}, file pp/2021/94/fulltext.md`;
const PP79_TEXT = `${DATASET}, file pp/2021/79/fulltext.md`;
/** PP 94/2021 took force on promulgation, 31 Aug 2021 (Pasal 46) [C]. */
const PP94_FROM = '2021-08-31';

const pp94 = (article: string, note: string): LegalBasis => ({
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article,
  confidence: 'C',
  source: PP94_TEXT,
  note,
});

const PNS_CPNS = 'PP 94/2021 applies to CPNS mutatis mutandis (Pasal 43) [C].';
const PPPK_BY_ANALOGY =
  'For a PPPK: press and BKN statements apply the PP 94/2021 catalogue "dan PP 49/2018 tentang ' +
  'manajemen PPPK" [S] (research/legal-process.md §5.5); whether PP 49/2018 imports PP 94 ' +
  'mutatis mutandis is [R].';
const KEBERATAN =
  'Keberatan (PP 79/2021 Pasal 3): to the PPK against a Keputusan PPK, to the atasan Pejabat ' +
  'against a Keputusan Pejabat [C]; PP 79 has no exclusion for light sanctions.';

const MORAL_BASIS: LegalBasis = {
  instrument: 'PP 42/2004 (Jiwa Korps dan Kode Etik PNS)',
  article: 'Pasal 15 ayat (2)–(3)',
  confidence: 'S',
  source:
    'https://iradiofm.com/sanksi-asn-yang-follow-like-dan-comment-akun-medsos-capres-dan-cawapres/ ; https://sumba.pikiran-rakyat.com/nasional/pr-3027152228/',
  note: 'a moral sanction, written and declared by the PPK, as a closed (tertutup) or public (terbuka) statement',
};
const MORAL_CONTESTED =
  'PP 42/2004 binds PNS; SKB 2022 applies its ethics items to Pegawai ASN, so CPNS and PPPK are ' +
  'included [R]. Whether a moral sanction is a Keputusan PPK open to keberatan under PP 79/2021 ' +
  'is not in the sources [R]. Ranking tertutup below terbuka, and both below the light ' +
  'discipline sanctions, is netra’s [R].';

const PP53_BASIS = (types: string): LegalBasis => ({
  instrument: 'PP 53/2010 (Disiplin PNS), kept by PP 94/2021',
  article: 'PP 53/2010 Pasal 7 ayat (3); PP 94/2021 Pasal 42 ayat (2) and Pasal 45 angka 3',
  confidence: 'C',
  source: `${PP94_TEXT} ; research/legal-answers-2026-11.md §9 ; https://mimbarbangsa.co.id/bolos-kerja-pemerintah-potong-tunjangan-kinerja-pns/`,
  note: `${types}; the moderate sanctions in force until a PP on salaries and allowances is (PP 94 Pasal 42), switched by moderateSanctions.pp94ModerateFrom`,
});
const PP53_CONTESTED =
  'In force only while moderateSanctions.pp94ModerateFrom is null or later than the day. ' +
  'PP 53/2010 binds PNS; CPNS by PP 94/2021 Pasal 43 [C].';
const PP53_PANGKAT_CONTESTED = `${PP53_CONTESTED} Not for a PPPK: the type works on a pangkat, which a PPPK does not hold [R].`;

const TUKIN_BASIS = (months: number, huruf: string): LegalBasis =>
  pp94(
    `Pasal 8 ayat (3) huruf ${huruf}; Pasal 42 ayat (1)`,
    `pemotongan tunjangan kinerja sebesar 25% selama ${months} bulan; "berlaku setelah Peraturan Pemerintah mengenai Gaji dan Tunjangan berlaku" (Pasal 42(1))`,
  );
const TUKIN_CONTESTED = `In force only from moderateSanctions.pp94ModerateFrom, null by default: whether a PP on PNS salaries and allowances came into force is unverified [R] (research/legal-answers-2026-11.md §9, §10). ${PNS_CPNS} ${PPPK_BY_ANALOGY}`;

const PTDH_BASIS: LegalBasis = {
  instrument: 'UU 20/2023 (ASN)',
  article: 'Pasal 52 ayat (3) huruf j jo. ayat (4)',
  confidence: 'S',
  source: 'research/legal-process.md §5.2 (Kompas 5 Oct 2023; katadata; fajar) ; SKB 2022 D-5',
  note:
    'pemberhentian tidak dengan hormat for membership or office in a political party, for ' +
    'conduct from 31 Oct 2023 (UU 20/2023 promulgated); for earlier conduct the basis is UU ' +
    '5/2014 Pasal 87 ayat (4) huruf c [S], as SKB 2022 cites it',
};

const DESA = 'UU 6/2014 (Desa)';
const DESA_SOURCE = `${DATASET}, file uu/2014/6.md ; https://tatangnurdian.blogspot.com/2020/03/larangan-dan-sangsi-bagi-kepala-desa.html`;
const desa = (article: string, note: string, extra?: Partial<LegalBasis>): LegalBasis => ({
  instrument: DESA,
  article,
  confidence: 'C',
  source: DESA_SOURCE,
  note,
  ...extra,
});
const DESA_CONTESTED =
  'Not an ASN sanction: PP 79/2021 does not apply, and no administrative remedy is in the ' +
  'research files [R]. The level on netra’s common scale is netra’s placement [R]: UU 6/2014 ' +
  'grades the measures (reprimand, then temporary dismissal, then dismissal) without levels. ' +
  'The ladder (`after`) follows Pasal 30(2) [C]: temporary dismissal when the reprimand "tidak ' +
  'dilaksanakan", "dapat dilanjutkan dengan pemberhentian". Pasal 40(2)(d) lists breach of a ' +
  'prohibition among the grounds of dismissal and Permendagri 82/2015 Pasal 9 among those of ' +
  'temporary dismissal, which could be read to allow them without the earlier step [R].';

const CONTRACT_BASIS: LegalBasis = {
  instrument: 'the employment contract of the honorer / PPNPN (or a local Perbup/SE)',
  confidence: 'S',
  source:
    'research/legal-process.md §5.5 ; https://bantenekspres.co.id/2024/06/27/sanksi-diberikan-kepala-opd-honorer-rentan-dimobilisasi/2 ; https://fbeta.republika.co.id/berita/sl2oqm512/',
  note: 'not subject to PP 94/2021 or PP 42/2004: sanctions follow the contract, imposed by the OPD head, "sanksi terberat bisa diberhentikan"',
};
const CONTRACT_CONTESTED =
  'No statute sets the measures; the contract does [S]. PP 79/2021 does not apply. UU 20/2023 ' +
  'Pasal 66 required the non-ASN workforce to be regularised by Dec 2024 [S]: a transitional ' +
  'respondent type.';

export const SANCTIONS_2024: readonly SanctionType[] = [
  {
    code: 'MORAL_TERTUTUP',
    level: 'MORAL',
    severity: 10,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: null,
    ends: false,
    appealRoute: 'KEBERATAN',
    basis: MORAL_BASIS,
    contested: MORAL_CONTESTED,
  },
  {
    code: 'MORAL_TERBUKA',
    level: 'MORAL',
    severity: 20,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: null,
    ends: false,
    appealRoute: 'KEBERATAN',
    basis: MORAL_BASIS,
    contested: MORAL_CONTESTED,
  },
  {
    code: 'TEGURAN_LISAN',
    level: 'LIGHT',
    severity: 30,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: null,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: pp94('Pasal 8 ayat (2) huruf a', `teguran lisan. ${KEBERATAN}`),
    contested: `${PNS_CPNS} ${PPPK_BY_ANALOGY}`,
  },
  {
    code: 'TEGURAN_TERTULIS',
    level: 'LIGHT',
    severity: 40,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: null,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: pp94('Pasal 8 ayat (2) huruf b', `teguran tertulis. ${KEBERATAN}`),
    contested: `${PNS_CPNS} ${PPPK_BY_ANALOGY}`,
  },
  {
    code: 'PERNYATAAN_TIDAK_PUAS',
    level: 'LIGHT',
    severity: 50,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: null,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: pp94('Pasal 8 ayat (2) huruf c', `pernyataan tidak puas secara tertulis. ${KEBERATAN}`),
    contested: `${PNS_CPNS} ${PPPK_BY_ANALOGY}`,
  },
  {
    code: 'POTONG_TUKIN_6B',
    level: 'MODERATE',
    severity: 60,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: 6,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: TUKIN_BASIS(6, 'a'),
    contested: TUKIN_CONTESTED,
  },
  {
    code: 'POTONG_TUKIN_9B',
    level: 'MODERATE',
    severity: 70,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: 9,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: TUKIN_BASIS(9, 'b'),
    contested: TUKIN_CONTESTED,
  },
  {
    code: 'POTONG_TUKIN_12B',
    level: 'MODERATE',
    severity: 80,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: 12,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: TUKIN_BASIS(12, 'c'),
    contested: TUKIN_CONTESTED,
  },
  {
    code: 'TUNDA_KGB_1T',
    level: 'MODERATE',
    severity: 60,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: 12,
    ends: false,
    appealRoute: 'KEBERATAN',
    basis: PP53_BASIS('penundaan kenaikan gaji berkala selama 1 tahun'),
    contested: `${PP53_CONTESTED} For a PPPK, by analogy [R]: PP 53/2010 names PNS only.`,
  },
  {
    code: 'TUNDA_PANGKAT_1T',
    level: 'MODERATE',
    severity: 70,
    appliesTo: ['PNS', 'CPNS'],
    durationMonths: 12,
    ends: false,
    appealRoute: 'KEBERATAN',
    basis: PP53_BASIS('penundaan kenaikan pangkat selama 1 tahun'),
    contested: PP53_PANGKAT_CONTESTED,
  },
  {
    code: 'TURUN_PANGKAT_1T',
    level: 'MODERATE',
    severity: 80,
    appliesTo: ['PNS', 'CPNS'],
    durationMonths: 12,
    ends: false,
    appealRoute: 'KEBERATAN',
    basis: PP53_BASIS('penurunan pangkat setingkat lebih rendah selama 1 tahun'),
    contested: PP53_PANGKAT_CONTESTED,
  },
  {
    code: 'TURUN_JABATAN_12B',
    level: 'HEAVY',
    severity: 90,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: 12,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: pp94(
      'Pasal 8 ayat (4) huruf a',
      `penurunan jabatan setingkat lebih rendah selama 12 bulan. ${KEBERATAN}`,
    ),
    contested: `${PNS_CPNS} ${PPPK_BY_ANALOGY}`,
  },
  {
    code: 'BEBAS_JABATAN_PELAKSANA_12B',
    level: 'HEAVY',
    severity: 100,
    appliesTo: ['PNS', 'CPNS', 'PPPK'],
    durationMonths: 12,
    ends: false,
    appealRoute: 'KEBERATAN',
    effectiveFrom: PP94_FROM,
    basis: pp94(
      'Pasal 8 ayat (4) huruf b',
      `pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan (Penjelasan: from a JPT, administrator, pengawas or functional post to a pelaksana post). ${KEBERATAN}`,
    ),
    contested: `${PNS_CPNS} ${PPPK_BY_ANALOGY}`,
  },
  {
    code: 'PDHTAPS',
    level: 'HEAVY',
    severity: 110,
    appliesTo: ['PNS', 'CPNS'],
    durationMonths: null,
    ends: true,
    appealRoute: 'BANDING',
    effectiveFrom: PP94_FROM,
    basis: pp94(
      'Pasal 8 ayat (4) huruf c; PP 79/2021 Pasal 1 angka 5, Pasal 10 huruf a',
      'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS; banding administratif to BPASN against dismissal as PNS (PP 79/2021) [C]',
    ),
    contested: `${PNS_CPNS} For a CPNS the measure is dismissal as CPNS. A PPPK's counterpart is PPPK_PUTUS_PERJANJIAN.`,
  },
  {
    code: 'PTDH',
    level: 'PTDH',
    severity: 120,
    appliesTo: ['PNS', 'CPNS'],
    durationMonths: null,
    ends: true,
    appealRoute: 'BANDING',
    basis: PTDH_BASIS,
    contested:
      'Not dated: PTDH for party membership existed before UU 20/2023 under UU 5/2014 Pasal ' +
      '87(4)(c); the basis follows the date of the conduct (31 Oct 2023). Banding to BPASN as ' +
      'a dismissal as PNS (PP 79/2021 Pasal 10 huruf a) [C]. For a CPNS by analogy [R]; for a ' +
      'PPPK the measure is PPPK_PUTUS_PERJANJIAN (research/legal-process.md §5.2).',
  },
  {
    code: 'PPPK_PUTUS_PERJANJIAN',
    level: 'HEAVY',
    alsoMeets: ['PTDH'],
    severity: 110,
    appliesTo: ['PPPK'],
    durationMonths: null,
    ends: true,
    appealRoute: 'BANDING',
    basis: {
      instrument: 'PP 49/2018 (Manajemen PPPK); PP 79/2021',
      article: 'PP 79/2021 Pasal 1 angka 5, Pasal 10 huruf b',
      confidence: 'S',
      source: `research/legal-process.md §5.2, §5.5 ; ${PP79_TEXT}`,
      note:
        'pemutusan hubungan perjanjian kerja: the heavy end for a PPPK, and the measure where a ' +
        'PNS gets PTDH (UU 20/2023 Pasal 52(3) huruf j jo. (4) covers PNS and PPPK [S]); ' +
        'banding administratif to BPASN (PP 79/2021) [C]',
    },
    contested:
      'The PP 49/2018 article was not read [R]. Ranked with PDHTAPS: both end the employment ' +
      'as the heaviest discipline measure.',
  },
  {
    code: 'KONTRAK_TEGURAN',
    level: 'LIGHT',
    severity: 30,
    appliesTo: ['NON_ASN'],
    durationMonths: null,
    ends: false,
    appealRoute: 'NONE',
    basis: CONTRACT_BASIS,
    contested: CONTRACT_CONTESTED,
  },
  {
    code: 'KONTRAK_PUTUS',
    level: 'HEAVY',
    severity: 110,
    appliesTo: ['NON_ASN'],
    durationMonths: null,
    ends: true,
    appealRoute: 'NONE',
    basis: CONTRACT_BASIS,
    contested: CONTRACT_CONTESTED,
  },
  {
    code: 'DESA_TEGURAN_LISAN',
    level: 'LIGHT',
    severity: 30,
    appliesTo: ['VILLAGE_HEAD', 'VILLAGE_OFFICIAL'],
    durationMonths: null,
    ends: false,
    appealRoute: 'NONE',
    basis: desa(
      'Pasal 30 ayat (1) (kepala desa); Pasal 52 (perangkat desa)',
      'sanksi administratif berupa teguran lisan dan/atau teguran tertulis, for breach of Pasal 29 huruf j / Pasal 51 huruf j (taking part in a Pemilu or Pilkada campaign)',
    ),
    contested: DESA_CONTESTED,
  },
  {
    code: 'DESA_TEGURAN_TERTULIS',
    level: 'LIGHT',
    severity: 40,
    appliesTo: ['VILLAGE_HEAD', 'VILLAGE_OFFICIAL'],
    durationMonths: null,
    ends: false,
    appealRoute: 'NONE',
    basis: desa(
      'Pasal 30 ayat (1) (kepala desa); Pasal 52 (perangkat desa)',
      'sanksi administratif berupa teguran lisan dan/atau teguran tertulis',
    ),
    contested: DESA_CONTESTED,
  },
  {
    code: 'DESA_BERHENTI_SEMENTARA',
    level: 'MODERATE',
    severity: 80,
    appliesTo: ['VILLAGE_HEAD', 'VILLAGE_OFFICIAL'],
    durationMonths: null,
    ends: false,
    appealRoute: 'NONE',
    after: ['DESA_TEGURAN_LISAN', 'DESA_TEGURAN_TERTULIS'],
    basis: desa(
      'Pasal 30 ayat (2) (kepala desa); Pasal 52 (perangkat desa); Permendagri 82/2015 Pasal 9 huruf b',
      'pemberhentian sementara when the reprimand is not complied with ("tidak dilaksanakan"); for a kepala desa by the Bupati/Wali Kota (Permendagri 82/2015, reproduced text) [C]',
      { instrument: `${DESA}; Permendagri 82/2015` },
    ),
    contested: `${DESA_CONTESTED} The length of a temporary dismissal is not in the sources, so durationMonths is null.`,
  },
  {
    code: 'DESA_BERHENTI',
    level: 'HEAVY',
    severity: 110,
    appliesTo: ['VILLAGE_HEAD', 'VILLAGE_OFFICIAL'],
    durationMonths: null,
    ends: true,
    appealRoute: 'NONE',
    after: ['DESA_BERHENTI_SEMENTARA'],
    basis: desa(
      'Pasal 30 ayat (2), Pasal 40 ayat (2) huruf d and ayat (3) (kepala desa); Pasal 52, Pasal 53 ayat (3) (perangkat desa)',
      'pemberhentian: a kepala desa by the Bupati/Wali Kota; a perangkat desa by the Kepala Desa after consulting the Camat on behalf of the Bupati/Wali Kota',
    ),
    contested: DESA_CONTESTED,
  },
];

/** Every sanction code, in the order of the catalogue. */
export const SANCTION_CODES: readonly SanctionCode[] = SANCTIONS_2024.map((s) => s.code);
