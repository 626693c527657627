import { describe, expect, it } from 'vitest';
import type { AppealRoute, PersonKind, SanctionCode } from './proceedings-types.js';
import { createRulebook, defaultRulebook } from './rulebook.js';
import {
  compareSeverity,
  heaviest,
  isLighterThan,
  isLighterThanRecommendation,
  isSanctionInForce,
  meetsLevel,
  moderateSetOn,
  RECOMMENDATION_LEVELS,
  recommendationLevelOf,
  sanctionsForRecommendation,
  sanctionsInForce,
  sanctionType,
  whyNotInForce,
} from './sanctions.js';
import { SANCTION_CODES, SANCTIONS_2024 } from './sanctions-2024.js';
import type { SanctionLevel } from './types.js';

const rb = defaultRulebook;

const ASN: readonly PersonKind[] = ['PNS', 'CPNS', 'PPPK'];
const PNS_CPNS: readonly PersonKind[] = ['PNS', 'CPNS'];
const VILLAGE: readonly PersonKind[] = ['VILLAGE_HEAD', 'VILLAGE_OFFICIAL'];

interface Expected {
  readonly level: SanctionLevel;
  readonly appliesTo: readonly PersonKind[];
  readonly appealRoute: AppealRoute;
  readonly durationMonths: number | null;
  readonly ends: boolean;
}

/** The catalogue as the research reads it (legal-process §5.2–5.5, legal-answers §3, §6, §9). */
const EXPECTED: Readonly<Record<SanctionCode, Expected>> = {
  MORAL_TERTUTUP: {
    level: 'MORAL',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: null,
    ends: false,
  },
  MORAL_TERBUKA: {
    level: 'MORAL',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: null,
    ends: false,
  },
  TEGURAN_LISAN: {
    level: 'LIGHT',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: null,
    ends: false,
  },
  TEGURAN_TERTULIS: {
    level: 'LIGHT',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: null,
    ends: false,
  },
  PERNYATAAN_TIDAK_PUAS: {
    level: 'LIGHT',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: null,
    ends: false,
  },
  POTONG_TUKIN_6B: {
    level: 'MODERATE',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: 6,
    ends: false,
  },
  POTONG_TUKIN_9B: {
    level: 'MODERATE',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: 9,
    ends: false,
  },
  POTONG_TUKIN_12B: {
    level: 'MODERATE',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: 12,
    ends: false,
  },
  TUNDA_KGB_1T: {
    level: 'MODERATE',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: 12,
    ends: false,
  },
  TUNDA_PANGKAT_1T: {
    level: 'MODERATE',
    appliesTo: PNS_CPNS,
    appealRoute: 'KEBERATAN',
    durationMonths: 12,
    ends: false,
  },
  TURUN_PANGKAT_1T: {
    level: 'MODERATE',
    appliesTo: PNS_CPNS,
    appealRoute: 'KEBERATAN',
    durationMonths: 12,
    ends: false,
  },
  TURUN_JABATAN_12B: {
    level: 'HEAVY',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: 12,
    ends: false,
  },
  BEBAS_JABATAN_PELAKSANA_12B: {
    level: 'HEAVY',
    appliesTo: ASN,
    appealRoute: 'KEBERATAN',
    durationMonths: 12,
    ends: false,
  },
  PDHTAPS: {
    level: 'HEAVY',
    appliesTo: PNS_CPNS,
    appealRoute: 'BANDING',
    durationMonths: null,
    ends: true,
  },
  PTDH: {
    level: 'PTDH',
    appliesTo: PNS_CPNS,
    appealRoute: 'BANDING',
    durationMonths: null,
    ends: true,
  },
  PPPK_PUTUS_PERJANJIAN: {
    level: 'HEAVY',
    appliesTo: ['PPPK'],
    appealRoute: 'BANDING',
    durationMonths: null,
    ends: true,
  },
  KONTRAK_TEGURAN: {
    level: 'LIGHT',
    appliesTo: ['NON_ASN'],
    appealRoute: 'NONE',
    durationMonths: null,
    ends: false,
  },
  KONTRAK_PUTUS: {
    level: 'HEAVY',
    appliesTo: ['NON_ASN'],
    appealRoute: 'NONE',
    durationMonths: null,
    ends: true,
  },
  DESA_TEGURAN_LISAN: {
    level: 'LIGHT',
    appliesTo: VILLAGE,
    appealRoute: 'NONE',
    durationMonths: null,
    ends: false,
  },
  DESA_TEGURAN_TERTULIS: {
    level: 'LIGHT',
    appliesTo: VILLAGE,
    appealRoute: 'NONE',
    durationMonths: null,
    ends: false,
  },
  DESA_BERHENTI_SEMENTARA: {
    level: 'MODERATE',
    appliesTo: VILLAGE,
    appealRoute: 'NONE',
    durationMonths: null,
    ends: false,
  },
  DESA_BERHENTI: {
    level: 'HEAVY',
    appliesTo: VILLAGE,
    appealRoute: 'NONE',
    durationMonths: null,
    ends: true,
  },
};

const codes = (kind: PersonKind, on: string): SanctionCode[] =>
  sanctionsInForce(rb, on, kind).map((s) => s.code);

describe('SANCTIONS_2024: one row per code', () => {
  it('holds every SanctionCode exactly once, and is the default rulebook’s catalogue', () => {
    expect(new Set(SANCTION_CODES).size).toBe(SANCTION_CODES.length);
    expect([...SANCTION_CODES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(rb.sanctions).toEqual(SANCTIONS_2024);
  });

  it.each(Object.entries(EXPECTED) as [SanctionCode, Expected][])(
    '%s: level, who it applies to, duration, appeal route',
    (code, expected) => {
      const row = sanctionType(rb, code);
      expect(row.code).toBe(code);
      expect(row.level).toBe(expected.level);
      expect([...row.appliesTo].sort()).toEqual([...expected.appliesTo].sort());
      expect(row.appealRoute).toBe(expected.appealRoute);
      expect(row.durationMonths).toBe(expected.durationMonths);
      expect(row.ends).toBe(expected.ends);
      expect(row.basis.instrument.length).toBeGreaterThan(0);
      expect(['C', 'S', 'R']).toContain(row.basis.confidence);
      // A row the sources are unsure of says why.
      if (row.basis.confidence !== 'C') expect(row.contested ?? row.basis.note).toBeTruthy();
      // Only what ends the employment goes to BPASN (PP 79/2021 Pasal 10).
      if (row.appealRoute === 'BANDING') expect(row.ends).toBe(true);
    },
  );

  it('dates the PP 94/2021 types from its promulgation (31 Aug 2021), and nothing undated', () => {
    const dated = SANCTIONS_2024.filter((s) => s.effectiveFrom !== undefined).map((s) => s.code);
    expect(dated.sort()).toEqual(
      [
        'TEGURAN_LISAN',
        'TEGURAN_TERTULIS',
        'PERNYATAAN_TIDAK_PUAS',
        'POTONG_TUKIN_6B',
        'POTONG_TUKIN_9B',
        'POTONG_TUKIN_12B',
        'TURUN_JABATAN_12B',
        'BEBAS_JABATAN_PELAKSANA_12B',
        'PDHTAPS',
      ].sort(),
    );
    for (const code of dated) expect(sanctionType(rb, code).effectiveFrom).toBe('2021-08-31');
    expect(SANCTIONS_2024.every((s) => s.effectiveUntil === undefined)).toBe(true);
  });

  it('PTDH cites UU 20/2023 and names the earlier UU 5/2014 basis', () => {
    const ptdh = sanctionType(rb, 'PTDH');
    expect(ptdh.basis.instrument).toContain('UU 20/2023');
    expect(ptdh.basis.article).toContain('Pasal 52 ayat (3) huruf j');
    expect(ptdh.basis.note).toContain('31 Oct 2023');
    expect(ptdh.basis.note).toContain('UU 5/2014 Pasal 87');
  });

  it('sanctionType throws for a code the rulebook lacks', () => {
    expect(() => sanctionType(rb, 'NOPE' as SanctionCode)).toThrow(/no sanction NOPE/);
  });
});

describe('the moderate switch (PP 94/2021 Pasal 42)', () => {
  const TUKIN: SanctionCode[] = ['POTONG_TUKIN_6B', 'POTONG_TUKIN_9B', 'POTONG_TUKIN_12B'];
  const PP53: SanctionCode[] = ['TUNDA_KGB_1T', 'TUNDA_PANGKAT_1T', 'TURUN_PANGKAT_1T'];

  it('by default (null): PP 53/2010’s moderate set is in force in 2024, the tukin cuts are not', () => {
    expect(rb.moderateSanctions.pp94ModerateFrom).toBeNull();
    for (const on of ['2021-09-01', '2024-02-14', '2024-11-27', '2030-01-01']) {
      expect(moderateSetOn(rb, on)).toBe('PP53_2010');
      const pns = codes('PNS', on);
      for (const code of PP53) expect(pns).toContain(code);
      for (const code of TUKIN) expect(pns).not.toContain(code);
    }
    const why = whyNotInForce(rb, 'POTONG_TUKIN_6B', '2024-03-05');
    expect(why?.message).toContain('pp94ModerateFrom is not set');
    expect(why?.basis).toBe(rb.moderateSanctions.basis);
  });

  it('with pp94ModerateFrom: the tukin cuts from that day, PP 53/2010’s set until the day before', () => {
    const switched = createRulebook({ moderateSanctions: { pp94ModerateFrom: '2024-07-01' } });
    expect(moderateSetOn(switched, '2024-06-30')).toBe('PP53_2010');
    expect(moderateSetOn(switched, '2024-07-01')).toBe('PP94_2021');
    const before = sanctionsInForce(switched, '2024-06-30', 'PNS').map((s) => s.code);
    const from = sanctionsInForce(switched, '2024-07-01', 'PNS').map((s) => s.code);
    for (const code of PP53) {
      expect(before).toContain(code);
      expect(from).not.toContain(code);
    }
    for (const code of TUKIN) {
      expect(before).not.toContain(code);
      expect(from).toContain(code);
    }
    expect(whyNotInForce(switched, 'POTONG_TUKIN_6B', '2024-06-30')?.message).toContain(
      'take force on 2024-07-01',
    );
    expect(whyNotInForce(switched, 'TUNDA_KGB_1T', '2024-07-01')?.message).toContain(
      'replaced PP 53/2010',
    );
  });

  it('a PPPK gets the tukin cuts once switched, and of PP 53/2010 only the postponed raise', () => {
    expect(codes('PPPK', '2024-06-01').filter((c) => EXPECTED[c].level === 'MODERATE')).toEqual([
      'TUNDA_KGB_1T',
    ]);
    const switched = createRulebook({ moderateSanctions: { pp94ModerateFrom: '2024-07-01' } });
    expect(
      sanctionsInForce(switched, '2024-07-01', 'PPPK')
        .filter((s) => s.level === 'MODERATE')
        .map((s) => s.code),
    ).toEqual(TUKIN);
  });

  it('the tukin cuts never before PP 94/2021, even with an earlier switch date', () => {
    const early = createRulebook({ moderateSanctions: { pp94ModerateFrom: '2020-01-01' } });
    expect(isSanctionInForce(early, 'POTONG_TUKIN_6B', '2021-08-30')).toBe(false);
    expect(whyNotInForce(early, 'POTONG_TUKIN_6B', '2021-08-30')?.message).toContain(
      'in force from 2021-08-31',
    );
    expect(isSanctionInForce(early, 'POTONG_TUKIN_6B', '2021-08-31')).toBe(true);
  });
});

describe('sanctionsInForce', () => {
  it('answers per person kind, lightest first', () => {
    expect(codes('PNS', '2024-06-01')).toEqual([
      'MORAL_TERTUTUP',
      'MORAL_TERBUKA',
      'TEGURAN_LISAN',
      'TEGURAN_TERTULIS',
      'PERNYATAAN_TIDAK_PUAS',
      'TUNDA_KGB_1T',
      'TUNDA_PANGKAT_1T',
      'TURUN_PANGKAT_1T',
      'TURUN_JABATAN_12B',
      'BEBAS_JABATAN_PELAKSANA_12B',
      'PDHTAPS',
      'PTDH',
    ]);
    expect(codes('NON_ASN', '2024-06-01')).toEqual(['KONTRAK_TEGURAN', 'KONTRAK_PUTUS']);
    expect(codes('VILLAGE_HEAD', '2024-06-01')).toEqual([
      'DESA_TEGURAN_LISAN',
      'DESA_TEGURAN_TERTULIS',
      'DESA_BERHENTI_SEMENTARA',
      'DESA_BERHENTI',
    ]);
    expect(codes('VILLAGE_OFFICIAL', '2024-06-01')).toEqual(codes('VILLAGE_HEAD', '2024-06-01'));
    expect(codes('PPPK', '2024-06-01')).toContain('PPPK_PUTUS_PERJANJIAN');
    expect(codes('PPPK', '2024-06-01')).not.toContain('PDHTAPS');
    expect(codes('TNI', '2024-06-01')).toEqual([]);
    expect(codes('POLRI', '2024-06-01')).toEqual([]);
  });

  it('honours effectiveFrom: the PP 94/2021 types are not in force the day before it', () => {
    const before = codes('PNS', '2021-08-30');
    expect(before).not.toContain('TEGURAN_LISAN');
    expect(before).not.toContain('PDHTAPS');
    expect(before).toContain('TUNDA_KGB_1T');
    expect(before).toContain('PTDH');
    expect(codes('PNS', '2021-08-31')).toContain('TEGURAN_LISAN');
    expect(whyNotInForce(rb, 'PDHTAPS', '2021-08-30')?.message).toContain('from 2021-08-31');
    expect(whyNotInForce(rb, 'PDHTAPS', '2021-08-31')).toBeUndefined();
  });
});

describe('severity', () => {
  it('orders each PP’s types from light to heavy, and levels from moral to PTDH', () => {
    const order: SanctionCode[] = [
      'MORAL_TERTUTUP',
      'MORAL_TERBUKA',
      'TEGURAN_LISAN',
      'TEGURAN_TERTULIS',
      'PERNYATAAN_TIDAK_PUAS',
      'POTONG_TUKIN_6B',
      'POTONG_TUKIN_9B',
      'POTONG_TUKIN_12B',
      'TURUN_JABATAN_12B',
      'BEBAS_JABATAN_PELAKSANA_12B',
      'PDHTAPS',
      'PTDH',
    ];
    for (let i = 1; i < order.length; i += 1) {
      expect(isLighterThan(rb, order[i - 1]!, order[i]!), `${order[i - 1]} < ${order[i]}`).toBe(
        true,
      );
      expect(isLighterThan(rb, order[i]!, order[i - 1]!)).toBe(false);
    }
    expect(isLighterThan(rb, 'TUNDA_KGB_1T', 'TUNDA_PANGKAT_1T')).toBe(true);
    expect(isLighterThan(rb, 'TUNDA_PANGKAT_1T', 'TURUN_PANGKAT_1T')).toBe(true);
    expect(isLighterThan(rb, 'TURUN_PANGKAT_1T', 'TURUN_JABATAN_12B')).toBe(true);
    expect(isLighterThan(rb, 'PERNYATAAN_TIDAK_PUAS', 'TUNDA_KGB_1T')).toBe(true);
    expect(isLighterThan(rb, 'DESA_TEGURAN_TERTULIS', 'DESA_BERHENTI_SEMENTARA')).toBe(true);
    expect(isLighterThan(rb, 'DESA_BERHENTI_SEMENTARA', 'DESA_BERHENTI')).toBe(true);
    expect(isLighterThan(rb, 'KONTRAK_TEGURAN', 'KONTRAK_PUTUS')).toBe(true);
  });

  it('ranks the two moderate sets alike, and a type with itself as equal', () => {
    expect(compareSeverity(rb, 'TUNDA_KGB_1T', 'POTONG_TUKIN_6B')).toBe(0);
    expect(compareSeverity(rb, 'TURUN_PANGKAT_1T', 'POTONG_TUKIN_12B')).toBe(0);
    expect(isLighterThan(rb, 'PDHTAPS', 'PDHTAPS')).toBe(false);
    expect(compareSeverity(rb, 'PPPK_PUTUS_PERJANJIAN', 'PDHTAPS')).toBe(0);
  });

  it('heaviest: one sanction for several violations, the heaviest (PP 94 Pasal 35(1))', () => {
    expect(heaviest(rb, [])).toBeUndefined();
    expect(heaviest(rb, ['TEGURAN_TERTULIS'])).toBe('TEGURAN_TERTULIS');
    expect(heaviest(rb, ['TEGURAN_TERTULIS', 'TURUN_JABATAN_12B', 'TUNDA_KGB_1T'])).toBe(
      'TURUN_JABATAN_12B',
    );
    expect(heaviest(rb, ['PDHTAPS', 'PTDH', 'TEGURAN_LISAN'])).toBe('PTDH');
    // Among equals, the first given.
    expect(heaviest(rb, ['TUNDA_KGB_1T', 'POTONG_TUKIN_6B'])).toBe('TUNDA_KGB_1T');
    expect(heaviest(rb, ['POTONG_TUKIN_6B', 'TUNDA_KGB_1T'])).toBe('POTONG_TUKIN_6B');
  });
});

describe('recommendation levels', () => {
  it('recommendationLevelOf: the level, with the two moral sanctions apart', () => {
    expect(RECOMMENDATION_LEVELS).toEqual([
      'MORAL_TERTUTUP',
      'MORAL_TERBUKA',
      'LIGHT',
      'MODERATE',
      'HEAVY',
      'PTDH',
    ]);
    expect(recommendationLevelOf(rb, 'MORAL_TERTUTUP')).toBe('MORAL_TERTUTUP');
    expect(recommendationLevelOf(rb, 'MORAL_TERBUKA')).toBe('MORAL_TERBUKA');
    expect(recommendationLevelOf(rb, 'TEGURAN_LISAN')).toBe('LIGHT');
    expect(recommendationLevelOf(rb, 'TUNDA_KGB_1T')).toBe('MODERATE');
    expect(recommendationLevelOf(rb, 'PDHTAPS')).toBe('HEAVY');
    expect(recommendationLevelOf(rb, 'PTDH')).toBe('PTDH');
  });

  it('a PPPK’s termination meets HEAVY and PTDH; nothing else meets two levels', () => {
    expect(meetsLevel(rb, 'PPPK_PUTUS_PERJANJIAN', 'HEAVY')).toBe(true);
    expect(meetsLevel(rb, 'PPPK_PUTUS_PERJANJIAN', 'PTDH')).toBe(true);
    expect(meetsLevel(rb, 'PDHTAPS', 'PTDH')).toBe(false);
    expect(SANCTIONS_2024.filter((s) => s.alsoMeets !== undefined).map((s) => s.code)).toEqual([
      'PPPK_PUTUS_PERJANJIAN',
    ]);
  });

  it('isLighterThanRecommendation: flags under-punishment (PP 94 Pasal 24(3))', () => {
    expect(isLighterThanRecommendation(rb, 'TEGURAN_TERTULIS', 'MODERATE')).toBe(true);
    expect(isLighterThanRecommendation(rb, 'TUNDA_KGB_1T', 'MODERATE')).toBe(false);
    expect(isLighterThanRecommendation(rb, 'PDHTAPS', 'MODERATE')).toBe(false);
    expect(isLighterThanRecommendation(rb, 'MORAL_TERTUTUP', 'MORAL_TERBUKA')).toBe(true);
    expect(isLighterThanRecommendation(rb, 'MORAL_TERBUKA', 'LIGHT')).toBe(true);
    expect(isLighterThanRecommendation(rb, 'PDHTAPS', 'PTDH')).toBe(true);
    expect(isLighterThanRecommendation(rb, 'PPPK_PUTUS_PERJANJIAN', 'PTDH')).toBe(false);
  });

  it('sanctionsForRecommendation: the types the PPK chooses from, per kind and day', () => {
    const pick = (level: Parameters<typeof sanctionsForRecommendation>[1], kind: PersonKind) =>
      sanctionsForRecommendation(rb, level, kind, '2024-06-01').map((s) => s.code);
    expect(pick('MODERATE', 'PNS')).toEqual([
      'TUNDA_KGB_1T',
      'TUNDA_PANGKAT_1T',
      'TURUN_PANGKAT_1T',
    ]);
    expect(pick('HEAVY', 'PNS')).toEqual([
      'TURUN_JABATAN_12B',
      'BEBAS_JABATAN_PELAKSANA_12B',
      'PDHTAPS',
    ]);
    expect(pick('PTDH', 'PNS')).toEqual(['PTDH']);
    expect(pick('PTDH', 'PPPK')).toEqual(['PPPK_PUTUS_PERJANJIAN']);
    expect(pick('HEAVY', 'PPPK')).toEqual([
      'TURUN_JABATAN_12B',
      'BEBAS_JABATAN_PELAKSANA_12B',
      'PPPK_PUTUS_PERJANJIAN',
    ]);
    expect(pick('MORAL_TERBUKA', 'CPNS')).toEqual(['MORAL_TERBUKA']);
  });
});
