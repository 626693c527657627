/**
 * Next steps while Bawaslu studies a registered case: a hearing, the extension for additional
 * information, and the decision per respondent with the SKB 2022 items that fit the stage.
 */
import { candidateStage } from '../../rules/index.js';
import { deadline, decisionPeriodStart } from '../decide/guards.js';
import { isAsn } from '../decide/respondents.js';
import { respondentsOf } from '../state.js';
import {
  deadlineFact,
  decideNow,
  decisionFact,
  type Probe,
  stepOf,
  stepOfChoices,
  verdictOf,
} from './probe.js';
import type { NextStepOf, RespondentDecisionFact, SkbChoice } from './types.js';

/** Placeholder texts: the probe asks whether the act is legal now, not what it says. */
const TO_BE_WRITTEN = '(to be written by the clerk)';

export const clarificationStep = (p: Probe): NextStepOf<'RecordClarification'> =>
  stepOf(
    'RecordClarification',
    verdictOf(
      decideNow<'RecordClarification'>(p, {
        type: 'RecordClarification',
        party: { kind: 'WITNESS', name: TO_BE_WRITTEN },
        heldOn: p.today,
        summary: TO_BE_WRITTEN,
      }),
    ),
    {
      heldOnFrom: p.state.registration?.registeredOn ?? null,
      heldOnUntil: p.today,
      decision: decisionFact(p),
    },
  );

/** UU 7/2017 Pasal 454(8); Pilkada Pasal 134(6): once, while the original period runs. */
export const extensionStep = (p: Probe): NextStepOf<'ExtendForAdditionalInformation'> => {
  const verdict = verdictOf(
    decideNow<'ExtendForAdditionalInformation'>(p, {
      type: 'ExtendForAdditionalInformation',
      reason: TO_BE_WRITTEN,
    }),
  );
  const { context, state } = p;
  const registeredOn = state.registration?.registeredOn;
  const extended =
    verdict.available && registeredOn !== undefined
      ? deadline(
          context,
          state.regime,
          'DECIDE_EXTENDED',
          decisionPeriodStart(
            context,
            state.regime,
            'DECIDE_EXTENDED',
            state.openedOn,
            registeredOn,
          ),
        ).due
      : null;
  return stepOf('ExtendForAdditionalInformation', verdict, {
    decision: decisionFact(p),
    extendedIfExtendedToday: deadlineFact(p, 'DECIDE_EXTENDED', extended),
  });
};

/**
 * Per respondent: decidable now (asked with a NOT_A_VIOLATION decision, which only the case
 * and respondent status can refuse), the candidate stage on the incident date and the SKB items
 * of that stage or of none (SKB 2022 Lampiran II; §6 note 1), as decide-respondent.ts checks.
 */
export const decisionStep = (p: Probe): NextStepOf<'DecideRespondent'> => {
  const { rulebook } = p.context;
  const conductOn = p.state.incident.occurredOn;
  const stage = candidateStage(rulebook, p.state.regime, conductOn);
  const skbItems: SkbChoice[] = rulebook.skb
    .filter((item) => item.stage === 'ANY' || item.stage === stage)
    .map(({ code, kind, level, stage: itemStage, conduct }) => ({
      code,
      kind,
      level,
      stage: itemStage,
      conduct,
    }));
  const respondents: RespondentDecisionFact[] = respondentsOf(p.state).map(({ respondent }) => ({
    respondentId: respondent.respondentId,
    name: respondent.name,
    ...verdictOf(
      decideNow<'DecideRespondent'>(p, {
        type: 'DecideRespondent',
        respondentId: respondent.respondentId,
        decision: { outcome: 'NOT_A_VIOLATION', reason: TO_BE_WRITTEN },
      }),
    ),
    kind: respondent.kind,
    conductOn,
    stage,
    skbItems,
    neutralityTrack: isAsn(respondent.kind),
  }));
  return stepOfChoices(
    'DecideRespondent',
    respondents,
    { decision: decisionFact(p), respondents },
    respondents,
  );
};
