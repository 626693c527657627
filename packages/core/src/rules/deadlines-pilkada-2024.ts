/**
 * Intake deadlines for Pilkada 2024 (UU 1/2015 jo. UU 8/2015, UU 10/2016, UU 6/2020 Pasal
 * 134–135; Perbawaslu 8/2020 jo. Perbawaslu 9/2024).
 *
 * Day type: calendar days. Puadi (Bawaslu RI, 23 Sep 2024): "kami menggunakan … hari kalender,
 * sebagaimana diatur UU 10/2016" [C] (research/legal-process.md §4). Whether UU 8/2015 or
 * UU 10/2016 re-worded Pasal 134(5)–(6) is not verified (§10).
 */
import type { DeadlineRule, IntakeStep, LegalBasis } from './types.js';

const UU_PILKADA = 'UU 1/2015 jo. UU 10/2016 (Pilkada)';
const PERPPU_TEXT = 'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/94';

const pilkada = (article: string, note?: string): LegalBasis => ({
  instrument: UU_PILKADA,
  article,
  confidence: 'C',
  source: PERPPU_TEXT,
  ...(note === undefined ? {} : { note }),
});

export const PILKADA_2024_DEADLINES: Readonly<Record<IntakeStep, DeadlineRule>> = {
  FILE_REPORT: {
    step: 'FILE_REPORT',
    days: 7,
    dayType: 'CALENDAR',
    runsFrom: 'the day the violation became known and/or was found',
    basis: pilkada(
      'Pasal 134 ayat (4)',
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
      note: 'read from "known and/or found" in Pasal 134(4); no source states a separate finding deadline',
    },
    contested:
      'No Pilkada source sets the finding deadline; the Pemilu rule (7 days, UU 7/2017 Pasal ' +
      '454(5)) and "ditemukannya" (found) in Pasal 134(4) suggest the same 7 days, counted in ' +
      'calendar days like the rest of Pilkada.',
  },
  PRELIMINARY_REVIEW: {
    step: 'PRELIMINARY_REVIEW',
    days: 3,
    dayType: 'CALENDAR',
    runsFrom: 'the day the report was received (kajian awal)',
    basis: {
      instrument: 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024',
      confidence: 'S',
      source:
        'https://jatimnow.com/amp/baca-71482-bawaslu-kediri-terima-laporan-soal-dugaan-pelanggaran-netralitas-asn',
      note: 'Bawaslu Kab. Kediri, 2024: kajian awal in "tiga hari"',
    },
    contested:
      'Pemilu allows 2 days (Perbawaslu 7/2022 Pasal 15(1)); Pilkada 2024 practice reported 3 ' +
      'days and the Perbawaslu 8/2020 jo. 9/2024 text is not verified. Default 3 follows the ' +
      '2024 practice.',
  },
  COMPLETE_REQUIREMENTS: {
    step: 'COMPLETE_REQUIREMENTS',
    days: 2,
    dayType: 'CALENDAR',
    runsFrom:
      'the day of the kajian awal that found requirements missing (the notice to the reporter, due at most 1 day later, is not a separate step, so the period runs from the review)',
    basis: { instrument: 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024', confidence: 'R' },
    contested:
      'No source states the completion period for Pilkada. Default 2 calendar days: the ' +
      'Pilkada clock is compressed (decision 3 + 2 days, Pasal 134(5)–(6)), and 2 days is the ' +
      "statute's own period for the reporter's additional information (Pasal 134(6)).",
  },
  DECIDE: {
    step: 'DECIDE',
    anchor: 'RECEIPT',
    days: 3,
    dayType: 'CALENDAR',
    runsFrom: 'the day the report was received',
    basis: pilkada(
      'Pasal 134 ayat (5)',
      'paraphrase: decided at most 3 days after the report is received',
    ),
    contested:
      'UU 10/2016 Pasal 134(5) counts from receipt, but the kajian awal (3 days) and the completion ' +
      'of requirements (2 days) can outlast it, so a report may be registered after its decision ' +
      'deadline (flagged as late; an extension is then refused). An office that counts from ' +
      "registration sets anchor 'REGISTRATION' on DECIDE and DECIDE_EXTENDED via createRulebook.",
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
      'paraphrase: at most 2 more days when the reporter must give additional information',
    ),
    contested:
      'UU 10/2016 Pasal 134(5) counts from receipt, but the kajian awal (3 days) and the completion ' +
      'of requirements (2 days) can outlast it, so a report may be registered after its decision ' +
      'deadline (flagged as late; an extension is then refused). An office that counts from ' +
      "registration sets anchor 'REGISTRATION' on DECIDE and DECIDE_EXTENDED via createRulebook.",
  },
  REFER_TO_POLICE: {
    step: 'REFER_TO_POLICE',
    days: 1,
    dayType: 'CALENDAR',
    runsFrom: "the day of Bawaslu's decision that the conduct is an election crime (1×24 jam)",
    basis: pilkada(
      'Pasal 135 ayat (2)',
      'paraphrase: forwarded to Polri at most 1×24 hours after the decision',
    ),
  },
};
