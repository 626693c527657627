/**
 * What an embedding application may change in the rulebook (DESIGN.md §2: contested defaults
 * are overridable through configuration, never in code), and the zod schema that checks it.
 *
 * Every object is strict: an unknown or misspelt key is refused, never ignored. A misspelt
 * counting switch would otherwise be kept as an "override" that changes the version string but
 * not a single deadline, and a misspelt step name would reach the rulebook as a row that does
 * not exist. `anchor` is accepted only on the two decision steps, the only rows that read it
 * (case/decide/guards.ts `decisionPeriodStart`).
 *
 * What the schema cannot see — a holiday correction that removes a holiday the tables do not
 * have, or a `closesAt` on a row counted in hours — is refused when the rulebook is built
 * (rulebook.ts), with the same typed error naming the key.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { z } from 'zod';
import { isLocalTime } from '../time/instant.js';
import { type IsoDate, isIsoDate } from '../time/local-date.js';
import { PROCEEDING_STEPS } from './proceedings-2024.js';
import type { ProceedingStep } from './proceedings-types.js';
import { type RulebookOptionsError, rulebookOptionsError } from './rulebook-options-error.js';
import { SKB_CODES } from './skb-2022.js';
import type {
  CountingPolicy,
  DayType,
  DeadlineRule,
  Holiday,
  HolidayCorrection,
  IntakeStep,
  Regime,
  SanctionLevel,
  SkbCode,
} from './types.js';

/** The steps whose row carries an `anchor` (where Bawaslu's decision period starts). */
export type DecisionStep = 'DECIDE' | 'DECIDE_EXTENDED';

/**
 * The steps the decider judges on the clock (completion from the notice, the forward to Polri
 * from the declaration): only their rows read `hours`, `closesAt` and `closesAtOnFriday`.
 */
export type ClockedStep = 'COMPLETE_REQUIREMENTS' | 'REFER_TO_POLICE';

type ClockKey = 'hours' | 'closesAt' | 'closesAtOnFriday';

/**
 * What may be patched on one deadline row: the period (`days`, `dayType`); the clock (`hours`
 * for a period counted in hours, `closesAt`/`closesAtOnFriday` for the hour a period counted in
 * days ends) only on the steps judged on the clock; `anchor` only on a decision step. A key
 * another row would ignore is refused by name, never kept as an override that changes the
 * version and no deadline. A row with `hours` ends on the clock, so `closesAt` is refused on it;
 * `hours` patched onto a row with a `closesAt` prevails.
 */
export type DeadlinePatch<S extends IntakeStep = IntakeStep> = Partial<
  Pick<
    DeadlineRule,
    | 'days'
    | 'dayType'
    | (S extends DecisionStep ? 'anchor' : never)
    | (S extends ClockedStep ? ClockKey : never)
  >
>;

/**
 * One correction of the published holiday tables, applied in the order given:
 * - `ADD` a holiday (a regional holiday, a Keppres after publication): refused when the date
 *   already has a holiday of the same kind, since it would change no count;
 * - `REMOVE` the holiday on `date` (every row there, or only those of `kind`): refused when
 *   there is none;
 * - `MOVE` the holiday on `from` (every row, or only those of `kind`) to `to`, keeping its kind
 *   and name (an isbat that shifts a religious date): refused when `from` has none, when `to`
 *   already has a holiday of the same kind, or when `from` is `to`.
 *
 * `reason` and `basis` say why and on what authority; `decreedOn` is the day the correction was
 * decreed. A moved row takes it as its own `decreedOn` (so `holidaysDecreedBy` does not see the
 * new date before then); a removal records it for the audit trail only (see rulebook.ts).
 */
export type HolidayCorrectionOption = HolidayCorrection;

/**
 * What may be patched on one period of the proceedings: `days` (null only on PPK_FOLLOW_UP,
 * where the law sets no period and an office may adopt one, e.g. the 10 days of the 2020
 * Kemendagri statement, or drop it again) and `dayType`.
 */
export type ProceedingPatch<S extends ProceedingStep = ProceedingStep> = {
  days?: S extends 'PPK_FOLLOW_UP' ? number | null : number;
  dayType?: DayType;
};

/** What an embedding application may change. Absent keys keep the default. */
export interface RulebookOverrides {
  counting?: Partial<CountingPolicy>;
  deadlines?: { [R in Regime]?: { [S in IntakeStep]?: DeadlinePatch<S> } };
  skbLevels?: { [C in SkbCode]?: SanctionLevel | 'SATGAS_DECIDES' };
  bknFrom?: IsoDate;
  /**
   * Holidays decreed after this rulebook was published (e.g. a voting-day Keppres): the same as
   * `ADD` corrections applied before `holidayCorrections`, except that a row identical to one
   * already in the tables is dropped instead of refused (as in rulebook 2024.1).
   */
  extraHolidays?: readonly Holiday[];
  /** Corrections of the holiday tables, applied in order after `extraHolidays`. */
  holidayCorrections?: readonly HolidayCorrectionOption[];
  /** Sentra Gakkumdu: whether a CRIMINAL decision needs a deliberation on record first. */
  gakkumdu?: { deliberationBeforeDeclaration?: boolean };
  /**
   * The bakal calon → calon boundary of an election (`elections[regime].candidateDetermination`),
   * for an office that reads it differently (legal review §5.2 item 9: for the Pemilu several
   * determinations could be meant). Refused after the election's voting day.
   */
  candidateDetermination?: { [R in Regime]?: IsoDate };
  /** The periods of the proceedings after Bawaslu (rulebook `proceedings`), per regime. */
  proceedings?: { [R in Regime]?: { [S in ProceedingStep]?: ProceedingPatch<S> } };
  /**
   * The first day of PP 94/2021's tukin cuts (the day a PP on salaries and allowances took
   * force, PP 94 Pasal 42), or null for PP 53/2010's moderate sanctions on every day (default).
   */
  moderateSanctions?: { pp94ModerateFrom?: IsoDate | null };
  /**
   * The village law's ladder of sanctions (catalogue `after`): 'PASAL_30' (default) imposes a
   * temporary dismissal only after a reprimand and a dismissal only after a temporary one (UU
   * 6/2014 Pasal 30(2)); 'NONE' lets the authority impose any step first, reading Pasal
   * 40(2)(d) and Permendagri 82/2015 Pasal 9 as grounds on their own [R].
   */
  villageSanctionLadder?: 'PASAL_30' | 'NONE';
  /** Base version to use instead of the default's; a suffix is still added for other overrides. */
  version?: string;
}

/**
 * The longest period an override may set. Every intake period is counted in days or weeks
 * (UU 7/2017 Pasal 454; UU 10/2016 Pasal 134); the bound keeps a typo (70 for 7) from becoming
 * a deadline a year away, and the working-day loop short.
 */
export const MAX_PERIOD_DAYS = 365;

const isoDate = z.string().refine(isIsoDate, {
  error: 'must be a real calendar date written YYYY-MM-DD',
});

const days = z.number().refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_PERIOD_DAYS, {
  error: `must be a whole number of days from 1 to ${MAX_PERIOD_DAYS}`,
});

/** The longest period in hours an override may set: 30 days on the clock. */
export const MAX_PERIOD_HOURS = 720;

const hours = z.number().refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_PERIOD_HOURS, {
  error: `must be a whole number of hours from 1 to ${MAX_PERIOD_HOURS}`,
});

const closesAt = z.string().refine(isLocalTime, {
  error: 'must be a local time written HH:MM, from 00:00 to 23:59',
});

const dayType = z.enum(['CALENDAR', 'WORKING']);

const stepPatch = z.strictObject({ days: days.optional(), dayType: dayType.optional() });
const clockedPatch = stepPatch.extend({
  hours: hours.optional(),
  closesAt: closesAt.optional(),
  closesAtOnFriday: closesAt.optional(),
});
const decisionPatch = stepPatch.extend({ anchor: z.enum(['RECEIPT', 'REGISTRATION']).optional() });

// In the order of the IntakeStep type, which is the order the "expected one of" lists them in.
const regimeDeadlines = z.strictObject({
  FILE_REPORT: stepPatch.optional(),
  SET_FINDING: stepPatch.optional(),
  PRELIMINARY_REVIEW: stepPatch.optional(),
  COMPLETION_NOTICE: stepPatch.optional(),
  COMPLETE_REQUIREMENTS: clockedPatch.optional(),
  DECIDE: decisionPatch.optional(),
  DECIDE_EXTENDED: decisionPatch.optional(),
  REFER_TO_POLICE: clockedPatch.optional(),
  STATUS_NOTICE: stepPatch.optional(),
});

const proceedingPatch = z.strictObject({ days: days.optional(), dayType: dayType.optional() });
const followUpPatch = z.strictObject({
  days: days.nullable().optional(),
  dayType: dayType.optional(),
});

// Built from the steps of the proceedings, in the order of the ProceedingStep type.
const regimeProceedings = z.strictObject(
  Object.fromEntries(
    PROCEEDING_STEPS.map((step) => [
      step,
      (step === 'PPK_FOLLOW_UP' ? followUpPatch : proceedingPatch).optional(),
    ]),
  ) as {
    [S in ProceedingStep]: z.ZodOptional<
      S extends 'PPK_FOLLOW_UP' ? typeof followUpPatch : typeof proceedingPatch
    >;
  },
);

const level = z.enum(['MORAL', 'LIGHT', 'MODERATE', 'HEAVY', 'PTDH', 'SATGAS_DECIDES']);

// Built from the SKB table so that a code added there is overridable at once.
const skbLevels = z.strictObject(
  Object.fromEntries(SKB_CODES.map((code) => [code, level.optional()])) as Record<
    SkbCode,
    z.ZodOptional<typeof level>
  >,
);

const text = z.string().trim().min(1, { error: 'must not be empty' });

const basis = z.strictObject({
  instrument: text,
  article: text.optional(),
  confidence: z.enum(['C', 'S', 'R']),
  source: text.optional(),
  note: text.optional(),
});

const holidayKind = z.enum(['NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'VOTING_DAY']);

const holiday = z.strictObject({
  date: isoDate,
  kind: holidayKind,
  name: text,
  basis,
  decreedOn: isoDate.optional(),
});

const holidayCorrection = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('ADD'), holiday }),
  z.strictObject({
    action: z.literal('REMOVE'),
    date: isoDate,
    kind: holidayKind.optional(),
    reason: text,
    basis,
    decreedOn: isoDate.optional(),
  }),
  z.strictObject({
    action: z.literal('MOVE'),
    from: isoDate,
    to: isoDate,
    kind: holidayKind.optional(),
    reason: text,
    basis,
    decreedOn: isoDate.optional(),
  }),
]);

/**
 * `+` is left out of a base version because it introduces the `+custom:<hash>` suffix: an
 * auditor must be able to trust that a suffix was computed here, not typed in.
 */
const version = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
  error:
    'must be 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
});

/** The schema of {@link RulebookOverrides}. Internal: callers use `parseRulebookOptions`. */
const rulebookOptionsSchema = z.strictObject({
  counting: z
    .strictObject({
      cutiBersamaIsWorkingDay: z.boolean().optional(),
      dayOfKnowledgeCounts: z.boolean().optional(),
      votingDayIsWorkingDay: z.boolean().optional(),
    })
    .optional(),
  deadlines: z
    .strictObject({
      PEMILU_2024: regimeDeadlines.optional(),
      PILKADA_2024: regimeDeadlines.optional(),
    })
    .optional(),
  skbLevels: skbLevels.optional(),
  bknFrom: isoDate.optional(),
  extraHolidays: z.array(holiday).readonly().optional(),
  holidayCorrections: z.array(holidayCorrection).readonly().optional(),
  gakkumdu: z.strictObject({ deliberationBeforeDeclaration: z.boolean().optional() }).optional(),
  candidateDetermination: z
    .strictObject({ PEMILU_2024: isoDate.optional(), PILKADA_2024: isoDate.optional() })
    .optional(),
  proceedings: z
    .strictObject({
      PEMILU_2024: regimeProceedings.optional(),
      PILKADA_2024: regimeProceedings.optional(),
    })
    .optional(),
  moderateSanctions: z.strictObject({ pp94ModerateFrom: isoDate.nullable().optional() }).optional(),
  villageSanctionLadder: z.enum(['PASAL_30', 'NONE']).optional(),
  version: version.optional(),
});

/**
 * Checks rulebook options read from code or from a configuration file. The answer is the
 * options as parsed (fresh objects: freezing them never freezes the caller's), or an error that
 * names the offending key (see rulebook-options-error.ts).
 */
export const parseRulebookOptions = (
  input: unknown,
): Either<RulebookOptionsError, RulebookOverrides> => {
  const parsed = rulebookOptionsSchema.safeParse(input, { reportInput: true });
  // Typed as RulebookOverrides here, so the schema and the interface cannot drift apart.
  return parsed.success
    ? E.right<RulebookOptionsError, RulebookOverrides>(parsed.data)
    : E.left(rulebookOptionsError(rulebookOptionsSchema, parsed.error.issues, input));
};
