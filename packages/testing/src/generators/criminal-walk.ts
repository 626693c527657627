/**
 * The criminal track after the forward to Polri investigators (issue 15 item 8;
 * research/legal-process.md §3.7), as Sentra Gakkumdu (or the system) records it, one step at a
 * time: the file to the prosecutor; returned incomplete at most once, then resubmitted; the
 * indictment; the district court's verdict; an appeal, filed within its period (a later one is
 * refused: the verdict is then final, and the walk leaves it there), and the high court's verdict,
 * final; or the track is stopped before the indictment. Each step comes a few days after the one
 * before, mostly in its period, sometimes late (flagged, not refused). An appeal often follows the
 * verdict at once. The order is written here (CRIMINAL_NEXT), not read from core.
 */
import type { ActorRef, IsoDate } from '@netra/core';
import { drawCoveringGakkumdu } from './actors.js';
import type { Chooser } from './chooser.js';
import { isAfter, localDayMinute, plusDays } from './dates.js';
import { proceedingDue } from './proceedings-walk.js';
import {
  addStepAt,
  type CriminalStepName,
  instantOn,
  type RespondentModel,
  type Walk,
} from './walk-state.js';

/** What may follow each step ('FORWARDED': the track's start). */
export const CRIMINAL_NEXT: Readonly<
  Record<CriminalStepName | 'FORWARDED', readonly CriminalStepName[]>
> = {
  FORWARDED: ['FILE_TO_PROSECUTOR', 'STOPPED'],
  FILE_TO_PROSECUTOR: ['FILE_RETURNED', 'INDICTED', 'STOPPED'],
  FILE_RETURNED: ['FILE_RESUBMITTED', 'STOPPED'],
  FILE_RESUBMITTED: ['INDICTED', 'STOPPED'],
  INDICTED: ['DISTRICT_VERDICT'],
  DISTRICT_VERDICT: ['APPEAL_FILED'],
  APPEAL_FILED: ['HIGH_COURT_VERDICT'],
  HIGH_COURT_VERDICT: [],
  STOPPED: [],
};

/** The steps that may follow `steps` by the order alone (FILE_RETURNED at most once). */
export const criminalNext = (steps: readonly CriminalStepName[]): readonly CriminalStepName[] =>
  CRIMINAL_NEXT[steps.at(-1) ?? 'FORWARDED'].filter(
    (s) => s !== 'FILE_RETURNED' || !steps.includes('FILE_RETURNED'),
  );

/** The last day to appeal the district court's verdict given on `verdictOn`; null: none set. */
export const appealDue = (w: Walk, verdictOn: IsoDate): IsoDate | null =>
  proceedingDue(w, 'FILE_CRIMINAL_APPEAL', verdictOn);

/** The steps the walk may record now: an appeal only while its period runs. */
const openSteps = (w: Walk, r: RespondentModel): readonly CriminalStepName[] => {
  const next = criminalNext(r.criminalSteps.map((s) => s.step));
  const last = r.criminalSteps.at(-1);
  if (last?.step !== 'DISTRICT_VERDICT') return next;
  const due = appealDue(w, last.on);
  return due === null || !isAfter(w.cursor, due) ? next : [];
};

export const mayRecordCriminalStep = (w: Walk, r: RespondentModel): boolean =>
  r.referred && openSteps(w, r).length > 0;

const WEIGHTS: Readonly<Record<CriminalStepName, number>> = {
  FILE_TO_PROSECUTOR: 8,
  FILE_RETURNED: 3,
  FILE_RESUBMITTED: 6,
  INDICTED: 5,
  DISTRICT_VERDICT: 1,
  APPEAL_FILED: 1,
  HIGH_COURT_VERDICT: 1,
  STOPPED: 2,
};

const body = (c: Chooser, step: CriminalStepName) => {
  switch (step) {
    case 'DISTRICT_VERDICT':
    case 'HIGH_COURT_VERDICT':
      return {
        step,
        verdict: c.chance(70) ? ('GUILTY' as const) : ('ACQUITTED' as const),
        summary: c.pick(['Putusan dibacakan dalam sidang terbuka.', 'Amar putusan dibacakan.']),
      };
    case 'STOPPED':
      return {
        step,
        reason: c.pick(['SP3: bukti tidak cukup.', 'Penuntutan dihentikan; kedaluwarsa.']),
      };
    default:
      return { step };
  }
};

const gakkumduOrSystem = (w: Walk): ActorRef =>
  w.c.chance(80)
    ? drawCoveringGakkumdu(w.c, w.jurisdiction)
    : { id: 'netra-gakkumdu-sync', role: 'system', scope: {} };

/** Records `step` on `r` on `on` (an appeal only if that day is still in its period). */
const record = (w: Walk, r: RespondentModel, step: CriminalStepName, on: IsoDate): void => {
  const at = instantOn(w, on);
  const { day } = localDayMinute(at, w.jurisdiction.timeZone);
  const last = r.criminalSteps.at(-1);
  if (step === 'APPEAL_FILED') {
    const due = last === undefined ? null : appealDue(w, last.on);
    if (due !== null && isAfter(day, due)) return;
  }
  addStepAt(w, at, {
    actor: gakkumduOrSystem(w),
    body: {
      type: 'RecordCriminalStep',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      criminal: body(w.c, step),
    },
    label: `RecordCriminalStep:${step}`,
  });
  r.criminalSteps.push({ step, on: day });
};

export const recordCriminalStep = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const step = c.weighted(openSteps(w, r).map((s) => [WEIGHTS[s], s] as const));
  // Courts take a week or so, the investigators and the prosecutor days, now and then longer.
  const court = step === 'DISTRICT_VERDICT' || step === 'HIGH_COURT_VERDICT';
  const on =
    step === 'APPEAL_FILED'
      ? plusDays(w.cursor, c.int(0, 2))
      : plusDays(w.cursor, c.chance(80) ? c.int(0, court ? 7 : 4) : c.int(5, 30));
  record(w, r, step, on);
  if (step === 'DISTRICT_VERDICT' && r.criminalSteps.at(-1)?.step === step && c.chance(50)) {
    record(w, r, 'APPEAL_FILED', plusDays(w.cursor, c.int(0, 2)));
  }
};
