/**
 * The periods of the proceedings after Bawaslu (issue 15): the PPK's follow-up of a
 * recommendation, the discipline process (PP 94/2021), the administrative appeal (PP 79/2021)
 * and the criminal track (research/legal-process.md §3.4–3.7, §4, as corrected by
 * research/legal-answers-2026-11.md §4, §5, §6, §7).
 *
 * The PPK, discipline and appeal rows are the same in both regimes. PP 94/2021 (Pasal 26, 37,
 * 38, 46) and PP 79/2021 (Pasal 4, 5, 8, 11, 13, 34) were read in the gazette OCR (dataset
 * mblonyox/data-peraturan) [C]; PP 94 took force on 31 Aug 2021, PP 79 on 10 Aug 2021, both on
 * promulgation, and the rows carry those dates. The criminal track differs: Pilkada from UU
 * 10/2016 Pasal 146(3)–(6) [C] and the court periods as Bawaslu published them [S]; Pemilu "the
 * same shape" [R] (UU 7/2017 Pasal 476–482, the numbers and day types not read).
 *
 * Counting is the rulebook's (time/day-counting.ts): with the default policy day 1 is the day
 * after the day the period runs from. PP 79/2021 counts "terhitung mulai tanggal" the receipt,
 * which may make the receipt day itself day 1; the rows say so in `contested`.
 */
import type { ProceedingRule, ProceedingStep } from './proceedings-types.js';
import type { LegalBasis, Regime } from './types.js';

const DATASET = 'gazette OCR, dataset mblonyox/data-peraturan';
const PP94_TEXT = `${DATASET}, file pp/2021/94/fulltext.md`;
const PP79_TEXT = `${DATASET}, file pp/2021/79/fulltext.md`;
const PP94_FROM = '2021-08-31';
const PP79_FROM = '2021-08-10';

/** Every step, in the order of the ProceedingStep type (the order options list them in). */
export const PROCEEDING_STEPS: readonly ProceedingStep[] = [
  'PPK_FOLLOW_UP',
  'SUMMONS_TO_EXAMINATION',
  'DELIVER_SANCTION',
  'SANCTION_IN_FORCE',
  'FILE_KEBERATAN',
  'PEJABAT_ANSWER',
  'DECIDE_KEBERATAN',
  'FILE_BANDING',
  'PPK_ANSWER_BANDING',
  'DECIDE_BANDING',
  'INVESTIGATION',
  'RETURN_FILE',
  'RESUBMIT_FILE',
  'PROSECUTION',
  'DISTRICT_COURT',
  'FILE_CRIMINAL_APPEAL',
  'HIGH_COURT',
];

const pp94 = (article: string, note: string): LegalBasis => ({
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article,
  confidence: 'C',
  source: PP94_TEXT,
  note,
});

const pp79 = (article: string, note: string): LegalBasis => ({
  instrument: 'PP 79/2021 (Upaya Administratif dan BPASN)',
  article,
  confidence: 'C',
  source: PP79_TEXT,
  note,
});

const TERHITUNG =
  'PP 79/2021 counts "terhitung mulai tanggal" the receipt, which may make the day of receipt ' +
  'day 1; the rulebook’s default counting (dayOfKnowledgeCounts false) starts on the next ' +
  'working day, one day more lenient when the receipt falls on a working day. An office that ' +
  'reads it strictly sets counting.dayOfKnowledgeCounts (all periods) or shortens days here.';

/** The PPK's follow-up, the discipline process and the administrative appeal: both regimes. */
const PPK_AND_APPEAL: Readonly<Record<Exclude<ProceedingStep, CriminalStep>, ProceedingRule>> = {
  PPK_FOLLOW_UP: {
    step: 'PPK_FOLLOW_UP',
    days: null,
    dayType: 'CALENDAR',
    runsFrom:
      "the day the supervisor's recommendation (KASN, BKN or KemenPAN-RB) is recorded: its receipt by the PPK is not recorded",
    basis: {
      instrument: 'UU 5/2014 (ASN)',
      article: 'Pasal 32 ayat (3), Pasal 33',
      confidence: 'C',
      source: `${DATASET}, file uu/2014/5.md (research/legal-answers-2026-11.md §4)`,
      note:
        'the supervision results are "wajib ditindaklanjuti" by the PPK, with no period; if not ' +
        'followed up, KASN recommends that the President sanction the PPK (Pasal 33). In the BKN ' +
        'era, blocking of personnel data in SIASN (Perban 1/2023, basis Perpres 116/2022 Pasal ' +
        '20(4)) [C]',
    },
    contested:
      'No statutory period [C]; no post-UU 20/2023 instrument with one was found [R]. "Waktunya ' +
      '10 hari" is a Kemendagri statement on SKB 2020 (Kastorius Sinaga, 2 Nov 2020, ' +
      'https://mail.bangsaonline.com/berita/82657/) [S], a policy option: set days 10 to use it ' +
      '(its day type is not stated; CALENDAR is a placeholder [R]). "14 hari" was found in no ' +
      'source. Without days nothing is due, and no follow-up is late.',
  },
  SUMMONS_TO_EXAMINATION: {
    step: 'SUMMONS_TO_EXAMINATION',
    days: 7,
    dayType: 'WORKING',
    runsFrom:
      'the date of the summons letter (the second summons: the date the PNS should have been examined on the first)',
    effectiveFrom: PP94_FROM,
    basis: pp94(
      'Pasal 26 ayat (2)–(4)',
      '"Jarak waktu antara tanggal surat panggilan dengan tanggal pemeriksaan paling lambat 7 (tujuh) hari kerja"; a second summons at most 7 hari kerja after the missed date (26(3)); absent twice, the PyBMH decides on the evidence without examination (26(4))',
    ),
  },
  DELIVER_SANCTION: {
    step: 'DELIVER_SANCTION',
    days: 14,
    dayType: 'WORKING',
    runsFrom: 'the day the decision on the sanction was set (ditetapkan)',
    effectiveFrom: PP94_FROM,
    basis: pp94(
      'Pasal 37 ayat (3)–(4)',
      '"paling lambat 14 (empat belas) hari kerja sejak keputusan ditetapkan"; sent to the PNS if absent (37(4)); BKN KMS agrees (https://denpasar.bkn.go.id/kms/_export/xhtml/ensiklopedia:disiplin_pns)',
    ),
  },
  SANCTION_IN_FORCE: {
    step: 'SANCTION_IN_FORCE',
    days: 15,
    dayType: 'CALENDAR',
    runsFrom:
      'the day the respondent received the decision; the due date is the day the sanction takes force, not a last day to act',
    effectiveFrom: PP94_FROM,
    basis: {
      ...pp94(
        'Pasal 38 ayat (1)–(2)',
        '"Keputusan Hukuman Disiplin berlaku pada hari ke-15 (lima belas) sejak diterima" [C]; under an administrative appeal, "sesuai dengan keputusan upaya administratifnya" (38(2)) [C]',
      ),
      confidence: 'R',
    },
    contested:
      'Day 15 is the text [C]; its day type is not: PP 94 has no definition of "hari" [R]. ' +
      'CALENDAR, because the same PP says "hari kerja" where it means working days (Pasal 26(2), ' +
      '37(3)). Counted as every period is: with the default policy day 1 is the day after ' +
      'receipt, so receipt on the 1st takes force on the 16th; with dayOfKnowledgeCounts the ' +
      'receipt day is day 1 and force comes on the 15th. Either way the due date is the 15th ' +
      'day "sejak diterima". An appeal filed in time (FILE_KEBERATAN, FILE_BANDING: 14 working ' +
      'days, which outlast 15 calendar days) puts the date in the appeal decision’s hands (38(2)).',
  },
  FILE_KEBERATAN: {
    step: 'FILE_KEBERATAN',
    days: 14,
    dayType: 'WORKING',
    runsFrom:
      'the day the respondent received the decision (a Keputusan PPK or a Keputusan Pejabat)',
    effectiveFrom: PP79_FROM,
    basis: pp79(
      'Pasal 3, Pasal 4 ayat (2)–(3)',
      'keberatan against a Keputusan PPK (other than dismissal or PPPK termination) goes to the PPK itself, "paling lama 14 (empat belas) hari kerja terhitung mulai tanggal keputusan ... diterima"; late → "surat penetapan tidak dapat diterima"; against a Keputusan Pejabat, to the atasan Pejabat (3(3))',
    ),
    contested: `Against a Keputusan Pejabat the filing period is by analogy with Pasal 4(2) [R]: Pasal 7 is missing from the OCR. ${TERHITUNG}`,
  },
  PEJABAT_ANSWER: {
    step: 'PEJABAT_ANSWER',
    days: 6,
    dayType: 'WORKING',
    runsFrom: 'the day the Pejabat received the copy (tembusan) of the keberatan',
    effectiveFrom: PP79_FROM,
    basis: pp79(
      'Pasal 8 ayat (3), (5)',
      'the Pejabat answers the atasan in writing within 6 hari kerja; if silent, the atasan decides on the data there is',
    ),
    contested: `Only for a keberatan against a Keputusan Pejabat (a non-PPK PyBMH). ${TERHITUNG}`,
  },
  DECIDE_KEBERATAN: {
    step: 'DECIDE_KEBERATAN',
    days: 21,
    dayType: 'WORKING',
    runsFrom: 'the day the PPK (or the atasan Pejabat) received the keberatan',
    effectiveFrom: PP79_FROM,
    basis: pp79(
      'Pasal 5 ayat (1), (3); Pasal 6; Pasal 8 ayat (4), (7); Pasal 9',
      'the PPK (the atasan Pejabat) decides within 21 hari kerja: uphold, lighten, make heavier, change, revoke or annul; without a decision in time, or against it, the PTUN',
    ),
    contested: TERHITUNG,
  },
  FILE_BANDING: {
    step: 'FILE_BANDING',
    days: 14,
    dayType: 'WORKING',
    runsFrom:
      'the day the respondent received the Keputusan PPK on dismissal as PNS or termination as PPPK',
    effectiveFrom: PP79_FROM,
    basis: pp79(
      'Pasal 10, Pasal 11 ayat (1)–(3), Pasal 12',
      'banding administratif to BPASN, copied to the PPK, within 14 hari kerja; late, or against another decision → "tidak dapat diterima", signed by the head of the BPASN secretariat',
    ),
    contested: TERHITUNG,
  },
  PPK_ANSWER_BANDING: {
    step: 'PPK_ANSWER_BANDING',
    days: 21,
    dayType: 'WORKING',
    runsFrom: 'the day the PPK received the copy (tembusan) of the banding',
    effectiveFrom: PP79_FROM,
    basis: pp79(
      'Pasal 13 ayat (1)–(2)',
      'the PPK answers BPASN within 21 hari kerja; if silent, BPASN decides on the evidence there is',
    ),
    contested: TERHITUNG,
  },
  DECIDE_BANDING: {
    step: 'DECIDE_BANDING',
    days: 65,
    dayType: 'WORKING',
    runsFrom: 'the day BPASN received the banding',
    effectiveFrom: PP79_FROM,
    basis: pp79(
      'Pasal 13 ayat (4)–(5), Pasal 14–16, Pasal 18',
      'BPASN decides within 65 hari kerja, in a session (held once a month) after a pre-session; binding, in force from the date set; then the PT TUN',
    ),
    contested: TERHITUNG,
  },
};

type CriminalStep =
  | 'INVESTIGATION'
  | 'RETURN_FILE'
  | 'RESUBMIT_FILE'
  | 'PROSECUTION'
  | 'DISTRICT_COURT'
  | 'FILE_CRIMINAL_APPEAL'
  | 'HIGH_COURT';

const CRIMINAL_RUNS_FROM: Readonly<Record<CriminalStep, string>> = {
  INVESTIGATION:
    "the day Polri investigators received the report from Bawaslu (the forward after Bawaslu's decision)",
  RETURN_FILE:
    'the day the public prosecutor received the investigation file, when it is incomplete',
  RESUBMIT_FILE: 'the day the investigators received the returned file',
  PROSECUTION: 'the day the public prosecutor received the complete file',
  DISTRICT_COURT: 'the day the file was transferred to the district court (pelimpahan berkas)',
  FILE_CRIMINAL_APPEAL: 'the day the district court read its verdict',
  HIGH_COURT: 'the day the high court received the appeal file',
};

const PILKADA_146 = (note: string): LegalBasis => ({
  instrument: 'UU 1/2015 as amended by UU 10/2016 (Pilkada)',
  article: 'Pasal 146 ayat (3)–(6)',
  confidence: 'C',
  source: `${DATASET}, file uu/2016/10.md (research/legal-answers-2026-11.md §5)`,
  note,
});

const GAKKUMDU_PILKADA =
  'https://rmol.id/amp/2024/08/19/633221/ ; https://jpnn.com/news/begini-cara-sentra-gakkumdu-bawaslu-menyelesaikan-dugaan-pelanggaran-pidana-pilkada?page=2';

const pilkadaCourt = (note: string): LegalBasis => ({
  instrument: 'UU 1/2015 as amended by UU 10/2016 (Pilkada)',
  confidence: 'S',
  source: `research/legal-process.md §3.7 ; ${GAKKUMDU_PILKADA}`,
  note: `${note}; "hari" is a calendar day in the Pilkada law (UU 1/2015 Pasal 1 angka 28 as amended by UU 8/2015) [C]`,
});

const PILKADA_COURT_CONTESTED =
  'The period is Bawaslu’s published account of the procedure [S]; the article was not read.';

const PILKADA_CRIMINAL: Readonly<Record<CriminalStep, ProceedingRule>> = {
  INVESTIGATION: {
    step: 'INVESTIGATION',
    days: 14,
    dayType: 'WORKING',
    runsFrom: CRIMINAL_RUNS_FROM.INVESTIGATION,
    basis: PILKADA_146(
      'investigators hand the results and the file to the public prosecutor within 14 hari kerja of receiving the report from Bawaslu',
    ),
  },
  RETURN_FILE: {
    step: 'RETURN_FILE',
    days: 3,
    dayType: 'WORKING',
    runsFrom: CRIMINAL_RUNS_FROM.RETURN_FILE,
    basis: PILKADA_146('an incomplete file is returned, with instructions, within 3 hari kerja'),
    contested: 'The file can be returned only once [S] (Kejati Sulteng slides, scribd 692587361).',
  },
  RESUBMIT_FILE: {
    step: 'RESUBMIT_FILE',
    days: 3,
    dayType: 'WORKING',
    runsFrom: CRIMINAL_RUNS_FROM.RESUBMIT_FILE,
    basis: PILKADA_146('the investigators return the completed file within 3 hari kerja'),
  },
  PROSECUTION: {
    step: 'PROSECUTION',
    days: 5,
    dayType: 'WORKING',
    runsFrom: CRIMINAL_RUNS_FROM.PROSECUTION,
    basis: PILKADA_146(
      'the public prosecutor transfers the case to the district court within 5 hari kerja',
    ),
  },
  DISTRICT_COURT: {
    step: 'DISTRICT_COURT',
    days: 7,
    dayType: 'CALENDAR',
    runsFrom: CRIMINAL_RUNS_FROM.DISTRICT_COURT,
    basis: pilkadaCourt('the district court (special panel) decides within 7 days of the transfer'),
    contested: PILKADA_COURT_CONTESTED,
  },
  FILE_CRIMINAL_APPEAL: {
    step: 'FILE_CRIMINAL_APPEAL',
    days: 3,
    dayType: 'CALENDAR',
    runsFrom: CRIMINAL_RUNS_FROM.FILE_CRIMINAL_APPEAL,
    basis: pilkadaCourt('an appeal is filed within 3 days of the verdict'),
    contested: PILKADA_COURT_CONTESTED,
  },
  HIGH_COURT: {
    step: 'HIGH_COURT',
    days: 7,
    dayType: 'CALENDAR',
    runsFrom: CRIMINAL_RUNS_FROM.HIGH_COURT,
    basis: pilkadaCourt('the high court decides within 7 days; final, no further remedy'),
    contested: PILKADA_COURT_CONTESTED,
  },
};

const PEMILU_CONTESTED =
  'Not read in UU 7/2017 Pasal 476–482: "the same shape" as the Pilkada track [R] ' +
  '(research/legal-process.md §3.7, §4), with the Pilkada day types (working days for the ' +
  'investigation and the prosecution, calendar days for the courts) [R]. Perbawaslu 3/2023 ' +
  '(Sentra Gakkumdu Pemilu) was not read, nor its pembahasan time limits. Override days and ' +
  'dayType once the text is read.';

const pemiluCriminal = (step: CriminalStep): ProceedingRule => {
  const pilkada = PILKADA_CRIMINAL[step];
  return {
    step,
    days: pilkada.days,
    dayType: pilkada.dayType,
    runsFrom: CRIMINAL_RUNS_FROM[step],
    basis: {
      instrument: 'UU 7/2017 (Pemilu)',
      article: 'Pasal 476–482',
      confidence: 'R',
      source: 'research/legal-process.md §3.7, §4',
      note: `${pilkada.days} ${pilkada.dayType === 'WORKING' ? 'working' : 'calendar'} days, the Pilkada period assumed for the Pemilu`,
    },
    contested: PEMILU_CONTESTED,
  };
};

const CRIMINAL_STEPS: readonly CriminalStep[] = [
  'INVESTIGATION',
  'RETURN_FILE',
  'RESUBMIT_FILE',
  'PROSECUTION',
  'DISTRICT_COURT',
  'FILE_CRIMINAL_APPEAL',
  'HIGH_COURT',
];

const PEMILU_CRIMINAL = Object.fromEntries(
  CRIMINAL_STEPS.map((step) => [step, pemiluCriminal(step)]),
) as Record<CriminalStep, ProceedingRule>;

export const PROCEEDINGS_2024: Readonly<
  Record<Regime, Readonly<Record<ProceedingStep, ProceedingRule>>>
> = {
  PEMILU_2024: { ...PPK_AND_APPEAL, ...PEMILU_CRIMINAL },
  PILKADA_2024: { ...PPK_AND_APPEAL, ...PILKADA_CRIMINAL },
};
