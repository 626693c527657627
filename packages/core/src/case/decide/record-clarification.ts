/**
 * RecordClarification (klarifikasi): a hearing of the reporter, a respondent, a witness or an
 * expert, after registration and while someone is still undecided. The hearing date must lie
 * between the registration and the day it is recorded.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder, notAReport } from '../errors.js';
import {
  allRespondentsDecided,
  alreadyDecided,
  caseNotRegistered,
  unknownRespondent,
} from '../errors-handling.js';
import { CLASSIFICATION } from '../legal-bases.js';
import type { RecordClarification } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, respondentIn } from '../state.js';
import { actOn, dateNotInFuture, notBefore, today } from './guards.js';

export const decideRecordClarification = (
  command: RecordClarification,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.registration === null) {
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  }
  if (state.status !== 'REGISTERED') return E.left(allRespondentsDecided());
  const { party, heldOn } = command;
  if (party.kind === 'REPORTER' && state.origin !== 'REPORT')
    return E.left(notAReport(state.caseId));
  if (party.kind === 'RESPONDENT') {
    const respondent = respondentIn(state, party.respondentId);
    if (respondent === undefined)
      return E.left(unknownRespondent('party.respondentId', party.respondentId));
    if (respondent.decision !== null) {
      return E.left(
        alreadyDecided('party.respondentId', party.respondentId, respondent.decision.decidedOn),
      );
    }
  }
  const future = dateNotInFuture('heldOn', heldOn, today(context, state.timeZone));
  if (E.isLeft(future)) return future;
  const order = notBefore('heldOn', heldOn, 'the registration', state.registration.registeredOn);
  if (E.isLeft(order)) return order;
  const recordedOn = actOn(command, state.timeZone);
  if (compareDates(heldOn, recordedOn) > 0) {
    return E.left(
      datesOutOfOrder(
        'heldOn',
        heldOn,
        'after',
        'the day it is recorded (meta.occurredAt)',
        recordedOn,
      ),
    );
  }
  return E.right([
    { type: 'ClarificationRecorded', data: { party, heldOn, summary: command.summary } },
  ]);
};
