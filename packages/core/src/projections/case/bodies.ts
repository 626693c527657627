/**
 * Who must act on a running duty, as one body with an id, and since when the matter has
 * waited for it. Shared by the agency workload and the deadlines.
 */
import { effectiveOffice } from '../../case/decide/scope.js';
import type { Duty, DutyCode } from '../../case/due/due-list.js';
import type { DutyHolder } from '../../case/due/duties.js';
import { type OpenCaseState, respondentIn } from '../../case/state.js';
import { announceableStatuses } from '../../case/status-notices-owed.js';
import type { IsoDate } from '../../time/index.js';
import { officeId } from './keys.js';

/**
 * A body that must act (or, for a window, may act), and which one:
 * - `BAWASLU`: the office handling the case (`RI`, `PROVINSI:34`, `KABKOTA:34.02`,
 *   `KECAMATAN:34.02.05`): the office fixed by a hand-over or a Panwaslu Kecamatan's opening,
 *   else the lowest office whose territory is the case's region (Kab/Kota, or Provinsi for a
 *   province-level case);
 * - `SUPERVISOR`: `KASN`, `BKN` or `MENPANRB` — the supervisor the file is with;
 * - `PPK`: the PPK (its personnel office) of the respondent's agency, by agency id;
 * - `ATASAN_PEJABAT`: the superior of the official who imposed a sanction, in the
 *   respondent's agency, by agency id (PP 79/2021 Pasal 3(3));
 * - `BPASN`: the Badan Pertimbangan ASN (one body, id `BPASN`);
 * - `INVESTIGATORS`, `PROSECUTOR`, `COURT`, `PARTIES`: the criminal track's bodies at the
 *   Sentra Gakkumdu of the case's region, by region code;
 * - `REPORTER`: the reporter of a laporan, by the reporter's id;
 * - `RESPONDENT`: the respondent, by respondent id, for the window to object (a right).
 */
export type ActingBodyKind = DutyHolder;

export interface ActingBody {
  readonly kind: ActingBodyKind;
  readonly id: string;
}

const respondentAgency = (state: OpenCaseState, respondentId: string | undefined): string =>
  (respondentId === undefined ? undefined : respondentIn(state, respondentId))?.respondent.agency
    .id ?? '';

/** The body that owes `duty` on the case. */
export const bodyOf = (state: OpenCaseState, duty: Duty): ActingBody => {
  switch (duty.who) {
    case 'BAWASLU':
      return { kind: duty.who, id: officeId(duty.office ?? effectiveOffice(state)) };
    case 'SUPERVISOR':
      return { kind: duty.who, id: duty.supervisor ?? '' };
    case 'PPK':
    case 'ATASAN_PEJABAT':
      return { kind: duty.who, id: duty.agencyId ?? respondentAgency(state, duty.respondentId) };
    case 'BPASN':
      return { kind: duty.who, id: 'BPASN' };
    case 'REPORTER':
      return { kind: duty.who, id: state.reporter?.id ?? '' };
    case 'RESPONDENT':
      return { kind: duty.who, id: duty.respondentId ?? '' };
    case 'INVESTIGATORS':
    case 'PROSECUTOR':
    case 'COURT':
    case 'PARTIES':
      return { kind: duty.who, id: state.region.code };
  }
};

/** `kind:id`, the way a body is written in keys and sorted. */
export const bodyLabel = (body: ActingBody): string => `${body.kind}:${body.id}`;

/**
 * The day the matter began to wait for `duty`: the step that started it. For Bawaslu's
 * decision, the opening of the case (the matter is Bawaslu's from then, whether the period
 * runs from receipt, as in Pilkada, or from registration); for the served record, the
 * sanction's last day, from which it is accepted.
 */
export const waitingSince = (state: OpenCaseState, duty: Duty): IsoDate => {
  const r = duty.respondentId === undefined ? undefined : respondentIn(state, duty.respondentId);
  const p = r?.proceeding;
  const code: DutyCode = duty.duty;
  switch (code) {
    case 'PRELIMINARY_REVIEW':
    case 'DECIDE':
    case 'DECIDE_EXTENDED':
      return state.openedOn;
    case 'SEND_COMPLETION_NOTICE':
      return state.review?.reviewedOn ?? state.openedOn;
    case 'COMPLETE_REQUIREMENTS':
      return state.completionNotice?.sentOn ?? state.review?.reviewedOn ?? state.openedOn;
    case 'FORWARD_TO_SUPERVISOR':
    case 'FORWARD_TO_AUTHORITY':
    case 'FORWARD_TO_INVESTIGATORS':
      return r?.decision?.decidedOn ?? state.openedOn;
    case 'ISSUE_STATUS_NOTICE':
      return (
        announceableStatuses(state).find((s) => s.status === duty.status)?.on ?? state.openedOn
      );
    case 'SUPERVISOR_OUTCOME':
      return r?.reroute?.reroutedOn ?? r?.forwarding?.forwardedOn ?? state.openedOn;
    case 'PPK_FOLLOW_UP':
      return p?.supervisorOutcome?.recordedOn ?? state.openedOn;
    case 'EXAMINE':
      return p?.summonses.at(-1)?.letterOn ?? state.openedOn;
    case 'SECOND_SUMMONS': {
      const first = p?.summonses[0];
      return first?.outcomeOn ?? first?.examinationOn ?? state.openedOn;
    }
    case 'DELIVER_SANCTION':
      return p?.sanction?.decidedOn ?? state.openedOn;
    case 'FILE_KEBERATAN':
    case 'FILE_BANDING':
      return p?.delivery?.receivedOn ?? state.openedOn;
    case 'DECIDE_KEBERATAN':
    case 'DECIDE_KEBERATAN_ATASAN':
    case 'DECIDE_BANDING':
      return p?.objection?.filedOn ?? state.openedOn;
    case 'RECORD_SANCTION_SERVED':
      return duty.due ?? state.openedOn;
    case 'INVESTIGATION':
    case 'RESUBMIT_FILE':
    case 'PROSECUTION':
    case 'DISTRICT_COURT':
    case 'FILE_CRIMINAL_APPEAL':
    case 'HIGH_COURT':
      return r?.criminal.at(-1)?.on ?? r?.gakkumdu?.referredOn ?? state.openedOn;
  }
};
