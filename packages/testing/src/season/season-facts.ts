/**
 * What a national season contains, as its generator knows it independently of any read model:
 * from the plan, before a single event is generated — the cases (one stream each), the
 * respondents, and the funnel per election (the case's `regime`):
 * - reported: ASN respondents (PNS, CPNS, PPPK) named in a case, whatever its origin;
 * - proven: those Bawaslu decided a VIOLATION on the NEUTRALITY track;
 * - recommended: those the supervisor found PROVEN;
 * - sanctioned: those a sanction was decided for.
 * Respondents who are not ASN (village heads and officials, honorers) are counted apart: some
 * of them are decided an OTHER_LAW violation and sanctioned by the authority over them, which
 * no ASN funnel counts.
 *
 * The events are counted while the season is generated (SeasonTally): how many a scale gives
 * depends on the walk (two summonses or one, an objection or none).
 */
import type { CaseOrigin, RespondentKind } from '@netra/core';
import type { CasePath, CasePlan } from './plan.js';

export interface FunnelFacts {
  readonly reported: number;
  readonly proven: number;
  readonly recommended: number;
  readonly sanctioned: number;
}

export interface SeasonFacts {
  readonly seed: number;
  readonly scale: number;
  /** Cases, one stream each. */
  readonly cases: number;
  readonly casesByOrigin: Readonly<Record<CaseOrigin, number>>;
  /** DECIDED: registered and every respondent decided; the others end before registration. */
  readonly casesByPath: Readonly<Record<CasePath, number>>;
  /** Distinct regions (kabupaten/kota or province) with a case. */
  readonly regions: number;
  readonly respondents: {
    readonly total: number;
    readonly asn: number;
    readonly nonAsn: number;
    readonly byKind: Readonly<Partial<Record<RespondentKind, number>>>;
    /** Non-ASN respondents sanctioned by the authority over them (not in any ASN funnel). */
    readonly nonAsnSanctioned: number;
  };
  /** The ASN funnel per election (the case's regime): all 'PILKADA_2024' here. */
  readonly funnel: Readonly<Record<string, FunnelFacts>>;
}

/** Counted as the season is generated; `complete` once an iteration ran to its end. */
export interface SeasonTally {
  events: number;
  appends: number;
  streams: number;
  readonly eventTypes: Record<string, number>;
  complete: boolean;
}

export const emptyTally = (): SeasonTally => ({
  events: 0,
  appends: 0,
  streams: 0,
  eventTypes: {},
  complete: false,
});

const ASN_KINDS: readonly RespondentKind[] = ['PNS', 'CPNS', 'PPPK'];

export const seasonFacts = (
  plans: readonly CasePlan[],
  seed: number,
  scale: number,
): SeasonFacts => {
  const casesByOrigin: Record<CaseOrigin, number> = { REPORT: 0, FINDING: 0, INTERNAL: 0 };
  const casesByPath: Record<CasePath, number> = {
    DECIDED: 0,
    INTERNAL: 0,
    DECLINED: 0,
    WITHDRAWN: 0,
  };
  const byKind: Partial<Record<RespondentKind, number>> = {};
  // Every case of the season is a Pilkada 2024 case.
  const f = { reported: 0, proven: 0, recommended: 0, sanctioned: 0 };
  const regions = new Set<string>();
  let nonAsnSanctioned = 0;
  for (const plan of plans) {
    casesByOrigin[plan.origin] += 1;
    casesByPath[plan.path] += 1;
    regions.add(plan.jurisdiction.region.code);
    for (const r of plan.respondents) {
      byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
      if (r.fate === 'OTHER_LAW_SANCTIONED') nonAsnSanctioned += 1;
      if (!ASN_KINDS.includes(r.kind)) continue;
      f.reported += 1;
      if (r.fate === 'SANCTIONED' || r.fate === 'NOT_FOLLOWED_UP') {
        f.proven += 1;
        f.recommended += 1;
      }
      if (r.fate === 'SANCTIONED') f.sanctioned += 1;
    }
  }
  const total = Object.values(byKind).reduce((sum, n) => sum + n, 0);
  const asn = ASN_KINDS.reduce((sum, k) => sum + (byKind[k] ?? 0), 0);
  return {
    seed,
    scale,
    cases: plans.length,
    casesByOrigin,
    casesByPath,
    regions: regions.size,
    respondents: { total, asn, nonAsn: total - asn, byKind, nonAsnSanctioned },
    funnel: { PILKADA_2024: f },
  };
};
