/**
 * RecordCourtChallenge (issue 15): the administrative court after an objection, as an exit the
 * history records (PP 79/2021 Pasal 5(3), 6(3), 9(3), 18).
 * - FILED: a suit in PTUN after a keberatan that was decided, or left undecided past its 21
 *   working days; in PT TUN after BPASN decided a banding. Without an objection the
 *   administrative remedy comes first (COURT_NOT_OPEN); the other court is COURT_WRONG_INSTANCE;
 *   once only (COURT_CHALLENGE_CLOSED).
 * - JUDGMENT: upheld or annulled, final or not; after a final judgment nothing more
 *   (COURT_CHALLENGE_CLOSED). A final annulment ends the sanction (the state's `effective`).
 * The period to sue (UU PTUN) is not in the research files and is not checked.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseError } from '../errors.js';
import {
  courtChallengeClosed,
  courtNotOpen,
  courtWrongInstance,
  stageNotApplicable,
} from '../errors-examination.js';
import { ADMINISTRATIVE_COURT } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type { RecordCourtChallenge } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState, RespondentProceeding } from '../state.js';
import { activeRespondentFor } from './active-respondent.js';
import { actOn, notBefore } from './guards.js';
import { isAsn } from './respondents.js';

type Decision = Either<CaseError, readonly CaseEvent[]>;

/** Which court the objection leads to on `on`, or why none yet. */
const courtAfter = (
  p: RespondentProceeding,
  on: string,
): { court: 'PTUN' | 'PT_TUN' } | { why: string } => {
  const o = p.objection;
  if (o === null) {
    return { why: 'no objection was filed: the administrative remedy (PP 79/2021) comes first' };
  }
  if (o.kind === 'BANDING') {
    return o.decision === null
      ? { why: 'BPASN has not decided the banding; its decision goes to PT TUN' }
      : { court: 'PT_TUN' };
  }
  return o.decision !== null || on > o.decisionDue
    ? { court: 'PTUN' }
    : { why: `the keberatan is undecided and its 21 working days run until ${o.decisionDue}` };
};

export const decideRecordCourtChallenge = (
  command: RecordCourtChallenge,
  state: OpenCaseState,
  actor: CaseActor,
): Decision => {
  const { respondentId, step } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  if (!isAsn(r.respondent.kind)) {
    return E.left(
      stageNotApplicable(
        respondentId,
        `${r.respondent.kind} is not ASN: PP 79/2021 and its court route do not apply`,
        ADMINISTRATIVE_COURT,
      ),
    );
  }
  const on = actOn(command, state.timeZone);
  const p = r.proceeding;
  if (step.step === 'FILED') {
    if (p.court !== null) {
      return E.left(
        courtChallengeClosed(
          `a suit was already filed on ${p.court.filedOn}`,
          ADMINISTRATIVE_COURT,
        ),
      );
    }
    const after = courtAfter(p, on);
    if ('why' in after) return E.left(courtNotOpen(after.why, ADMINISTRATIVE_COURT));
    if (after.court !== step.court) {
      return E.left(
        courtWrongInstance(
          step.court,
          `after a ${p.objection?.kind.toLowerCase()} the suit goes to ${after.court === 'PTUN' ? 'PTUN' : 'PT TUN'}`,
          ADMINISTRATIVE_COURT,
        ),
      );
    }
    const decided = p.objection?.decision?.decidedOn ?? p.objection?.filedOn ?? on;
    const order = notBefore('meta.occurredAt', on, 'the objection', decided);
    if (E.isLeft(order)) return order;
    return E.right([
      {
        type: 'CourtChallengeRecorded',
        data: {
          respondentId,
          step: 'FILED',
          court: step.court,
          registerNumber: step.registerNumber,
          on,
        },
      },
    ]);
  }
  if (p.court === null) return E.left(courtNotOpen('no suit was filed', ADMINISTRATIVE_COURT));
  const last = p.court.judgments.at(-1);
  if (last?.final === true) {
    return E.left(
      courtChallengeClosed(`a final judgment was given on ${last.on}`, ADMINISTRATIVE_COURT),
    );
  }
  const order = notBefore(
    'meta.occurredAt',
    on,
    last === undefined ? 'the suit' : 'the last judgment',
    last?.on ?? p.court.filedOn,
  );
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'CourtChallengeRecorded',
      data: {
        respondentId,
        step: 'JUDGMENT',
        outcome: step.outcome,
        final: step.final,
        judgmentNumber: step.judgmentNumber,
        on,
      },
    },
  ]);
};
