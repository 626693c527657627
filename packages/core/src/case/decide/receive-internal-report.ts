/**
 * ReceiveInternalReport: an OPD neutrality task force (satgas) or a direct superior reports an
 * employee of its own agency. PP 94/2021 discipline is not complaint-based (Pasal 26(1)): the
 * case goes straight to the employer's process and no Bawaslu step applies to it. The
 * respondent proceeding that follows is a later lifecycle.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import type { CaseActor } from '../roles.js';
import type { ReceiveInternalReport } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { checkOpening } from './opening.js';

/** The roles that may file an internal report (see CASE_PERMISSIONS). */
export type InternalReporter = Extract<CaseActor, { role: 'satgas' | 'superior' }>;

export const decideReceiveInternalReport = (
  command: ReceiveInternalReport,
  context: CaseContext,
  actor: InternalReporter,
): Either<CaseError, readonly CaseEvent[]> =>
  E.map((receivedOn: string): readonly CaseEvent[] => {
    return [
      {
        type: 'InternalReportReceived',
        data: {
          caseId: command.caseId,
          regime: command.regime,
          timeZone: command.timeZone,
          region: command.region,
          respondents: command.respondents,
          incident: command.incident,
          evidence: command.evidence,
          source: {
            kind: actor.role === 'satgas' ? 'SATGAS' : 'SUPERIOR',
            actorId: actor.id,
            agencyId: actor.scope.agencyId,
          },
          receivedAt: command.meta.occurredAt,
          receivedOn,
        },
      },
    ];
  })(checkOpening(command, context, actor, 'incident.knownOn', command.incident.knownOn));
