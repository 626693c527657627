/**
 * "What is due" (issue 15 item 9): the vocabulary. A duty is one act someone owes on a case now
 * — Bawaslu, the reporter, the ASN supervisor, the PPK, the body deciding an objection, the
 * investigators, prosecutor and courts of the criminal track — with the day (or, where the law
 * counts on the clock, the instant) it is due by and the rule that set it.
 *
 * Each kind of duty is one {@link DutyRule}: its stable code, who owes it, what it is, and a
 * pure function finding where it runs in a case state. The list (due-list.ts) is the rules of
 * the families (intake-duties.ts, handling-duties.ts, notice-duties.ts, proceeding-duties.ts,
 * appeal-duties.ts, criminal-duties.ts) put together; a new duty is one more entry in a family,
 * and its code joins {@link DutyCode} by itself. A window (a right that lapses, such as the
 * respondent's keberatan) is listed the same way, marked `window`.
 */
import type { z } from 'zod';
import type { LegalBasis, Rulebook, Supervisor } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import type { noticedStatusSchema } from '../schema/notice-events.js';
import type { BawasluOffice } from '../schema/office.js';
import type { OpenCaseState } from '../state.js';

/**
 * Who owes a duty (or, for a window, who may act in it):
 * - `BAWASLU`: the Bawaslu office handling the case; `REPORTER`: the reporter;
 * - `SUPERVISOR`: the ASN supervisor (KASN, BKN, KemenPAN-RB); `PPK`: the PPK of the
 *   respondent's agency;
 * - `ATASAN_PEJABAT`: the superior of the official (not the PPK) who imposed a sanction, who
 *   decides a keberatan against it (PP 79/2021 Pasal 3(3), 8); `BPASN`: the Badan Pertimbangan
 *   ASN, which decides a banding (Pasal 13);
 * - `RESPONDENT`: the respondent, for a right rather than a duty: the window to file a
 *   keberatan or banding after receiving the sanction (listed while open: a
 *   {@link DutyRule.window});
 * - on the criminal track after the forward to Polri, the body the period binds (UU 10/2016
 *   Pasal 146; UU 7/2017 Pasal 476–482 [R]): `INVESTIGATORS` (Polri investigators in Sentra
 *   Gakkumdu: the file to the prosecutor, its resubmission), `PROSECUTOR` (the public prosecutor
 *   in Sentra Gakkumdu: the indictment and transfer to the court), `COURT` (the district court's
 *   and the high court's verdicts; a court is no member of Sentra Gakkumdu), `PARTIES` (the
 *   window to appeal the district court's verdict, open to the defendant and the prosecutor).
 *   The Gakkumdu desk records every one of these steps (`RecordCriminalStep`), but it owes none
 *   of them: a late step is the lateness of the body named.
 */
export type DutyHolder =
  | 'BAWASLU'
  | 'REPORTER'
  | 'SUPERVISOR'
  | 'PPK'
  | 'ATASAN_PEJABAT'
  | 'BPASN'
  | 'RESPONDENT'
  | 'INVESTIGATORS'
  | 'PROSECUTOR'
  | 'COURT'
  | 'PARTIES';

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
  /**
   * The respondent's agency, on the steps its PPK's office owes or records: the PPK's follow-up
   * and delivery, a keberatan (filed with the PPK or the official's superior) and its
   * decision, the served record.
   */
  readonly agencyId?: string;
  /**
   * The first day the act is accepted, where it is not accepted at once: the served record of
   * a sanction, accepted from the sanction's last day (its `due`) and refused before it.
   */
  readonly notBefore?: IsoDate;
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
   * True for a window rather than a duty: a right whose act the decider refuses once the
   * period is over (a late keberatan or banding "cannot be received", a late criminal appeal is
   * refused and the verdict is final). Listed while open, dropped after its last instant, and
   * so never overdue: nobody is late when a right lapses unused.
   */
  readonly window?: boolean;
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
  /** Present (true) on a window ({@link DutyRule.window}): listed while open, never overdue. */
  readonly window?: true;
  /**
   * True when `now` is after the due instant (`dueAt`) or after the due day in the case's zone
   * (a date-only deadline lasts to the end of its day); never for a duty without a period.
   */
  readonly overdue: boolean;
}
