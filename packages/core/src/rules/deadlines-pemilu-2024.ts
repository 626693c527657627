/**
 * Intake deadlines for Pemilu 2024 (UU 7/2017 Pasal 454–476; Perbawaslu 7/2022).
 *
 * Day type: Pemilu handling runs on working days (hari kerja) [S]. Pasal 454 says "hari kerja"
 * in ayat (6) and (8) but only "hari" in ayat (5) and (7), and the definition of "Hari" in
 * Perbawaslu 7/2022 Pasal 1 was not found. The working-day reading rests on a documented case
 * (Bawaslu Kota Surakarta, Jan 2024: the completion period skipped the weekend and closed at
 * 16:00) and on Bawaslu statements (Indramayu; Majalengka), research/legal-answers-2026-11.md
 * §1.1. The rows that read "hari" as working days say so and stay configurable.
 */
import type { DeadlineRule, IntakeStep, LegalBasis } from './types.js';

const UU_PEMILU = 'UU 7/2017 (Pemilu)';
const PERBAWASLU = 'Perbawaslu 7/2022';
/** A scan of the gazette text of UU 7/2017 (printed page −270−), Pasal 454 ayat (4)–(8). */
const UU_7_2017_SCAN = 'https://online.flipbuilder.com/cmvf/wgnv/files/basic-html/page312.html';
const INDRAMAYU =
  'https://indramayukab.bawaslu.go.id/berita/koordinasi-dengan-kajari-ketua-bawaslu-indramayu-berharap-sentra-gakkumdu-sudah-terbentuk';
const MAJALENGKA = 'https://macakata.com/2024/08/06/pemilihan-serentak-2024/';
/** Bawaslu Kota Surakarta, report of 10 Jan 2024: notice 12 Jan, deadline Tue 16 Jan 16:00. */
const SURAKARTA_2024 =
  'https://fokusjateng.com/2024/01/15/bawaslu-terima-laporan-dugaan-pelanggaran-ganjar-di-cfd-solo ; https://www.cnnindonesia.com/nasional/20240117122227-617-1050663/';
const KAJIAN_AWAL =
  'https://sulteng.antaranews.com/amp/berita/297549/bawaslu-susun-kajian-awal-laporan-phpb';
const PASAL_476 =
  'https://freelinenews.com/gempar-minta-gakkumdu-aceh-timur-proses-hukum-dugaan-pengelembungan-suara/2 ; https://wantimpres.go.id/id/newsflows/komisi-ii-dpr-setujui-2-rancangan-perbawaslu';
/** Bawaslu Rokan Hilir turned uncompleted reports into its own findings (Pilkada 2024). */
const TEMUAN_PRACTICE =
  'https://liputan6.com/amp/5758636/20-asn-rokan-hilir-dilaporkan-tak-netral-5-laporan-sudah-diteruskan-ke-bkn';

/** The statute's own period and day type, read from the scan. */
const pasal454 = (ayat: number, note: string): LegalBasis => ({
  instrument: UU_PEMILU,
  article: `Pasal 454 ayat (${ayat})`,
  confidence: 'C',
  source: UU_7_2017_SCAN,
  note,
});

/**
 * The statute's period with "hari" read as working days: the period is [C], the day type [S],
 * so the row is [S].
 */
const pasal454Working = (ayat: number, note: string): LegalBasis => ({
  instrument: UU_PEMILU,
  article: `Pasal 454 ayat (${ayat})`,
  confidence: 'S',
  source: `${UU_7_2017_SCAN} ; ${SURAKARTA_2024} ; ${INDRAMAYU} ; ${MAJALENGKA}`,
  note: `${note}; the 7 days are the statute's [C], the working-day reading is [S]`,
});

const HARI_READ_AS_WORKING =
  'The statute says "hari" here but "hari kerja" in Pasal 454(6) and (8), which could mean ' +
  'calendar days, and Perbawaslu 7/2022 Pasal 1 was not read. Default WORKING follows the ' +
  'Surakarta 2024 case timeline and Bawaslu statements [S]; the choice is configurable: ' +
  'override dayType to CALENDAR to read the statute literally.';

export const PEMILU_2024_DEADLINES: Readonly<Record<IntakeStep, DeadlineRule>> = {
  FILE_REPORT: {
    step: 'FILE_REPORT',
    days: 7,
    dayType: 'WORKING',
    runsFrom: 'the day the violation became known (sejak diketahuinya)',
    basis: pasal454(
      6,
      'paraphrase: a report is filed at most 7 working days after the violation became known',
    ),
  },
  SET_FINDING: {
    step: 'SET_FINDING',
    days: 7,
    dayType: 'WORKING',
    runsFrom: 'the day supervision discovered the suspected violation',
    basis: pasal454Working(
      5,
      'paraphrase: supervision results are set as a finding at most 7 days after discovery',
    ),
    contested: HARI_READ_AS_WORKING,
  },
  PRELIMINARY_REVIEW: {
    step: 'PRELIMINARY_REVIEW',
    days: 2,
    dayType: 'WORKING',
    runsFrom: 'the day the report was received (kajian awal)',
    basis: {
      instrument: PERBAWASLU,
      article: 'Pasal 15 ayat (1)',
      confidence: 'S',
      source: `${KAJIAN_AWAL} ; ${SURAKARTA_2024}`,
      note: '"paling lama dua hari setelah menerima laporan" (Puadi, Bawaslu RI); in the Surakarta case the review took 2 days (Wed 10 → Fri 12 Jan 2024)',
    },
    contested:
      'The Perbawaslu says "hari" and its definition of "Hari" was not read. Default WORKING ' +
      'follows the Pemilu working-day reading [S]; the Surakarta case does not tell the two ' +
      'apart. The choice is configurable (dayType CALENDAR).',
  },
  COMPLETION_NOTICE: {
    step: 'COMPLETION_NOTICE',
    days: 1,
    dayType: 'WORKING',
    runsFrom:
      'the day of the kajian awal that found the formal or material requirements incomplete',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'S',
      source: `research/legal-process.md §3.2 item 4 ; ${SURAKARTA_2024}`,
      note: 'the reporter is told within 1 day after the kajian awal to complete the report; in the Surakarta case the notice went out the day the review ended',
    },
    contested:
      'The article is not identified and the day type follows the Pemilu working-day reading ' +
      '[S]; configurable.',
  },
  COMPLETE_REQUIREMENTS: {
    step: 'COMPLETE_REQUIREMENTS',
    days: 2,
    dayType: 'WORKING',
    closesAt: '16:00',
    closesAtOnFriday: '16:30',
    runsFrom: 'the day the reporter received the completion notice (pemberitahuan kelengkapan)',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'S',
      source: `${SURAKARTA_2024} ; ${TEMUAN_PRACTICE}`,
      note:
        'one case: notice Fri 12 Jan 2024, deadline Tue 16 Jan 2024 16:00 WIB (2 working days ' +
        'after the notice, at office close). Late → the report is not registered ("tidak ' +
        'diregistrasi karena tidak memenuhi syarat formil materiil"); that ends the report, ' +
        'not the matter: Bawaslu may take it up as a temuan',
    },
    contested:
      'No text found: the period rests on one case (Bawaslu Kota Surakarta, Jan 2024) [S], ' +
      'which also fits "3 working days counting the notice day". The period ends at office ' +
      'close: 16:00, on a Friday 16:30 (Perbawaslu 7/2022 Pasal 11 [S]). Override ' +
      'days/dayType when Perbawaslu 7/2022 is read.',
  },
  DECIDE: {
    step: 'DECIDE',
    anchor: 'REGISTRATION',
    days: 7,
    dayType: 'WORKING',
    runsFrom: 'the day the report was received and registered (or the finding registered)',
    basis: pasal454Working(
      7,
      'paraphrase: findings and reports are decided at most 7 days after they are received and registered',
    ),
    contested: HARI_READ_AS_WORKING,
  },
  DECIDE_EXTENDED: {
    step: 'DECIDE_EXTENDED',
    anchor: 'REGISTRATION',
    days: 14,
    dayType: 'WORKING',
    runsFrom:
      'the day the report or finding was received and registered (14 in total, not 7 more), when additional information was needed',
    basis: pasal454(
      8,
      'paraphrase: with additional information, at most 14 working days after receipt and registration',
    ),
  },
  REFER_TO_POLICE: {
    step: 'REFER_TO_POLICE',
    hours: 24,
    days: 1,
    dayType: 'CALENDAR',
    runsFrom:
      "the instant of Bawaslu's declaration that the conduct is an election crime, made after coordinating with the police and prosecutors in Sentra Gakkumdu (1×24 jam)",
    basis: {
      instrument: UU_PEMILU,
      article: 'Pasal 476 ayat (1)',
      confidence: 'S',
      source: PASAL_476,
      note:
        'paraphrase: forwarded to Polri at most 1×24 hours after Bawaslu declares the conduct ' +
        'an election crime; ayat (2): the declaration follows coordination with the police ' +
        'and prosecutors in Gakkumdu',
    },
    contested:
      'The period is 24 hours on the clock from the declaration. days 1 CALENDAR ("by the end ' +
      'of the next day") is only the date-precision reading for events recorded without an ' +
      'instant (rulebook 2024.1), and is more lenient than the law. The article text itself ' +
      'was not read [S].',
  },
  STATUS_NOTICE: {
    step: 'STATUS_NOTICE',
    days: 1,
    dayType: 'WORKING',
    runsFrom:
      'the day of the status change: registration, non-registration or the decision on the report or finding',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'R',
      source: 'research/legal-process.md §3.2 items 6 and 9',
      note: 'the status of a report or finding (pemberitahuan status laporan/temuan) is announced publicly',
    },
    contested:
      'No source gives the period for the status notice; 1 working day is a placeholder [R]. ' +
      'A late notice is flagged, never refused.',
  },
};
