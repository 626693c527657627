/**
 * The rulebook's vocabulary. Everything a regulation decides is a typed, cited row of data
 * (DESIGN.md §2 "The rulebook is data"); code only interprets it. Where the sources disagree a
 * row says so in `contested` and an embedding application may override it (see rulebook.ts).
 */
import type { IsoDate } from '../time/local-date.js';
import type {
  AuthorityRow,
  Effective,
  ModerateSanctionSwitch,
  ProceedingRule,
  ProceedingStep,
  SanctionType,
} from './proceedings-types.js';

/**
 * The two election regimes of 2024.
 * - `PEMILU_2024`: general election, UU 7/2017 (Pemilu), Perbawaslu 7/2022.
 * - `PILKADA_2024`: simultaneous regional-head elections (Pemilihan), UU 1/2015 jo. UU 10/2016,
 *   Perbawaslu 8/2020 jo. 9/2024.
 */
export type Regime = 'PEMILU_2024' | 'PILKADA_2024';

/** `hari kalender` (every day counts) or `hari kerja` (weekends and holidays skipped). */
export type DayType = 'CALENDAR' | 'WORKING';

/**
 * How sure we are of a rule (research/legal-process.md tags):
 * `C` confirmed from the legal text or an official page, `S` secondary (news paraphrase),
 * `R` recollection, a hypothesis that must stay configurable.
 */
export type Confidence = 'C' | 'S' | 'R';

/** Where a rule comes from: the instrument, the article, and how sure we are. */
export interface LegalBasis {
  readonly instrument: string;
  readonly article?: string;
  readonly confidence: Confidence;
  /** URL or publication the rule was read from. */
  readonly source?: string;
  readonly note?: string;
}

/**
 * The timed intake steps at Bawaslu (legal-process.md §3.2, §4):
 * - `FILE_REPORT`: a laporan must be filed within n days of the violation becoming known;
 * - `SET_FINDING`: supervision results must be set as a temuan within n days of discovery;
 * - `PRELIMINARY_REVIEW`: kajian awal of a received report;
 * - `COMPLETE_REQUIREMENTS`: the reporter completes missing formal/material requirements;
 * - `DECIDE`: Bawaslu's decision after receipt (and, for Pemilu, registration);
 * - `DECIDE_EXTENDED`: the decision when additional information was needed;
 * - `REFER_TO_POLICE`: an election crime goes to Polri investigators (1×24 hours, counted on the
 *   clock) after Bawaslu's declaration, which follows deliberation in Sentra Gakkumdu;
 * - `COMPLETION_NOTICE`: the notice telling the reporter to complete missing requirements, sent
 *   after a kajian awal that found the report incomplete (since rulebook 2024.2);
 * - `STATUS_NOTICE`: the status notice of a report or finding (pemberitahuan status
 *   laporan/temuan) after registration, non-registration or the decision (since 2024.2).
 */
export type IntakeStep =
  | 'FILE_REPORT'
  | 'SET_FINDING'
  | 'PRELIMINARY_REVIEW'
  | 'COMPLETION_NOTICE'
  | 'COMPLETE_REQUIREMENTS'
  | 'DECIDE'
  | 'DECIDE_EXTENDED'
  | 'REFER_TO_POLICE'
  | 'STATUS_NOTICE';

/** One deadline: `days` of `dayType`, counted from the event described by `runsFrom`. */
export interface DeadlineRule extends Effective {
  readonly step: IntakeStep;
  readonly days: number;
  readonly dayType: DayType;
  /** Human description of the day the period runs from, e.g. 'the day the violation became known'. */
  readonly runsFrom: string;
  readonly basis: LegalBasis;
  /** Set when sources disagree or are silent: what is disputed, and why this default. */
  readonly contested?: string;
  /**
   * For the decision periods (DECIDE, DECIDE_EXTENDED) only: the day the clock starts, as
   * data so that an office can follow its own reading — the receipt of the report (or the
   * setting of a finding), or its registration.
   */
  readonly anchor?: DecisionAnchor;
  /**
   * Set when the law counts hours ("1×24 jam", "2×24 jam"): the period ends exactly `hours` after
   * the instant it runs from, on the clock. `days` and `dayType` then give the date-precision
   * reading, used only for events recorded without an instant (rulebook 2024.1).
   */
  readonly hours?: number;
  /**
   * For a period counted in days: the local time (`HH:MM`) at which it ends on its last day —
   * office close (Perbawaslu 7/2022 Pasal 11: 16:00) — instead of the end of that day.
   */
  readonly closesAt?: string;
  /** The closing time when the last day is a Friday, if it differs (Pasal 11: 16:30). */
  readonly closesAtOnFriday?: string;
}

/** Where Bawaslu's decision period starts: receipt (diterima) or registration (diregistrasi). */
export type DecisionAnchor = 'RECEIPT' | 'REGISTRATION';

/**
 * Sanction levels: `MORAL` = sanksi moral (PP 42/2004 Pasal 15), `LIGHT`/`MODERATE`/`HEAVY` =
 * hukuman disiplin ringan/sedang/berat (PP 94/2021 Pasal 8), `PTDH` = pemberhentian tidak
 * dengan hormat for party membership or management (UU 20/2023 Pasal 52 ayat (3) huruf j jo.
 * ayat (4) for conduct from 31 Oct 2023; before, UU 5/2014 Pasal 87(4)(c)); for a PPPK the
 * measure is termination of the work agreement.
 */
export type SanctionLevel = 'MORAL' | 'LIGHT' | 'MODERATE' | 'HEAVY' | 'PTDH';

/** SKB 2022 Lampiran II codes: KE = kode etik (ethics), D = disiplin (discipline). */
export type SkbCode =
  | 'KE-1'
  | 'KE-2'
  | 'KE-3'
  | 'KE-4'
  | 'KE-5'
  | 'KE-6'
  | 'KE-7'
  | 'D-1'
  | 'D-2'
  | 'D-3'
  | 'D-4'
  | 'D-5'
  | 'D-6'
  | 'D-7'
  | 'D-8'
  | 'D-9'
  | 'D-10'
  | 'D-11'
  | 'D-12'
  | 'D-13';

/**
 * `BAKAL_CALON`: would-be candidate, before the KPU determines the candidates/participants;
 * `CALON`: determined candidate (calon / peserta pemilu).
 */
export type CandidateStage = 'BAKAL_CALON' | 'CALON';

/** One row of the SKB 2022 violation → sanction matrix. */
export interface SkbItem extends Effective {
  readonly code: SkbCode;
  readonly kind: 'ETHICS' | 'DISCIPLINE';
  readonly conduct: string;
  /** `SATGAS_DECIDES`: the catch-all D-13, where the neutrality task force sets the level. */
  readonly level: SanctionLevel | 'SATGAS_DECIDES';
  /** The candidate stage the item applies to, or `ANY` when the item is not stage-bound. */
  readonly stage: CandidateStage | 'ANY';
  readonly basis: LegalBasis;
  readonly contested?: string;
}

/** The ASN supervisor Bawaslu forwards to, and MenPAN-RB for files KASN had started. */
export type Supervisor = 'KASN' | 'BKN' | 'MENPANRB';

/**
 * Respondents who are not ASN, each forwarded by Bawaslu to the authority over them as a
 * violation of other laws (UU 7/2017 Pasal 455(1)(c); Pilkada UU 10/2016 Pasal 30 huruf e):
 * - `VILLAGE_HEAD`: kepala desa (UU 6/2014 Pasal 29 huruf j, 30, 40(3));
 * - `VILLAGE_OFFICIAL`: perangkat desa (Pasal 51 huruf j, 52, 53(3));
 * - `NON_ASN`: honorer / PPNPN / contract staff of an agency;
 * - `TNI`, `POLRI`: members of the armed forces and the police.
 */
export type NonAsnKind = 'VILLAGE_HEAD' | 'VILLAGE_OFFICIAL' | 'NON_ASN' | 'TNI' | 'POLRI';

/** The authority a non-ASN respondent's violation is forwarded to. */
export type CompetentAuthority =
  | 'BUPATI_WALIKOTA'
  | 'KEPALA_DESA'
  | 'PPK_OR_OPD_HEAD'
  | 'TNI_COMMAND'
  | 'POLRI_COMMAND';

/** One forwarding route for a non-ASN respondent: to whom, on what basis, how sure. */
export interface NonAsnRoute {
  readonly kind: NonAsnKind;
  readonly authority: CompetentAuthority;
  /** The addressee in words, e.g. 'the Bupati/Wali Kota of the village's kabupaten/kota'. */
  readonly addressee: string;
  /** Offices Bawaslu copies in practice (e.g. Kemendagri, the governor). */
  readonly copies: readonly string[];
  /** Bawaslu's duty to forward what is not its competence, per regime. */
  readonly forwardBasis: Readonly<Record<Regime, LegalBasis>>;
  /** The authority's power over the respondent and the sanctions it may impose. */
  readonly authorityBasis: LegalBasis;
  readonly contested?: string;
}

/** How Sentra Gakkumdu fits between Bawaslu's study and the forward to Polri. */
export interface GakkumduPolicy {
  /**
   * Default true: Bawaslu declares conduct an election crime only after deliberation
   * (pembahasan) in Sentra Gakkumdu, so a CRIMINAL decision needs one on record.
   */
  readonly deliberationBeforeDeclaration: boolean;
  /** The deliberation requirement and the Gakkumdu instrument, per regime. */
  readonly basis: Readonly<Record<Regime, LegalBasis>>;
}

/**
 * One correction of the holiday tables an office applied by configuration (a regional holiday,
 * an isbat that moved a religious date, a cancelled cuti bersama), with its source.
 */
export type HolidayCorrection =
  | { readonly action: 'ADD'; readonly holiday: Holiday }
  | {
      readonly action: 'REMOVE';
      readonly date: IsoDate;
      /** Only the rows of this kind on that date; every row when absent. */
      readonly kind?: Holiday['kind'];
      readonly reason: string;
      readonly basis: LegalBasis;
      /** The day the correction was decreed. */
      readonly decreedOn?: IsoDate;
    }
  | {
      readonly action: 'MOVE';
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly kind?: Holiday['kind'];
      readonly reason: string;
      readonly basis: LegalBasis;
      readonly decreedOn?: IsoDate;
    };

/** A day on which government offices are closed. */
export interface Holiday {
  readonly date: IsoDate;
  /** libur nasional, cuti bersama, or a voting day made a holiday by Keppres. */
  readonly kind: 'NATIONAL_HOLIDAY' | 'CUTI_BERSAMA' | 'VOTING_DAY';
  readonly name: string;
  readonly basis: LegalBasis;
  /** The day the decree was signed: a deadline computed before it did not know it. */
  readonly decreedOn?: IsoDate;
}

/** Key dates of one election (KPU tahapan). */
export interface ElectionCalendar {
  readonly regime: Regime;
  /** Penetapan peserta/pasangan calon: the bakal calon → calon boundary of SKB 2022. */
  readonly candidateDetermination: IsoDate;
  readonly campaignStart: IsoDate;
  readonly campaignEnd: IsoDate;
  /** Masa tenang. */
  readonly quietPeriodStart: IsoDate;
  readonly quietPeriodEnd: IsoDate;
  /** Hari pemungutan suara. */
  readonly votingDay: IsoDate;
  readonly basis: LegalBasis;
}

/**
 * How working days are counted: the two choices no source settles (legal-process.md §4.1), and
 * one switch for an office that contests the decreed voting-day holiday.
 */
export interface CountingPolicy {
  /** Default false: cuti bersama is not a working day [R]. */
  readonly cutiBersamaIsWorkingDay: boolean;
  /** Default false: day 1 is the day after the day of knowledge [R]. */
  readonly dayOfKnowledgeCounts: boolean;
  /**
   * Default false: a voting day is a national holiday by decree (Pemilu: UU 7/2017 Pasal 167(3);
   * Pilkada: UU 1/2015 Pasal 84(3) as amended by UU 6/2020;
   * Keppres 10/2024 for 14 Feb 2024, Keppres 33/2024 for 27 Nov 2024, rules/voting-days-2024.ts),
   * so offices are closed and a `WORKING` period skips it. True only for an office that counts
   * the day anyway, e.g. because its staff were on duty; a `NATIONAL_HOLIDAY` row on the same
   * date still closes the day.
   */
  readonly votingDayIsWorkingDay: boolean;
}

/** Which supervisor receives Bawaslu's forwards, by date. */
export interface SupervisorRouting {
  /**
   * First day BKN receives forwards (Perpres 91/92 2024 effective 23 Aug 2024); configurable
   * because Bawaslu said KASN stopped on 24 Aug.
   */
  readonly bknFrom: IsoDate;
  readonly basis: LegalBasis;
  /** SE MenPAN-RB 4/2024 on files pending at KASN, in force from its signature. */
  readonly transition: Effective & { readonly seSignedOn: IsoDate; readonly basis: LegalBasis };
}

/** The whole rule set in force, identified by `version` (recorded on every event). */
export interface Rulebook {
  /** The sanction catalogue of the proceedings after Bawaslu (issue 15). */
  readonly sanctions: readonly SanctionType[];
  /** Which moderate sanctions (PP 53/2010 or PP 94/2021) are in force on a date. */
  readonly moderateSanctions: ModerateSanctionSwitch;
  /** Who may impose which sanction on whom (the PyBMH table). */
  readonly authority: readonly AuthorityRow[];
  /** The periods of the proceedings, per regime (the criminal track differs). */
  readonly proceedings: Readonly<Record<Regime, Readonly<Record<ProceedingStep, ProceedingRule>>>>;
  readonly version: string;
  readonly counting: CountingPolicy;
  readonly deadlines: Readonly<Record<Regime, Readonly<Record<IntakeStep, DeadlineRule>>>>;
  /** The holiday tables with the office's corrections applied, by date. */
  readonly holidays: readonly Holiday[];
  /** The corrections applied to the published tables, in the order given (empty by default). */
  readonly holidayCorrections: readonly HolidayCorrection[];
  /** Where Bawaslu forwards a non-ASN respondent's violation, by kind. */
  readonly nonAsnRoutes: Readonly<Record<NonAsnKind, NonAsnRoute>>;
  readonly gakkumdu: GakkumduPolicy;
  readonly elections: Readonly<Record<Regime, ElectionCalendar>>;
  readonly skb: readonly SkbItem[];
  readonly supervisorRouting: SupervisorRouting;
  readonly regimes: Readonly<
    Record<
      Regime,
      { readonly name: string; readonly law: LegalBasis; readonly procedure: LegalBasis }
    >
  >;
}
