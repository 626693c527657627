/**
 * Read model 1 (agency workload), its handling times: how long each body took over the steps
 * it completed, in calendar days between the legal dates the case state records, as the
 * median and the 90th percentile per body and measure. Read by Bawaslu RI, BKN and Kemendagri
 * to compare offices and PPKs, and by each body to see its own pace.
 *
 * Measures, each from the step that handed the matter to the body to the body's step:
 * - `BAWASLU_DECISION` (the office handling the case): opening (receipt of the report, setting
 *   of the finding) → the decision on each respondent (UU 7/2017 Pasal 454(7)–(8); UU 10/2016
 *   Pasal 134(5)–(6));
 * - `SUPERVISOR_OUTCOME` (KASN, BKN, KemenPAN-RB): the forward (or the SE MenPAN-RB 4/2024
 *   reroute to the supervisor that decided) → the recorded outcome;
 * - `PPK_SANCTION` (the PPK of the respondent's agency): the recommendation (PROVEN) → the
 *   first sanction decided (UU 5/2014 Pasal 32(3) sets no period for it);
 * - `SANCTION_DELIVERY` (the PPK): the sanction decided → delivered (PP 94/2021 Pasal 37(3));
 * - `OBJECTION_DECISION` (the PPK, the official's superior, BPASN — the body it was filed
 *   with): filed → decided (PP 79/2021 Pasal 3–6, 13);
 * - `INVESTIGATION` (investigators): the forward to Polri → the file to the prosecutor;
 *   `PROSECUTION` (prosecutor): the file (or its resubmission) → the indictment;
 *   `DISTRICT_COURT`, `HIGH_COURT` (court): the indictment → the verdict, the appeal → the
 *   final verdict (UU 10/2016 Pasal 146; UU 7/2017 Pasal 476–482).
 *
 * Every finished step counts once, whenever it finished: the numbers describe the whole history
 * the model holds. Computed by one pass over the rows at query time.
 */
import { effectiveOffice } from '../../case/decide/scope.js';
import { type OpenCaseState, type RespondentState, respondentsOf } from '../../case/state.js';
import type { Regime } from '../../rules/index.js';
import { daysBetween, type IsoDate } from '../../time/index.js';
import type { ReadModel } from '../read-model.js';
import { type ActingBody, type ActingBodyKind, bodyLabel } from './bodies.js';
import type { CaseRow } from './case-row.js';
import { officeId } from './keys.js';
import { firstSanctionOn } from './milestones.js';
import { rowsFor } from './rows-for.js';

/** The kind of step measured (the table above). */
export type HandlingMeasure =
  | 'BAWASLU_DECISION'
  | 'SUPERVISOR_OUTCOME'
  | 'PPK_SANCTION'
  | 'SANCTION_DELIVERY'
  | 'OBJECTION_DECISION'
  | 'INVESTIGATION'
  | 'PROSECUTION'
  | 'DISTRICT_COURT'
  | 'HIGH_COURT';

/** How long one body took over one kind of step. */
export interface HandlingTime {
  readonly body: ActingBody;
  readonly measure: HandlingMeasure;
  /** How many such steps it completed. */
  readonly completed: number;
  /** The median in calendar days (the mean of the two middle values for an even count). */
  readonly medianDays: number;
  /** The 90th percentile in calendar days (nearest rank: the ⌈0.9·n⌉-th smallest). */
  readonly p90Days: number;
}

/** Which bodies and cases to measure (all optional). */
export interface HandlingTimesQuery {
  readonly kind?: ActingBodyKind;
  /** With `kind`: only this body. */
  readonly id?: string;
  /** Only cases of this election. */
  readonly regime?: Regime;
}

interface Span {
  readonly body: ActingBody;
  readonly measure: HandlingMeasure;
  readonly days: number;
}

const span = (body: ActingBody, measure: HandlingMeasure, from: IsoDate, to: IsoDate): Span => ({
  body,
  measure,
  days: daysBetween(from, to),
});

function* criminalSpans(s: OpenCaseState, r: RespondentState): Generator<Span> {
  if (r.gakkumdu === null) return;
  const at = (kind: 'INVESTIGATORS' | 'PROSECUTOR' | 'COURT'): ActingBody => ({
    kind,
    id: s.region.code,
  });
  let from: IsoDate = r.gakkumdu.referredOn;
  let filed: IsoDate | null = null;
  for (const step of r.criminal) {
    switch (step.step) {
      case 'FILE_TO_PROSECUTOR':
        if (filed === null) yield span(at('INVESTIGATORS'), 'INVESTIGATION', from, step.on);
        filed = step.on;
        break;
      case 'FILE_RESUBMITTED':
        filed = step.on;
        break;
      case 'INDICTED':
        if (filed !== null) yield span(at('PROSECUTOR'), 'PROSECUTION', filed, step.on);
        break;
      case 'DISTRICT_VERDICT':
        yield span(at('COURT'), 'DISTRICT_COURT', from, step.on);
        break;
      case 'HIGH_COURT_VERDICT':
        yield span(at('COURT'), 'HIGH_COURT', from, step.on);
        break;
      default:
        break;
    }
    from = step.on;
  }
}

function* spans(s: OpenCaseState): Generator<Span> {
  const office: ActingBody = { kind: 'BAWASLU', id: officeId(effectiveOffice(s)) };
  for (const r of respondentsOf(s)) {
    const p = r.proceeding;
    const agency = r.respondent.agency.id;
    if (r.decision !== null)
      yield span(office, 'BAWASLU_DECISION', s.openedOn, r.decision.decidedOn);
    const outcome = p.supervisorOutcome;
    if (outcome !== null && r.forwarding !== null) {
      const from = r.reroute?.reroutedOn ?? r.forwarding.forwardedOn;
      yield span(
        { kind: 'SUPERVISOR', id: outcome.supervisor },
        'SUPERVISOR_OUTCOME',
        from,
        outcome.recordedOn,
      );
    }
    const sanctioned = firstSanctionOn(r);
    if (outcome?.result.outcome === 'PROVEN' && sanctioned !== null) {
      yield span({ kind: 'PPK', id: agency }, 'PPK_SANCTION', outcome.recordedOn, sanctioned);
    }
    if (p.sanction !== null && p.delivery !== null) {
      yield span(
        { kind: 'PPK', id: agency },
        'SANCTION_DELIVERY',
        p.sanction.decidedOn,
        p.delivery.deliveredOn,
      );
    }
    const objection = p.objection;
    if (objection?.decision != null) {
      const body: ActingBody =
        objection.filedWith === 'BPASN'
          ? { kind: 'BPASN', id: 'BPASN' }
          : { kind: objection.filedWith, id: agency };
      yield span(body, 'OBJECTION_DECISION', objection.filedOn, objection.decision.decidedOn);
    }
    yield* criminalSpans(s, r);
  }
}

/** The median (mean of the middle two for an even count) of sorted numbers. */
export const median = (sorted: readonly number[]): number => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The nearest-rank percentile `p` (0–100) of sorted numbers. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/** Handling times per body and measure, sorted by body then measure. */
export const handlingTimes = (
  model: ReadModel<CaseRow>,
  query: HandlingTimesQuery = {},
): readonly HandlingTime[] => {
  const groups = new Map<string, { body: ActingBody; measure: HandlingMeasure; days: number[] }>();
  for (const row of rowsFor(model, query.kind, query.id)) {
    if (query.regime !== undefined && row.state.regime !== query.regime) continue;
    for (const { body, measure, days } of spans(row.state)) {
      if (query.kind !== undefined && body.kind !== query.kind) continue;
      if (query.id !== undefined && body.id !== query.id) continue;
      const label = `${bodyLabel(body)} ${measure}`;
      const group = groups.get(label);
      if (group === undefined) groups.set(label, { body, measure, days: [days] });
      else group.days.push(days);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { body, measure, days }]) => {
      const sorted = days.sort((a, b) => a - b);
      return {
        body,
        measure,
        completed: sorted.length,
        medianDays: median(sorted),
        p90Days: percentile(sorted, 90),
      };
    });
};
