/**
 * Next steps of the criminal track after the forward to Polri investigators (issue 15 item 8):
 * per respondent, which step the Gakkumdu desk may record now, in the decider's order, and the
 * period that step answers, as record-criminal-step.ts counts it (read off its event).
 */
import type { CaseCommandOf } from '../schema/commands.js';
import {
  anyOf,
  decideNow,
  eventOf,
  type Probe,
  perRespondent,
  respondentOf,
  stepOfChoices,
  verdictOf,
} from './probe.js';
import type { CriminalOption, CriminalStep, CriminalStepChoice, NextStepOf } from './types.js';

/** Placeholder texts: the probe asks whether the step is legal now, not what it says. */
const TO_BE_WRITTEN = '(to be written by the clerk)';

const STEPS: readonly CriminalStep[] = [
  'FILE_TO_PROSECUTOR',
  'FILE_RETURNED',
  'FILE_RESUBMITTED',
  'INDICTED',
  'DISTRICT_VERDICT',
  'APPEAL_FILED',
  'HIGH_COURT_VERDICT',
  'STOPPED',
];

/** A verdict is asked as GUILTY: the decider checks the order and the period, not the verdict. */
const criminalOf = (step: CriminalStep): CaseCommandOf<'RecordCriminalStep'>['criminal'] =>
  step === 'DISTRICT_VERDICT' || step === 'HIGH_COURT_VERDICT'
    ? { step, verdict: 'GUILTY', summary: TO_BE_WRITTEN }
    : step === 'STOPPED'
      ? { step, reason: TO_BE_WRITTEN }
      : { step };

export const criminalStepStep = (p: Probe): NextStepOf<'RecordCriminalStep'> => {
  const respondents: CriminalOption[] = perRespondent(p, (r) => {
    const steps: CriminalStepChoice[] = STEPS.map((value) => {
      const decided = decideNow<'RecordCriminalStep'>(p, {
        type: 'RecordCriminalStep',
        respondentId: r.respondent.respondentId,
        criminal: criminalOf(value),
      });
      const recorded = eventOf(decided, 'CriminalStepRecorded');
      return {
        value,
        ...verdictOf(decided),
        due: recorded?.due ?? null,
        inTimeToday: recorded?.withinDeadline ?? null,
      };
    });
    return {
      ...respondentOf(r, anyOf(steps)),
      referredOn: r.gakkumdu?.referredOn ?? null,
      lastStep: r.criminal.at(-1)?.step ?? null,
      steps,
    };
  });
  return stepOfChoices('RecordCriminalStep', respondents, { respondents }, respondents);
};
