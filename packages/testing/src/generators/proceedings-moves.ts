/**
 * The steps of the respondent's proceedings after Bawaslu's forwards (issue 15) that the
 * handling walk interleaves with its own: for each, how often it is taken when it can be, which
 * respondents it can be taken for now, and the walker that takes it. A new command of the
 * proceedings is one row here.
 */

import { authoritySanction, mayAuthoritySanction } from './authority-sanction-walk.js';
import { mayGoToCourt, recordCourtChallenge } from './court-walk.js';
import { mayRecordCriminalStep, recordCriminalStep } from './criminal-walk.js';
import { isAfter } from './dates.js';
import {
  mayExamine,
  mayRelease,
  maySummon,
  recordExamination,
  releaseFromDuty,
  summonForExamination,
} from './examination-walk.js';
import { decideObjection, fileObjection, mayDecideObjection, mayObject } from './objection-walk.js';
import {
  blockPersonnelData,
  decideSanction,
  deliverSanction,
  fileHolder,
  recordSupervisorOutcome,
  unblockPersonnelData,
} from './proceedings-walk.js';
import { mayExit, mayServe, recordRespondentExit, recordSanctionServed } from './serving-walk.js';
import type { RespondentModel, Walk } from './walk-state.js';

export interface ProceedingMove {
  readonly name: string;
  readonly weight: number;
  /** Whether the step may be taken for `r` now. */
  readonly open: (w: Walk, r: RespondentModel) => boolean;
  readonly take: (w: Walk, pending: readonly RespondentModel[]) => void;
  /** A step that may always come but need not: a walk to the end does not wait for it. */
  readonly optional?: boolean;
}

/** Still in the service: after an exit, nothing of the proceedings follows. */
const active = (r: RespondentModel): boolean => r.proceeding.exit === null;
const recommended = (r: RespondentModel): boolean => active(r) && r.proceeding.outcome === 'PROVEN';

export const PROCEEDING_MOVES: readonly ProceedingMove[] = [
  {
    name: 'outcome',
    weight: 8,
    // A KASN file not verified before KASN ceased waits for its reroute.
    open: (w, r) =>
      active(r) &&
      r.forwardedTo !== null &&
      r.proceeding.outcome === null &&
      (fileHolder(r) !== 'KASN' || isAfter(w.rulebook.supervisorRouting.bknFrom, w.cursor)),
    take: recordSupervisorOutcome,
  },
  {
    name: 'block',
    weight: 6,
    open: (_w, r) => recommended(r) && r.proceeding.sanction === null && !r.proceeding.blocked,
    take: blockPersonnelData,
  },
  {
    name: 'unblock',
    weight: 8,
    open: (_w, r) => active(r) && r.proceeding.blocked,
    take: unblockPersonnelData,
  },
  { name: 'summon', weight: 14, open: maySummon, take: summonForExamination },
  { name: 'examine', weight: 14, open: mayExamine, take: recordExamination },
  { name: 'release', weight: 2, open: mayRelease, take: releaseFromDuty, optional: true },
  {
    name: 'sanction',
    weight: 8,
    // PP 94/2021 Pasal 26–27: on the examination, or on the evidence after two absences.
    open: (_w, r) =>
      recommended(r) && r.proceeding.sanction === null && r.proceeding.examination !== null,
    take: decideSanction,
  },
  {
    name: 'authority sanction',
    weight: 6,
    open: mayAuthoritySanction,
    take: authoritySanction,
    // A village ladder need not climb: the walk to the end does not wait for a next step.
    optional: true,
  },
  {
    name: 'deliver',
    weight: 8,
    // PP 94/2021 Pasal 37 binds ASN decisions only: a non-ASN sanction has no delivery.
    open: (_w, r) =>
      active(r) &&
      r.proceeding.outcome === 'PROVEN' &&
      r.proceeding.sanction !== null &&
      r.proceeding.deliveredInTime === null,
    take: deliverSanction,
  },
  { name: 'object', weight: 12, open: mayObject, take: fileObjection },
  {
    name: 'decide objection',
    weight: 10,
    open: (_w, r) => mayDecideObjection(r),
    take: decideObjection,
  },
  { name: 'serve', weight: 6, open: mayServe, take: recordSanctionServed },
  { name: 'court', weight: 3, open: mayGoToCourt, take: recordCourtChallenge, optional: true },
  {
    name: 'exit',
    weight: 1,
    open: (_w, r) => mayExit(r),
    take: recordRespondentExit,
    optional: true,
  },
  { name: 'criminal', weight: 8, open: mayRecordCriminalStep, take: recordCriminalStep },
];

export interface OpenMove {
  readonly move: ProceedingMove;
  readonly pending: readonly RespondentModel[];
}

/** The moves open now, each with the respondents it is open for. */
export const openMoves = (w: Walk, models: readonly RespondentModel[]): OpenMove[] =>
  PROCEEDING_MOVES.flatMap((move) => {
    const pending = models.filter((r) => move.open(w, r));
    return pending.length === 0 ? [] : [{ move, pending }];
  });
