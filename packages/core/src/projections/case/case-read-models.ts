/**
 * `caseReadModels`: the one projection behind the five read models officers act on (DESIGN.md
 * §3): agency workload, sanction status, deadlines, weekly monitoring, national funnel. Its
 * row per case stream is the folded case state (case-row.ts); its totals are the counters the
 * weekly review, the employer's stage counts and the national funnel read in O(1); its index
 * finds the cases of a NIP, an employer, a Bawaslu office or a region. Everything is a pure
 * function of the row, so a rebuild, an inline run and a restarted runner agree.
 *
 * The counters and keys (grammar in keys.ts; meaning in docs/read-models.md):
 * - `agency:<agencyId>:<unit>:<stage>` and `agency:<agencyId>:*:<stage>` — respondents per
 *   employer and unit (OPD) at each stage (respondent-stage.ts), unit empty when not recorded;
 * - `week:<region>:<week>:<measure>:<category>` — the weekly review's new cases, respondents
 *   decided, forwarded, sanctioned, per SKB category (the province roll-up sums the regions
 *   under the province's code prefix);
 * - `funnel:<regime>:<stage>` — ASN respondents reported, proven, recommended, sanctioned;
 * - index: `nip:<nip>`, `employer:<agencyId>`, `office:<office>`, `region:<code>`.
 */
import { effectiveOffice } from '../../case/decide/scope.js';
import { respondentsOf } from '../../case/state.js';
import { REGIMES_2024, type Regime } from '../../rules/index.js';
import type { Projection } from '../projection.js';
import {
  CASE_READ_MODELS_NAME,
  CASE_READ_MODELS_VERSION,
  type CaseRow,
  evolveCaseRow,
} from './case-row.js';
import { isoWeekOf } from './iso-week.js';
import {
  agencyStageKey,
  agencyTotalStageKey,
  employerKey,
  FUNNEL_STAGES,
  type FunnelStage,
  funnelKey,
  nipKey,
  officeId,
  officeKey,
  regionKey,
  weekKey,
} from './keys.js';
import { firstHandOverOn, firstSanctionOn, funnelStagesOf } from './milestones.js';
import { respondentStage } from './respondent-stage.js';
import { respondentSkbCategory, type SkbCategory, widerCategory } from './skb-category.js';

type Counter = readonly [key: string, amount: number];

/** A counter of one unit. */
const one = (key: string): Counter => [key, 1];

/** The funnel's counters, written once per election of the rulebook. */
const FUNNEL_KEYS = Object.fromEntries(
  (Object.keys(REGIMES_2024) as Regime[]).map((regime) => [
    regime,
    Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, funnelKey(regime, stage)])),
  ]),
) as Readonly<Record<Regime, Readonly<Record<FunnelStage, string>>>>;

const totals = (row: CaseRow): Counter[] => {
  const s = row.state;
  const region = s.region.code;
  const funnel = FUNNEL_KEYS[s.regime];
  const out: Counter[] = [];
  let caseCategory: SkbCategory = 'UNCLASSIFIED';
  for (const r of respondentsOf(s)) {
    const category = respondentSkbCategory(r);
    caseCategory = widerCategory(caseCategory, category);
    const stage = respondentStage(s, r);
    const agency = r.respondent.agency.id;
    out.push(one(agencyStageKey(agency, r.respondent.unit ?? null, stage)));
    out.push(one(agencyTotalStageKey(agency, stage)));
    for (const reached of funnelStagesOf(r)) out.push(one(funnel[reached]));
    if (r.decision !== null) {
      out.push(one(weekKey(region, isoWeekOf(r.decision.decidedOn), 'decided', category)));
    }
    const handedOver = firstHandOverOn(r);
    if (handedOver !== null) {
      out.push(one(weekKey(region, isoWeekOf(handedOver), 'forwarded', category)));
    }
    const sanctioned = firstSanctionOn(r);
    if (sanctioned !== null) {
      out.push(one(weekKey(region, isoWeekOf(sanctioned), 'sanctioned', category)));
    }
  }
  // A lapsed report taken up as a finding came in when the report was received.
  const cameIn = s.takenUpFrom?.receivedOn ?? s.openedOn;
  out.push(one(weekKey(region, isoWeekOf(cameIn), 'new', caseCategory)));
  return out;
};

const keys = (row: CaseRow): string[] => {
  const s = row.state;
  const out = [regionKey(s.region.code), officeKey(officeId(effectiveOffice(s)))];
  for (const r of respondentsOf(s)) {
    const employer = employerKey(r.respondent.agency.id);
    if (!out.includes(employer)) out.push(employer);
    if (r.respondent.nip !== undefined) {
      const nip = nipKey(r.respondent.nip);
      if (!out.includes(nip)) out.push(nip);
    }
  }
  return out;
};

/** The case read models' projection: name 'netra.cases', version 1, every stream a case. */
export const caseReadModels: Projection<CaseRow> = {
  name: CASE_READ_MODELS_NAME,
  version: CASE_READ_MODELS_VERSION,
  evolve: evolveCaseRow,
  totals,
  keys,
};
