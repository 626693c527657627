/**
 * dutiesDue (issue 15 item 9, "what is due"): every duty running on a case now — who owes it,
 * what, by when, whether it is overdue, and the rule that set it — sorted by due date, the
 * duties the law gives no period last. Pure: a function of the state, the clock and the
 * rulebook, with no I/O.
 *
 * Deadlines the state recorded when a step was taken are read from it and never recounted under
 * the rulebook given (a case keeps the deadlines it was given); only what the state does not
 * record — the forward to Polri before it is made, the status notice before it is issued,
 * Pilkada's decision period before registration, the respondent's window to object, the end of
 * a sanction, each period of the criminal track before its step — is counted with `rulebook`,
 * with the decider's own functions, as the decider would count it now.
 *
 * A window (a right that lapses: the respondent's keberatan or banding, the criminal appeal) is
 * listed while open and dropped after its last instant, since the decider then refuses the act;
 * it is never overdue. Every duty of the administrative proceedings ends when the respondent
 * leaves the service; the criminal track's do not (criminal-duties.ts).
 *
 * A case not opened, with the employer (an internal report in the PP 94/2021 process), or
 * terminal (WITHDRAWN, NOT_REGISTERED, CLOSED) owes no Bawaslu step, except the status notice
 * the decider still accepts on a NOT_REGISTERED or CLOSED case.
 */
import type { Rulebook } from '../../rules/index.js';
import { endOfLocalDay } from '../../time/index.js';
import { type CaseState, TERMINAL_STATUSES } from '../state.js';
import { APPEAL_DUTIES } from './appeal-duties.js';
import { CRIMINAL_DUTIES } from './criminal-duties.js';
import type { DutyOf } from './duties.js';
import { HANDLING_DUTIES } from './handling-duties.js';
import { INTAKE_DUTIES } from './intake-duties.js';
import { NOTICE_DUTIES } from './notice-duties.js';
import { PROCEEDING_DUTIES } from './proceeding-duties.js';

/** Every kind of duty, one entry each, in the order of the proceedings. */
export const DUTY_RULES = [
  ...INTAKE_DUTIES,
  ...HANDLING_DUTIES,
  ...NOTICE_DUTIES,
  ...PROCEEDING_DUTIES,
  ...APPEAL_DUTIES,
  ...CRIMINAL_DUTIES,
] as const;

/** The stable code of a duty: one per entry of {@link DUTY_RULES}. */
export type DutyCode = (typeof DUTY_RULES)[number]['duty'];

/** One running duty. */
export type Duty = DutyOf<DutyCode>;

/**
 * The duties running on the case at `now`, earliest due first, those without a period last; a
 * window only while it is open.
 */
export const dutiesDue = (state: CaseState, now: Date, rulebook: Rulebook): readonly Duty[] => {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('dutiesDue: now is an invalid Date');
  if (state.status === 'NONE' || state.status === 'WITH_EMPLOYER') return [];
  const closed = TERMINAL_STATUSES.includes(state.status);
  const listed = DUTY_RULES.filter((rule) => !closed || rule.afterClose === true).flatMap((rule) =>
    rule.running(state, rulebook).flatMap((running) => {
      // The last instant in time: the deadline on the clock, or the end of the due day.
      const last =
        running.due === null
          ? Number.POSITIVE_INFINITY
          : Date.parse(running.dueAt ?? endOfLocalDay(running.due, state.timeZone));
      if (rule.window === true && nowMs > last) return [];
      const duty: Duty = {
        duty: rule.duty,
        who: rule.who,
        what: rule.what,
        ...running,
        ...(rule.who === 'BAWASLU' && state.handlingOffice !== null
          ? { office: state.handlingOffice }
          : {}),
        ...(rule.window === true ? { window: true } : {}),
        overdue: nowMs > last,
      };
      return [{ duty, last }];
    }),
  );
  // Stable: duties due at the same instant keep the order of the list and of the respondents.
  return listed
    .sort((a, b) => (a.last === b.last ? 0 : a.last < b.last ? -1 : 1))
    .map((d) => d.duty);
};
