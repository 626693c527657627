/**
 * The duties of handling: Bawaslu's decision on each respondent, and the hand-over of each
 * violation decided — NEUTRALITY to the ASN supervisor, OTHER_LAW to the authority over a
 * non-ASN respondent (neither has a statutory period: due null), CRIMINAL to Polri
 * investigators within 1×24 hours of the declaration. A violation on the ADMINISTRATIVE track
 * only is not handed over by this application (state.ts `handlingStatus`) and owes nothing here.
 */
import { computeDeadline, type Rulebook } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import { investigatorsDue } from '../decide/investigators-due.js';
import { isAsn } from '../decide/respondents.js';
import { CLASSIFICATION } from '../legal-bases.js';
import { OTHER_LAW_TRACK } from '../legal-bases-followup.js';
import type { Track } from '../schema/primitives.js';
import {
  type CaseStatus,
  type OpenCaseState,
  type RespondentState,
  respondentsOf,
} from '../state.js';
import { defineDuty } from './duties.js';

/** Whether the respondent was decided a violation on `track`. */
const violationOn = (r: RespondentState, track: Track): boolean => {
  const d = r.decision?.outcome;
  return d?.outcome === 'VIOLATION' && d.tracks.includes(track);
};

/** The statuses in which a report or finding waits for registration. */
const BEFORE_REGISTRATION: readonly CaseStatus[] = [
  'RECEIVED',
  'AWAITING_COMPLETION',
  'READY_TO_REGISTER',
  'FINDING_RECORDED',
];

/**
 * The decision deadline running now: the one registration recorded (DECIDE) — or, before
 * registration, the one counted from receipt when the rulebook's DECIDE row runs from it
 * (Pilkada by default, UU 10/2016 Pasal 134(5): the clock runs while the report is reviewed).
 * Under a REGISTRATION anchor (Pemilu) nothing runs before registration. It is owed for each
 * respondent still undecided.
 */
const decisionDue = (s: OpenCaseState, rulebook: Rulebook): IsoDate | null => {
  if (s.registration !== null) return s.deadlines.decisionDue;
  const rule = rulebook.deadlines[s.regime].DECIDE;
  return BEFORE_REGISTRATION.includes(s.status) && (rule.anchor ?? 'RECEIPT') === 'RECEIPT'
    ? computeDeadline(rulebook, s.regime, 'DECIDE', s.openedOn).due
    : null;
};

export const HANDLING_DUTIES = [
  defineDuty({
    duty: 'DECIDE',
    who: 'BAWASLU',
    what: 'decide whether the respondent committed a violation',
    running: (s, rulebook) => {
      const due = s.extended ? null : decisionDue(s, rulebook);
      if (due === null) return [];
      const { basis } = rulebook.deadlines[s.regime].DECIDE;
      return respondentsOf(s)
        .filter((r) => r.decision === null)
        .map((r) => ({ respondentId: r.respondent.respondentId, due, basis }));
    },
  }),
  defineDuty({
    duty: 'DECIDE_EXTENDED',
    who: 'BAWASLU',
    what: 'decide whether the respondent committed a violation, in the extended period',
    running: (s, rulebook) => {
      const due = s.deadlines.decisionDue;
      if (!s.extended || due === null) return [];
      const { basis } = rulebook.deadlines[s.regime].DECIDE_EXTENDED;
      return respondentsOf(s)
        .filter((r) => r.decision === null)
        .map((r) => ({ respondentId: r.respondent.respondentId, due, basis }));
    },
  }),
  defineDuty({
    duty: 'FORWARD_TO_SUPERVISOR',
    who: 'BAWASLU',
    what: 'forward the neutrality violation to the ASN supervisor',
    running: (s) =>
      respondentsOf(s)
        .filter((r) => violationOn(r, 'NEUTRALITY') && r.forwarding === null)
        .map((r) => ({
          respondentId: r.respondent.respondentId,
          due: null,
          basis: CLASSIFICATION[s.regime],
        })),
  }),
  defineDuty({
    duty: 'FORWARD_TO_AUTHORITY',
    who: 'BAWASLU',
    what: 'forward the violation of other laws to the authority over the respondent',
    running: (s, rulebook) =>
      respondentsOf(s)
        .filter((r) => violationOn(r, 'OTHER_LAW') && r.otherLawForward === null)
        .map((r) => {
          const { kind } = r.respondent;
          return {
            respondentId: r.respondent.respondentId,
            due: null,
            basis: isAsn(kind)
              ? OTHER_LAW_TRACK
              : rulebook.nonAsnRoutes[kind].forwardBasis[s.regime],
          };
        }),
  }),
  defineDuty({
    duty: 'FORWARD_TO_INVESTIGATORS',
    who: 'BAWASLU',
    what: 'forward the election crime to Polri investigators through Sentra Gakkumdu',
    // Counted as decide/forward-to-investigators.ts counts it: REFER_TO_POLICE from the
    // declaration's instant, or from the end of the decision's day when only its date is
    // recorded (rulebook 2024.1). The state records this deadline only once the forward is made.
    running: (s, rulebook) =>
      respondentsOf(s).flatMap((r) => {
        const d = r.decision;
        if (d === null || !violationOn(r, 'CRIMINAL') || r.gakkumdu !== null) return [];
        const { due, dueAt, rule } = investigatorsDue(rulebook, s, d);
        return [{ respondentId: r.respondent.respondentId, due, dueAt, basis: rule.basis }];
      }),
  }),
];
