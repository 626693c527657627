/**
 * Intake deadlines for Pemilu 2024 (UU 7/2017 Pasal 454–476; Perbawaslu 7/2022).
 *
 * Day type: Pemilu handling runs on working days (hari kerja). Bawaslu Indramayu: "kalau Pemilu
 * memakai hari kerja, sedangkan pemilihan/Pilkada memakai hari kalender" [C]
 * (research/legal-process.md §4). Pasal 454 itself says "hari kerja" in ayat (6) and (8) but
 * only "hari" in ayat (5) and (7); those two rows follow Bawaslu's statement and say so.
 */
import type { DeadlineRule, IntakeStep, LegalBasis } from './types.js';

const UU_PEMILU = 'UU 7/2017 (Pemilu)';
const FLIPBUILDER = 'Tata Kelola Pemilu (flipbuilder), reproducing UU 7/2017 Pasal 454';
const INDRAMAYU =
  'https://indramayukab.bawaslu.go.id/berita/koordinasi-dengan-kajari-ketua-bawaslu-indramayu-berharap-sentra-gakkumdu-sudah-terbentuk';

const pasal454 = (ayat: number, note?: string): LegalBasis => ({
  instrument: UU_PEMILU,
  article: `Pasal 454 ayat (${ayat})`,
  confidence: 'C',
  source: FLIPBUILDER,
  ...(note === undefined ? {} : { note }),
});

const HARI_READ_AS_WORKING =
  'Pasal 454 says "hari" here but "hari kerja" in ayat (6) and (8), which could mean calendar ' +
  `days; Bawaslu states that Pemilu handling uses working days (${INDRAMAYU}), so the default ` +
  'is WORKING. Override dayType to CALENDAR to read the statute literally.';

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
    basis: pasal454(
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
      instrument: 'Perbawaslu 7/2022',
      article: 'Pasal 15 ayat (1)',
      confidence: 'S',
      source:
        'https://sulteng.antaranews.com/amp/berita/297549/bawaslu-susun-kajian-awal-laporan-phpb',
    },
  },
  COMPLETE_REQUIREMENTS: {
    step: 'COMPLETE_REQUIREMENTS',
    days: 3,
    dayType: 'WORKING',
    runsFrom:
      'the day of the kajian awal that found requirements missing (the notice to the reporter, due at most 1 day later, is not a separate step, so the period runs from the review)',
    basis: {
      instrument: 'Perbawaslu 7/2022',
      confidence: 'R',
      note: 'the sources confirm only the 1-day notice after kajian awal [S]; the completion period is recollection',
    },
    contested:
      'No source states how long the reporter has to complete missing formal/material ' +
      'requirements; 3 working days is a recollection of Perbawaslu practice. Override if the ' +
      'gazette text says otherwise.',
  },
  DECIDE: {
    step: 'DECIDE',
    anchor: 'REGISTRATION',
    days: 7,
    dayType: 'WORKING',
    runsFrom: 'the day the report was received and registered',
    basis: pasal454(
      7,
      'paraphrase: decided at most 7 days after the report is received and registered',
    ),
    contested: HARI_READ_AS_WORKING,
  },
  DECIDE_EXTENDED: {
    step: 'DECIDE_EXTENDED',
    anchor: 'REGISTRATION',
    days: 14,
    dayType: 'WORKING',
    runsFrom:
      'the day the report was received and registered (14 in total, not 7 more), when additional information was needed',
    basis: pasal454(
      8,
      'paraphrase: with additional information, at most 14 working days after receipt and registration',
    ),
  },
  REFER_TO_POLICE: {
    step: 'REFER_TO_POLICE',
    days: 1,
    dayType: 'CALENDAR',
    runsFrom: "the day of Bawaslu's decision that the conduct is an election crime (1×24 jam)",
    basis: { instrument: UU_PEMILU, article: 'Pasal 476', confidence: 'R' },
    contested:
      'The law counts hours (1×24 jam), which run on the clock, so the day type is CALENDAR ' +
      'even in Pemilu; at date precision "within 24 hours" is read as "by the end of the next ' +
      'day". The article number is a recollection.',
  },
};
