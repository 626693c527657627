/**
 * The legal bases the intake decider cites in its rejections, beyond those the rulebook
 * already carries on its rows (deadlines, SKB items, supervisor routing). Confidence tags
 * follow research/legal-process.md: C confirmed, S secondary, R recollection.
 */
import type { LegalBasis, Regime } from '../rules/index.js';

const PERBAWASLU_7_2022 = 'Perbawaslu 7/2022';
const PERBAWASLU_PILKADA = 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024';
const SCRIBD_SUMMARY = 'scribd summary of Perbawaslu 7/2022 (research/legal-process.md §3.2)';
const UU_PILKADA = 'UU 1/2015 (Perppu 1/2014) as amended (Pilkada)';
/** Perppu 1/2014 page holding Pasal 134 (page 94 holds Pasal 135). */
const PASAL_134_TEXT = 'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/93';
const GAZETTE_OCR =
  'gazette OCR, dataset mblonyox/data-peraturan (research/legal-answers-2026-11.md)';

/** Who may report: UU 7/2017 Pasal 454(1)–(3); Pilkada Pasal 134(2). */
export const REPORTER_STANDING: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: 'UU 7/2017 (Pemilu)',
    article: 'Pasal 454 ayat (1)–(3)',
    confidence: 'C',
    note: 'reports come from a citizen with voting rights, an election participant or an election monitor',
  },
  PILKADA_2024: {
    instrument: UU_PILKADA,
    article: 'Pasal 134 ayat (2)',
    confidence: 'C',
    source: PASAL_134_TEXT,
  },
};

/** Formal and material requirements checked in the kajian awal. */
export const REPORT_REQUIREMENTS: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: PERBAWASLU_7_2022,
    article: 'Pasal 15 ayat (3) (formal) dan ayat (4) (materiel)',
    confidence: 'S',
    source:
      'https://linggaupos.bacakoran.co/amp/21742/ ; https://harianrakyatbengkulu.bacakoran.co/amp/16752/',
  },
  PILKADA_2024: {
    instrument: PERBAWASLU_PILKADA,
    confidence: 'R',
    note: 'assumed to mirror Perbawaslu 7/2022 Pasal 15(3)–(4); article not verified',
  },
};

/** Registration follows a complete kajian awal (or directly, for a finding). */
export const REGISTRATION: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: PERBAWASLU_7_2022,
    article: 'Pasal 15–17',
    confidence: 'S',
    source: SCRIBD_SUMMARY,
    note: 'a report is registered once the formal and material requirements are met',
  },
  PILKADA_2024: { instrument: PERBAWASLU_PILKADA, confidence: 'R' },
};

/** Withdrawal: allowed before registration; afterwards it does not stop the handling. */
export const WITHDRAWAL: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: PERBAWASLU_7_2022,
    article: 'Pasal 14 ayat (1) dan Pasal 17 ayat (3)',
    confidence: 'S',
    source: SCRIBD_SUMMARY,
    note: 'a withdrawn report may still serve as informasi awal (Pasal 14 ayat (2))',
  },
  PILKADA_2024: {
    instrument: PERBAWASLU_PILKADA,
    confidence: 'R',
    note: 'assumed to mirror Perbawaslu 7/2022 Pasal 14 and 17(3)',
  },
};

/** A finding is Bawaslu's own act, set from its supervision results. */
export const FINDING: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: { instrument: 'UU 7/2017 (Pemilu)', article: 'Pasal 454 ayat (5)', confidence: 'C' },
  PILKADA_2024: {
    instrument: UU_PILKADA,
    article: 'Pasal 134 ayat (4)',
    confidence: 'R',
    source: PASAL_134_TEXT,
    note: 'read from "diketahui dan/atau ditemukannya" in Pasal 134(4); no source sets a separate finding rule',
  },
};

/**
 * Classification after the study, including the neutrality forward to the ASN supervisor:
 * UU 7/2017 Pasal 455(1) (huruf c: violations of other laws). For Pilkada, Pasal 135(1) lists only
 * the ethics, administrative, dispute and criminal tracks; the neutrality forward rests on the
 * Bawaslu Kab/Kota task of passing on what is not its competence (UU 10/2016 Pasal 30 huruf e).
 */
export const CLASSIFICATION: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: 'UU 7/2017 (Pemilu)',
    article: 'Pasal 455 ayat (1)',
    confidence: 'C',
    source: 'https://news.detik.com/pemilu/d-7208294/',
  },
  PILKADA_2024: {
    instrument: 'UU 1/2015 as amended by UU 10/2016 (Pilkada)',
    article: 'Pasal 30 huruf e',
    confidence: 'C',
    source: `${GAZETTE_OCR}, file uu/2016/10.md`,
    note:
      'Bawaslu (Panwas) Kab/Kota "meneruskan temuan dan laporan yang bukan menjadi ' +
      'kewenangannya kepada instansi yang berwenang"; Pasal 135(1) covers only the ethics, ' +
      'administrative, dispute and criminal tracks',
  },
};

/**
 * The election-law tracks a study can end in (ethics, administrative, dispute, criminal), for
 * errors that concern those tracks rather than the neutrality forward (since 2024.2).
 */
export const ELECTION_TRACKS: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: 'UU 7/2017 (Pemilu)',
    article: 'Pasal 455 ayat (1)',
    confidence: 'C',
    source: 'https://news.detik.com/pemilu/d-7208294/',
  },
  PILKADA_2024: {
    instrument: UU_PILKADA,
    article: 'Pasal 135 ayat (1)',
    confidence: 'C',
    source: 'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/94',
  },
};

/** Discipline inside the employer is not complaint-based: the superior must act. */
export const INTERNAL_DISCIPLINE: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article: 'Pasal 26 ayat (1)',
  confidence: 'S',
  source: 'https://anyflip.com/czsmt/lgws/basic',
  note: 'a direct superior who learns of a violation must summon and examine; no Bawaslu step applies',
};

/** ASN means PNS and PPPK; CPNS are treated as PNS for discipline (PP 94/2021 applies mutatis mutandis). */
export const ASN_MEMBERSHIP: LegalBasis = {
  instrument: 'UU 20/2023 (ASN)',
  confidence: 'S',
  note: 'ASN = PNS and PPPK; non-ASN staff and village heads fall under their contract and UU 6/2014 (Desa)',
};

/** The 18-digit NIP of a PNS / CPNS. */
export const NIP_FORMAT: LegalBasis = {
  instrument: 'Peraturan Kepala BKN 22/2007 jo. 43/2007 (Nomor Identitas PNS)',
  confidence: 'S',
  source:
    'https://tekno.tempo.co/amp/1511377/penasaran-dengan-arti-18-digit-nip-pns-ini-penjelasannya',
  note: 'birth date YYYYMMDD, TMT CPNS YYYYMM, sex 1 (male) or 2 (female), serial 001–999',
};

/** The 18-digit Nomor Induk (NI) of a PPPK. */
export const NI_PPPK_FORMAT: LegalBasis = {
  instrument: 'BKN, Nomor Induk PPPK',
  confidence: 'S',
  source:
    'https://foppsirokanhulu.blogspot.com/2024/03/apa-perbedaan-nip-pns-dan-ni-pppk.html ; https://sumateraekspres.bacakoran.co/amp/39371/',
  note: 'birth date YYYYMMDD, year of first appointment YYYY, 2-digit contract code, sex, serial',
};

/** Minimum age at appointment: 18 for a CPNS, 20 for a PPPK. */
export const MINIMUM_AGE: Readonly<Record<'PNS' | 'PPPK', LegalBasis>> = {
  PNS: {
    instrument: 'PP 11/2017 (Manajemen PNS)',
    article: 'Pasal 23 ayat (1) huruf a',
    confidence: 'R',
    note: 'applicants are at least 18 years old',
  },
  PPPK: {
    instrument: 'PP 49/2018 (Manajemen PPPK)',
    article: 'Pasal 16 huruf a',
    confidence: 'S',
    source: 'https://akoenksembilantujuh.com/2021/05/tentang-manajemen-pegawai-pemerintah.html',
    note: 'applicants are at least 20 years old',
  },
};

/**
 * Maximum age at appointment (case/nip.ts). PNS/CPNS: the widest route, not the usual one, so
 * that a real NIP is never refused: 35 (40 for certain positions) when applying, but honorer
 * staff appointed CPNS could be up to 46, so an appointment at 47 or older is impossible.
 * PPPK: one year before the position's retirement age, the highest being 65.
 */
export const MAXIMUM_AGE: Readonly<Record<'PNS' | 'PPPK', LegalBasis>> = {
  PNS: {
    instrument:
      'PP 11/2017 (Manajemen PNS) as amended by PP 17/2020; PP 48/2005 jo. PP 56/2012 (honorer)',
    article: 'PP 11/2017 Pasal 23 ayat (1) huruf a',
    confidence: 'R',
    note: 'applicants are at most 35 (40 for certain positions); honorer appointed CPNS at most 46: refused from 47',
  },
  PPPK: {
    instrument: 'PP 49/2018 (Manajemen PPPK)',
    article: 'Pasal 16 huruf a',
    confidence: 'S',
    source: 'https://akoenksembilantujuh.com/2021/05/tentang-manajemen-pegawai-pemerintah.html',
    note: 'at most 1 year before the retirement age of the position; the highest retirement age (functional positions, 65 [R]) bounds appointment year − birth year at 65',
  },
};

/**
 * Bawaslu's territorial hierarchy: RI nationwide, Provinsi in its province, Kab/Kota in its region.
 * Pasal 454 says nothing on territory; the tasks and authority of each level do ("di wilayah …").
 */
export const BAWASLU_JURISDICTION: LegalBasis = {
  instrument: 'UU 7/2017 (Pemilu); UU 1/2015 as amended (Pilkada); Perbawaslu 7/2022',
  article:
    'UU 7/2017 Pasal 93–95 (Bawaslu), 97–99 (Provinsi), 101–103 (Kab/Kota), 105–106 (Kecamatan); ' +
    'UU 1/2015 as amended Pasal 22B, 28, 30, 32; Perbawaslu 7/2022 Pasal 20 (pelimpahan, pengambilalihan)',
  confidence: 'S',
  source:
    'https://pasal.id/en/peraturan/perban/peraturan-bawaslu-no-7-tahun-2022/koreksi/8055145 ; https://id.scribd.com/presentation/678047052/Materi-TWK-Pembinaan-Panwascam-Irlan',
  note:
    'each level supervises and handles violations in its own territory; Bawaslu Kab/Kota is the ' +
    'usual handler, and Perbawaslu 7/2022 Pasal 20 passes matters down to it (pelimpahan) or ' +
    'lets it take them over from Panwaslu Kecamatan (pengambilalihan) [S]. The UU article ' +
    'numbers are recollection [R], except UU 7/2017 Pasal 105–106 (Panwaslu Kecamatan, ' +
    'Bawaslu training deck) [S] and UU 10/2016 Pasal 30 (Kab/Kota) [C]',
};

/** A satgas or superior acts within its own agency only. */
export const AGENCY_JURISDICTION: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article: 'Pasal 26',
  confidence: 'S',
  note: "a superior or an OPD's neutrality task force acts on its own agency's employees",
};

/**
 * Sentra Gakkumdu sits at Bawaslu of the same level. Pemilu 2024: Perbawaslu 3/2023 (replacing
 * Perbawaslu 31/2018); Pilkada: a Peraturan Bersama of the Ketua Bawaslu, Kapolri and Jaksa Agung
 * (UU 10/2016 Pasal 152(4)). Per regime: rules/gakkumdu-policy.ts.
 */
export const GAKKUMDU: LegalBasis = {
  instrument:
    'Perbawaslu 3/2023 tentang Sentra Gakkumdu Pemilu (Pemilu); Peraturan Bersama Ketua Bawaslu, Kapolri and Jaksa Agung (Pilkada)',
  article: 'UU 7/2017 Pasal 476 ayat (2) (Pemilu); UU 10/2016 Pasal 152 ayat (4) (Pilkada)',
  confidence: 'S',
  source:
    'http://tanjungpinangkota.bawaslu.go.id/berita/bawaslu-tanjungpinang-gelar-rakor-bersama-sentra-gakkumdu ; research/legal-answers-2026-11.md §5',
  note: 'Perbawaslu 3/2023 number and title [S] (date not found); the Peraturan Bersama itself was not read',
};
