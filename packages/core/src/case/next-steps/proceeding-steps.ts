/**
 * Next steps of the supervisor after Bawaslu's forward (issue 15): its verification outcome and
 * recommendation, the SIASN block when the PPK does not follow up and its lifting; and the
 * respondent's exit from the service, which closes their proceedings.
 */
import { RECOMMENDATION_LEVELS } from '../../rules/index.js';
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
  BlockOption,
  Choice,
  ExitReason,
  NextStepOf,
  RespondentOption,
  SupervisorOutcomeOption,
  UnblockOption,
  UnblockReason,
} from './types.js';

/** Placeholder texts: the probe asks whether the act is legal now, not what it says. */
const TO_BE_WRITTEN = '(to be written by the clerk)';

const UNBLOCK_REASONS: readonly UnblockReason[] = ['PPK_FOLLOWED_UP', 'BLOCKED_IN_ERROR'];
const EXIT_REASONS: readonly ExitReason[] = [
  'RETIRED',
  'DISMISSED_OTHER_GROUNDS',
  'RESIGNED',
  'DIED',
];

/**
 * Probed as PROVEN (the outcome that starts the PPK's follow-up); NOT_PROVEN and RETURNED are
 * legal exactly when it is (record-supervisor-outcome.ts checks the respondent, not the result).
 */
export const supervisorOutcomeStep = (p: Probe): NextStepOf<'RecordSupervisorOutcome'> => {
  // Any item: the decider does not read the items, and a form names those found.
  const skbCodes = p.context.rulebook.skb.slice(0, 1).map((item) => item.code);
  const respondents: SupervisorOutcomeOption[] = perRespondent(p, (r) => {
    const decided = decideNow<'RecordSupervisorOutcome'>(p, {
      type: 'RecordSupervisorOutcome',
      respondentId: r.respondent.respondentId,
      result: {
        outcome: 'PROVEN',
        level: 'LIGHT',
        skbCodes,
        letterNumber: '(to be numbered)',
        addressedTo: { name: TO_BE_WRITTEN, agencyId: r.respondent.agency.id },
      },
    });
    const recorded = eventOf(decided, 'SupervisorOutcomeRecorded');
    return {
      ...respondentOf(r, verdictOf(decided)),
      supervisor: r.reroute?.to ?? r.forwarding?.supervisor ?? null,
      followUpIfProvenToday: proceedingFact(p, 'PPK_FOLLOW_UP', recorded?.followUpDue ?? null),
    };
  });
  return stepOfChoices(
    'RecordSupervisorOutcome',
    respondents,
    { levels: RECOMMENDATION_LEVELS, respondents },
    respondents,
  );
};

export const blockStep = (p: Probe): NextStepOf<'BlockPersonnelData'> => {
  const respondents: BlockOption[] = perRespondent(p, (r) => ({
    ...respondentOf(
      r,
      verdictOf(
        decideNow<'BlockPersonnelData'>(p, {
          type: 'BlockPersonnelData',
          respondentId: r.respondent.respondentId,
          reason: TO_BE_WRITTEN,
        }),
      ),
    ),
    followUp: proceedingFact(
      p,
      'PPK_FOLLOW_UP',
      r.proceeding.supervisorOutcome?.followUpDue ?? null,
    ),
    blockedOn: r.proceeding.blocked?.blockedOn ?? null,
  }));
  return stepOfChoices('BlockPersonnelData', respondents, { respondents }, respondents);
};

/** Per respondent, each reason: PPK_FOLLOWED_UP once a sanction is on record, BLOCKED_IN_ERROR. */
export const unblockStep = (p: Probe): NextStepOf<'UnblockPersonnelData'> => {
  const respondents: UnblockOption[] = perRespondent(p, (r) => {
    const reasons: Choice<UnblockReason>[] = UNBLOCK_REASONS.map((value) => ({
      value,
      ...verdictOf(
        decideNow<'UnblockPersonnelData'>(p, {
          type: 'UnblockPersonnelData',
          respondentId: r.respondent.respondentId,
          reason: value,
        }),
      ),
    }));
    return {
      ...respondentOf(r, anyOf(reasons)),
      blockedOn: r.proceeding.blocked?.blockedOn ?? null,
      reasons,
    };
  });
  return stepOfChoices('UnblockPersonnelData', respondents, { respondents }, respondents);
};

/** Every reason is legal alike (serving.ts checks the respondent and the date only). */
export const exitStep = (p: Probe): NextStepOf<'RecordRespondentExit'> => {
  const respondents: RespondentOption[] = perRespondent(p, (r) =>
    respondentOf(
      r,
      verdictOf(
        decideNow<'RecordRespondentExit'>(p, {
          type: 'RecordRespondentExit',
          respondentId: r.respondent.respondentId,
          reason: 'RETIRED',
        }),
      ),
    ),
  );
  return stepOfChoices(
    'RecordRespondentExit',
    respondents,
    { reasons: EXIT_REASONS, respondents },
    respondents,
  );
};
