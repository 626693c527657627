/**
 * The rulebook in force, and how an embedding application adjusts it.
 *
 * Every event records `rulebook.version`, so a replay years later applies the rules each step
 * was decided under (DESIGN.md §2). Contested defaults (marked `contested` on their rows) are
 * overridable here, never in code; any effective override changes the version string to
 * `<base>+custom:<hash>`, so an auditor sees that a non-default rulebook was used and which
 * overrides produced it (the hash is deterministic over the normalised overrides).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates } from '../time/local-date.js';
import { PEMILU_2024_DEADLINES } from './deadlines-pemilu-2024.js';
import { PILKADA_2024_DEADLINES } from './deadlines-pilkada-2024.js';
import { ELECTIONS_2024 } from './elections-2024.js';
import { HOLIDAYS_2023 } from './holidays-2023.js';
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { canonicalJson, shortHash } from './overrides-hash.js';
import { REGIMES_2024 } from './regimes.js';
import {
  type DeadlinePatch,
  parseRulebookOptions,
  type RulebookOverrides,
} from './rulebook-options.js';
import type { RulebookOptionsError } from './rulebook-options-error.js';
import { SKB_2022 } from './skb-2022.js';
import { SUPERVISOR_ROUTING_2024 } from './supervisor-routing.js';
import type {
  CountingPolicy,
  DeadlineRule,
  Holiday,
  IntakeStep,
  Regime,
  Rulebook,
} from './types.js';
import { VOTING_DAYS_2024 } from './voting-days-2024.js';

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const byDate = (a: Holiday, b: Holiday): number => compareDates(a.date, b.date);

/** The default rulebook: 2024 elections, SKB 2022, holidays 2023–2026. */
export const rulebookV1: Rulebook = deepFreeze({
  version: '2024.1',
  counting: {
    cutiBersamaIsWorkingDay: false,
    dayOfKnowledgeCounts: false,
    votingDayIsWorkingDay: false,
  },
  deadlines: { PEMILU_2024: PEMILU_2024_DEADLINES, PILKADA_2024: PILKADA_2024_DEADLINES },
  holidays: [
    ...HOLIDAYS_2023,
    ...HOLIDAYS_2024,
    ...VOTING_DAYS_2024,
    ...HOLIDAYS_2025,
    ...HOLIDAYS_2026,
  ].sort(byDate),
  elections: ELECTIONS_2024,
  skb: SKB_2022,
  supervisorRouting: SUPERVISOR_ROUTING_2024,
  regimes: REGIMES_2024,
});

const REGIMES: readonly Regime[] = ['PEMILU_2024', 'PILKADA_2024'];

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The extra holidays that add something: a row identical to one already in the rulebook (or
 * earlier in the list) changes no count, so it neither enters the rulebook twice nor changes
 * the version. Sorted by date (then content), so the order they were listed in does not matter.
 */
const newHolidays = (base: readonly Holiday[], extra: readonly Holiday[]): Holiday[] => {
  const seen = new Set(base.map(canonicalJson));
  const out: Holiday[] = [];
  for (const h of extra) {
    const key = canonicalJson(h);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out.sort((a, b) => byDate(a, b) || (canonicalJson(a) < canonicalJson(b) ? -1 : 1));
};

/** Keeps only the overrides that change something, so equal content gives an equal version. */
const effectiveOverrides = (base: Rulebook, o: RulebookOverrides): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  const counting = Object.fromEntries(
    Object.entries(o.counting ?? {}).filter(
      ([k, v]) => v !== undefined && v !== base.counting[k as keyof CountingPolicy],
    ),
  );
  if (Object.keys(counting).length > 0) out.counting = counting;
  const deadlines: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const regime of REGIMES) {
    for (const [step, patch] of Object.entries(o.deadlines?.[regime] ?? {})) {
      const rule = base.deadlines[regime][step as IntakeStep];
      const changed = Object.fromEntries(
        Object.entries(patch ?? {}).filter(
          ([k, v]) => v !== undefined && v !== rule[k as keyof DeadlinePatch],
        ),
      );
      if (Object.keys(changed).length === 0) continue;
      deadlines[regime] ??= {};
      deadlines[regime][step] = changed;
    }
  }
  if (Object.keys(deadlines).length > 0) out.deadlines = deadlines;
  const skbLevels = Object.fromEntries(
    Object.entries(o.skbLevels ?? {}).filter(
      ([code, level]) =>
        level !== undefined && base.skb.find((i) => i.code === code)?.level !== level,
    ),
  );
  if (Object.keys(skbLevels).length > 0) out.skbLevels = skbLevels;
  if (o.bknFrom !== undefined && o.bknFrom !== base.supervisorRouting.bknFrom) {
    out.bknFrom = o.bknFrom;
  }
  const extraHolidays = newHolidays(base.holidays, o.extraHolidays ?? []);
  if (extraHolidays.length > 0) out.extraHolidays = extraHolidays;
  return out;
};

const applyDeadlines = (
  base: Rulebook['deadlines'],
  patches: RulebookOverrides['deadlines'],
): Rulebook['deadlines'] => {
  const patchRegime = (regime: Regime): Record<IntakeStep, DeadlineRule> => {
    const rules = { ...base[regime] };
    for (const [step, patch] of Object.entries(patches?.[regime] ?? {})) {
      const key = step as IntakeStep;
      const changes = stripUndefined(patch ?? {});
      if (Object.keys(changes).length > 0) rules[key] = { ...rules[key], ...changes };
    }
    return rules;
  };
  return { PEMILU_2024: patchRegime('PEMILU_2024'), PILKADA_2024: patchRegime('PILKADA_2024') };
};

/** {@link rulebookV1} with checked options applied. */
const build = (options: RulebookOverrides): Rulebook => {
  const base = rulebookV1;
  const effective = effectiveOverrides(base, options);
  const baseVersion = options.version ?? base.version;
  const version =
    Object.keys(effective).length === 0
      ? baseVersion
      : `${baseVersion}+custom:${shortHash(effective)}`;
  const levels = options.skbLevels ?? {};
  return deepFreeze({
    version,
    counting: { ...base.counting, ...stripUndefined(options.counting ?? {}) },
    deadlines: applyDeadlines(base.deadlines, options.deadlines),
    // The parsed options are fresh objects, so freezing the rulebook never freezes the caller's.
    holidays: [...base.holidays, ...newHolidays(base.holidays, options.extraHolidays ?? [])].sort(
      byDate,
    ),
    elections: base.elections,
    skb: base.skb.map((item) => {
      const level = levels[item.code];
      return level === undefined || level === item.level ? item : { ...item, level };
    }),
    supervisorRouting:
      options.bknFrom === undefined
        ? base.supervisorRouting
        : { ...base.supervisorRouting, bknFrom: options.bknFrom },
    regimes: base.regimes,
  });
};

/**
 * A new rulebook: {@link rulebookV1} with `options` applied, or the reason the options were
 * refused (an unknown or misspelt key, a value of the wrong type or out of range), naming the
 * key. With no effective override the version equals the default's (or `options.version`);
 * otherwise it is `<base>+custom:<12 hex digits>`, over the overrides that change something.
 */
export const tryCreateRulebook = (
  options: RulebookOverrides = {},
): Either<RulebookOptionsError, Rulebook> => E.map(build)(parseRulebookOptions(options));

/**
 * {@link tryCreateRulebook} for start-up code: the options are the program's configuration,
 * not user input, so a refusal throws a RangeError whose message names the key (the typed
 * error is its `cause`).
 */
export const createRulebook = (options: RulebookOverrides = {}): Rulebook => {
  const created = tryCreateRulebook(options);
  if (E.isLeft(created)) throw new RangeError(created.left.message, { cause: created.left });
  return created.right;
};
