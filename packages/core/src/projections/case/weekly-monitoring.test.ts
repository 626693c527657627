/**
 * Read model 4, weekly monitoring: given the five interleaved cases (Bantul 34.02 and Kulon
 * Progo 34.01, both in DIY 34), when the weekly review asks for a region's or the province's
 * week, then it gets new cases, decisions, forwards and sanctions per SKB category.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../store/envelope.js';
import type { ReadModel } from '../read-model.js';
import { E_SCENARIO, projectedSeason, projectUpTo } from './case-histories.fixture.js';
import type { CaseRow } from './case-row.js';
import { isoWeekOf, mondayOf } from './iso-week.js';
import { weeklyFigures, weeklySeries } from './weekly-monitoring.js';

let events: RecordedEvent[];
let model: ReadModel<CaseRow>;
beforeAll(async () => {
  ({ events, model } = await projectedSeason());
});

const none = { ETHICS: 0, DISCIPLINE: 0, UNCLASSIFIED: 0, ALL: 0 };

describe('ISO weeks of legal dates', () => {
  it.each([
    ['2024-08-11', '2024-W32'], // a Sunday ends its week
    ['2024-08-12', '2024-W33'], // a Monday starts one
    ['2024-12-30', '2025-W01'], // the week of the year's first Thursday
    ['2021-01-03', '2020-W53'],
    ['2026-01-01', '2026-W01'],
    ['2024-02-29', '2024-W09'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('a week starts on its Monday; an impossible date is refused', () => {
    expect(mondayOf('2025-W01')).toBe('2024-12-30');
    expect(mondayOf('2020-W53')).toBe('2020-12-28');
    expect(mondayOf('2024-W33')).toBe('2024-08-12');
    expect(() => isoWeekOf('2024-02-30')).toThrow(RangeError);
  });
});

describe("Bantul's weekly review (34.02)", () => {
  it('week 32: three cases in (two whose respondent did an ethics item, one internal report not classified), two respondents decided', () => {
    expect(weeklyFigures(model, { region: '34.02' }, '2024-W32')).toEqual({
      area: { region: '34.02' },
      week: '2024-W32',
      monday: '2024-08-05',
      measures: {
        new: { ETHICS: 2, DISCIPLINE: 0, UNCLASSIFIED: 1, ALL: 3 },
        decided: { ETHICS: 1, DISCIPLINE: 0, UNCLASSIFIED: 1, ALL: 2 },
        forwarded: none,
        sanctioned: none,
      },
    });
  });

  it('week 33: the finding, four decisions, three hand-overs (two to KASN, one to Polri); week 38: two sanctions', () => {
    expect(weeklyFigures(model, { region: '34.02' }, '2024-W33').measures).toEqual({
      new: { ETHICS: 1, DISCIPLINE: 0, UNCLASSIFIED: 0, ALL: 1 },
      decided: { ETHICS: 2, DISCIPLINE: 0, UNCLASSIFIED: 2, ALL: 4 },
      forwarded: { ETHICS: 3, DISCIPLINE: 0, UNCLASSIFIED: 0, ALL: 3 },
      sanctioned: none,
    });
    expect(weeklyFigures(model, { region: '34.02' }, '2024-W38').measures.sanctioned).toEqual({
      ETHICS: 2,
      DISCIPLINE: 0,
      UNCLASSIFIED: 0,
      ALL: 2,
    });
    expect(weeklyFigures(model, { region: '34.02' }, '2024-W40').measures).toEqual({
      new: none,
      decided: none,
      forwarded: none,
      sanctioned: none,
    });
  });

  it('the series lists the weeks in which something happened, within the range asked', () => {
    expect(weeklySeries(model, { region: '34.02' }).map((w) => w.week)).toEqual([
      '2024-W32',
      '2024-W33',
      '2024-W38',
    ]);
    expect(
      weeklySeries(model, { region: '34.02' }, { from: '2024-W33', to: '2024-W37' }).map(
        (w) => w.week,
      ),
    ).toEqual(['2024-W33']);
  });

  it('a count follows the case as it stands: before any decision, the three cases of week 32 came in unclassified', () => {
    const opened = events.findIndex((e) => e.streamId === E_SCENARIO.caseId);
    expect(
      weeklyFigures(projectUpTo(events, opened), { region: '34.02' }, '2024-W32').measures.new,
    ).toEqual({
      ETHICS: 0,
      DISCIPLINE: 0,
      UNCLASSIFIED: 3,
      ALL: 3,
    });
  });
});

describe('the province roll-up (DIY, 34)', () => {
  it("sums Kulon Progo's Pemilu weeks and Bantul's Pilkada weeks under the province's code", () => {
    const series = weeklySeries(model, { province: '34' });
    expect(
      series.map((w) => [
        w.week,
        w.measures.new.ALL,
        w.measures.decided.ALL,
        w.measures.forwarded.ALL,
      ]),
    ).toEqual([
      ['2024-W03', 1, 0, 0],
      ['2024-W05', 0, 2, 2],
      ['2024-W32', 3, 2, 0],
      ['2024-W33', 1, 4, 3],
      ['2024-W38', 0, 0, 0],
    ]);
    expect(weeklyFigures(model, { province: '34' }, '2024-W05').measures.decided).toEqual({
      ETHICS: 0,
      DISCIPLINE: 2,
      UNCLASSIFIED: 0,
      ALL: 2,
    });
    expect(weeklyFigures(model, { province: '34' }, '2024-W33')).toEqual({
      ...weeklyFigures(model, { region: '34.02' }, '2024-W33'),
      area: { province: '34' },
    });
    expect(weeklySeries(model, { province: '35' })).toEqual([]);
  });

  it('an ISO week written wrong is refused', () => {
    expect(() => weeklyFigures(model, { region: '34.02' }, '2024-33')).toThrow(RangeError);
  });
});
