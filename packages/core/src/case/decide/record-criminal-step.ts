/**
 * RecordCriminalStep (issue 15 item 8): the criminal track of a respondent after the forward to
 * Polri investigators, in order — the file to the prosecutor (INVESTIGATION: 14 working days
 * from the forward), returned incomplete at most once (RETURN_FILE) and resubmitted
 * (RESUBMIT_FILE), the indictment (PROSECUTION: 5 working days), the district court's verdict
 * (DISTRICT_COURT), an appeal (FILE_CRIMINAL_APPEAL; a late one is refused: the verdict is then
 * final) and the high court's verdict (HIGH_COURT), final; or the track is STOPPED. Periods are
 * the rulebook's (`proceedings`); a step after its period is recorded and flagged, not refused
 * (the one exception is the appeal). Pilkada periods are statute (UU 10/2016 Pasal 146) or
 * Bawaslu's published flow; the Pemilu ones are [R] (docs/legal-basis.md).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { ProceedingStep } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  criminalAppealLate,
  criminalStepOutOfOrder,
  notWithInvestigators,
} from '../errors-criminal.js';
import { unknownRespondent } from '../errors-handling.js';
import { GAKKUMDU } from '../legal-bases.js';
import type { RecordCriminalStep } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, respondentIn } from '../state.js';
import { actOn, inTime, notBefore } from './guards.js';
import { proceedingDue } from './proceeding-deadline.js';

type Step = RecordCriminalStep['criminal']['step'];

/** What may follow each step ('FORWARDED': the track's start). */
const NEXT: Readonly<Record<Step | 'FORWARDED', readonly Step[]>> = {
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

/** The period each step answers, and the step it runs from. */
const PERIOD: Readonly<Partial<Record<Step, readonly [ProceedingStep, Step | 'FORWARDED']>>> = {
  FILE_TO_PROSECUTOR: ['INVESTIGATION', 'FORWARDED'],
  FILE_RETURNED: ['RETURN_FILE', 'FILE_TO_PROSECUTOR'],
  FILE_RESUBMITTED: ['RESUBMIT_FILE', 'FILE_RETURNED'],
  INDICTED: ['PROSECUTION', 'FILE_TO_PROSECUTOR'],
  DISTRICT_VERDICT: ['DISTRICT_COURT', 'INDICTED'],
  APPEAL_FILED: ['FILE_CRIMINAL_APPEAL', 'DISTRICT_VERDICT'],
  HIGH_COURT_VERDICT: ['HIGH_COURT', 'APPEAL_FILED'],
};

export const decideRecordCriminalStep = (
  command: RecordCriminalStep,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent('respondentId', respondentId));
  if (r.gakkumdu === null) return E.left(notWithInvestigators(respondentId, GAKKUMDU));
  const step = command.criminal.step;
  const last = r.criminal.at(-1)?.step ?? 'FORWARDED';
  const allowed = NEXT[last].filter(
    (s) => s !== 'FILE_RETURNED' || !r.criminal.some((c) => c.step === 'FILE_RETURNED'),
  );
  if (!allowed.includes(step)) {
    return E.left(criminalStepOutOfOrder(step, last, allowed, GAKKUMDU));
  }
  const dayOf = (s: Step | 'FORWARDED'): IsoDate =>
    s === 'FORWARDED'
      ? (r.gakkumdu?.referredOn ?? state.openedOn)
      : (r.criminal.findLast((c) => c.step === s)?.on ?? state.openedOn);
  const recordedOn = actOn(command, state.timeZone);
  const previous = dayOf(last);
  const order = notBefore('meta.occurredAt', recordedOn, `the step ${last}`, previous);
  if (E.isLeft(order)) return order;
  const period = PERIOD[step];
  // The prosecution runs from the file the prosecutor accepted: the resubmission, if any.
  const from =
    period === undefined
      ? null
      : step === 'INDICTED' && last === 'FILE_RESUBMITTED'
        ? dayOf('FILE_RESUBMITTED')
        : dayOf(period[1]);
  const due =
    period === undefined || from === null
      ? null
      : proceedingDue(context, state.regime, period[0], from).due;
  const withinDeadline = due === null ? null : inTime(recordedOn, due);
  if (step === 'APPEAL_FILED' && due !== null && withinDeadline === false) {
    return E.left(
      criminalAppealLate(
        recordedOn,
        due,
        context.rulebook.proceedings[state.regime].FILE_CRIMINAL_APPEAL.basis,
      ),
    );
  }
  return E.right([
    {
      type: 'CriminalStepRecorded',
      data: { respondentId, criminal: command.criminal, recordedOn, due, withinDeadline },
    },
  ]);
};
