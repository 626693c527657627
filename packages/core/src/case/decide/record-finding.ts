/**
 * RecordFinding (temuan ditetapkan). Supervision results must be set as a finding within the
 * SET_FINDING period of their discovery (UU 7/2017 Pasal 454(5)). A finding set later has no
 * basis as a temuan, so it is refused (FINDING_TIME_BARRED); the material can still serve as
 * informasi awal. Unlike Bawaslu's own late reviews and decisions, which are recorded and
 * flagged, a late finding is refused because lateness removes the legal ground for the case.
 * Set by a Panwaslu Kecamatan, the finding records it as the office handling the case.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { findingTimeBarred } from '../errors-intake.js';
import type { CaseActor } from '../roles.js';
import type { RecordFinding } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { deadline, inTime } from './guards.js';
import { checkOpening, openingOffice } from './opening.js';

export const decideRecordFinding = (
  command: RecordFinding,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> =>
  E.flatMap((setOn: string): Either<CaseError, readonly CaseEvent[]> => {
    const finding = deadline(context, command.regime, 'SET_FINDING', command.discoveredOn);
    if (!inTime(setOn, finding.due)) {
      return E.left(
        findingTimeBarred(command.discoveredOn, setOn, finding.due, finding.rule.basis),
      );
    }
    return E.right([
      {
        type: 'FindingRecorded',
        data: {
          caseId: command.caseId,
          regime: command.regime,
          timeZone: command.timeZone,
          region: command.region,
          supervisingOffice: command.supervisingOffice,
          respondents: command.respondents,
          incident: command.incident,
          discoveredOn: command.discoveredOn,
          evidence: command.evidence,
          setAt: command.meta.occurredAt,
          setOn,
          findingDue: finding.due,
          ...openingOffice(actor),
        },
      },
    ]);
  })(checkOpening(command, context, actor, 'discoveredOn', command.discoveredOn));
