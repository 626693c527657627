/**
 * The administrative court after a decided objection (PP 79/2021 Pasal 5(3), 9(3), 18): the
 * respondent sues in PTUN after a keberatan, in PT TUN after BPASN's banding decision; the PPK
 * (or BPASN, or the system) records the suit and then judgments until one is final. A final
 * annulment ends the sanction. Optional: most respondents do not sue.
 */
import { plusDays } from './dates.js';
import { BPASN } from './objection-walk.js';
import { ppkOf } from './proceedings-walk.js';
import { addStep, type RespondentModel, type Walk } from './walk-state.js';

export const mayGoToCourt = (_w: Walk, r: RespondentModel): boolean => {
  const p = r.proceeding;
  if (p.exit !== null || p.objection === null || p.objection.outcome === null) return false;
  return p.court === null || !p.court.final;
};

export const recordCourtChallenge = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const p = r.proceeding;
  if (p.objection === null) return;
  const actor = p.objection.kind === 'BANDING' && c.chance(50) ? BPASN : ppkOf(r);
  const respondentId = r.respondent.respondentId;
  if (p.court === null) {
    const court = p.objection.kind === 'BANDING' ? 'PT_TUN' : 'PTUN';
    addStep(w, {
      on: plusDays(w.cursor, c.int(1, 60)),
      actor,
      body: {
        type: 'RecordCourtChallenge',
        caseId: w.caseId,
        respondentId,
        step: { step: 'FILED', court, registerNumber: `${c.int(1, 99)}/G/2025/${court}` },
      },
      label: `RecordCourtChallenge:FILED:${court}`,
    });
    p.court = { court, final: false };
    return;
  }
  const outcome = c.chance(70) ? 'SANCTION_UPHELD' : 'SANCTION_ANNULLED';
  const final = c.chance(60);
  addStep(w, {
    on: plusDays(w.cursor, c.int(20, 120)),
    actor,
    body: {
      type: 'RecordCourtChallenge',
      caseId: w.caseId,
      respondentId,
      step: { step: 'JUDGMENT', outcome, final, judgmentNumber: `${c.int(1, 99)}/G/2025` },
    },
    label: `RecordCourtChallenge:${outcome}:${final ? 'FINAL' : 'NOT_FINAL'}`,
  });
  p.court.final = final;
  if (final && outcome === 'SANCTION_ANNULLED') {
    p.effective = null;
    p.inForceOn = null;
  }
};
