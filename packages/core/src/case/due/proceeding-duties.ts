/**
 * The duties of the proceedings after the forward (issue 15): the supervisor's verification of
 * a forwarded respondent (no period in the law: due null), the PPK's follow-up of a PROVEN
 * recommendation until a sanction is decided (due the `followUpDue` the outcome recorded: null
 * unless an office policy set a period when it was recorded), the examination on the date a
 * pending summons set and, after an absence on the first, the second summons (7 working days
 * after the missed date, PP 94/2021 Pasal 26(3), counted as the decider counts it), the delivery of a decided
 * sanction to an ASN respondent (the `deliveryDue` the decision recorded, PP 94/2021 Pasal
 * 37(3); a non-ASN respondent's sanction has no delivery step). Each ends with the step, or
 * when the respondent leaves the service (RespondentExited: the decider then refuses every step
 * of the proceedings on them). The objection, serving (appeal-duties.ts) and the criminal track
 * (criminal-duties.ts) follow.
 */
import { SUPERVISION } from '../legal-bases-proceedings.js';
import { defineDuty } from './duties.js';
import { countProceeding, inService } from './proceeding-count.js';

export const PROCEEDING_DUTIES = [
  defineDuty({
    duty: 'SUPERVISOR_OUTCOME',
    who: 'SUPERVISOR',
    what: 'verify the forwarded violation and record the outcome (recommendation to the PPK)',
    running: (s) =>
      inService(s).flatMap((r) =>
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
      inService(s).flatMap((r) => {
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
    duty: 'EXAMINE',
    who: 'PPK',
    what: 'examine the respondent on the date the summons set, or record the absence',
    running: (s, rulebook) =>
      inService(s).flatMap((r) => {
        const last = r.proceeding.summonses.at(-1);
        return last !== undefined && last.outcome === null && r.proceeding.sanction === null
          ? [
              {
                respondentId: r.respondent.respondentId,
                due: last.examinationOn,
                basis: rulebook.proceedings[s.regime].SUMMONS_TO_EXAMINATION.basis,
                agencyId: r.respondent.agency.id,
              },
            ]
          : [];
      }),
  }),
  defineDuty({
    duty: 'SECOND_SUMMONS',
    who: 'PPK',
    what: 'send the second summons after the respondent was absent on the first',
    running: (s, rulebook) =>
      inService(s).flatMap((r) => {
        const { summonses, sanction } = r.proceeding;
        const [first] = summonses;
        return summonses.length === 1 && first?.outcome === 'ABSENT' && sanction === null
          ? [
              {
                respondentId: r.respondent.respondentId,
                due: countProceeding(
                  rulebook,
                  s.regime,
                  'SUMMONS_TO_EXAMINATION',
                  first.examinationOn,
                ).due,
                basis: rulebook.proceedings[s.regime].SUMMONS_TO_EXAMINATION.basis,
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
      inService(s).flatMap((r) => {
        const { sanction, delivery } = r.proceeding;
        // No delivery step for a non-ASN respondent (deliveryDue null: the decider refuses it).
        return sanction !== null && sanction.deliveryDue !== null && delivery === null
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
