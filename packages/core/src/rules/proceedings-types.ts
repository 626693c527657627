/**
 * The vocabulary of the respondent proceedings after Bawaslu (issue 15): the supervisor's
 * recommendation and the PPK's follow-up, the sanction catalogue, who may impose what (the PyBMH
 * table), the periods of delivery, appeal and the criminal track. As everywhere in the
 * rulebook, every row is data citing its source and confidence, and a row the sources date
 * carries the dates it is in force for (research/legal-process.md §3.3–3.7, §5, as corrected by
 * research/legal-answers-2026-11.md).
 */
import type { IsoDate } from '../time/local-date.js';
import type { DayType, LegalBasis, NonAsnKind, SanctionLevel } from './types.js';

/**
 * When a row is in force, where a source dates it: from `effectiveFrom` (inclusive) to
 * `effectiveUntil` (inclusive). An absent bound is not bounded on that side. Never a date the
 * sources do not give.
 */
export interface Effective {
  readonly effectiveFrom?: IsoDate;
  readonly effectiveUntil?: IsoDate;
}

/** Who a sanction row applies to: the ASN kinds and the non-ASN kinds of rulebook 2024.2. */
export type PersonKind = 'PNS' | 'CPNS' | 'PPPK' | NonAsnKind;

/**
 * Sanction types:
 * - PP 42/2004 Pasal 15(3), moral: `MORAL_TERTUTUP` (closed statement), `MORAL_TERBUKA` (public);
 * - PP 94/2021 Pasal 8(2), light: `TEGURAN_LISAN`, `TEGURAN_TERTULIS`, `PERNYATAAN_TIDAK_PUAS`;
 * - PP 94/2021 Pasal 8(3), moderate: 25 % tunjangan kinerja cut for 6, 9 or 12 months — in
 *   force only once a PP on salaries and allowances is (Pasal 42);
 * - PP 53/2010 Pasal 7(3), moderate, kept by PP 94 Pasal 42(2), 45 angka 3 until then:
 *   postponed periodic raise, postponed promotion, demotion by one grade, each for 1 year;
 * - PP 94/2021 Pasal 8(4), heavy: demotion one level for 12 months, release to a pelaksana post
 *   for 12 months, honourable dismissal not at own request (PDHTAPS);
 * - `PTDH`: dishonourable dismissal for party membership (UU 20/2023 Pasal 52(3) j jo. (4));
 * - `PPPK_PUTUS_PERJANJIAN`: termination of a PPPK's work agreement;
 * - `KONTRAK_TEGURAN`, `KONTRAK_PUTUS`: a non-ASN staff member's contract sanction (OPD head);
 * - `DESA_*`: UU 6/2014 Pasal 30: reprimand (oral, written), temporary dismissal, dismissal.
 */
export type SanctionCode =
  | 'MORAL_TERTUTUP'
  | 'MORAL_TERBUKA'
  | 'TEGURAN_LISAN'
  | 'TEGURAN_TERTULIS'
  | 'PERNYATAAN_TIDAK_PUAS'
  | 'POTONG_TUKIN_6B'
  | 'POTONG_TUKIN_9B'
  | 'POTONG_TUKIN_12B'
  | 'TUNDA_KGB_1T'
  | 'TUNDA_PANGKAT_1T'
  | 'TURUN_PANGKAT_1T'
  | 'TURUN_JABATAN_12B'
  | 'BEBAS_JABATAN_PELAKSANA_12B'
  | 'PDHTAPS'
  | 'PTDH'
  | 'PPPK_PUTUS_PERJANJIAN'
  | 'KONTRAK_TEGURAN'
  | 'KONTRAK_PUTUS'
  | 'DESA_TEGURAN_LISAN'
  | 'DESA_TEGURAN_TERTULIS'
  | 'DESA_BERHENTI_SEMENTARA'
  | 'DESA_BERHENTI';

/**
 * The levels a supervisor's recommendation names: the two moral sanctions of PP 42/2004 Pasal
 * 15(3) apart, then PP 94/2021 Pasal 8 and PTDH (the `level` a recommendation carries).
 */
export type RecommendationLevel =
  | 'MORAL_TERTUTUP'
  | 'MORAL_TERBUKA'
  | Exclude<SanctionLevel, 'MORAL'>;

/** Which administrative remedy lies against a sanction (PP 79/2021). */
export type AppealRoute = 'KEBERATAN' | 'BANDING' | 'NONE';

/** One sanction type: its level, who it applies to, how long it runs, and the remedy. */
export interface SanctionType extends Effective {
  readonly code: SanctionCode;
  readonly level: SanctionLevel;
  /** The order of severity within the whole catalogue: higher is heavier. */
  readonly severity: number;
  readonly appliesTo: readonly PersonKind[];
  /** Months the sanction runs (6, 9, 12); null when it is a one-off act or permanent. */
  readonly durationMonths: number | null;
  /** True for a dismissal or termination: it ends the employment. */
  readonly ends: boolean;
  readonly appealRoute: AppealRoute;
  /**
   * Levels besides `level` at which this sanction is the measure for its person kinds: a PPPK's
   * termination is the measure where a PNS gets PTDH (UU 20/2023 Pasal 52(3) huruf j jo. (4)).
   */
  readonly alsoMeets?: readonly SanctionLevel[];
  /**
   * A step of a graduated ladder: imposed only after one of these was imposed in the same case
   * and not complied with (UU 6/2014 Pasal 30(2)); it then replaces it. Absent: no ladder.
   */
  readonly after?: readonly SanctionCode[];
  readonly basis: LegalBasis;
  readonly contested?: string;
}

/**
 * Which set of moderate sanctions is in force on a date: PP 53/2010's (until a PP on salaries and
 * allowances exists) or PP 94/2021's tukin cuts. `pp94ModerateFrom` is the first day of the PP 94
 * set, or null while that PP is not known to exist (the default: research/legal-answers §9).
 */
export interface ModerateSanctionSwitch {
  readonly pp94ModerateFrom: IsoDate | null;
  /** PP 53/2010 Pasal 7(3): in force before `pp94ModerateFrom` (always, while it is null). */
  readonly pp53Types: readonly SanctionCode[];
  /** PP 94/2021 Pasal 8(3): in force from `pp94ModerateFrom` (never, while it is null). */
  readonly pp94Types: readonly SanctionCode[];
  readonly basis: LegalBasis;
  readonly contested?: string;
}

/** Where the deciding official sits. */
export const INSTANCES = ['PUSAT', 'PROVINSI', 'KABKOTA'] as const;
export type Instance = (typeof INSTANCES)[number];

/**
 * The official who imposes a sanction (PyBMH, PP 94/2021 Pasal 16–23 [C]): the President, the
 * PPK (a minister, governor, bupati/wali kota), or an official of the agency by position.
 */
export const IMPOSING_OFFICIALS = [
  'PRESIDEN',
  'PPK',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'FUNGSIONAL_DESIGNATED',
  'OPD_HEAD',
  'BUPATI_WALIKOTA',
  'KEPALA_DESA',
] as const;
export type ImposingOfficial = (typeof IMPOSING_OFFICIALS)[number];

/** The respondent's position class, which decides who may sanction them. */
export const POSITION_CLASSES = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL_AHLI_UTAMA',
  'FUNGSIONAL_LAINNYA',
  'NON_ASN',
] as const;
export type PositionClass = (typeof POSITION_CLASSES)[number];

/**
 * A relation between the official and the respondent that a row of the PyBMH table adds:
 * - `ONE_LEVEL_BELOW`, `TWO_LEVELS_BELOW`: "PNS di lingkungannya yang berada 1 (2) tingkat di
 *   bawahnya" (PP 94/2021 Pasal 19–23);
 * - `IN_OWN_UNIT`: "Pejabat Fungsional di lingkungannya" (Pasal 21–23);
 * - `RESPONDENT_IS_PPK`: a JPT Madya who is the agency's PPK (Pasal 17(1) huruf b).
 */
export const AUTHORITY_RELATIONS = [
  'ONE_LEVEL_BELOW',
  'TWO_LEVELS_BELOW',
  'IN_OWN_UNIT',
  'RESPONDENT_IS_PPK',
] as const;
export type AuthorityRelation = (typeof AUTHORITY_RELATIONS)[number];

/**
 * One row of the PyBMH table: at this instance, this official may impose these sanctions on
 * respondents of these kinds and position classes (with a relation such as "one level below",
 * where the sources state one), while the row is in force.
 */
export interface AuthorityRow extends Effective {
  readonly instance: Instance | 'ANY';
  readonly official: ImposingOfficial;
  /** The kinds of respondent the row is about (PNS and CPNS for PP 94/2021, Pasal 43). */
  readonly respondentKinds: readonly PersonKind[];
  readonly over: readonly PositionClass[];
  readonly sanctions: readonly SanctionCode[];
  /** A relation the sources add, stated as text and checked where the command states it. */
  readonly relation?: AuthorityRelation;
  readonly basis: LegalBasis;
  readonly contested?: string;
}

/**
 * The timed steps of the proceedings:
 * - `PPK_FOLLOW_UP`: the PPK acts on a recommendation — no statutory period (policy option);
 * - `SUMMONS_TO_EXAMINATION`: the examination at most 7 working days after a summons letter;
 * - `DELIVER_SANCTION`: delivery within 14 working days of the decision (PP 94 Pasal 37(3));
 * - `SANCTION_IN_FORCE`: in force on day 15 after receipt (Pasal 38(1));
 * - `FILE_KEBERATAN`, `DECIDE_KEBERATAN`, `PEJABAT_ANSWER`: PP 79/2021 Pasal 4, 5, 8;
 * - `FILE_BANDING`, `PPK_ANSWER_BANDING`, `DECIDE_BANDING`: PP 79/2021 Pasal 11, 13;
 * - `INVESTIGATION`, `RETURN_FILE`, `RESUBMIT_FILE`, `PROSECUTION`, `DISTRICT_COURT`,
 *   `FILE_CRIMINAL_APPEAL`, `HIGH_COURT`: the criminal track after the forward to Polri.
 */
export type ProceedingStep =
  | 'PPK_FOLLOW_UP'
  | 'SUMMONS_TO_EXAMINATION'
  | 'DELIVER_SANCTION'
  | 'SANCTION_IN_FORCE'
  | 'FILE_KEBERATAN'
  | 'PEJABAT_ANSWER'
  | 'DECIDE_KEBERATAN'
  | 'FILE_BANDING'
  | 'PPK_ANSWER_BANDING'
  | 'DECIDE_BANDING'
  | 'INVESTIGATION'
  | 'RETURN_FILE'
  | 'RESUBMIT_FILE'
  | 'PROSECUTION'
  | 'DISTRICT_COURT'
  | 'FILE_CRIMINAL_APPEAL'
  | 'HIGH_COURT';

/**
 * One period of the proceedings. `days: null` means the law sets none (the PPK's follow-up by
 * default): nothing is due, and an office may set a policy period by override.
 */
export interface ProceedingRule extends Effective {
  readonly step: ProceedingStep;
  readonly days: number | null;
  readonly dayType: DayType;
  readonly runsFrom: string;
  readonly basis: LegalBasis;
  readonly contested?: string;
}
