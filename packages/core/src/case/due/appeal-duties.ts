/**
 * After delivery (issue 15): the administrative objection (PP 79/2021) and the sanction served.
 *
 * - FILE_KEBERATAN, FILE_BANDING: the respondent's window to object, a right and not a duty
 *   (holder RESPONDENT, listed as a `window`). It is listed because its end matters to everyone
 *   else: a keberatan or banding filed later "cannot be received" (the decider refuses it,
 *   OBJECTION_LATE), and one filed in time suspends the sanction's force (PP 94/2021 Pasal
 *   38(2)). Listed while open, only against a delivered sanction whose catalogue route is that
 *   remedy (none against the President's sanction), counted as decide/objection.ts counts it:
 *   FILE_KEBERATAN / FILE_BANDING from the recorded receipt, with the rulebook given (the state
 *   records the filing deadline only once an objection is filed).
 * - DECIDE_KEBERATAN (the PPK, when the PPK imposed the sanction), DECIDE_KEBERATAN_ATASAN (the
 *   superior of the official who did), DECIDE_BANDING (BPASN): the decision on a filed objection,
 *   due the `decisionDue` the filing recorded.
 * - RECORD_SANCTION_SERVED: once the sanction (as any objection left it) is in force, the
 *   record that it was served, due on its last day and accepted from that day on (`notBefore`),
 *   as decide/serving.ts computes that day: the duration from the catalogue of the rulebook
 *   given (periodEnd), or the day it took force for a sanction without one. A dismissal is
 *   never served; an annulled sanction leaves nothing to serve.
 *
 * Not listed: the PPK's answer to a banding (PPK_ANSWER_BANDING, 21 working days) and the
 * official's answer to a keberatan filed with the superior (PEJABAT_ANSWER, 6): each runs from
 * the receipt of the copy (tembusan), which the state does not record, and no command records
 * the answer, so such a duty could never be seen done; the body decides on what it has.
 *
 * Each ends with its step, or when the respondent leaves the service (RESPONDENT_EXITED).
 */
import { type Rulebook, sanctionType } from '../../rules/index.js';
import { appealRoute } from '../decide/objection.js';
import { sanctionEndsOn } from '../decide/serving.js';
import { SERVING } from '../legal-bases-proceedings.js';
import type { OpenCaseState } from '../state.js';
import { defineDuty, type RunningDuty } from './duties.js';
import { countProceeding, inService } from './proceeding-count.js';

/** The remedy against a sanction, as decide/objection.ts reads it. */

/** The open window to file `kind`, per respondent still in the service. */
const filingWindow =
  (kind: 'KEBERATAN' | 'BANDING') =>
  (s: OpenCaseState, rulebook: Rulebook): readonly RunningDuty[] =>
    inService(s).flatMap((r) => {
      const { sanction, delivery, objection } = r.proceeding;
      if (sanction === null || delivery === null || objection !== null) return [];
      if (appealRoute(rulebook, sanction) !== kind) return [];
      const step = kind === 'KEBERATAN' ? 'FILE_KEBERATAN' : 'FILE_BANDING';
      const { due, rule } = countProceeding(rulebook, s.regime, step, delivery.receivedOn);
      return [
        {
          respondentId: r.respondent.respondentId,
          due,
          basis: rule.basis,
          ...(kind === 'KEBERATAN' ? { agencyId: r.respondent.agency.id } : {}),
        },
      ];
    });

/** The pending decision on an objection filed with `body`. */
const pendingDecision =
  (body: 'PPK' | 'ATASAN_PEJABAT' | 'BPASN') =>
  (s: OpenCaseState, rulebook: Rulebook): readonly RunningDuty[] =>
    inService(s).flatMap((r) => {
      const { objection } = r.proceeding;
      if (objection === null || objection.decision !== null || objection.filedWith !== body) {
        return [];
      }
      const step = objection.kind === 'KEBERATAN' ? 'DECIDE_KEBERATAN' : 'DECIDE_BANDING';
      return [
        {
          respondentId: r.respondent.respondentId,
          due: objection.decisionDue,
          basis: rulebook.proceedings[s.regime][step].basis,
          ...(body === 'BPASN' ? {} : { agencyId: r.respondent.agency.id }),
        },
      ];
    });

export const APPEAL_DUTIES = [
  defineDuty({
    duty: 'FILE_KEBERATAN',
    who: 'RESPONDENT',
    what: 'may file a keberatan against the sanction (a right: late, it cannot be received)',
    window: true,
    running: filingWindow('KEBERATAN'),
  }),
  defineDuty({
    duty: 'FILE_BANDING',
    who: 'RESPONDENT',
    what: 'may file a banding administratif with BPASN against the dismissal (a right: late, it cannot be received)',
    window: true,
    running: filingWindow('BANDING'),
  }),
  defineDuty({
    duty: 'DECIDE_KEBERATAN',
    who: 'PPK',
    what: 'decide the keberatan filed against the sanction the PPK imposed',
    running: pendingDecision('PPK'),
  }),
  defineDuty({
    duty: 'DECIDE_KEBERATAN_ATASAN',
    who: 'ATASAN_PEJABAT',
    what: 'decide the keberatan filed against the sanction a subordinate official imposed',
    running: pendingDecision('ATASAN_PEJABAT'),
  }),
  defineDuty({
    duty: 'DECIDE_BANDING',
    who: 'BPASN',
    what: 'decide the banding administratif against the dismissal',
    running: pendingDecision('BPASN'),
  }),
  defineDuty({
    duty: 'RECORD_SANCTION_SERVED',
    who: 'PPK',
    what: 'record that the sanction has been served, once its last day has come',
    running: (s, rulebook) =>
      inService(s).flatMap((r) => {
        const { sanction, effective, servedOn } = r.proceeding;
        if (sanction === null || servedOn !== null) return [];
        if (effective === null || effective.code === null || effective.inForceOn === null) {
          return [];
        }
        const type = sanctionType(rulebook, effective.code);
        if (type.ends) return [];
        const endsOn = sanctionEndsOn(type, effective.inForceOn);
        return [
          {
            respondentId: r.respondent.respondentId,
            due: endsOn,
            notBefore: endsOn,
            basis: SERVING,
            agencyId: r.respondent.agency.id,
          },
        ];
      }),
  }),
];
