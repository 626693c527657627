/**
 * The SKB 2022 category of a respondent's conduct, as the weekly review counts it: the kind of
 * the SKB 2022 Lampiran II item found — `ETHICS` (KE-1…KE-7: code of ethics, moral sanction
 * under PP 42/2004 Pasal 15) or `DISCIPLINE` (D-1…D-13: discipline under PP 94/2021, or PTDH
 * for party membership) — and `UNCLASSIFIED` while no item has been named (a case not decided
 * yet, a decision without an SKB code, a respondent found no violation).
 *
 * The kind is read from the matrix itself (rules/skb-2022.ts, the `kind` of each row), never
 * from the code's spelling. It does not change between rulebook versions (the versions adjust
 * levels, not whether an item is ethics or discipline), so a counter keyed by it is a function
 * of the row alone, as a projection's totals must be.
 */
import type { RespondentState } from '../../case/state.js';
import { SKB_2022, type SkbCode } from '../../rules/index.js';

export const SKB_CATEGORIES = ['ETHICS', 'DISCIPLINE', 'UNCLASSIFIED'] as const;
export type SkbCategory = (typeof SKB_CATEGORIES)[number];

const KIND: ReadonlyMap<SkbCode, 'ETHICS' | 'DISCIPLINE'> = new Map(
  SKB_2022.map((item) => [item.code, item.kind]),
);

/** The category of an SKB code; `UNCLASSIFIED` for none. */
export const skbCategoryOf = (code: SkbCode | null): SkbCategory =>
  code === null ? 'UNCLASSIFIED' : (KIND.get(code) ?? 'UNCLASSIFIED');

/**
 * The SKB item a respondent was found to have committed: Bawaslu's decision's code, else the
 * first item the supervisor's recommendation names (the supervisor verifies the conduct and may
 * name items where Bawaslu's decision named none); null when neither named one.
 */
export const respondentSkbCode = (r: RespondentState): SkbCode | null => {
  const decided = r.decision?.outcome;
  if (decided?.outcome === 'VIOLATION' && decided.skbCode !== null) return decided.skbCode;
  const outcome = r.proceeding.supervisorOutcome?.result;
  return outcome?.outcome === 'PROVEN' ? (outcome.skbCodes[0] ?? null) : null;
};

/** The category of a respondent's conduct ({@link respondentSkbCode}). */
export const respondentSkbCategory = (r: RespondentState): SkbCategory =>
  skbCategoryOf(respondentSkbCode(r));

/**
 * Of two categories, the one a case takes: so that the categories partition the cases, a case
 * is `DISCIPLINE` when any respondent's conduct is a discipline item, else `ETHICS` when any is
 * an ethics item, else `UNCLASSIFIED`.
 */
export const widerCategory = (a: SkbCategory, b: SkbCategory): SkbCategory =>
  a === 'DISCIPLINE' || b === 'DISCIPLINE'
    ? 'DISCIPLINE'
    : a === 'ETHICS' || b === 'ETHICS'
      ? 'ETHICS'
      : 'UNCLASSIFIED';
