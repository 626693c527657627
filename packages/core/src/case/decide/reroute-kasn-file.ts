/**
 * RerouteKasnFile, SE MenPAN-RB 4/2024 (signed 4 Sep 2024): a file Bawaslu had forwarded to
 * KASN, still pending when KASN was dissolved, goes to KemenPAN-RB if KASN had started
 * processing it and to BKN if not. Only for respondents forwarded to KASN, once each, on or
 * after the SE date.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { rerouteKasnFile } from '../../rules/index.js';
import { compareDates } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  alreadyRerouted,
  notForwardedToKasn,
  rerouteBeforeTransition,
  unknownRespondent,
} from '../errors-handling.js';
import type { RerouteKasnFile } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, respondentIn } from '../state.js';
import { actOn } from './guards.js';

export const decideRerouteKasnFile = (
  command: RerouteKasnFile,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const { transition } = context.rulebook.supervisorRouting;
  for (const [i, respondentId] of command.respondentIds.entries()) {
    const field = `respondentIds.${i}`;
    const r = respondentIn(state, respondentId);
    if (r === undefined) return E.left(unknownRespondent(field, respondentId));
    if (r.forwarding?.supervisor !== 'KASN') {
      return E.left(notForwardedToKasn(field, respondentId, transition.basis));
    }
    if (r.reroute !== null) return E.left(alreadyRerouted(field, respondentId, r.reroute.to));
  }
  const reroutedOn = actOn(command, state.timeZone);
  if (compareDates(reroutedOn, transition.seSignedOn) < 0) {
    return E.left(rerouteBeforeTransition(reroutedOn, transition.seSignedOn, transition.basis));
  }
  const to = rerouteKasnFile(context.rulebook, command.kasnProcessingStarted);
  return E.right(
    command.respondentIds.map(
      (respondentId): CaseEvent => ({
        type: 'KasnFileRerouted',
        data: {
          respondentId,
          kasnProcessingStarted: command.kasnProcessingStarted,
          to,
          reroutedOn,
        },
      }),
    ),
  );
};
