/**
 * Next steps of the PPK's examination stage (PP 94/2021 Pasal 26–27) and of the administrative
 * court after an objection (PP 79/2021 Pasal 5(3), 6(3), 9(3), 18), each answered by the decider.
 * A summons is probed with the examination today (the earliest date a letter may set; the
 * latest is in the facts); an examination is probed without a team (a team is checked against
 * the grades the form enters, which the probe cannot know).
 */
import {
  anyOf,
  decideNow,
  eventOf,
  type Probe,
  perRespondent,
  proceedingFact,
  respondentOf,
  stepOfChoices,
  verdictOf,
} from './probe.js';
import type {
  Choice,
  CourtOption,
  CourtStepChoice,
  ExaminationOption,
  ExaminationOutcome,
  NextStepOf,
  RespondentOption,
  SummonsOption,
} from './types.js';

const PLACEHOLDER = '(to be numbered)';

export const summonStep = (p: Probe): NextStepOf<'SummonForExamination'> => {
  const respondents: SummonsOption[] = perRespondent(p, (r) => {
    const decided = decideNow<'SummonForExamination'>(p, {
      type: 'SummonForExamination',
      respondentId: r.respondent.respondentId,
      letterNumber: PLACEHOLDER,
      examinationOn: p.today,
    });
    const summoned = eventOf(decided, 'RespondentSummoned');
    return {
      ...respondentOf(r, verdictOf(decided)),
      summonsSoFar: r.proceeding.summonses.length,
      examinationIfSentToday: proceedingFact(
        p,
        'SUMMONS_TO_EXAMINATION',
        summoned?.examinationDue ?? null,
      ),
      secondLetter: proceedingFact(p, 'SUMMONS_TO_EXAMINATION', summoned?.letterDue ?? null),
    };
  });
  return stepOfChoices('SummonForExamination', respondents, { respondents }, respondents);
};

const OUTCOMES: readonly ExaminationOutcome[] = ['EXAMINED', 'ABSENT'];

export const examinationStep = (p: Probe): NextStepOf<'RecordExamination'> => {
  const respondents: ExaminationOption[] = perRespondent(p, (r) => {
    const outcomes: Choice<ExaminationOutcome>[] = OUTCOMES.map((value) => ({
      value,
      ...verdictOf(
        decideNow<'RecordExamination'>(p, {
          type: 'RecordExamination',
          respondentId: r.respondent.respondentId,
          result:
            value === 'EXAMINED'
              ? { outcome: 'EXAMINED', bapReference: PLACEHOLDER }
              : { outcome: 'ABSENT' },
        }),
      ),
    }));
    const pending = r.proceeding.summonses.at(-1);
    return {
      ...respondentOf(r, anyOf(outcomes)),
      examinationOn: pending?.outcome === null ? pending.examinationOn : null,
      outcomes,
    };
  });
  return stepOfChoices('RecordExamination', respondents, { respondents }, respondents);
};

export const releaseStep = (p: Probe): NextStepOf<'ReleaseFromDuty'> => {
  const respondents: RespondentOption[] = perRespondent(p, (r) =>
    respondentOf(
      r,
      verdictOf(
        decideNow<'ReleaseFromDuty'>(p, {
          type: 'ReleaseFromDuty',
          respondentId: r.respondent.respondentId,
          decreeNumber: PLACEHOLDER,
          reason: '(to be written by the clerk)',
        }),
      ),
    ),
  );
  return stepOfChoices('ReleaseFromDuty', respondents, { respondents }, respondents);
};

const COURT_STEPS: readonly CourtStepChoice['value'][] = ['PTUN', 'PT_TUN', 'JUDGMENT'];

export const courtStep = (p: Probe): NextStepOf<'RecordCourtChallenge'> => {
  const respondents: CourtOption[] = perRespondent(p, (r) => {
    const steps: CourtStepChoice[] = COURT_STEPS.map((value) => ({
      value,
      ...verdictOf(
        decideNow<'RecordCourtChallenge'>(p, {
          type: 'RecordCourtChallenge',
          respondentId: r.respondent.respondentId,
          step:
            value === 'JUDGMENT'
              ? {
                  step: 'JUDGMENT',
                  outcome: 'SANCTION_UPHELD',
                  final: false,
                  judgmentNumber: PLACEHOLDER,
                }
              : { step: 'FILED', court: value, registerNumber: PLACEHOLDER },
        }),
      ),
    }));
    return {
      ...respondentOf(r, anyOf(steps)),
      court: r.proceeding.court?.court ?? null,
      steps,
    };
  });
  return stepOfChoices('RecordCourtChallenge', respondents, { respondents }, respondents);
};
