/**
 * Next steps once respondents are decided: the forward to the ASN supervisor (who, by today's
 * date), the SE MenPAN-RB 4/2024 reroute of files left at KASN, and the forward to Polri
 * investigators with its 1×24-hour deadline.
 */
import { rerouteKasnFile, supervisorFor } from '../../rules/index.js';
import { investigatorsDue } from '../decide/investigators-due.js';
import { respondentIn } from '../state.js';
import { deadlineFact, type Probe, respondentOptions, stepOfChoices } from './probe.js';
import type { NextStepOf, ReferralOption } from './types.js';

/** The supervisor follows from the date (forward-to-supervisor.ts); the probe names it. */
export const forwardStep = (p: Probe): NextStepOf<'ForwardToSupervisor'> => {
  const { rulebook } = p.context;
  const supervisor = supervisorFor(rulebook, p.today);
  const respondents = respondentOptions<'ForwardToSupervisor'>(p, (respondentId) => ({
    type: 'ForwardToSupervisor',
    respondentIds: [respondentId],
    expectedSupervisor: supervisor,
  }));
  return stepOfChoices(
    'ForwardToSupervisor',
    respondents,
    { supervisor, basis: rulebook.supervisorRouting.basis, respondents },
    respondents,
  );
};

export const rerouteStep = (p: Probe): NextStepOf<'RerouteKasnFile'> => {
  const { rulebook } = p.context;
  const { transition } = rulebook.supervisorRouting;
  const respondents = respondentOptions<'RerouteKasnFile'>(p, (respondentId) => ({
    type: 'RerouteKasnFile',
    respondentIds: [respondentId],
    kasnProcessingStarted: false,
  }));
  return stepOfChoices(
    'RerouteKasnFile',
    respondents,
    {
      seSignedOn: transition.seSignedOn,
      basis: transition.basis,
      destinations: {
        processingStarted: rerouteKasnFile(rulebook, true),
        notStarted: rerouteKasnFile(rulebook, false),
      },
      respondents,
    },
    respondents,
  );
};

/** REFER_TO_POLICE counted from the declaration, as forward-to-investigators.ts counts it. */
export const referralStep = (p: Probe): NextStepOf<'ForwardToInvestigators'> => {
  const respondents: ReferralOption[] = respondentOptions<'ForwardToInvestigators'>(
    p,
    (respondentId) => ({ type: 'ForwardToInvestigators', respondentId }),
  ).map((option) => {
    const decision = respondentIn(p.state, option.respondentId)?.decision;
    if (decision?.outcome.outcome !== 'VIOLATION' || !decision.outcome.tracks.includes('CRIMINAL'))
      return { ...option, referral: null };
    const due = investigatorsDue(p.context.rulebook, p.state, decision);
    return { ...option, referral: deadlineFact(p, 'REFER_TO_POLICE', due.due, due.dueAt) };
  });
  return stepOfChoices('ForwardToInvestigators', respondents, { respondents }, respondents);
};
