/**
 * Read model 5, the national funnel (DESIGN.md §3): per election, how many ASN were reported,
 * proven, recommended and sanctioned — the figures KASN, BKN, Bawaslu and Kemendagri publish
 * (Pilkada 2020, KASN: 2,034 reported, 1,597 proven, 1,450 sanctioned; research §7.2).
 *
 * Counted per ASN respondent (PNS, CPNS, PPPK: UU 20/2023's ASN; village heads, non-ASN staff,
 * TNI and Polri are not in these figures), one per respondent per case:
 * - `reported`: named in a case — a report, a finding or an internal report;
 * - `proven`: Bawaslu decided a VIOLATION on the NEUTRALITY track (UU 7/2017 Pasal 455(1)(c),
 *   "pelanggaran peraturan perundang-undangan lainnya"; Pilkada: UU 10/2016 Pasal 30 huruf e);
 * - `recommended`: the ASN supervisor found it PROVEN and recommended a sanction to the PPK
 *   (KASN until 23 Aug 2024, then BKN; UU 5/2014 Pasal 32(3));
 * - `sanctioned`: a sanction was decided (PP 94/2021 Pasal 24; PP 42/2004 Pasal 15), whatever
 *   later became of it (an objection, an annulment).
 * Each stage is counted on its own, not as a subset of the one before: a funnel that narrows
 * out of order would show it instead of hiding it. Each is one totals counter
 * (`funnel:<regime>:<stage>`), so a funnel is four lookups.
 */
import { REGIMES_2024, type Regime } from '../../rules/index.js';
import type { ReadModel } from '../read-model.js';
import type { CaseRow } from './case-row.js';
import { FUNNEL_STAGES, type FunnelStage, funnelKey } from './keys.js';

/** One election's funnel: ASN respondents at each stage, and each stage's share of the one before. */
export interface NationalFunnel {
  readonly regime: Regime;
  readonly reported: number;
  readonly proven: number;
  readonly recommended: number;
  readonly sanctioned: number;
  /** Each stage as a share of the one before (null when that one is 0), e.g. 1,597 / 2,034. */
  readonly rates: {
    readonly proven: number | null;
    readonly recommended: number | null;
    readonly sanctioned: number | null;
  };
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The funnel of one election. */
export const nationalFunnel = (model: ReadModel<CaseRow>, regime: Regime): NationalFunnel => {
  const n = {} as Record<FunnelStage, number>;
  for (const stage of FUNNEL_STAGES) n[stage] = model.total(funnelKey(regime, stage));
  return {
    regime,
    ...n,
    rates: {
      proven: share(n.proven, n.reported),
      recommended: share(n.recommended, n.proven),
      sanctioned: share(n.sanctioned, n.recommended),
    },
  };
};

/** The funnels of every election the rulebook knows (Pemilu 2024, Pilkada 2024). */
export const nationalFunnels = (model: ReadModel<CaseRow>): readonly NationalFunnel[] =>
  (Object.keys(REGIMES_2024) as Regime[]).map((regime) => nationalFunnel(model, regime));
