/**
 * The criminal track after the forward to Polri investigators (issue 15 item 8): at each point
 * of the track the one period running, counted as decide/record-criminal-step.ts counts the
 * step that answers it — the rulebook's `proceedings[regime]` row, from the day of the last
 * step recorded (the forward's day at the start), with the rulebook given: the state records a
 * step's deadline only once the step is taken.
 *
 * - INVESTIGATION (INVESTIGATORS): the file to the prosecutor, from the forward;
 * - PROSECUTION (PROSECUTOR): the indictment and transfer to the district court, from the file
 *   or, after a returned file, from its resubmission (the file the prosecutor accepted);
 * - RESUBMIT_FILE (INVESTIGATORS): the completed file back, from its return;
 * - DISTRICT_COURT (COURT): the verdict, from the indictment;
 * - FILE_CRIMINAL_APPEAL (PARTIES): the window to appeal the verdict, a right of the defendant
 *   and the prosecutor: listed while open (a late appeal is refused and the verdict is final);
 * - HIGH_COURT (COURT): the final verdict, from the appeal.
 *
 * The prosecutor's return of an incomplete file (RETURN_FILE, 3 working days from the file) is
 * not listed: it is the alternative to the indictment, owed only if the file is incomplete, and
 * listing it would call a complete file's indictment late on the fourth day. A STOPPED track or
 * the high court's verdict owes nothing more.
 *
 * The respondent's exit from the service does not end these duties: it closes the
 * administrative proceedings only (the decider still records every criminal step after it, and
 * a retired or dismissed ASN is still prosecuted). A track ended by the respondent's death is
 * closed by recording it STOPPED.
 */
import type { ProceedingStep } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import { type RespondentState, respondentsOf } from '../state.js';
import { type DutyHolder, defineDuty } from './duties.js';
import { countProceeding } from './proceeding-count.js';

type Step = RespondentState['criminal'][number]['step'];

/** The period the next step answers, after each step (the track's start: 'FORWARDED'). */
const RUNNING_AFTER: Readonly<Partial<Record<Step | 'FORWARDED', ProceedingStep>>> = {
  FORWARDED: 'INVESTIGATION',
  FILE_TO_PROSECUTOR: 'PROSECUTION',
  FILE_RETURNED: 'RESUBMIT_FILE',
  FILE_RESUBMITTED: 'PROSECUTION',
  INDICTED: 'DISTRICT_COURT',
  DISTRICT_VERDICT: 'FILE_CRIMINAL_APPEAL',
  APPEAL_FILED: 'HIGH_COURT',
};

/** The period running on a respondent's track, and the day it runs from; null when none. */
const runningPeriod = (
  r: RespondentState,
): { readonly step: ProceedingStep; readonly from: IsoDate } | null => {
  if (r.gakkumdu === null) return null;
  const last = r.criminal.at(-1);
  const step = RUNNING_AFTER[last?.step ?? 'FORWARDED'];
  return step === undefined ? null : { step, from: last?.on ?? r.gakkumdu.referredOn };
};

const criminalDuty = <Code extends ProceedingStep>(
  duty: Code,
  who: DutyHolder,
  what: string,
  window = false,
) =>
  defineDuty({
    duty,
    who,
    what,
    ...(window ? { window } : {}),
    running: (s, rulebook) =>
      respondentsOf(s).flatMap((r) => {
        const period = runningPeriod(r);
        if (period?.step !== duty) return [];
        const { due, rule } = countProceeding(rulebook, s.regime, duty, period.from);
        return [{ respondentId: r.respondent.respondentId, due, basis: rule.basis }];
      }),
  });

export const CRIMINAL_DUTIES = [
  criminalDuty(
    'INVESTIGATION',
    'INVESTIGATORS',
    'complete the investigation and hand the file to the public prosecutor',
  ),
  criminalDuty(
    'RESUBMIT_FILE',
    'INVESTIGATORS',
    'complete the returned file and hand it back to the public prosecutor',
  ),
  criminalDuty(
    'PROSECUTION',
    'PROSECUTOR',
    'indict and transfer the case to the district court (pelimpahan berkas)',
  ),
  criminalDuty('DISTRICT_COURT', 'COURT', 'the district court decides the case'),
  criminalDuty(
    'FILE_CRIMINAL_APPEAL',
    'PARTIES',
    "may appeal the district court's verdict (a right of the defendant and the prosecutor: late, it is refused)",
    true,
  ),
  criminalDuty('HIGH_COURT', 'COURT', 'the high court decides the appeal (final)'),
];
