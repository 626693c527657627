/**
 * The milestones of a respondent that several read models count: the first hand-over by
 * Bawaslu, the first sanction, and the stages of the national funnel reached.
 */
import type { RespondentKind } from '../../case/schema/primitives.js';
import type { RespondentState } from '../../case/state.js';
import type { IsoDate } from '../../time/index.js';
import type { FunnelStage } from './keys.js';

/** ASN: the respondents the national funnel counts (PNS, CPNS, PPPK). */
export const isAsnRespondent = (kind: RespondentKind): boolean =>
  kind === 'PNS' || kind === 'CPNS' || kind === 'PPPK';

/** The day a respondent was first handed over by Bawaslu (any track), if they were. */
export const firstHandOverOn = (r: RespondentState): IsoDate | null => {
  let first: IsoDate | null = null;
  for (const on of [
    r.forwarding?.forwardedOn,
    r.otherLawForward?.forwardedOn,
    r.gakkumdu?.referredOn,
  ]) {
    if (on !== undefined && (first === null || on < first)) first = on;
  }
  return first;
};

/** The day a sanction was first decided on the respondent in this case, if one was. */
export const firstSanctionOn = (r: RespondentState): IsoDate | null =>
  r.proceeding.earlierSanctions[0]?.decidedOn ?? r.proceeding.sanction?.decidedOn ?? null;

/** The funnel stages respondent `r` has reached (each counted on its own, see national-funnel.ts). */
export const funnelStagesOf = (r: RespondentState): readonly FunnelStage[] => {
  if (!isAsnRespondent(r.respondent.kind)) return [];
  const stages: FunnelStage[] = ['reported'];
  const decided = r.decision?.outcome;
  if (decided?.outcome === 'VIOLATION' && decided.tracks.includes('NEUTRALITY')) {
    stages.push('proven');
  }
  if (r.proceeding.supervisorOutcome?.result.outcome === 'PROVEN') stages.push('recommended');
  if (firstSanctionOn(r) !== null) stages.push('sanctioned');
  return stages;
};
