/**
 * The candidate stage of a piece of conduct (SKB 2022 Lampiran II): before the KPU determines
 * the candidates the person supported is a bakal calon (ethics items KE-1…7, moral sanction);
 * from the determination day on, a calon (the discipline counterparts, mostly heavy).
 * research/legal-process.md §4, §6 modelling note 1.
 */
import { compareDates, type IsoDate } from '../time/local-date.js';
import type { CandidateStage, Regime, Rulebook } from './types.js';

/** `BAKAL_CALON` before the regime's `candidateDetermination`, `CALON` on and after that day. */
export const candidateStage = (
  rulebook: Rulebook,
  regime: Regime,
  conductOn: IsoDate,
): CandidateStage =>
  compareDates(conductOn, rulebook.elections[regime].candidateDetermination) < 0
    ? 'BAKAL_CALON'
    : 'CALON';
