/**
 * The filing deadline (UU 7/2017 Pasal 454(6): 7 working days; Pilkada Pasal 134(4): 7 days,
 * calendar) as the kajian awal checks it: the receipt date against the deadline counted from
 * the day the violation became known. Edges: the last day is in time, the day after is not;
 * Pemilu skips weekends, national holidays, cuti bersama and voting days; Pilkada does not.
 */
import { describe, expect, it } from 'vitest';
import type { Regime } from '../../src/rules/index.js';
import { history, meta, plusDays, receiveReport, review, spec } from './builders.js';
import { PEMILU, PILKADA, type Scenario } from './fixtures.js';

interface Edge {
  readonly name: string;
  readonly knownOn: string;
  readonly due: string;
}

/** Same day of knowledge, different regimes: the weekend/holiday difference is visible. */
const EDGES: Readonly<Record<Regime, readonly Edge[]>> = {
  PEMILU_2024: [
    { name: 'over a weekend', knownOn: '2024-01-24', due: '2024-02-02' },
    {
      name: 'over Nyepi (11 Mar) and its cuti bersama (12 Mar)',
      knownOn: '2024-03-01',
      due: '2024-03-14',
    },
    {
      name: 'over Maulid Nabi (Mon 16 Sep) and a weekend',
      knownOn: '2024-09-13',
      due: '2024-09-25',
    },
    {
      name: 'over Isra Mikraj (8 Feb), cuti bersama (9 Feb), Imlek (Sat 10 Feb) and voting day (14 Feb)',
      knownOn: '2024-02-05',
      due: '2024-02-19',
    },
    {
      name: 'over the Pilkada voting day holiday (27 Nov, Keppres 33/2024)',
      knownOn: '2024-11-22',
      due: '2024-12-04',
    },
  ],
  PILKADA_2024: [
    { name: 'over a weekend (calendar days count it)', knownOn: '2024-01-24', due: '2024-01-31' },
    { name: 'over Nyepi and cuti bersama (counted)', knownOn: '2024-03-01', due: '2024-03-08' },
    { name: 'over Maulid Nabi and a weekend (counted)', knownOn: '2024-09-13', due: '2024-09-20' },
    { name: 'over the Pilkada voting day (counted)', knownOn: '2024-11-22', due: '2024-11-29' },
  ],
};

const nextDay = (d: string): string => plusDays(d, 1);

/** A report of conduct on `knownOn`, received on `receivedOn` at 15:00 WIB. */
const reportKnownOn = (s: Scenario, knownOn: string, receivedOn: string) =>
  receiveReport(s, {
    meta: meta(s.bawaslu, `${receivedOn}T15:00:00+07:00`),
    incident: { ...s.incident, occurredOn: knownOn, knownOn },
  });

const reviewNextDay = (s: Scenario, receivedOn: string, outcome: 'COMPLETE' | 'TIME_BARRED') =>
  review(s, { outcome }, `${nextDay(receivedOn)}T10:00:00+07:00`);

describe.each([PEMILU, PILKADA])('$regime: filing deadline edges', (s) => {
  describe.each(EDGES[s.regime])('$name (known $knownOn, due $due)', (edge) => {
    it('a report received on the last day is in time', () => {
      spec
        .given(history(reportKnownOn(s, edge.knownOn, edge.due)))
        .when(reviewNextDay(s, edge.due, 'COMPLETE'))
        .thenMatches([
          { data: { filing: { due: edge.due, filedOn: edge.due, withinDeadline: true } } },
        ]);
    });

    it('a report received the day after is time-barred: COMPLETE refused, TIME_BARRED accepted', () => {
      const late = nextDay(edge.due);
      const given = history(reportKnownOn(s, edge.knownOn, late));
      spec
        .given(given)
        .when(reviewNextDay(s, late, 'COMPLETE'))
        .thenRejectedWith('REPORT_TIME_BARRED');
      spec
        .given(given)
        .when(reviewNextDay(s, late, 'TIME_BARRED'))
        .thenMatches([
          {
            data: {
              result: { outcome: 'TIME_BARRED' },
              filing: { due: edge.due, withinDeadline: false },
            },
          },
        ])
        .thenState({ status: 'NOT_REGISTRABLE' });
    });
  });

  it('an INCOMPLETE review of a late report is refused too', () => {
    const edge = EDGES[s.regime][0] as Edge;
    const late = nextDay(edge.due);
    spec
      .given(history(reportKnownOn(s, edge.knownOn, late)))
      .when(
        review(
          s,
          { outcome: 'INCOMPLETE', missing: ['SIGNATURE'] },
          `${nextDay(late)}T10:00:00+07:00`,
        ),
      )
      .thenRejectedWith('REPORT_TIME_BARRED');
  });
});

describe('the same day of knowledge gives different deadlines per regime', () => {
  it('Pemilu counts working days, Pilkada calendar days', () => {
    const pemilu = EDGES.PEMILU_2024.find((e) => e.knownOn === '2024-09-13');
    const pilkada = EDGES.PILKADA_2024.find((e) => e.knownOn === '2024-09-13');
    expect(pemilu?.due).toBe('2024-09-25');
    expect(pilkada?.due).toBe('2024-09-20');
    // Received on Tue 24 Sep 2024: in time for Pemilu, time-barred for Pilkada.
    for (const [s, within] of [
      [PEMILU, true],
      [PILKADA, false],
    ] as const) {
      spec
        .given(history(reportKnownOn(s, '2024-09-13', '2024-09-24')))
        .when(reviewNextDay(s, '2024-09-24', within ? 'COMPLETE' : 'TIME_BARRED'))
        .thenMatches([{ data: { filing: { withinDeadline: within } } }]);
    }
  });
});

describe('the receipt date is the local date of the office', () => {
  it('23:30 WIB on the last day is in time; the same instant is the next day in WITA', () => {
    const s = PILKADA;
    const edge = { knownOn: '2024-09-13', due: '2024-09-20' };
    const instant = '2024-09-20T16:30:00Z'; // 23:30 WIB, 00:30 WITA on 21 Sep
    const received = (timeZone: 'WIB' | 'WITA') =>
      history(
        receiveReport(s, {
          timeZone,
          meta: meta(s.bawaslu, instant),
          incident: { ...s.incident, occurredOn: edge.knownOn, knownOn: edge.knownOn },
        }),
      );
    spec
      .given(received('WIB'))
      .when(review(s, { outcome: 'COMPLETE' }, '2024-09-21T10:00:00+07:00'))
      .thenMatches([{ data: { filing: { filedOn: '2024-09-20', withinDeadline: true } } }]);
    spec
      .given(received('WITA'))
      .when(review(s, { outcome: 'COMPLETE' }, '2024-09-21T10:00:00+08:00'))
      .thenRejectedWith('REPORT_TIME_BARRED');
  });
});
