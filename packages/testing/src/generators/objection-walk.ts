/**
 * The administrative objection against a delivered sanction (upaya administratif, PP 79/2021;
 * issue 15), walked after the delivery:
 * - the remedy is the sanction's (the catalogue's `appealRoute`): a KEBERATAN against every
 *   sanction but a dismissal or a PPPK's termination, filed with the PPK when the PPK imposed it
 *   and with the official's superior (ATASAN_PEJABAT) otherwise, recorded by the PPK's office; a
 *   BANDING against a dismissal, filed with BPASN, which records it. None against a sanction the
 *   President imposed;
 * - filed within 14 working days of the receipt (a later one cannot be received: never walked),
 *   once, before the sanction is recorded as served;
 * - decided by the same body, mostly within its period (21 or 65 working days), sometimes late
 *   (flagged): UPHELD, REDUCED (a lighter sanction), INCREASED (a heavier one), CHANGED (another
 *   type) or ANNULLED. The result must exist for the respondent and be in force that day; it
 *   takes force on the decision.
 * Lighter and heavier are read from the catalogue's severity, the rulebook's data.
 */
import { type ActorRef, type SanctionCode, sanctionsInForce } from '@netra/core';
import { drawDateBetween, isAfter, laterOf, localDayMinute, plusDays } from './dates.js';
import { ppkOf, proceedingDue } from './proceedings-walk.js';
import { sanctionOf } from './sanction-authority.js';
import {
  addStepAt,
  instantOn,
  type ObjectionModel,
  type RespondentModel,
  type Walk,
} from './walk-state.js';

/** BPASN, the body a banding is filed with and decided by. */
export const BPASN: ActorRef = { id: 'bpasn-01', role: 'appeal_authority', scope: {} };

/** The remedy against the respondent's sanction, by the catalogue; NONE against the President's. */
export const objectionRoute = (w: Walk, r: RespondentModel): 'KEBERATAN' | 'BANDING' | 'NONE' => {
  const { sanction, official } = r.proceeding;
  if (sanction === null || official === 'PRESIDEN') return 'NONE';
  return sanctionOf(w.rulebook, sanction).appealRoute;
};

/** The last day to file the objection the sanction allows; null when none lies or none runs. */
export const filingDue = (w: Walk, r: RespondentModel) => {
  const route = objectionRoute(w, r);
  const { receivedOn } = r.proceeding;
  if (route === 'NONE' || receivedOn === null) return null;
  return proceedingDue(w, route === 'KEBERATAN' ? 'FILE_KEBERATAN' : 'FILE_BANDING', receivedOn);
};

/** Whether an objection may be filed now: delivered, none yet, not served, still in time. */
export const mayObject = (w: Walk, r: RespondentModel): boolean => {
  const p = r.proceeding;
  if (p.exit !== null || p.objection !== null || p.served || p.receivedOn === null) return false;
  const due = filingDue(w, r);
  return due !== null && !isAfter(laterOf(w.cursor, p.receivedOn), due);
};

export const mayDecideObjection = (r: RespondentModel): boolean =>
  r.proceeding.exit === null && r.proceeding.objection?.outcome === null;

const bodyOf = (r: RespondentModel, kind: ObjectionModel['kind']): ActorRef =>
  kind === 'KEBERATAN' ? ppkOf(r) : BPASN;

export const fileObjection = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const p = r.proceeding;
  const kind = objectionRoute(w, r);
  const due = filingDue(w, r);
  if (kind === 'NONE' || due === null || p.receivedOn === null) return;
  const at = instantOn(w, drawDateBetween(c, laterOf(w.cursor, p.receivedOn), due));
  const { day } = localDayMinute(at, w.jurisdiction.timeZone);
  // A day already full moves the step to the next morning, which may be too late.
  if (isAfter(day, due)) return;
  const filedWith = kind === 'BANDING' ? 'BPASN' : p.official === 'PPK' ? 'PPK' : 'ATASAN_PEJABAT';
  addStepAt(w, at, {
    actor: bodyOf(r, kind),
    body: {
      type: 'FileObjection',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      kind,
    },
    label: `FileObjection:${kind}:${filedWith}`,
  });
  p.objection = {
    kind,
    filedWith,
    filedOn: day,
    decisionDue: proceedingDue(
      w,
      kind === 'KEBERATAN' ? 'DECIDE_KEBERATAN' : 'DECIDE_BANDING',
      day,
    ),
    outcome: null,
  };
  // An objected sanction takes force on the objection's decision (PP 94/2021 Pasal 38(2)).
  p.inForceOn = null;
};

type Outcome = NonNullable<ObjectionModel['outcome']>;

/** The outcomes open on `day`, each with the sanctions it may name (none: it names none). */
const outcomesOn = (
  w: Walk,
  r: RespondentModel,
  current: SanctionCode,
  day: string,
): readonly (readonly [Outcome, readonly SanctionCode[]])[] => {
  const { severity, level } = sanctionOf(w.rulebook, current);
  const inForce = sanctionsInForce(w.rulebook, day, r.respondent.kind).filter(
    (s) => s.code !== current,
  );
  const sameLevel = inForce.filter((s) => s.level === level);
  return [
    ['UPHELD', []],
    ['ANNULLED', []],
    ['REDUCED', inForce.filter((s) => s.severity < severity).map((s) => s.code)],
    ['INCREASED', inForce.filter((s) => s.severity > severity).map((s) => s.code)],
    ['CHANGED', (sameLevel.length > 0 ? sameLevel : inForce).map((s) => s.code)],
  ];
};

const WEIGHTS: Readonly<Record<Outcome, number>> = {
  UPHELD: 3,
  ANNULLED: 2,
  REDUCED: 3,
  INCREASED: 2,
  CHANGED: 2,
};

export const decideObjection = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const p = r.proceeding;
  const objection = p.objection;
  const current = p.effective ?? p.sanction;
  if (objection === null || current === null) return;
  const due = objection.decisionDue ?? w.cursor;
  const on =
    !isAfter(w.cursor, due) && c.chance(80)
      ? drawDateBetween(c, w.cursor, due)
      : plusDays(laterOf(w.cursor, due), c.int(1, 15));
  const at = instantOn(w, on);
  const { day } = localDayMinute(at, w.jurisdiction.timeZone);
  const open = outcomesOn(w, r, current, day).filter(
    ([outcome, codes]) => outcome === 'UPHELD' || outcome === 'ANNULLED' || codes.length > 0,
  );
  const [outcome, codes] = c.weighted(open.map((o) => [WEIGHTS[o[0]], o] as const));
  const sanction = codes.length > 0 ? c.pick(codes) : undefined;
  const decided =
    outcome === 'UPHELD' || outcome === 'ANNULLED' || sanction === undefined
      ? { outcome: outcome === 'ANNULLED' ? ('ANNULLED' as const) : ('UPHELD' as const) }
      : { outcome, sanction };
  addStepAt(w, at, {
    actor: bodyOf(r, objection.kind),
    body: {
      type: 'DecideObjection',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      outcome: decided,
    },
    label: `DecideObjection:${outcome}:${objection.kind}${isAfter(day, due) ? ':LATE' : ''}`,
  });
  objection.outcome = outcome;
  p.effective = outcome === 'ANNULLED' ? null : (sanction ?? current);
  p.inForceOn = day;
};
