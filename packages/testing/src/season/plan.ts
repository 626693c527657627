/**
 * The plan of a national season: which cases there are, where and when, how each case goes
 * (registered and decided, an internal report, a report declined or withdrawn) and what becomes
 * of each respondent. The plan fixes the funnel exactly; the case scripts (case-script.ts) then
 * walk each case to that end through the real decider.
 *
 * One block has the shape of Pilkada 2020 as KASN reported it: 2,034 ASN respondents reported,
 * 1,597 found to have violated neutrality and recommended for sanction, 1,450 sanctioned by their
 * PPK, the other 147 left without follow-up. Cases name 1–6 ASN respondents, about 1.4 on average
 * (1,194 recommendations covered 1,645 ASN), so a block has about 1,420 cases. A season at scale
 * k is k blocks, each drawn afresh (other regions, dates and people, the same funnel); a
 * fractional part is a prefix of one more block.
 */
import type { CaseOrigin, IsoDate, SkbCode } from '@netra/core';
import type { Chooser } from '../generators/chooser.js';
import { plusDays } from '../generators/dates.js';
import type { Jurisdiction } from '../generators/regions.js';
import { drawSkbCode } from './incidents.js';
import { createPrng, prngChooser, seedOf, shuffle } from './prng.js';
import { drawSeasonJurisdiction, SEASON_KAB_KOTA } from './regions.js';

/** The funnel of one block: Pilkada 2020 as KASN reported it. */
export const PILKADA_2020_SHAPE = {
  reported: 2034,
  proven: 1597,
  sanctioned: 1450,
  /** ASN respondents of cases that never reach a decision (internal, declined, withdrawn). */
  undecided: 120,
} as const;

/** What becomes of an ASN respondent. */
export type AsnFate =
  /** VIOLATION, forwarded, recommended PROVEN, sanctioned by the PPK. */
  | 'SANCTIONED'
  /** VIOLATION, forwarded, recommended PROVEN; the PPK does not follow up. */
  | 'NOT_FOLLOWED_UP'
  | 'NOT_A_VIOLATION'
  | 'STOPPED'
  /** Named in a case that is never decided (internal report, report declined or withdrawn). */
  | 'UNDECIDED';

/** What becomes of a respondent who is not ASN. */
export type NonAsnFate = 'OTHER_LAW' | 'OTHER_LAW_SANCTIONED' | 'NOT_A_VIOLATION';

export type RespondentPlan =
  | { readonly kind: 'PNS' | 'CPNS' | 'PPPK'; readonly fate: AsnFate }
  | { readonly kind: 'VILLAGE_HEAD' | 'VILLAGE_OFFICIAL' | 'NON_ASN'; readonly fate: NonAsnFate };

/** How the case goes at Bawaslu. */
export type CasePath = 'DECIDED' | 'INTERNAL' | 'DECLINED' | 'WITHDRAWN';

export interface CasePlan {
  /** The case's place in the season (0, 1, …): its id, its random stream, its tie-break. */
  readonly seq: number;
  readonly block: number;
  readonly origin: CaseOrigin;
  readonly path: CasePath;
  readonly jurisdiction: Jurisdiction;
  readonly incidentOn: IsoDate;
  readonly skbCode: SkbCode;
  readonly respondents: readonly RespondentPlan[];
  /** No instant of the case is earlier (epoch ms): the incident day's local midnight in WIT. */
  readonly startsAt: number;
}

const sizeOf = (c: Chooser): number =>
  c.weighted([
    [73, 1],
    [18, 2],
    [5, 3],
    [2, 4],
    [1, 5],
    [1, 6],
  ]);

/** The incident day: mostly in the campaign (25 Sep – 23 Nov 2024), some before it. */
const drawIncidentOn = (c: Chooser): IsoDate =>
  c.weighted<() => IsoDate>([
    [2, () => plusDays('2024-06-15', c.int(0, 68))],
    [3, () => plusDays('2024-08-23', c.int(0, 29))],
    [7, () => plusDays('2024-09-22', c.int(0, 65))],
  ])();

const asnKind = (c: Chooser) =>
  c.weighted([
    [75, 'PNS'],
    [18, 'PPPK'],
    [7, 'CPNS'],
  ] as const);

/** Picks the never-decided cases, whose sizes add up to exactly `budget`. */
const chooseUndecided = (c: Chooser, sizes: readonly number[], budget: number): Set<number> => {
  const chosen = new Set<number>();
  let left = budget;
  for (let pass = 0; left > 0 && pass < 100; pass++) {
    for (let i = 0; i < sizes.length && left > 0; i++) {
      const size = sizes[i] ?? 0;
      if (!chosen.has(i) && size <= left && c.chance(8)) {
        chosen.add(i);
        left -= size;
      }
    }
  }
  if (left > 0) throw new Error(`season plan: ${left} undecided respondents left unplaced`);
  return chosen;
};

/** The plan of block `block`, its cases numbered from `firstSeq`. */
export const planBlock = (seed: number, block: number, firstSeq: number): CasePlan[] => {
  const c = prngChooser(createPrng(seedOf(seed, 'block', block)));
  const shape = PILKADA_2020_SHAPE;
  const sizes: number[] = [];
  for (let total = 0; total < shape.reported; ) {
    const size = Math.min(sizeOf(c), shape.reported - total);
    sizes.push(size);
    total += size;
  }
  const undecided = chooseUndecided(c, sizes, shape.undecided);
  const notProven = shape.reported - shape.proven - shape.undecided;
  const fates: AsnFate[] = shuffle(c, [
    ...Array.from({ length: shape.sanctioned }, (): AsnFate => 'SANCTIONED'),
    ...Array.from({ length: shape.proven - shape.sanctioned }, (): AsnFate => 'NOT_FOLLOWED_UP'),
    ...Array.from(
      { length: notProven },
      (): AsnFate => (c.chance(70) ? 'NOT_A_VIOLATION' : 'STOPPED'),
    ),
  ]);
  const weights = SEASON_KAB_KOTA.map(() => c.int(1, 6));
  let next = 0;
  return sizes.map((size, i): CasePlan => {
    const path: CasePath = undecided.has(i)
      ? c.weighted([
          [4, 'INTERNAL'],
          [4, 'DECLINED'],
          [2, 'WITHDRAWN'],
        ] as const)
      : 'DECIDED';
    const respondents: RespondentPlan[] = Array.from({ length: size }, () =>
      path === 'DECIDED'
        ? { kind: asnKind(c), fate: fates[next++] ?? 'NOT_A_VIOLATION' }
        : { kind: asnKind(c), fate: 'UNDECIDED' },
    );
    // Now and then a village head, a village official or an honorer was there too.
    if (path === 'DECIDED' && c.chance(7)) {
      respondents.push({
        kind: c.weighted([
          [45, 'VILLAGE_HEAD'],
          [25, 'VILLAGE_OFFICIAL'],
          [30, 'NON_ASN'],
        ] as const),
        fate: c.weighted([
          [40, 'OTHER_LAW'],
          [25, 'OTHER_LAW_SANCTIONED'],
          [35, 'NOT_A_VIOLATION'],
        ] as const),
      });
    }
    const incidentOn = drawIncidentOn(c);
    const origin: CaseOrigin =
      path === 'INTERNAL' ? 'INTERNAL' : path === 'DECIDED' && c.chance(60) ? 'FINDING' : 'REPORT';
    return {
      seq: firstSeq + i,
      block,
      origin,
      path,
      jurisdiction: drawSeasonJurisdiction(c, weights),
      incidentOn,
      skbCode: drawSkbCode(c, incidentOn),
      respondents,
      startsAt: Date.parse(`${incidentOn}T00:00:00+09:00`),
    };
  });
};

/**
 * The plans of a season at `scale` (> 0): floor(scale) whole blocks, and the first part of one
 * more for a fractional scale, in the order their cases may start.
 */
export const planSeason = (seed: number, scale: number): CasePlan[] => {
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new RangeError(`season scale must be a positive number, not ${scale}`);
  }
  const plans: CasePlan[] = [];
  for (let block = 0; block < Math.ceil(scale); block++) {
    const cases = planBlock(seed, block, plans.length);
    const part = Math.min(1, scale - block);
    plans.push(...(part >= 1 ? cases : cases.slice(0, Math.round(cases.length * part))));
  }
  return plans.sort((a, b) => a.startsAt - b.startsAt || a.seq - b.seq);
};
