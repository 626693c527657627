/**
 * The rulebook in force, and how an embedding application adjusts it.
 *
 * Every event records `rulebook.version`, so a replay years later applies the rules each step
 * was decided under (DESIGN.md §2). Contested defaults (marked `contested` on their rows) are
 * overridable here, never in code; any effective override changes the version string to
 * `<base>+custom:<hash>`, so an auditor sees that a non-default rulebook was used and which
 * overrides produced it (the hash is deterministic over the normalised overrides).
 *
 * The default is rulebook 2024.2 (since 2024.1: holiday corrections by configuration, the
 * non-ASN forwarding routes, the Sentra Gakkumdu policy, the COMPLETION_NOTICE and STATUS_NOTICE
 * steps, periods on the clock). A history recorded under 2024.1 replays without the 2024.1
 * object: its events carry the deadlines computed then, and the version they were computed under.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates } from '../time/local-date.js';
import { AUTHORITY_2024 } from './authority-2024.js';
import { PEMILU_2024_DEADLINES } from './deadlines-pemilu-2024.js';
import { PILKADA_2024_DEADLINES } from './deadlines-pilkada-2024.js';
import { ELECTIONS_2024 } from './elections-2024.js';
import { GAKKUMDU_POLICY_2024 } from './gakkumdu-policy.js';
import {
  applyHolidayCorrections,
  type CorrectedHolidays,
  compareHolidays,
} from './holiday-corrections.js';
import { HOLIDAYS_2023 } from './holidays-2023.js';
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { MODERATE_SANCTIONS_2024 } from './moderate-sanctions-2024.js';
import { NON_ASN_ROUTES_2024 } from './non-asn-routes.js';
import { shortHash } from './overrides-hash.js';
import { PROCEEDINGS_2024 } from './proceedings-2024.js';
import type { ProceedingRule, ProceedingStep } from './proceedings-types.js';
import { REGIMES_2024 } from './regimes.js';
import {
  type ClockedStep,
  type DeadlinePatch,
  type HolidayCorrectionOption,
  type ProceedingPatch,
  parseRulebookOptions,
  type RulebookOverrides,
} from './rulebook-options.js';
import { type RulebookOptionsError, rulebookOptionRefused } from './rulebook-options-error.js';
import { SANCTIONS_2024 } from './sanctions-2024.js';
import { SKB_2022 } from './skb-2022.js';
import { SUPERVISOR_ROUTING_2024 } from './supervisor-routing.js';
import type {
  DeadlineRule,
  ElectionCalendar,
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

/**
 * The default rulebook, version 2024.2: the 2024 elections, SKB 2022, the holiday tables
 * 2023–2026 as published (no corrections), the non-ASN routes and the Gakkumdu policy, and
 * (issue 15, the same version: it adds tables and changes no earlier answer) the sanction
 * catalogue, the moderate-sanction switch, the PyBMH authority table and the periods of the
 * proceedings after Bawaslu.
 */
export const defaultRulebook: Rulebook = deepFreeze({
  version: '2024.2',
  sanctions: SANCTIONS_2024,
  moderateSanctions: MODERATE_SANCTIONS_2024,
  authority: AUTHORITY_2024,
  proceedings: PROCEEDINGS_2024,
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
  ].sort(compareHolidays),
  holidayCorrections: [],
  nonAsnRoutes: NON_ASN_ROUTES_2024,
  gakkumdu: GAKKUMDU_POLICY_2024,
  elections: ELECTIONS_2024,
  skb: SKB_2022,
  supervisorRouting: SUPERVISOR_ROUTING_2024,
  regimes: REGIMES_2024,
});

/**
 * @deprecated Use {@link defaultRulebook}. The name predates versioning: this is the default
 * rulebook, the same object, now version 2024.2. Histories recorded under 2024.1 replay without
 * it, because their events carry the deadlines computed under 2024.1.
 */
export const rulebookV1: Rulebook = defaultRulebook;

const REGIMES: readonly Regime[] = ['PEMILU_2024', 'PILKADA_2024'];

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The keys of `patch` whose value differs from `current`'s. */
const changedKeys = <T extends object>(current: T, patch: Partial<T>): Partial<T> =>
  Object.fromEntries(
    Object.entries(patch).filter(([k, v]) => v !== undefined && v !== current[k as keyof T]),
  ) as Partial<T>;

const nonEmpty = (o: object): boolean => Object.keys(o).length > 0;

/** Options checked against the rulebook they apply to, with the holiday tables corrected. */
interface Checked {
  readonly options: RulebookOverrides;
  readonly holidays: readonly Holiday[];
  readonly holidayCorrections: readonly HolidayCorrectionOption[];
}

/**
 * Keeps only the overrides that change something, so equal content gives an equal version.
 * The holiday corrections are hashed as applied (normalised): the leading `ADD`s, sorted, under
 * 2024.1's key `extraHolidays` (so `extraHolidays` and `ADD` corrections of the same rows give
 * the same version, and 2024.1's documented suffixes stay valid), the rest under
 * `holidayCorrections`.
 */
const effectiveOverrides = (base: Rulebook, checked: Checked): Record<string, unknown> => {
  const o = checked.options;
  const out: Record<string, unknown> = {};
  const counting = changedKeys(base.counting, o.counting ?? {});
  if (nonEmpty(counting)) out.counting = counting;
  const deadlines: Record<string, Record<string, Partial<DeadlineRule>>> = {};
  for (const regime of REGIMES) {
    for (const [step, patch] of Object.entries(o.deadlines?.[regime] ?? {})) {
      const changed = changedKeys<DeadlineRule>(
        base.deadlines[regime][step as IntakeStep],
        patch ?? {},
      );
      if (!nonEmpty(changed)) continue;
      deadlines[regime] ??= {};
      deadlines[regime][step] = changed;
    }
  }
  if (nonEmpty(deadlines)) out.deadlines = deadlines;
  const skbLevels = Object.fromEntries(
    Object.entries(o.skbLevels ?? {}).filter(
      ([code, level]) =>
        level !== undefined && base.skb.find((i) => i.code === code)?.level !== level,
    ),
  );
  if (nonEmpty(skbLevels)) out.skbLevels = skbLevels;
  if (o.bknFrom !== undefined && o.bknFrom !== base.supervisorRouting.bknFrom) {
    out.bknFrom = o.bknFrom;
  }
  const firstOther = checked.holidayCorrections.findIndex((c) => c.action !== 'ADD');
  const split = firstOther === -1 ? checked.holidayCorrections.length : firstOther;
  const added = checked.holidayCorrections
    .slice(0, split)
    .flatMap((c) => (c.action === 'ADD' ? [c.holiday] : []));
  if (added.length > 0) out.extraHolidays = added;
  if (split < checked.holidayCorrections.length) {
    out.holidayCorrections = checked.holidayCorrections.slice(split);
  }
  const gakkumdu = changedKeys(base.gakkumdu, o.gakkumdu ?? {});
  if (nonEmpty(gakkumdu)) out.gakkumdu = gakkumdu;
  const candidateDetermination = Object.fromEntries(
    REGIMES.flatMap((regime) => {
      const date = o.candidateDetermination?.[regime];
      return date === undefined || date === base.elections[regime].candidateDetermination
        ? []
        : [[regime, date]];
    }),
  );
  if (nonEmpty(candidateDetermination)) out.candidateDetermination = candidateDetermination;
  const proceedings: Record<string, Record<string, Partial<ProceedingRule>>> = {};
  for (const regime of REGIMES) {
    for (const [step, patch] of Object.entries(o.proceedings?.[regime] ?? {})) {
      const changed = changedKeys<ProceedingRule>(
        base.proceedings[regime][step as ProceedingStep],
        (patch ?? {}) as Partial<ProceedingRule>,
      );
      if (!nonEmpty(changed)) continue;
      proceedings[regime] ??= {};
      proceedings[regime][step] = changed;
    }
  }
  if (nonEmpty(proceedings)) out.proceedings = proceedings;
  const from = o.moderateSanctions?.pp94ModerateFrom;
  if (from !== undefined && from !== base.moderateSanctions.pp94ModerateFrom) {
    out.moderateSanctions = { pp94ModerateFrom: from };
  }
  if (o.villageSanctionLadder === 'NONE') out.villageSanctionLadder = 'NONE';
  return out;
};

const applyProceedings = (
  base: Rulebook['proceedings'],
  patches: RulebookOverrides['proceedings'],
): Rulebook['proceedings'] => {
  const patchRegime = (regime: Regime): Rulebook['proceedings'][Regime] => {
    const rules: Record<ProceedingStep, ProceedingRule> = { ...base[regime] };
    for (const [step, patch] of Object.entries(patches?.[regime] ?? {})) {
      const key = step as ProceedingStep;
      const changes = stripUndefined<ProceedingPatch>(patch ?? {});
      if (nonEmpty(changes)) rules[key] = { ...rules[key], ...changes } as ProceedingRule;
    }
    return rules;
  };
  return { PEMILU_2024: patchRegime('PEMILU_2024'), PILKADA_2024: patchRegime('PILKADA_2024') };
};

const applyDeadlines = (
  base: Rulebook['deadlines'],
  patches: RulebookOverrides['deadlines'],
): Rulebook['deadlines'] => {
  const patchRegime = (regime: Regime): Record<IntakeStep, DeadlineRule> => {
    const rules = { ...base[regime] };
    for (const [step, patch] of Object.entries(patches?.[regime] ?? {})) {
      const key = step as IntakeStep;
      const changes = stripUndefined<DeadlinePatch>(patch ?? {});
      if (nonEmpty(changes)) rules[key] = { ...rules[key], ...changes };
    }
    return rules;
  };
  return { PEMILU_2024: patchRegime('PEMILU_2024'), PILKADA_2024: patchRegime('PILKADA_2024') };
};

/**
 * Refuses what the schema cannot see: a `closesAt` on a row counted in hours (it would be
 * ignored), a candidate determination after the voting day, a holiday correction that cannot
 * apply to the tables.
 */
const check = (
  base: Rulebook,
  options: RulebookOverrides,
): Either<RulebookOptionsError, Checked> => {
  for (const regime of REGIMES) {
    for (const [step, anyPatch] of Object.entries(options.deadlines?.[regime] ?? {})) {
      const patch = anyPatch as DeadlinePatch<ClockedStep> | undefined;
      const key =
        patch?.closesAt !== undefined
          ? 'closesAt'
          : patch?.closesAtOnFriday !== undefined
            ? 'closesAtOnFriday'
            : undefined;
      if (key === undefined) continue;
      const hours = patch?.hours ?? base.deadlines[regime][step as IntakeStep].hours;
      if (hours !== undefined) {
        return E.left(
          rulebookOptionRefused(
            ['deadlines', regime, step, key],
            `the period is counted in hours (hours: ${hours}), which end on the clock, so a ` +
              'closing time would be ignored',
          ),
        );
      }
    }
  }
  for (const regime of REGIMES) {
    const date = options.candidateDetermination?.[regime];
    const election: ElectionCalendar = base.elections[regime];
    if (date !== undefined && compareDates(date, election.votingDay) > 0) {
      return E.left(
        rulebookOptionRefused(
          ['candidateDetermination', regime],
          `${date} is after the voting day (${election.votingDay})`,
        ),
      );
    }
  }
  return E.map((corrected: CorrectedHolidays) => ({
    options,
    holidays: corrected.holidays,
    holidayCorrections: corrected.applied,
  }))(
    applyHolidayCorrections(
      base.holidays,
      options.holidayCorrections ?? [],
      options.extraHolidays ?? [],
    ),
  );
};

const withCandidateDetermination = (
  elections: Rulebook['elections'],
  dates: RulebookOverrides['candidateDetermination'],
): Rulebook['elections'] => {
  const pick = (regime: Regime): ElectionCalendar => {
    const date = dates?.[regime];
    const election = elections[regime];
    return date === undefined || date === election.candidateDetermination
      ? election
      : { ...election, candidateDetermination: date };
  };
  return { PEMILU_2024: pick('PEMILU_2024'), PILKADA_2024: pick('PILKADA_2024') };
};

/** {@link defaultRulebook} with checked options applied. */
const build = (checked: Checked): Rulebook => {
  const base = defaultRulebook;
  const options = checked.options;
  const effective = effectiveOverrides(base, checked);
  const baseVersion = options.version ?? base.version;
  const version = nonEmpty(effective)
    ? `${baseVersion}+custom:${shortHash(effective)}`
    : baseVersion;
  const levels = options.skbLevels ?? {};
  const gakkumdu = changedKeys(base.gakkumdu, options.gakkumdu ?? {});
  // The parsed options are fresh objects, so freezing the rulebook never freezes the caller's.
  const from = options.moderateSanctions?.pp94ModerateFrom;
  return deepFreeze({
    version,
    sanctions:
      options.villageSanctionLadder === 'NONE'
        ? base.sanctions.map(({ after: _ladder, ...row }) => row)
        : base.sanctions,
    moderateSanctions:
      from === undefined || from === base.moderateSanctions.pp94ModerateFrom
        ? base.moderateSanctions
        : { ...base.moderateSanctions, pp94ModerateFrom: from },
    authority: base.authority,
    proceedings: applyProceedings(base.proceedings, options.proceedings),
    counting: { ...base.counting, ...stripUndefined(options.counting ?? {}) },
    deadlines: applyDeadlines(base.deadlines, options.deadlines),
    holidays: checked.holidays,
    holidayCorrections: checked.holidayCorrections,
    nonAsnRoutes: base.nonAsnRoutes,
    gakkumdu: nonEmpty(gakkumdu) ? { ...base.gakkumdu, ...gakkumdu } : base.gakkumdu,
    elections: withCandidateDetermination(base.elections, options.candidateDetermination),
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
 * A new rulebook: {@link defaultRulebook} with `options` applied, or the reason the options
 * were refused (an unknown or misspelt key, a value of the wrong type or out of range, a holiday
 * correction that cannot apply), naming the key. With no effective override the version equals
 * the default's (or `options.version`); otherwise it is `<base>+custom:<12 hex digits>`, over the
 * overrides that change something.
 */
export const tryCreateRulebook = (
  options: RulebookOverrides = {},
): Either<RulebookOptionsError, Rulebook> =>
  E.map(build)(
    E.chain((o: RulebookOverrides) => check(defaultRulebook, o))(parseRulebookOptions(options)),
  );

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
