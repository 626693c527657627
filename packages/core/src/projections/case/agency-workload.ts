/**
 * Read model 1, agency workload (DESIGN.md §3): for every body that must act next — each
 * Bawaslu office, the ASN supervisor (KASN, BKN, KemenPAN-RB), each PPK, the objection bodies
 * (the official's superior, BPASN), the criminal track's investigators, prosecutor and courts,
 * the reporter — the items waiting for it per stage, how many are overdue now, and the one that
 * has waited longest. Read by each office's head and clerks (what is on our desk), by the
 * supervisor and Kemendagri (which PPK is not following up).
 *
 * A waiting item is a running duty of the due list (`dutiesDue`) at `now`, the stage being its
 * duty code, plus, for an internal report (a case WITH_EMPLOYER), each respondent as an item
 * of the PPK of their agency at stage INTERNAL_DISCIPLINE: the employer's own PP 94/2021
 * process, which the law gives no period (never overdue) and this library does not track step
 * by step. Windows (the respondent's keberatan or banding, the parties' criminal appeal) are
 * rights, not work waiting for a body: they are in the deadlines, not here.
 *
 * The employer's view (respondents by stage per agency and unit) is employer-stages.ts, and
 * the handling times per body are handling-times.ts: the same read model, in files of their own.
 */
import type { DutyCode } from '../../case/due/due-list.js';
import { respondentsOf } from '../../case/state.js';
import type { Rulebook } from '../../rules/index.js';
import { daysBetween, type IsoDate, localDateOf } from '../../time/index.js';
import type { ReadModel } from '../read-model.js';
import { type ActingBody, type ActingBodyKind, bodyLabel, bodyOf, waitingSince } from './bodies.js';
import type { CaseRow } from './case-row.js';
import { dutiesAt } from './duties-cache.js';
import { rowsFor } from './rows-for.js';

/** A stage of the workload: the duty's code, or an internal report with the employer. */
export type WorkloadStage = DutyCode | 'INTERNAL_DISCIPLINE';

/** One matter waiting for a body. */
export interface WaitingItem {
  readonly caseId: string;
  /** The respondent it is about; null for a step on the whole case (a kajian awal). */
  readonly respondentId: string | null;
  readonly stage: WorkloadStage;
  /** The day it began to wait: the step that started it (bodies.ts `waitingSince`). */
  readonly since: IsoDate;
  /** Whole calendar days from `since` to today, today being `now` in the case's time zone. */
  readonly waitedDays: number;
  /** The last day to act; null when the law sets no period. */
  readonly due: IsoDate | null;
  /** After the last instant to act (`dutiesDue`'s rule); never for a duty without a period. */
  readonly overdue: boolean;
}

/** The items of one stage waiting for one body. */
export interface StageLoad {
  readonly stage: WorkloadStage;
  readonly waiting: number;
  readonly overdue: number;
  /** The item of the stage that has waited longest (earliest `since`, then case id). */
  readonly oldest: WaitingItem;
}

/** Everything waiting for one body. */
export interface BodyWorkload {
  readonly body: ActingBody;
  readonly waiting: number;
  readonly overdue: number;
  /** Per stage, in the order of the proceedings (the due list's order of duty kinds). */
  readonly stages: readonly StageLoad[];
  /** The item that has waited longest, over all stages. */
  readonly oldest: WaitingItem;
}

/** The clock and rules, and optionally the bodies to answer for. */
export interface WorkloadQuery {
  /** The clock: what is overdue, and today for `waitedDays`. */
  readonly now: Date;
  /** The rules to count what the state does not record (as `dutiesDue` does). */
  readonly rulebook: Rulebook;
  /** Only bodies of this kind. */
  readonly kind?: ActingBodyKind;
  /** With `kind`: only this body (an office id, an agency id, a supervisor, a region code). */
  readonly id?: string;
}

interface Placed {
  readonly body: ActingBody;
  readonly item: WaitingItem;
}

const older = (a: WaitingItem, b: WaitingItem): boolean =>
  a.since !== b.since ? a.since < b.since : a.caseId < b.caseId;

/** Every waiting item of one case at `now`, with the body it waits for. */
export const waitingItems = (row: CaseRow, now: Date, rulebook: Rulebook): readonly Placed[] => {
  const s = row.state;
  const today = localDateOf(now, s.timeZone);
  const item = (
    stage: WorkloadStage,
    respondentId: string | null,
    since: IsoDate,
    due: IsoDate | null,
    overdue: boolean,
  ): WaitingItem => ({
    caseId: s.caseId,
    respondentId,
    stage,
    since,
    waitedDays: Math.max(0, daysBetween(since, today)),
    due,
    overdue,
  });
  if (s.status === 'WITH_EMPLOYER') {
    return respondentsOf(s).map((r) => ({
      body: { kind: 'PPK', id: r.respondent.agency.id },
      item: item('INTERNAL_DISCIPLINE', r.respondent.respondentId, s.openedOn, null, false),
    }));
  }
  return dutiesAt(row, now, rulebook)
    .filter(({ duty }) => duty.window !== true)
    .map(({ duty }) => ({
      body: bodyOf(s, duty),
      item: item(
        duty.duty,
        duty.respondentId ?? null,
        waitingSince(s, duty),
        duty.due,
        duty.overdue,
      ),
    }));
};

const STAGE_ORDER: readonly WorkloadStage[] = [
  'INTERNAL_DISCIPLINE',
  'PRELIMINARY_REVIEW',
  'SEND_COMPLETION_NOTICE',
  'COMPLETE_REQUIREMENTS',
  'DECIDE',
  'DECIDE_EXTENDED',
  'FORWARD_TO_SUPERVISOR',
  'FORWARD_TO_AUTHORITY',
  'FORWARD_TO_INVESTIGATORS',
  'ISSUE_STATUS_NOTICE',
  'SUPERVISOR_OUTCOME',
  'PPK_FOLLOW_UP',
  'EXAMINE',
  'SECOND_SUMMONS',
  'DELIVER_SANCTION',
  'DECIDE_KEBERATAN',
  'DECIDE_KEBERATAN_ATASAN',
  'DECIDE_BANDING',
  'RECORD_SANCTION_SERVED',
  'INVESTIGATION',
  'RESUBMIT_FILE',
  'PROSECUTION',
  'DISTRICT_COURT',
  'HIGH_COURT',
];
const rank = (stage: WorkloadStage): number => {
  const i = STAGE_ORDER.indexOf(stage);
  return i === -1 ? STAGE_ORDER.length : i;
};

/**
 * The workload of every body with something waiting at `now` (or of the bodies the query
 * names), sorted by body kind and id. Reads only the cases indexed under the body when the
 * query names one; the duties of each case are memoised per row (duties-cache.ts).
 */
export const agencyWorkload = (
  model: ReadModel<CaseRow>,
  query: WorkloadQuery,
): readonly BodyWorkload[] => {
  const byBody = new Map<string, { body: ActingBody; items: WaitingItem[] }>();
  for (const row of rowsFor(model, query.kind, query.id)) {
    for (const { body, item } of waitingItems(row, query.now, query.rulebook)) {
      if (query.kind !== undefined && body.kind !== query.kind) continue;
      if (query.id !== undefined && body.id !== query.id) continue;
      const label = bodyLabel(body);
      const entry = byBody.get(label);
      if (entry === undefined) byBody.set(label, { body, items: [item] });
      else entry.items.push(item);
    }
  }
  return [...byBody.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { body, items }]) => {
      const stages = new Map<
        WorkloadStage,
        { waiting: number; overdue: number; oldest: WaitingItem }
      >();
      let oldest = items[0] as WaitingItem;
      for (const item of items) {
        if (older(item, oldest)) oldest = item;
        const load = stages.get(item.stage);
        if (load === undefined) {
          stages.set(item.stage, { waiting: 1, overdue: item.overdue ? 1 : 0, oldest: item });
        } else {
          load.waiting += 1;
          if (item.overdue) load.overdue += 1;
          if (older(item, load.oldest)) load.oldest = item;
        }
      }
      return {
        body,
        waiting: items.length,
        overdue: items.filter((i) => i.overdue).length,
        stages: [...stages.entries()]
          .sort(([a], [b]) => rank(a) - rank(b))
          .map(([stage, load]) => ({ stage, ...load })),
        oldest,
      };
    });
};
