/**
 * Intake deadlines for Pilkada 2024 (UU 1/2015 (Perppu 1/2014) as amended, Pasal 134–135;
 * Perbawaslu 8/2020 jo. Perbawaslu 9/2024).
 *
 * Day type: calendar days, by statute [C]: UU 1/2015 Pasal 1 angka 28 as amended by UU 8/2015,
 * "Hari adalah hari kalender"; MK 18/PUU-XVIII/2020 refused to read "hari" in Pasal 134(4)–(6)
 * as working days [S] (research/legal-answers-2026-11.md §1.2, §8). UU 8/2015 re-enacted
 * Pasal 134(5)–(6) only to add Bawaslu as an actor; the 3 and 2 days are unchanged [C].
 */
import type { DeadlineRule, IntakeStep, LegalBasis } from './types.js';

const UU_PILKADA = 'UU 1/2015 (Perppu 1/2014) as amended (Pilkada)';
const PERBAWASLU = 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024';
/** Perppu 1/2014 page holding Pasal 134 (page 94 holds Pasal 135). */
const PASAL_134_TEXT = 'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/93';
const PASAL_135_TEXT = 'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/94';
/** Bawaslu Rokan Hilir, Pilkada 2024 (report of 26 Nov 2024 at Panwaslu Kecamatan Pujud). */
const ROKAN_HILIR =
  'https://gagasanriau.com/news/detail/49615/bawaslu-rohil-hentikan-kasus-money-politics-pujud ; https://kabaran.id/2024/12/panwaslu-pujud-bantah-tuduhan-kongkalikong-dalam-kasus-dugaan-money-politik.html';
const KEDIRI =
  'https://jatimnow.com/amp/baca-71482-bawaslu-kediri-terima-laporan-soal-dugaan-pelanggaran-netralitas-asn';
const TEMUAN_PRACTICE =
  'https://liputan6.com/amp/5758636/20-asn-rokan-hilir-dilaporkan-tak-netral-5-laporan-sudah-diteruskan-ke-bkn';

/** Said on every Pilkada row: why the day type is CALENDAR. */
const CALENDAR_BY_STATUTE =
  'day type CALENDAR [C]: UU 1/2015 Pasal 1 angka 28 as amended by UU 8/2015 ("Hari adalah ' +
  'hari kalender"); MK 18/PUU-XVIII/2020 [S]';

const withDayType = (note?: string): string =>
  note === undefined ? CALENDAR_BY_STATUTE : `${note}; ${CALENDAR_BY_STATUTE}`;

const pilkada = (article: string, source: string, note: string): LegalBasis => ({
  instrument: UU_PILKADA,
  article,
  confidence: 'C',
  source,
  note: withDayType(note),
});

const RECEIPT_ANCHOR =
  'UU 1/2015 (Perppu 1/2014) as amended, Pasal 134(5), counts from receipt, but the kajian ' +
  'awal and the completion of requirements can outlast it, so a report may be registered ' +
  'after its decision deadline (flagged as late; an extension is then refused). In practice ' +
  'both are squeezed into the 3 (+2) days from receipt [S]. An office that counts from ' +
  "registration sets anchor 'REGISTRATION' on DECIDE and DECIDE_EXTENDED via createRulebook.";

export const PILKADA_2024_DEADLINES: Readonly<Record<IntakeStep, DeadlineRule>> = {
  FILE_REPORT: {
    step: 'FILE_REPORT',
    days: 7,
    dayType: 'CALENDAR',
    runsFrom: 'the day the violation became known and/or was found',
    basis: pilkada(
      'Pasal 134 ayat (4)',
      PASAL_134_TEXT,
      'paraphrase: at most 7 days after the violation became known and/or was found',
    ),
  },
  SET_FINDING: {
    step: 'SET_FINDING',
    days: 7,
    dayType: 'CALENDAR',
    runsFrom: 'the day supervision discovered the suspected violation',
    basis: {
      instrument: UU_PILKADA,
      article: 'Pasal 134 ayat (4)',
      confidence: 'R',
      source: PASAL_134_TEXT,
      note: withDayType(
        'read from "known and/or found" in Pasal 134(4); no source states a separate finding deadline',
      ),
    },
    contested:
      'No Pilkada source sets the finding deadline; the Pemilu rule (7 days, UU 7/2017 Pasal ' +
      '454(5)) and "ditemukannya" (found) in Pasal 134(4) suggest the same 7 days. The day ' +
      'type is settled by statute (calendar days).',
  },
  PRELIMINARY_REVIEW: {
    step: 'PRELIMINARY_REVIEW',
    days: 2,
    dayType: 'CALENDAR',
    runsFrom: 'the day the report was received (kajian awal)',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'S',
      source: ROKAN_HILIR,
      note: withDayType(
        'Panwaslu Kecamatan Pujud (Rokan Hilir), Nov 2024: "kajian awal selama dua hari" (26–28 Nov)',
      ),
    },
    contested:
      `Bawaslu Kab. Kediri (2024) reported 3 days ("tiga hari", ${KEDIRI}); the Perbawaslu ` +
      '8/2020 jo. 9/2024 text was not found. Default 2 days follows the documented Rokan Hilir ' +
      'case and matches Pemilu (Perbawaslu 7/2022 Pasal 15(1)); override days to 3 for the ' +
      'Kediri reading.',
  },
  COMPLETION_NOTICE: {
    step: 'COMPLETION_NOTICE',
    days: 1,
    dayType: 'CALENDAR',
    runsFrom:
      'the day of the kajian awal that found the formal or material requirements incomplete',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'S',
      source: `research/legal-process.md §3.2 item 4 ; ${ROKAN_HILIR}`,
      note: withDayType(
        'the reporter is told within 1 day after the kajian awal; in the Rokan Hilir case the notice was delivered the day the review ended (28 Nov 2024)',
      ),
    },
    contested: 'The Perbawaslu article is not identified [S]; configurable.',
  },
  COMPLETE_REQUIREMENTS: {
    step: 'COMPLETE_REQUIREMENTS',
    hours: 48,
    days: 2,
    dayType: 'CALENDAR',
    runsFrom:
      'the instant the reporter received the completion notice (setelah diterimanya pemberitahuan kelengkapan)',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'S',
      source: `${ROKAN_HILIR} ; ${TEMUAN_PRACTICE}`,
      note: withDayType(
        '"maksimal batas waktu 2 x 24 jam" from receipt of the notice, "sesuai Perbawaslu Nomor 9 ' +
          'Tahun 2024" (Bawaslu Rokan Hilir, Nov 2024). Late → the report is not followed up ' +
          '("tidak ditindaklanjuti/dihentikan") and a status notice goes to the reporter; that ' +
          'ends the report, not the matter: Bawaslu may take it up as a temuan',
      ),
    },
    contested:
      'The Perbawaslu text was not read; the 2×24 hours come from Bawaslu Rokan Hilir quoting ' +
      'Perbawaslu 9/2024 [S]. Under Perbawaslu 8/2020 before its amendment Bawaslu Muratara ' +
      '(2020) gave "tiga hari". days 2 CALENDAR is the date-precision reading for events ' +
      'recorded without an instant.',
  },
  DECIDE: {
    step: 'DECIDE',
    anchor: 'RECEIPT',
    days: 3,
    dayType: 'CALENDAR',
    runsFrom: 'the day the report was received',
    basis: pilkada(
      'Pasal 134 ayat (5)',
      PASAL_134_TEXT,
      'paraphrase: decided at most 3 days after the report is received',
    ),
    contested: RECEIPT_ANCHOR,
  },
  DECIDE_EXTENDED: {
    step: 'DECIDE_EXTENDED',
    anchor: 'RECEIPT',
    days: 5,
    dayType: 'CALENDAR',
    runsFrom:
      'the day the report was received (3 days + at most 2 more for additional information from the reporter)',
    basis: pilkada(
      'Pasal 134 ayat (6)',
      PASAL_134_TEXT,
      'paraphrase: at most 2 more days when the reporter must give additional information',
    ),
    contested: RECEIPT_ANCHOR,
  },
  REFER_TO_POLICE: {
    step: 'REFER_TO_POLICE',
    hours: 24,
    days: 1,
    dayType: 'CALENDAR',
    runsFrom:
      "the instant of Bawaslu's decision that the conduct is an election crime (1×24 jam sejak diputuskan)",
    basis: pilkada(
      'Pasal 135 ayat (2)',
      PASAL_135_TEXT,
      'paraphrase: forwarded to Polri at most 1×24 hours after the decision of Bawaslu Provinsi, Panwas Kabupaten/Kota and/or Panwas Kecamatan',
    ),
    contested:
      'The period is 24 hours on the clock from the decision. days 1 CALENDAR ("by the end of ' +
      'the next day") is only the date-precision reading for events recorded without an ' +
      'instant (rulebook 2024.1), and is more lenient than the law.',
  },
  STATUS_NOTICE: {
    step: 'STATUS_NOTICE',
    days: 1,
    dayType: 'CALENDAR',
    runsFrom:
      'the day of the status change: registration, non-registration or the decision on the report or finding',
    basis: {
      instrument: PERBAWASLU,
      confidence: 'R',
      source: `research/legal-process.md §3.2 items 6 and 9 ; ${ROKAN_HILIR}`,
      note: withDayType(
        'the status of a report or finding (pemberitahuan status laporan/temuan) is announced publicly; in the Rokan Hilir case the status was issued the day after the completion period ended',
      ),
    },
    contested:
      'No source gives the period for the status notice; 1 calendar day is a placeholder [R]. ' +
      'A late notice is flagged, never refused.',
  },
};
