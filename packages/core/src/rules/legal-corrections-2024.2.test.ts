/**
 * The corrections of rulebook 2024.2 (research/legal-review-2026-11.md §5.1–§5.2, as answered by
 * research/legal-answers-2026-11.md), read straight from the data tables. Each test fails on the
 * value rulebook 2024.1 carried.
 */
import { describe, expect, it } from 'vitest';
import {
  BAWASLU_JURISDICTION,
  CLASSIFICATION,
  FINDING,
  GAKKUMDU,
  REPORTER_STANDING,
} from '../case/legal-bases.js';
import { PEMILU_2024_DEADLINES } from './deadlines-pemilu-2024.js';
import { PILKADA_2024_DEADLINES } from './deadlines-pilkada-2024.js';
import { PEMILU_2024_CALENDAR } from './elections-2024.js';
import { GAKKUMDU_POLICY_2024 } from './gakkumdu-policy.js';
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { NON_ASN_ROUTES_2024 } from './non-asn-routes.js';
import { REGIMES_2024 } from './regimes.js';
import { SKB_2022 } from './skb-2022.js';
import { SUPERVISOR_ROUTING_2024 } from './supervisor-routing.js';
import type { DeadlineRule, IntakeStep, NonAsnKind, Regime, SkbCode, SkbItem } from './types.js';
import { VOTING_DAYS_2024 } from './voting-days-2024.js';

const item = (code: SkbCode): SkbItem => {
  const found = SKB_2022.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no SKB item ${code}`);
  return found;
};

const TABLES: Readonly<Record<Regime, Readonly<Record<IntakeStep, DeadlineRule>>>> = {
  PEMILU_2024: PEMILU_2024_DEADLINES,
  PILKADA_2024: PILKADA_2024_DEADLINES,
};
const REGIMES: readonly Regime[] = ['PEMILU_2024', 'PILKADA_2024'];
const STEPS: readonly IntakeStep[] = [
  'FILE_REPORT',
  'SET_FINDING',
  'PRELIMINARY_REVIEW',
  'COMPLETION_NOTICE',
  'COMPLETE_REQUIREMENTS',
  'DECIDE',
  'DECIDE_EXTENDED',
  'REFER_TO_POLICE',
  'STATUS_NOTICE',
];
const allRows = (): DeadlineRule[] => REGIMES.flatMap((r) => Object.values(TABLES[r]));
const p = PEMILU_2024_DEADLINES;
const k = PILKADA_2024_DEADLINES;

describe('§5.1 SKB items', () => {
  it('1. KE-7 (spouse who is a calon) is bound to no stage', () => {
    expect(item('KE-7').stage).toBe('ANY');
    expect(item('KE-7').basis.note).toMatch(/calon/);
  });

  it('2. KE-5 requires partisan symbols or party attributes, not any photo', () => {
    expect(item('KE-5').conduct).toMatch(/partisan symbols/);
    expect(item('KE-5').conduct).toMatch(/party attributes/);
    expect(item('KE-5').basis.source).toContain('makassar.tribunnews.com');
  });

  it('3. D-8: the sources split about 2–2; HEAVY rests on PP 94/2021 Pasal 5 huruf n angka 6', () => {
    const contested = item('D-8').contested ?? '';
    expect(contested).toMatch(/2–2/);
    expect(contested).toMatch(/TribunSolo/);
    expect(contested).toMatch(/infosemarang/);
    expect(contested).toMatch(/Pasal 5 huruf n angka 6/);
    expect(contested).not.toMatch(/majority and/);
    expect(item('D-8').level).toBe('HEAVY');
  });

  it('4. D-3 and D-9 are contested, with both readings and the default', () => {
    expect(item('D-3').level).toBe('MODERATE');
    expect(item('D-3').contested).toMatch(/Bawaslu Sulsel/);
    expect(item('D-3').contested).toMatch(/HEAVY/);
    expect(item('D-9').level).toBe('MODERATE');
    expect(item('D-9').contested).toMatch(/TribunSolo/);
    expect(item('D-9').contested).toMatch(/HEAVY/);
  });

  it('5. D-5 cites UU 20/2023 Pasal 52(3)(j) jo. (4), for PNS and PPPK', () => {
    const { basis } = item('D-5');
    expect(basis.article).toContain('UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4)');
    expect(basis.article).toContain('UU 5/2014 Pasal 87 ayat (4) huruf c');
    expect(basis.confidence).toBe('S');
    expect(basis.note).toMatch(/PPPK/);
    expect(basis.note).toMatch(/termination of the work agreement/);
  });

  it('no SKB row claims [C]: the gazette text of the SKB was not seen', () => {
    for (const i of SKB_2022) expect(i.basis.confidence, i.code).not.toBe('C');
  });
});

describe('§5.1 citations', () => {
  it('6. Pemilu REFER_TO_POLICE: Pasal 476 ayat (1) [S], from the declaration after Gakkumdu', () => {
    const rule = p.REFER_TO_POLICE;
    expect(rule.basis).toMatchObject({ article: 'Pasal 476 ayat (1)', confidence: 'S' });
    expect(rule.basis.source).toContain('freelinenews.com');
    expect(rule.basis.source).toContain('wantimpres.go.id');
    expect(rule.basis.note).toMatch(/ayat \(2\)/);
    expect(rule.runsFrom).toMatch(/declaration/);
    expect(rule.runsFrom).toMatch(/Gakkumdu/);
  });

  it('7. Pilkada Pasal 134 is on wikisource page /93, Pasal 135 on /94', () => {
    for (const step of ['FILE_REPORT', 'DECIDE', 'DECIDE_EXTENDED'] as const) {
      expect(k[step].basis.source, step).toBe(
        'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/93',
      );
    }
    expect(k.REFER_TO_POLICE.basis.source).toBe(
      'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/94',
    );
    expect(REPORTER_STANDING.PILKADA_2024.source).toMatch(/Perpu_1_2014\.pdf\/93$/);
    expect(FINDING.PILKADA_2024.source).toMatch(/Perpu_1_2014\.pdf\/93$/);
  });

  it('8. Pilkada classification (the neutrality forward) rests on UU 10/2016 Pasal 30 huruf e', () => {
    expect(CLASSIFICATION.PILKADA_2024).toMatchObject({
      article: 'Pasal 30 huruf e',
      confidence: 'C',
    });
    expect(CLASSIFICATION.PILKADA_2024.instrument).toContain('UU 10/2016');
    expect(CLASSIFICATION.PILKADA_2024.article).not.toMatch(/135/);
  });

  it('9. Gakkumdu: Perbawaslu 3/2023 for the Pemilu, a Peraturan Bersama for the Pilkada', () => {
    expect(GAKKUMDU.instrument).toContain('Perbawaslu 3/2023');
    expect(GAKKUMDU.instrument).not.toContain('31/2018');
    expect(GAKKUMDU.confidence).toBe('S');
    expect(GAKKUMDU_POLICY_2024.basis.PEMILU_2024.instrument).toContain('Perbawaslu 3/2023');
    expect(GAKKUMDU_POLICY_2024.basis.PEMILU_2024.confidence).toBe('S');
    expect(GAKKUMDU_POLICY_2024.basis.PILKADA_2024.instrument).toContain('Peraturan Bersama');
    expect(GAKKUMDU_POLICY_2024.basis.PILKADA_2024.article).toContain('Pasal 152 ayat (4)');
  });

  it('10. the Pilkada voting day rests on UU 1/2015 Pasal 84(3) as amended by UU 6/2020', () => {
    const pilkada = VOTING_DAYS_2024.find((h) => h.date === '2024-11-27');
    expect(pilkada?.basis.instrument).toBe('Keppres 33/2024');
    expect(pilkada?.basis.note).toMatch(/UU 1\/2015 Pasal 84 ayat \(3\) as amended by UU 6\/2020/);
    const pemilu = VOTING_DAYS_2024.find((h) => h.date === '2024-02-14');
    expect(pemilu?.basis.note).toMatch(/UU 7\/2017 Pasal 167\(3\)/);
  });

  it('11. the ASN cuti-bersama Keppres and the holiday framework are cited; dates unchanged', () => {
    const cuti = (rows: typeof HOLIDAYS_2024) => rows.filter((h) => h.kind === 'CUTI_BERSAMA');
    for (const h of cuti(HOLIDAYS_2024)) {
      expect(h.basis.instrument, h.date).toContain('Keppres 7/2024');
      expect(h.basis.instrument, h.date).toContain('855/2023');
      expect(h.decreedOn, h.date).toBe('2023-09-12');
    }
    for (const h of cuti(HOLIDAYS_2026)) {
      expect(h.basis.instrument, h.date).toContain('Keppres 42/2025');
      expect(h.decreedOn, h.date).toBe('2025-09-19');
    }
    expect(cuti(HOLIDAYS_2024)).toHaveLength(10);
    expect(cuti(HOLIDAYS_2026)).toHaveLength(8);
    const skb2025 = HOLIDAYS_2025.find((h) => h.date === '2025-01-01');
    expect(skb2025?.basis.note).toMatch(/Keppres 8\/2024/);
  });

  it('12. territorial jurisdiction cites the tasks of each level and Perbawaslu 7/2022 Pasal 20', () => {
    expect(BAWASLU_JURISDICTION.article).not.toBe('Pasal 454');
    expect(BAWASLU_JURISDICTION.article).toContain('Perbawaslu 7/2022 Pasal 20');
    expect(BAWASLU_JURISDICTION.article).toMatch(/UU 7\/2017 Pasal 93/);
    expect(BAWASLU_JURISDICTION.note).toMatch(/\[R\]/);
  });

  it('14. the Pemilu statute is cited from the scan of UU 7/2017 itself', () => {
    for (const step of ['FILE_REPORT', 'DECIDE_EXTENDED'] as const) {
      expect(p[step].basis.source, step).toBe(
        'https://online.flipbuilder.com/cmvf/wgnv/files/basic-html/page312.html',
      );
    }
    for (const step of ['SET_FINDING', 'DECIDE'] as const) {
      expect(p[step].basis.source, step).toContain('page312.html');
    }
    expect(REGIMES_2024.PEMILU_2024.law.source).toContain('page312.html');
  });

  it('15. no row calls Pasal 134–135 "UU 10/2016": they are UU 1/2015 (Perppu 1/2014) as amended', () => {
    const text = JSON.stringify([
      TABLES,
      REPORTER_STANDING,
      FINDING,
      CLASSIFICATION,
      REGIMES_2024,
      GAKKUMDU,
      GAKKUMDU_POLICY_2024,
    ]);
    expect(text).not.toMatch(/UU 10\/2016 Pasal 13[45]/);
    expect(text).not.toMatch(/jo\. UU 10\/2016 \(Pilkada\)/);
    expect(k.DECIDE.basis.instrument).toBe('UU 1/2015 (Perppu 1/2014) as amended (Pilkada)');
  });
});

describe('§5.2 overstated certainty', () => {
  it('1. Pemilu "hari" rows read as WORKING are [S], on the Surakarta 2024 case, configurable', () => {
    for (const step of ['SET_FINDING', 'PRELIMINARY_REVIEW', 'DECIDE'] as const) {
      const rule = p[step];
      expect(rule.dayType, step).toBe('WORKING');
      expect(rule.basis.confidence, step).toBe('S');
      expect(rule.basis.source, step).toContain('fokusjateng.com');
      expect(rule.contested, step).toMatch(/"hari"/);
      expect(rule.contested, step).toMatch(/configurable/);
    }
  });

  it('2. Pilkada CALENDAR is [C] by UU 1/2015 Pasal 1 angka 28 (UU 8/2015), on every row', () => {
    for (const rule of Object.values(k)) {
      expect(rule.dayType, rule.step).toBe('CALENDAR');
      expect(rule.basis.note, rule.step).toMatch(/CALENDAR \[C\]/);
      expect(rule.basis.note, rule.step).toMatch(/Pasal 1 angka 28 as amended by UU 8\/2015/);
      expect(rule.basis.note, rule.step).toMatch(/MK 18\/PUU-XVIII\/2020 \[S\]/);
    }
  });

  it('3. SE MenPAN-RB 4/2024 applied to Bawaslu files is an inference [R]', () => {
    expect(SUPERVISOR_ROUTING_2024.transition.basis.confidence).toBe('R');
    expect(SUPERVISOR_ROUTING_2024.transition.basis.note).toMatch(/Bawaslu/);
  });

  it('5. Pilkada kajian awal: 2 calendar days [S, Rokan Hilir], contested with Kediri’s 3', () => {
    expect(k.PRELIMINARY_REVIEW).toMatchObject({ days: 2, dayType: 'CALENDAR' });
    expect(k.PRELIMINARY_REVIEW.basis.confidence).toBe('S');
    expect(k.PRELIMINARY_REVIEW.basis.source).toContain('gagasanriau.com');
    expect(k.PRELIMINARY_REVIEW.contested).toMatch(/Kediri/);
    expect(k.PRELIMINARY_REVIEW.contested).toMatch(/3 days/);
  });

  it('9. the Pemilu candidate-determination note names the DCT and party dates', () => {
    expect(PEMILU_2024_CALENDAR.candidateDetermination).toBe('2023-11-13');
    expect(PEMILU_2024_CALENDAR.basis.note).toMatch(/3 Nov 2023/);
    expect(PEMILU_2024_CALENDAR.basis.note).toMatch(/14 Dec 2022/);
  });
});

describe('new and changed deadline rows', () => {
  it('both tables hold every step once, keyed by its own name', () => {
    for (const regime of REGIMES) {
      expect(Object.keys(TABLES[regime]).sort(), regime).toEqual([...STEPS].sort());
      for (const step of STEPS) expect(TABLES[regime][step].step).toBe(step);
    }
  });

  it('COMPLETION_NOTICE: 1 day after the kajian awal that found the report incomplete [S]', () => {
    expect(p.COMPLETION_NOTICE).toMatchObject({ days: 1, dayType: 'WORKING' });
    expect(k.COMPLETION_NOTICE).toMatchObject({ days: 1, dayType: 'CALENDAR' });
    for (const rule of [p.COMPLETION_NOTICE, k.COMPLETION_NOTICE]) {
      expect(rule.basis.confidence).toBe('S');
      expect(rule.runsFrom).toMatch(/kajian awal/);
      expect(rule.basis.source).toContain('§3.2 item 4');
    }
  });

  it('Pemilu COMPLETE_REQUIREMENTS: 2 working days from the notice, closing 16:00 [S]', () => {
    const rule = p.COMPLETE_REQUIREMENTS;
    expect(rule).toMatchObject({ days: 2, dayType: 'WORKING', closesAt: '16:00' });
    expect(rule.hours).toBeUndefined();
    expect(rule.runsFrom).toMatch(/notice/);
    expect(rule.runsFrom).not.toMatch(/kajian awal/);
    expect(rule.basis.confidence).toBe('S');
    expect(rule.basis.source).toContain('fokusjateng.com');
    expect(rule.basis.note).toMatch(/not registered/);
    expect(rule.basis.note).toMatch(/temuan/);
    expect(rule.contested).toMatch(/one case/);
  });

  it('Pilkada COMPLETE_REQUIREMENTS: 2×24 hours from receipt of the notice [S]', () => {
    const rule = k.COMPLETE_REQUIREMENTS;
    expect(rule).toMatchObject({ hours: 48, days: 2, dayType: 'CALENDAR' });
    expect(rule.closesAt).toBeUndefined();
    expect(rule.runsFrom).toMatch(/received the completion notice/);
    expect(rule.basis.confidence).toBe('S');
    expect(rule.basis.note).toMatch(/Perbawaslu Nomor 9/);
    expect(rule.basis.note).toMatch(/not followed up/);
    expect(rule.basis.note).toMatch(/temuan/);
  });

  it('REFER_TO_POLICE: 24 hours on the clock; 1 calendar day only at date precision', () => {
    for (const rule of [p.REFER_TO_POLICE, k.REFER_TO_POLICE]) {
      expect(rule).toMatchObject({ hours: 24, days: 1, dayType: 'CALENDAR' });
      expect(rule.runsFrom).toMatch(/instant/);
      expect(rule.contested).toMatch(/24 hours on the clock/);
      expect(rule.contested).toMatch(/date-precision/);
    }
    expect(k.REFER_TO_POLICE.basis).toMatchObject({
      article: 'Pasal 135 ayat (2)',
      confidence: 'C',
    });
  });

  it('STATUS_NOTICE: 1 day of the regime’s day type, [R], flagged never refused', () => {
    expect(p.STATUS_NOTICE).toMatchObject({ days: 1, dayType: 'WORKING' });
    expect(k.STATUS_NOTICE).toMatchObject({ days: 1, dayType: 'CALENDAR' });
    for (const rule of [p.STATUS_NOTICE, k.STATUS_NOTICE]) {
      expect(rule.basis.confidence).toBe('R');
      expect(rule.runsFrom).toMatch(/registration, non-registration or the decision/);
      expect(rule.contested).toMatch(/No source gives the period/);
      expect(rule.contested).toMatch(/flagged, never refused/);
    }
  });

  it('hours and closesAt appear only where the sources count hours or office close', () => {
    const withHours = allRows().filter((r) => r.hours !== undefined);
    expect(withHours.map((r) => r.hours)).toEqual([24, 48, 24]);
    const withClose = allRows().filter((r) => r.closesAt !== undefined);
    expect(withClose).toEqual([p.COMPLETE_REQUIREMENTS]);
  });

  it('confidence stays honest: [C] only on statute text seen; every [R] row is contested', () => {
    const confirmed = REGIMES.flatMap((regime) =>
      Object.values(TABLES[regime])
        .filter((r) => r.basis.confidence === 'C')
        .map((r) => `${regime} ${r.step}`),
    );
    expect(confirmed.sort()).toEqual([
      'PEMILU_2024 DECIDE_EXTENDED',
      'PEMILU_2024 FILE_REPORT',
      'PILKADA_2024 DECIDE',
      'PILKADA_2024 DECIDE_EXTENDED',
      'PILKADA_2024 FILE_REPORT',
      'PILKADA_2024 REFER_TO_POLICE',
    ]);
    for (const rule of allRows()) {
      expect(rule.basis.source, rule.step).toBeTruthy();
      if (rule.basis.confidence === 'R') expect(rule.contested, rule.step).toBeTruthy();
    }
  });
});

describe('NON_ASN_ROUTES_2024', () => {
  const KINDS: readonly NonAsnKind[] = [
    'VILLAGE_HEAD',
    'VILLAGE_OFFICIAL',
    'NON_ASN',
    'TNI',
    'POLRI',
  ];

  it('every route has a forward basis for both regimes and an authority basis', () => {
    expect(Object.keys(NON_ASN_ROUTES_2024).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      const route = NON_ASN_ROUTES_2024[kind];
      expect(route.kind).toBe(kind);
      for (const regime of REGIMES) {
        expect(route.forwardBasis[regime].instrument, `${kind} ${regime}`).toBeTruthy();
        expect(['C', 'S', 'R']).toContain(route.forwardBasis[regime].confidence);
      }
      expect(route.authorityBasis.instrument, kind).toBeTruthy();
      expect(['C', 'S', 'R']).toContain(route.authorityBasis.confidence);
      if (route.authorityBasis.confidence === 'R') expect(route.contested, kind).toBeTruthy();
    }
  });

  it('forwards rest on UU 7/2017 Pasal 455(1)(c) and UU 10/2016 Pasal 30 huruf e', () => {
    const head = NON_ASN_ROUTES_2024.VILLAGE_HEAD;
    expect(head.forwardBasis.PEMILU_2024.article).toBe('Pasal 455 ayat (1) huruf c');
    expect(head.forwardBasis.PILKADA_2024.article).toBe('Pasal 30 huruf e');
    expect(head.authority).toBe('BUPATI_WALIKOTA');
    expect(head.authorityBasis.article).toContain('Pasal 40 ayat (2) huruf d and ayat (3)');
  });
});
