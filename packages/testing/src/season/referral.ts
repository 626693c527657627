/**
 * The criminal side of a neutrality violation (UU 10/2016 Pasal 71 jo. 188; research/
 * legal-process.md §3.7): the deliberation in Sentra Gakkumdu that must conclude to proceed
 * before Bawaslu declares a crime, and the forward to Polri investigators within 1×24 hours of
 * the decision.
 */
import { drawCoveringGakkumdu } from '../generators/actors.js';
import { plusDays } from '../generators/dates.js';
import { referralDueAt } from '../generators/handling-walk.js';
import {
  addStep,
  addStepAt,
  drawInstantBetween,
  handler,
  MINUTE_MS,
  type RespondentModel,
} from '../generators/walk-state.js';
import type { SeasonWalk } from './case-walk.js';

/** Pembahasan in Sentra Gakkumdu before a crime is declared: the elements of Pasal 71 jo. 188 met. */
export const deliberate = (w: SeasonWalk, r: RespondentModel): void => {
  const { c } = w;
  addStep(w, {
    on: plusDays(w.cursor, c.int(0, 1)),
    actor: c.chance(50) ? handler(w) : drawCoveringGakkumdu(c, w.jurisdiction),
    body: {
      type: 'RecordGakkumduDeliberation',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      stage: 'FIRST',
      conclusion: 'PROCEED',
      summary: 'Unsur tindak pidana pemilihan terpenuhi; dilanjutkan.',
    },
    label: 'RecordGakkumduDeliberation:FIRST:PROCEED',
  });
  r.deliberations.push({ stage: 'FIRST', conclusion: 'PROCEED' });
};

/** The forward to Polri investigators, within 1×24 hours of the decision (mostly). */
export const refer = (w: SeasonWalk, r: RespondentModel): void => {
  const { c } = w;
  const dueAt = referralDueAt(w, r);
  const at =
    drawInstantBetween(w, w.lastAt + MINUTE_MS, dueAt) ??
    (dueAt > w.lastAt ? dueAt : w.lastAt + 30 * MINUTE_MS);
  addStepAt(w, at, {
    actor: c.chance(70) ? handler(w) : drawCoveringGakkumdu(c, w.jurisdiction),
    body: {
      type: 'ForwardToInvestigators',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      ...(c.chance(50) ? { letterNumber: `${c.int(1, 300)}/PP.01.02/K.Gakkumdu` } : {}),
    },
    label: 'ForwardToInvestigators',
  });
  r.referred = true;
};
