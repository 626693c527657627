/**
 * Read model 4, regional weekly monitoring (DESIGN.md §3): per region and ISO week, the cases
 * that came in, the respondents Bawaslu decided, handed over, and the PPKs sanctioned, each by
 * SKB 2022 category — the figures a Pemkab brings to its weekly review with KPU, Bawaslu and
 * Forkopimda (Bantul, Pilkada 2024: "setiap seminggu sekali ketemu dengan KPU, Bawaslu, dan
 * Forkopimda", seed `bantul`), and that a province rolls up.
 *
 * Measures (each dated by the legal date the case state records, already local to the case's
 * time zone; the week is that date's ISO week):
 * - `new`: cases opened — a report received, a finding set, an internal report received (a
 *   lapsed report later taken up as a finding counts in the week the report came in); one per
 *   case, its category the case's (skb-category.ts `widerCategory` over its respondents);
 * - `decided`: respondents Bawaslu decided, whatever the outcome (UU 7/2017 Pasal 455(1));
 * - `forwarded`: respondents Bawaslu handed over — to the ASN supervisor, to the authority over
 *   a non-ASN respondent, or to Polri investigators — in the week of the first hand-over;
 * - `sanctioned`: respondents on whom a sanction was decided, in the week of the first one.
 * Respondent measures take the respondent's own category. Categories: ETHICS, DISCIPLINE,
 * UNCLASSIFIED; ALL is their sum.
 *
 * A count follows the case as it stands: a case decided later moves from UNCLASSIFIED to its
 * category in the week it came in. Every number of a region is one totals counter
 * (`week:<region>:<week>:<measure>:<category>`), so one week of one region is 12 lookups; a
 * province's roll-up sums the counters under its code prefix (`week:34` covers `week:34:` and
 * every `week:34.xx:`), one pass over the totals.
 */
import type { IsoDate } from '../../time/index.js';
import type { ReadModel } from '../read-model.js';
import type { CaseRow } from './case-row.js';
import { type IsoWeek, isIsoWeek, mondayOf } from './iso-week.js';
import { WEEKLY_MEASURES, type WeeklyMeasure, weekKey } from './keys.js';
import { SKB_CATEGORIES, type SkbCategory } from './skb-category.js';

/** A kabupaten/kota (`34.02`, or a province-level case's `34`), or a province's roll-up. */
export type WeeklyArea = { readonly region: string } | { readonly province: string };

/** The category of a weekly figure: one SKB category, or ALL of them. */
export type WeeklyCategory = SkbCategory | 'ALL';

/** One area's week. */
export interface WeeklyFigures {
  readonly area: WeeklyArea;
  readonly week: IsoWeek;
  /** The Monday the week starts on. */
  readonly monday: IsoDate;
  /** Per measure, per category (ALL: every category). */
  readonly measures: Readonly<Record<WeeklyMeasure, Readonly<Record<WeeklyCategory, number>>>>;
}

type Counts = Record<WeeklyMeasure, Record<WeeklyCategory, number>>;

const zeros = (): Counts => {
  const counts = {} as Counts;
  for (const measure of WEEKLY_MEASURES) {
    counts[measure] = { ETHICS: 0, DISCIPLINE: 0, UNCLASSIFIED: 0, ALL: 0 };
  }
  return counts;
};

const checkWeek = (week: IsoWeek): void => {
  if (!isIsoWeek(week)) throw new RangeError(`not an ISO week (YYYY-Www): ${week}`);
};

/** `week:<region>:<week>:<measure>:<category>` read back; null for a key of another shape. */
const parseWeekKey = (
  key: string,
): { region: string; week: string; measure: WeeklyMeasure; category: SkbCategory } | null => {
  const [kind, region, week, measure, category] = key.split(':');
  if (kind !== 'week' || region === undefined || week === undefined) return null;
  if (!(WEEKLY_MEASURES as readonly string[]).includes(measure ?? '')) return null;
  if (!(SKB_CATEGORIES as readonly string[]).includes(category ?? '')) return null;
  return { region, week, measure: measure as WeeklyMeasure, category: category as SkbCategory };
};

const inProvince = (province: string, region: string): boolean =>
  region === province || region.startsWith(`${province}.`);

/**
 * The counts of every week of the area, from the counters under the area's key prefix: one
 * pass over the totals.
 */
const weeksOf = (model: ReadModel<CaseRow>, area: WeeklyArea): Map<IsoWeek, Counts> => {
  const byWeek = new Map<IsoWeek, Counts>();
  const prefix = 'region' in area ? `week:${area.region}:` : `week:${area.province}`;
  for (const [key, amount] of model.totals(prefix)) {
    const parsed = parseWeekKey(key);
    if (parsed === null) continue;
    if ('province' in area && !inProvince(area.province, parsed.region)) continue;
    let counts = byWeek.get(parsed.week);
    if (counts === undefined) {
      counts = zeros();
      byWeek.set(parsed.week, counts);
    }
    counts[parsed.measure][parsed.category] += amount;
    counts[parsed.measure].ALL += amount;
  }
  return byWeek;
};

/**
 * The figures of one area in one week (zeros when nothing happened): for a region, 12 counter
 * lookups; for a province, the sum over its regions.
 */
export const weeklyFigures = (
  model: ReadModel<CaseRow>,
  area: WeeklyArea,
  week: IsoWeek,
): WeeklyFigures => {
  checkWeek(week);
  let measures: Counts;
  if ('region' in area) {
    measures = zeros();
    for (const measure of WEEKLY_MEASURES) {
      for (const category of SKB_CATEGORIES) {
        const n = model.total(weekKey(area.region, week, measure, category));
        measures[measure][category] = n;
        measures[measure].ALL += n;
      }
    }
  } else {
    measures = weeksOf(model, area).get(week) ?? zeros();
  }
  return { area, week, monday: mondayOf(week), measures };
};

/**
 * The figures of every week in which anything happened in the area, oldest first, within
 * `from`–`to` (inclusive) when given.
 */
export const weeklySeries = (
  model: ReadModel<CaseRow>,
  area: WeeklyArea,
  range: { readonly from?: IsoWeek; readonly to?: IsoWeek } = {},
): readonly WeeklyFigures[] => {
  if (range.from !== undefined) checkWeek(range.from);
  if (range.to !== undefined) checkWeek(range.to);
  return [...weeksOf(model, area)]
    .filter(
      ([week]) =>
        (range.from === undefined || week >= range.from) &&
        (range.to === undefined || week <= range.to),
    )
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, measures]) => ({ area, week, monday: mondayOf(week), measures }));
};
