/**
 * The duties of the proceedings after the forward (issue 15): the supervisor's verification of
 * a forwarded respondent (no period in the law: due null), the PPK's follow-up of a PROVEN
 * recommendation until a sanction is decided (due the `followUpDue` the outcome recorded: null
 * unless an office policy set a period when it was recorded), and the delivery of a decided
 * sanction (the `deliveryDue` the decision recorded, PP 94/2021 Pasal 37(3)).
 */
import { SUPERVISION } from '../legal-bases-proceedings.js';
import { respondentsOf } from '../state.js';
import { defineDuty } from './duties.js';

export const PROCEEDING_DUTIES = [
  defineDuty({
    duty: 'SUPERVISOR_OUTCOME',
    who: 'SUPERVISOR',
    what: 'verify the forwarded violation and record the outcome (recommendation to the PPK)',
    running: (s) =>
      respondentsOf(s).flatMap((r) =>
        r.forwarding !== null && r.proceeding.supervisorOutcome === null
          ? [
              {
                respondentId: r.respondent.respondentId,
                due: null,
                basis: SUPERVISION,
                supervisor: r.reroute?.to ?? r.forwarding.supervisor,
              },
            ]
          : [],
      ),
  }),
  defineDuty({
    duty: 'PPK_FOLLOW_UP',
    who: 'PPK',
    what: "follow up the supervisor's recommendation with a decision on the sanction",
    running: (s, rulebook) =>
      respondentsOf(s).flatMap((r) => {
        const outcome = r.proceeding.supervisorOutcome;
        return outcome?.result.outcome === 'PROVEN' && r.proceeding.sanction === null
          ? [
              {
                respondentId: r.respondent.respondentId,
                due: outcome.followUpDue,
                basis: rulebook.proceedings[s.regime].PPK_FOLLOW_UP.basis,
                agencyId: r.respondent.agency.id,
              },
            ]
          : [];
      }),
  }),
  defineDuty({
    duty: 'DELIVER_SANCTION',
    who: 'PPK',
    what: 'deliver the decision on the sanction to the respondent',
    running: (s, rulebook) =>
      respondentsOf(s).flatMap((r) => {
        const { sanction, delivery } = r.proceeding;
        return sanction !== null && delivery === null
          ? [
              {
                respondentId: r.respondent.respondentId,
                due: sanction.deliveryDue,
                basis: rulebook.proceedings[s.regime].DELIVER_SANCTION.basis,
                agencyId: r.respondent.agency.id,
              },
            ]
          : [];
      }),
  }),
];
