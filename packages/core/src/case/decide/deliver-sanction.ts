/**
 * DeliverSanction (penyampaian keputusan, issue 15): the decision is delivered to the respondent
 * within DELIVER_SANCTION of being set (14 working days, PP 94/2021 Pasal 37(3)); a late delivery
 * is recorded and flagged, not refused. It takes force on day 15 after receipt (Pasal 38(1)),
 * `inForceOn`, unless an objection is filed (Pasal 38(2)). `receivedAt` defaults to the
 * delivery instant (handed over in person); it is not before the delivery nor in the future.
 * Only the PPK of the respondent's agency records it (OUT_OF_SCOPE otherwise). A non-ASN
 * respondent's sanction (village law, contract) has no delivery step (STAGE_NOT_APPLICABLE).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { localDateOf } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder, legalDateInFuture } from '../errors.js';
import { stageNotApplicable } from '../errors-examination.js';
import { sanctionAlreadyDelivered, sanctionNotDecided } from '../errors-proceedings.js';
import { DISCIPLINE_DECISION } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type { DeliverSanction } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { activeRespondentFor } from './active-respondent.js';
import { actOn, inTime, notBefore } from './guards.js';
import { proceedingDue } from './proceeding-deadline.js';

export const decideDeliverSanction = (
  command: DeliverSanction,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { sanction, delivery } = r.proceeding;
  if (sanction === null) return E.left(sanctionNotDecided(respondentId, DISCIPLINE_DECISION));
  if (sanction.deliveryDue === null) {
    return E.left(
      stageNotApplicable(
        respondentId,
        `${r.respondent.kind} is not ASN: PP 94/2021's delivery and day-15 force do not apply`,
        DISCIPLINE_DECISION,
      ),
    );
  }
  if (delivery !== null) {
    return E.left(
      sanctionAlreadyDelivered(respondentId, delivery.deliveredOn, DISCIPLINE_DECISION),
    );
  }
  const deliveredOn = actOn(command, state.timeZone);
  const order = notBefore('meta.occurredAt', deliveredOn, 'the decision', sanction.decidedOn);
  if (E.isLeft(order)) return order;
  const receivedAt = command.receivedAt ?? command.meta.occurredAt;
  if (Date.parse(receivedAt) < Date.parse(command.meta.occurredAt)) {
    return E.left(
      datesOutOfOrder('receivedAt', receivedAt, 'before', 'the delivery', command.meta.occurredAt),
    );
  }
  if (Date.parse(receivedAt) > context.now.getTime()) {
    return E.left(legalDateInFuture('receivedAt', receivedAt, context.now.toISOString()));
  }
  const receivedOn = localDateOf(receivedAt, state.timeZone);
  return E.right([
    {
      type: 'SanctionDelivered',
      data: {
        respondentId,
        deliveredOn,
        receivedAt,
        receivedOn,
        deliveryDue: sanction.deliveryDue,
        deliveredWithinDeadline: inTime(deliveredOn, sanction.deliveryDue),
        inForceOn:
          proceedingDue(context, state.regime, 'SANCTION_IN_FORCE', receivedOn).due ?? receivedOn,
      },
    },
  ]);
};
