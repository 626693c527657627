/**
 * The rulebook in force, and how an embedding application adjusts it.
 *
 * Every event records `rulebook.version`, so a replay years later applies the rules each step
 * was decided under (DESIGN.md §2). Contested defaults (marked `contested` on their rows) are
 * overridable here, never in code; any effective override changes the version string to
 * `<base>+custom:<hash>`, so an auditor sees that a non-default rulebook was used and which
 * overrides produced it (the hash is deterministic over the normalised overrides).
 */
import { compareDates, type IsoDate, isIsoDate } from '../time/local-date.js';
import { PEMILU_2024_DEADLINES } from './deadlines-pemilu-2024.js';
import { PILKADA_2024_DEADLINES } from './deadlines-pilkada-2024.js';
import { ELECTIONS_2024 } from './elections-2024.js';
import { HOLIDAYS_2023 } from './holidays-2023.js';
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { shortHash } from './overrides-hash.js';
import { REGIMES_2024 } from './regimes.js';
import { SKB_2022 } from './skb-2022.js';
import { SUPERVISOR_ROUTING_2024 } from './supervisor-routing.js';
import type {
  CountingPolicy,
  DeadlineRule,
  Holiday,
  IntakeStep,
  Regime,
  Rulebook,
  SanctionLevel,
  SkbCode,
} from './types.js';
import { VOTING_DAYS_2024 } from './voting-days-2024.js';

/** What an embedding application may change. Absent keys keep the default. */
export interface RulebookOverrides {
  counting?: Partial<CountingPolicy>;
  deadlines?: {
    [R in Regime]?: {
      [S in IntakeStep]?: Partial<Pick<DeadlineRule, 'days' | 'dayType' | 'anchor'>>;
    };
  };
  skbLevels?: { [C in SkbCode]?: SanctionLevel | 'SATGAS_DECIDES' };
  bknFrom?: IsoDate;
  /** Holidays decreed after this rulebook was published (e.g. a voting-day Keppres). */
  extraHolidays?: readonly Holiday[];
  /** Base version to use instead of the default's; a suffix is still added for other overrides. */
  version?: string;
}

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
  counting: { cutiBersamaIsWorkingDay: false, dayOfKnowledgeCounts: false },
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

const assertDate = (d: string, what: string): void => {
  if (!isIsoDate(d)) throw new RangeError(`${what}: not an ISO calendar date: ${d}`);
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
          ([k, v]) => v !== undefined && v !== rule[k as 'days' | 'dayType' | 'anchor'],
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
  if (o.extraHolidays !== undefined && o.extraHolidays.length > 0) {
    out.extraHolidays = o.extraHolidays;
  }
  return out;
};

const validate = (o: RulebookOverrides): void => {
  for (const regime of REGIMES) {
    for (const [step, patch] of Object.entries(o.deadlines?.[regime] ?? {})) {
      const days = patch?.days;
      if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
        throw new RangeError(`deadline ${regime}/${step}: days must be a whole number ≥ 1`);
      }
    }
  }
  if (o.bknFrom !== undefined) assertDate(o.bknFrom, 'bknFrom');
  for (const h of o.extraHolidays ?? []) {
    assertDate(h.date, 'extra holiday');
    if (h.decreedOn !== undefined) assertDate(h.decreedOn, 'extra holiday decreedOn');
  }
};

const applyDeadlines = (
  base: Rulebook['deadlines'],
  patches: RulebookOverrides['deadlines'],
): Rulebook['deadlines'] => {
  const patchRegime = (regime: Regime): Record<IntakeStep, DeadlineRule> => {
    const rules = { ...base[regime] };
    for (const [step, patch] of Object.entries(patches?.[regime] ?? {})) {
      const key = step as IntakeStep;
      rules[key] = {
        ...rules[key],
        ...(patch?.days === undefined ? {} : { days: patch.days }),
        ...(patch?.dayType === undefined ? {} : { dayType: patch.dayType }),
        ...(patch?.anchor === undefined ? {} : { anchor: patch.anchor }),
      };
    }
    return rules;
  };
  return { PEMILU_2024: patchRegime('PEMILU_2024'), PILKADA_2024: patchRegime('PILKADA_2024') };
};

/**
 * A new rulebook: {@link rulebookV1} with `overrides` applied. With no effective override the
 * version equals the default's (or `overrides.version`); otherwise it is
 * `<base>+custom:<12 hex digits>`. Throws RangeError on an invalid override (a configuration
 * error, found at start-up, not a user error).
 */
export const createRulebook = (overrides: RulebookOverrides = {}): Rulebook => {
  validate(overrides);
  const base = rulebookV1;
  const effective = effectiveOverrides(base, overrides);
  const baseVersion = overrides.version ?? base.version;
  const version =
    Object.keys(effective).length === 0
      ? baseVersion
      : `${baseVersion}+custom:${shortHash(effective)}`;
  const levels = overrides.skbLevels ?? {};
  return deepFreeze({
    version,
    counting: { ...base.counting, ...stripUndefined(overrides.counting ?? {}) },
    deadlines: applyDeadlines(base.deadlines, overrides.deadlines),
    // Copied, so freezing the rulebook never freezes the caller's objects.
    holidays: [
      ...base.holidays,
      ...(overrides.extraHolidays ?? []).map((h) => ({ ...h, basis: { ...h.basis } })),
    ].sort(byDate),
    elections: base.elections,
    skb: base.skb.map((item) => {
      const level = levels[item.code];
      return level === undefined || level === item.level ? item : { ...item, level };
    }),
    supervisorRouting:
      overrides.bknFrom === undefined
        ? base.supervisorRouting
        : { ...base.supervisorRouting, bknFrom: overrides.bknFrom },
    regimes: base.regimes,
  });
};
