/**
 * Reading the sanction catalogue (rulebook `sanctions`, `moderateSanctions`): which sanctions
 * exist for a person on a day, how they compare in severity, and how a sanction meets the level
 * a recommendation names. Pure functions of the rulebook: an office's overrides (e.g. the date
 * PP 94/2021's tukin cuts take force) change the answers through the rulebook, never here.
 */
import { compareDates, type IsoDate } from '../time/local-date.js';
import { effectiveOn } from './effective.js';
import type {
  PersonKind,
  RecommendationLevel,
  SanctionCode,
  SanctionType,
} from './proceedings-types.js';
import type { LegalBasis, Rulebook } from './types.js';

/**
 * The catalogue's row for `code`. Codes are a closed union and every rulebook built by
 * createRulebook holds each exactly once, so a miss is a programming error and throws.
 */
export const sanctionType = (rulebook: Rulebook, code: SanctionCode): SanctionType => {
  const row = rulebook.sanctions.find((s) => s.code === code);
  if (row === undefined) throw new Error(`rulebook ${rulebook.version} has no sanction ${code}`);
  return row;
};

/**
 * Which moderate set is in force on `on`: PP 53/2010's while `pp94ModerateFrom` is null or
 * later than `on`, PP 94/2021's tukin cuts from that day (PP 94/2021 Pasal 42).
 */
export const moderateSetOn = (rulebook: Rulebook, on: IsoDate): 'PP53_2010' | 'PP94_2021' => {
  const from = rulebook.moderateSanctions.pp94ModerateFrom;
  return from !== null && compareDates(on, from) >= 0 ? 'PP94_2021' : 'PP53_2010';
};

/** Why a sanction is not in force on a day: a sentence and the rule that decides it. */
export interface NotInForce {
  readonly message: string;
  readonly basis: LegalBasis;
}

/**
 * Why `code` is not in force on `on` — outside its row's dates, or a moderate type of the set
 * the switch has not (or no longer) put in force — or undefined when it is in force.
 */
export const whyNotInForce = (
  rulebook: Rulebook,
  code: SanctionCode,
  on: IsoDate,
): NotInForce | undefined => {
  const row = sanctionType(rulebook, code);
  if (!effectiveOn(row, on)) {
    const bounds =
      row.effectiveFrom !== undefined && compareDates(on, row.effectiveFrom) < 0
        ? `it is in force from ${row.effectiveFrom}`
        : `it was in force until ${row.effectiveUntil}`;
    return { message: `${code} is not in force on ${on}: ${bounds}`, basis: row.basis };
  }
  const moderate = rulebook.moderateSanctions;
  const set = moderateSetOn(rulebook, on);
  if (set === 'PP53_2010' && moderate.pp94Types.includes(code)) {
    const when =
      moderate.pp94ModerateFrom === null
        ? 'no PP on salaries and allowances is known to be in force (pp94ModerateFrom is not set)'
        : `the tukin cuts take force on ${moderate.pp94ModerateFrom}`;
    return {
      message: `${code} is not in force on ${on}: PP 94/2021's moderate sanctions wait for a PP on salaries and allowances (Pasal 42), and ${when}; PP 53/2010's apply (${moderate.pp53Types.join(', ')})`,
      basis: moderate.basis,
    };
  }
  if (set === 'PP94_2021' && moderate.pp53Types.includes(code)) {
    return {
      message: `${code} is not in force on ${on}: PP 94/2021's tukin cuts replaced PP 53/2010's moderate sanctions on ${moderate.pp94ModerateFrom} (${moderate.pp94Types.join(', ')})`,
      basis: moderate.basis,
    };
  }
  return undefined;
};

/** True when `code` is in force on `on` (its dates and the moderate switch), for anyone. */
export const isSanctionInForce = (rulebook: Rulebook, code: SanctionCode, on: IsoDate): boolean =>
  whyNotInForce(rulebook, code, on) === undefined;

/**
 * The sanctions that may be imposed on a person of `kind` on `on`, lightest first (catalogue
 * order among equals): those that apply to the kind and are in force that day.
 */
export const sanctionsInForce = (
  rulebook: Rulebook,
  on: IsoDate,
  kind: PersonKind,
): readonly SanctionType[] =>
  rulebook.sanctions
    .filter((s) => s.appliesTo.includes(kind) && isSanctionInForce(rulebook, s.code, on))
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => a.severity - b.severity || i - j)
    .map(([s]) => s);

/** Negative when `a` is lighter than `b`, positive when heavier, 0 when of equal severity. */
export const compareSeverity = (rulebook: Rulebook, a: SanctionCode, b: SanctionCode): number =>
  sanctionType(rulebook, a).severity - sanctionType(rulebook, b).severity;

/** True when `a` is strictly lighter than `b` (a repeat must be heavier: PP 94 Pasal 35(2)). */
export const isLighterThan = (rulebook: Rulebook, a: SanctionCode, b: SanctionCode): boolean =>
  compareSeverity(rulebook, a, b) < 0;

/**
 * The heaviest of `codes` (several violations, one sanction, the heaviest: PP 94/2021 Pasal
 * 35(1)); the first given among equals; undefined for none.
 */
export const heaviest = (
  rulebook: Rulebook,
  codes: readonly SanctionCode[],
): SanctionCode | undefined =>
  codes.reduce<SanctionCode | undefined>(
    (best, code) => (best === undefined || compareSeverity(rulebook, code, best) > 0 ? code : best),
    undefined,
  );

/** The recommendation levels, lightest first (the order a recommendation is compared on). */
export const RECOMMENDATION_LEVELS: readonly RecommendationLevel[] = [
  'MORAL_TERTUTUP',
  'MORAL_TERBUKA',
  'LIGHT',
  'MODERATE',
  'HEAVY',
  'PTDH',
];

const rank = (level: RecommendationLevel): number => RECOMMENDATION_LEVELS.indexOf(level);

/**
 * The level a recommendation names for `code`: its catalogue level, with the two moral
 * sanctions told apart (PP 42/2004 Pasal 15(3)).
 */
export const recommendationLevelOf = (
  rulebook: Rulebook,
  code: SanctionCode,
): RecommendationLevel => {
  const { level } = sanctionType(rulebook, code);
  return level === 'MORAL'
    ? code === 'MORAL_TERBUKA'
      ? 'MORAL_TERBUKA'
      : 'MORAL_TERTUTUP'
    : level;
};

/** Every level `code` carries out: its own and its `alsoMeets` (PPPK termination for PTDH). */
const levelsOf = (rulebook: Rulebook, code: SanctionCode): readonly RecommendationLevel[] => {
  const row = sanctionType(rulebook, code);
  return [
    recommendationLevelOf(rulebook, code),
    ...(row.alsoMeets ?? []).flatMap((l): RecommendationLevel[] =>
      l === 'MORAL' ? ['MORAL_TERTUTUP', 'MORAL_TERBUKA'] : [l],
    ),
  ];
};

/** True when `code` is a sanction of the `level` a recommendation names. */
export const meetsLevel = (
  rulebook: Rulebook,
  code: SanctionCode,
  level: RecommendationLevel,
): boolean => levelsOf(rulebook, code).includes(level);

/**
 * True when `code` is lighter than the `level` a recommendation names (recorded and flagged,
 * not refused: PP 94/2021 Pasal 24(3) punishes the official who under-punishes). A sanction
 * that also meets a heavier level (PPPK termination for PTDH) is compared at that level.
 */
export const isLighterThanRecommendation = (
  rulebook: Rulebook,
  code: SanctionCode,
  level: RecommendationLevel,
): boolean => Math.max(...levelsOf(rulebook, code).map(rank)) < rank(level);

/**
 * The sanctions that carry out a recommendation of `level` for a person of `kind` on `on`,
 * lightest first: the types the PPK chooses from (research/legal-process.md §6.2 note 2).
 */
export const sanctionsForRecommendation = (
  rulebook: Rulebook,
  level: RecommendationLevel,
  kind: PersonKind,
  on: IsoDate,
): readonly SanctionType[] =>
  sanctionsInForce(rulebook, on, kind).filter((s) => meetsLevel(rulebook, s.code, level));
