/**
 * RecordGakkumduDeliberation (pembahasan in Sentra Gakkumdu), since rulebook 2024.2. Bawaslu
 * declares conduct an election crime only after deliberating with Polri and the prosecutors
 * (UU 7/2017 Pasal 476(2); Pilkada: the Peraturan Bersama, UU 10/2016 Pasal 152(4)). Per
 * respondent, after registration and before the decision: the FIRST deliberation once, then
 * the SECOND once, after it. The pembahasan time limits were not found in any source, so none
 * is enforced (research/legal-answers-2026-11.md §5).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { gakkumduStageOutOfOrder } from '../errors-followup.js';
import { alreadyDecided, caseNotRegistered, unknownRespondent } from '../errors-handling.js';
import { CLASSIFICATION } from '../legal-bases.js';
import type { RecordGakkumduDeliberation } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, respondentIn } from '../state.js';
import { actOn, notBefore } from './guards.js';

export const decideRecordGakkumduDeliberation = (
  command: RecordGakkumduDeliberation,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.registration === null)
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  const { respondentId, stage } = command;
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent('respondentId', respondentId));
  if (r.decision !== null)
    return E.left(alreadyDecided('respondentId', respondentId, r.decision.decidedOn));
  const basis = context.rulebook.gakkumdu.basis[state.regime];
  const held = r.deliberations.map((d) => d.stage);
  if (held.includes(stage)) {
    return E.left(gakkumduStageOutOfOrder(respondentId, stage, 'it was already held', basis));
  }
  if (stage === 'SECOND' && !held.includes('FIRST')) {
    return E.left(
      gakkumduStageOutOfOrder(respondentId, stage, 'the FIRST deliberation comes before it', basis),
    );
  }
  const heldOn = actOn(command, state.timeZone);
  const last = r.deliberations.at(-1);
  const order = notBefore(
    'meta.occurredAt',
    heldOn,
    last === undefined ? 'the registration' : `the ${last.stage} deliberation`,
    last?.heldOn ?? state.registration.registeredOn,
  );
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'GakkumduDeliberationHeld',
      data: {
        respondentId,
        stage,
        conclusion: command.conclusion,
        heldAt: command.meta.occurredAt,
        heldOn,
        summary: command.summary,
      },
    },
  ]);
};
