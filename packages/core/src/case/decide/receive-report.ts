/**
 * ReceiveReport (laporan diterima). Timeliness is not judged here: the kajian awal does that
 * and must record a late report as TIME_BARRED (Perbawaslu 7/2022 Pasal 15(3)). The receipt
 * starts the kajian awal clock. Received by a Panwaslu Kecamatan, the report records it as the
 * office handling the case (opening.ts `openingOffice`).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import { type CaseError, notTheReporter } from '../errors.js';
import { REPORTER_STANDING } from '../legal-bases.js';
import type { CaseActor } from '../roles.js';
import type { ReceiveReport } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { deadline } from './guards.js';
import { checkOpening, openingOffice } from './opening.js';

export const decideReceiveReport = (
  command: ReceiveReport,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  // Online, the reporter files their own report; at the desk a clerk enters it for them.
  if (actor.role === 'reporter' && actor.id !== command.reporter.id) {
    return E.left(notTheReporter(actor.id, command.reporter.id, REPORTER_STANDING[command.regime]));
  }
  return E.map((receivedOn: string): readonly CaseEvent[] => [
    {
      type: 'ReportReceived',
      data: {
        caseId: command.caseId,
        regime: command.regime,
        timeZone: command.timeZone,
        region: command.region,
        reporter: command.reporter,
        respondents: command.respondents,
        incident: command.incident,
        evidence: command.evidence,
        receivedAt: command.meta.occurredAt,
        receivedOn,
        enteredBy: actor.role === 'reporter' ? 'REPORTER' : 'BAWASLU',
        reviewDue: deadline(context, command.regime, 'PRELIMINARY_REVIEW', receivedOn).due,
        ...openingOffice(actor),
      },
    },
  ])(checkOpening(command, context, actor, 'incident.knownOn', command.incident.knownOn));
};
