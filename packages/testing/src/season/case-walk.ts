/**
 * A planned case as the generators' walkers see it (generators/walk-state.ts): its people drawn,
 * its model of each respondent, and the case's own random stream; and what the season adds to
 * the walk: each respondent's planned fate.
 */
import { defaultRulebook, type Respondent } from '@netra/core';
import { drawReporter } from '../generators/people.js';
import {
  newRespondentModel,
  type RespondentModel,
  type Walk,
  walkStart,
} from '../generators/walk-state.js';
import { drawAgencyOf } from './agencies.js';
import { drawAsnRespondent, drawNonAsnRespondent } from './people.js';
import type { CasePlan, RespondentPlan } from './plan.js';
import { createPrng, prngChooser, seedOf } from './prng.js';

const ORIGIN_TAGS = { REPORT: 'LP', FINDING: 'TM', INTERNAL: 'IN' } as const;

/** The case id, e.g. `pilkada24-3402-TM-000123`: regime, region, origin, place in the season. */
export const caseIdOf = (plan: CasePlan): string =>
  `pilkada24-${plan.jurisdiction.region.code.replace('.', '')}-${ORIGIN_TAGS[plan.origin]}-${String(plan.seq).padStart(6, '0')}`;

export interface SeasonWalk extends Walk {
  readonly plan: CasePlan;
  /** Each respondent's plan, by respondent id. */
  readonly fates: ReadonlyMap<string, RespondentPlan>;
}

export const startWalk = (seed: number, plan: CasePlan): SeasonWalk => {
  const c = prngChooser(createPrng(seedOf(seed, 'case', plan.seq)));
  const j = plan.jurisdiction;
  const caseId = caseIdOf(plan);
  // Colleagues at one event mostly share an agency; an internal report names its own staff only.
  const shared = drawAgencyOf(c, j);
  const nips = new Set<string>();
  const fates = new Map<string, RespondentPlan>();
  const respondents = plan.respondents.map((p, i): Respondent => {
    const respondentId = `${caseId}-r${i + 1}`;
    fates.set(respondentId, p);
    if (p.kind === 'PNS' || p.kind === 'CPNS' || p.kind === 'PPPK') {
      const at = plan.origin === 'INTERNAL' || c.chance(60) ? shared : drawAgencyOf(c, j);
      return drawAsnRespondent(c, { respondentId, kind: p.kind, at, asOf: plan.incidentOn, nips });
    }
    return drawNonAsnRespondent(c, { respondentId, kind: p.kind, j });
  });
  const model: Record<string, RespondentModel> = {};
  for (const r of respondents) model[r.respondentId] = newRespondentModel(r);
  return {
    c,
    rulebook: defaultRulebook,
    regime: 'PILKADA_2024',
    jurisdiction: j,
    origin: plan.origin,
    caseId,
    reporter: plan.origin === 'REPORT' ? drawReporter(c, j.region) : null,
    respondents,
    ...walkStart(plan.incidentOn),
    model,
    toTheEnd: false,
    plan,
    fates,
  };
};

/** The respondent's model (the walk keeps one per respondent). */
export const modelOf = (w: Walk, respondentId: string): RespondentModel => {
  const m = w.model[respondentId];
  if (m === undefined) throw new RangeError(`${w.caseId}: no respondent ${respondentId}`);
  return m;
};
