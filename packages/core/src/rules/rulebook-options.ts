/**
 * What an embedding application may change in the rulebook (DESIGN.md §2: contested defaults
 * are overridable through configuration, never in code), and the zod schema that checks it.
 *
 * Every object is strict: an unknown or misspelt key is refused, never ignored. A misspelt
 * counting switch would otherwise be kept as an "override" that changes the version string but
 * not a single deadline, and a misspelt step name would reach the rulebook as a row that does
 * not exist. `anchor` is accepted only on the two decision steps, the only rows that read it
 * (case/decide/guards.ts `decisionPeriodStart`).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../time/local-date.js';
import { type RulebookOptionsError, rulebookOptionsError } from './rulebook-options-error.js';
import { SKB_CODES } from './skb-2022.js';
import type {
  CountingPolicy,
  DeadlineRule,
  Holiday,
  IntakeStep,
  Regime,
  SanctionLevel,
  SkbCode,
} from './types.js';

/** The steps whose row carries an `anchor` (where Bawaslu's decision period starts). */
export type DecisionStep = 'DECIDE' | 'DECIDE_EXTENDED';

/** What may be patched on one deadline row: `anchor` only on a decision step. */
export type DeadlinePatch<S extends IntakeStep = IntakeStep> = Partial<
  Pick<DeadlineRule, S extends DecisionStep ? 'days' | 'dayType' | 'anchor' : 'days' | 'dayType'>
>;

/** What an embedding application may change. Absent keys keep the default. */
export interface RulebookOverrides {
  counting?: Partial<CountingPolicy>;
  deadlines?: { [R in Regime]?: { [S in IntakeStep]?: DeadlinePatch<S> } };
  skbLevels?: { [C in SkbCode]?: SanctionLevel | 'SATGAS_DECIDES' };
  bknFrom?: IsoDate;
  /** Holidays decreed after this rulebook was published (e.g. a voting-day Keppres). */
  extraHolidays?: readonly Holiday[];
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

const dayType = z.enum(['CALENDAR', 'WORKING']);

const stepPatch = z.strictObject({ days: days.optional(), dayType: dayType.optional() });
const decisionPatch = stepPatch.extend({ anchor: z.enum(['RECEIPT', 'REGISTRATION']).optional() });

const regimeDeadlines = z.strictObject({
  FILE_REPORT: stepPatch.optional(),
  SET_FINDING: stepPatch.optional(),
  PRELIMINARY_REVIEW: stepPatch.optional(),
  COMPLETE_REQUIREMENTS: stepPatch.optional(),
  DECIDE: decisionPatch.optional(),
  DECIDE_EXTENDED: decisionPatch.optional(),
  REFER_TO_POLICE: stepPatch.optional(),
});

const level = z.enum(['MORAL', 'LIGHT', 'MODERATE', 'HEAVY', 'PTDH', 'SATGAS_DECIDES']);

// Built from the SKB table so that a code added there is overridable at once.
const skbLevels = z.strictObject(
  Object.fromEntries(SKB_CODES.map((code) => [code, level.optional()])) as Record<
    SkbCode,
    z.ZodOptional<typeof level>
  >,
);

const text = z.string().trim().min(1, { error: 'must not be empty' });

const holiday = z.strictObject({
  date: isoDate,
  kind: z.enum(['NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'VOTING_DAY']),
  name: text,
  basis: z.strictObject({
    instrument: text,
    article: text.optional(),
    confidence: z.enum(['C', 'S', 'R']),
    source: text.optional(),
    note: text.optional(),
  }),
  decreedOn: isoDate.optional(),
});

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
    : E.left(rulebookOptionsError(rulebookOptionsSchema, parsed.error.issues));
};
