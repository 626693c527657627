/**
 * "What is due" (issue 15 item 9): the vocabulary. A duty is one act someone owes on a case now
 * — Bawaslu, the reporter, the ASN supervisor, the PPK — with the day (or, where the law counts
 * on the clock, the instant) it is due by and the rule that set it.
 *
 * Each kind of duty is one {@link DutyRule}: its stable code, who owes it, what it is, and a
 * pure function finding where it runs in a case state. The list (due-list.ts) is the rules of
 * the families (intake-duties.ts, handling-duties.ts, notice-duties.ts, proceeding-duties.ts)
 * put together; a new duty is one more entry in a family, and its code joins {@link DutyCode}
 * by itself.
 */
import type { z } from 'zod';
import type { LegalBasis, Rulebook, Supervisor } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import type { noticedStatusSchema } from '../schema/notice-events.js';
import type { BawasluOffice } from '../schema/office.js';
import type { OpenCaseState } from '../state.js';

/**
 * Who owes a duty: the Bawaslu office handling the case, the reporter, the ASN supervisor (KASN,
 * BKN, KemenPAN-RB), the PPK of the respondent's agency, or Sentra Gakkumdu (Polri
 * investigators: no duty of theirs is listed yet, since the state records nothing after the
 * forward to Polri).
 */
export type DutyHolder = 'BAWASLU' | 'REPORTER' | 'SUPERVISOR' | 'PPK' | 'GAKKUMDU';

/** A status a status notice announces. */
export type NoticedStatus = z.infer<typeof noticedStatusSchema>;

/** One instance of a duty running in a case, as its rule finds it in the state. */
export interface RunningDuty {
  /** The respondent the duty is about; absent for a duty on the whole case. */
  readonly respondentId?: string;
  /** The last day to act; null: the law sets no period (the duty still runs, never overdue). */
  readonly due: IsoDate | null;
  /** Where the law counts on the clock: the last instant to act, with the office's offset. */
  readonly dueAt?: string;
  /** The rule that set the duty (the rulebook row where there is one). */
  readonly basis: LegalBasis;
  /** SUPERVISOR duties: the supervisor the file is with (the forward's, or the reroute's). */
  readonly supervisor?: Supervisor;
  /** PPK duties: the respondent's agency, whose PPK owes the duty. */
  readonly agencyId?: string;
  /** ISSUE_STATUS_NOTICE: the status to announce. */
  readonly status?: NoticedStatus;
}

/** One kind of duty: one entry of the list. */
export interface DutyRule<Code extends string = string> {
  /** A stable code, e.g. 'PRELIMINARY_REVIEW'. */
  readonly duty: Code;
  readonly who: DutyHolder;
  /** What the duty is, in words. */
  readonly what: string;
  /**
   * True for a duty that outlives a terminal status (NOT_REGISTERED, CLOSED): the decider
   * accepts its act on a closed case (the status notice). Every other duty ends with the case.
   */
  readonly afterClose?: boolean;
  /**
   * Where the duty runs in `state`: none, one for the case, or one per respondent. Deadlines the
   * state records are read from it; only what it does not record is counted with `rulebook`.
   */
  readonly running: (state: OpenCaseState, rulebook: Rulebook) => readonly RunningDuty[];
}

/** Declares one duty; its code is kept as a literal type. */
export const defineDuty = <Code extends string>(rule: DutyRule<Code>): DutyRule<Code> => rule;

/** One running duty as listed. */
export interface DutyOf<Code extends string> extends RunningDuty {
  readonly duty: Code;
  readonly who: DutyHolder;
  readonly what: string;
  /** BAWASLU duties: the office handling the case, once fixed (absent: any office covering it). */
  readonly office?: BawasluOffice;
  /**
   * True when `now` is after the due instant (`dueAt`) or after the due day in the case's zone
   * (a date-only deadline lasts to the end of its day); never for a duty without a period.
   */
  readonly overdue: boolean;
}
