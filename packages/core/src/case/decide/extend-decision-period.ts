/**
 * ExtendForAdditionalInformation: when Bawaslu needs additional information the decision period
 * switches from DECIDE to DECIDE_EXTENDED (UU 7/2017 Pasal 454(8): 14 working days in total;
 * Pilkada Pasal 134(6): at most 2 more days). Once only, after registration, while someone is
 * still undecided.
 *
 * Pilkada Pasal 134(6) extends only to ask the reporter ("keterangan tambahan dari pelapor"), so a
 * Pilkada finding (a temuan, or a lapsed report taken up as one) cannot be extended
 * (EXTENSION_NEEDS_REPORTER, since rulebook 2024.2). UU 7/2017 Pasal 454(8) names no source of the
 * information, so a Pemilu finding can.
 *
 * Choice: the extension must be declared while the original period runs (on or before its last
 * day). Extending an expired period would retroactively hide a breach of the DECIDE deadline.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { extensionNeedsReporter } from '../errors-followup.js';
import {
  allRespondentsDecided,
  alreadyExtended,
  caseNotRegistered,
  extensionTooLate,
} from '../errors-handling.js';
import { CLASSIFICATION } from '../legal-bases.js';
import type { ExtendForAdditionalInformation } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, deadline, decisionPeriodStart, inTime, notBefore } from './guards.js';

export const decideExtendDecisionPeriod = (
  command: ExtendForAdditionalInformation,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const extendedRule = context.rulebook.deadlines[state.regime].DECIDE_EXTENDED;
  if (state.registration === null)
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  if (state.status !== 'REGISTERED') return E.left(allRespondentsDecided());
  if (state.regime === 'PILKADA_2024' && state.origin !== 'REPORT')
    return E.left(extensionNeedsReporter(extendedRule.basis));
  const previousDue = state.deadlines.decisionDue ?? state.registration.registeredOn;
  if (state.extended) return E.left(alreadyExtended(previousDue, extendedRule.basis));
  const extendedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    extendedOn,
    'the registration',
    state.registration.registeredOn,
  );
  if (E.isLeft(order)) return order;
  if (!inTime(extendedOn, previousDue))
    return E.left(extensionTooLate(extendedOn, previousDue, extendedRule.basis));
  const start = decisionPeriodStart(
    context,
    state.regime,
    'DECIDE_EXTENDED',
    state.openedOn,
    state.registration.registeredOn,
  );
  return E.right([
    {
      type: 'DecisionPeriodExtended',
      data: {
        extendedOn,
        reason: command.reason,
        previousDue,
        decisionDue: deadline(context, state.regime, 'DECIDE_EXTENDED', start).due,
      },
    },
  ]);
};
