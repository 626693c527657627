/**
 * The state of one case (one stream) as the intake lifecycle sees it: the case-level status and,
 * per respondent, the decision, forwarding, reroute and Gakkumdu referral.
 */

import type { z } from 'zod';
import type { Regime, SanctionCode, SanctionLevel } from '../rules/index.js';
import type { IsoDate, TimeZoneCode } from '../time/index.js';
import type { criminalStepSchema } from './schema/criminal-commands.js';
import type { clarificationPartySchema } from './schema/handling-commands.js';
import type { DecidedOutcome } from './schema/handling-events.js';
import type { supervisingOfficeSchema } from './schema/intake-commands.js';
import type { noticedStatusSchema } from './schema/notice-events.js';
import type { BawasluOffice } from './schema/office.js';
import type { Evidence, Region, Reporter, Requirement, Respondent } from './schema/primitives.js';
import type { supervisorOutcomeSchema } from './schema/proceeding-commands.js';

/**
 * Case status (research/legal-process.md §3.8):
 * - `NONE`: no such case yet.
 * - `RECEIVED` (laporan diterima): a report waits for its kajian awal.
 * - `FINDING_RECORDED` (temuan ditetapkan): a finding waits for registration (no kajian awal).
 * - `AWAITING_COMPLETION` (perlu kelengkapan): the kajian awal found requirements missing.
 * - `READY_TO_REGISTER` (memenuhi syarat): formal and material requirements are met.
 * - `NOT_REGISTRABLE` (tidak memenuhi syarat): the kajian awal found the report time-barred
 *   (daluwarsa) or outside Bawaslu's jurisdiction; only a decline can follow.
 * - `REGISTERED` (diregistrasi): clarification and study (klarifikasi, kajian) under way; some
 *   respondent is still undecided.
 * - `DECIDED` (diputus): every respondent decided, some violation still to be handed over
 *   (neutrality to the ASN supervisor, crime to Gakkumdu).
 * - `FORWARDED` (diteruskan): every violation handed over (to the ASN supervisor, the authority
 *   over a non-ASN respondent, or Polri investigators); Bawaslu's part is done.
 * - `NOT_REGISTERED` (tidak diregistrasi): terminal.
 * - `WITHDRAWN` (laporan dicabut before registration): terminal.
 * - `WITH_EMPLOYER` (ditangani instansi): an internal report, in the employer's PP 94/2021
 *   process; Bawaslu steps do not apply.
 * - `CLOSED` (selesai): every respondent decided as not a violation or stopped: terminal.
 */
export type CaseStatus =
  | 'NONE'
  | 'RECEIVED'
  | 'FINDING_RECORDED'
  | 'AWAITING_COMPLETION'
  | 'READY_TO_REGISTER'
  | 'NOT_REGISTRABLE'
  | 'REGISTERED'
  | 'DECIDED'
  | 'FORWARDED'
  | 'NOT_REGISTERED'
  | 'WITHDRAWN'
  | 'WITH_EMPLOYER'
  | 'CLOSED';

/** Statuses after which nothing more happens in the intake lifecycle. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['NOT_REGISTERED', 'WITHDRAWN', 'CLOSED'];

/** Laporan (report), temuan (finding) or internal report (satgas / superior). */
export type CaseOrigin = 'REPORT' | 'FINDING' | 'INTERNAL';

/** The proceedings of one forwarded respondent, as far as they have gone. */
export interface RespondentProceeding {
  /** The supervisor's verification and recommendation. */
  readonly supervisorOutcome: {
    readonly supervisor: 'KASN' | 'BKN' | 'MENPANRB';
    readonly result: z.infer<typeof supervisorOutcomeSchema>;
    readonly recordedOn: IsoDate;
    /** The PPK's follow-up due under an office policy; null: the law sets no period. */
    readonly followUpDue: IsoDate | null;
  } | null;
  /** The current SIASN block, if any. */
  readonly blocked: { readonly blockedOn: IsoDate; readonly reason: string } | null;
  /** Every block, in order, with the day it was lifted. */
  readonly blocks: readonly {
    readonly blockedOn: IsoDate;
    readonly unblockedOn: IsoDate | null;
    readonly unblockReason: 'PPK_FOLLOWED_UP' | 'BLOCKED_IN_ERROR' | null;
  }[];
  /** The written summonses (at most two, PP 94/2021 Pasal 26) and what came of each. */
  readonly summonses: readonly {
    readonly summons: 1 | 2;
    readonly letterOn: IsoDate;
    readonly examinationOn: IsoDate;
    readonly letterWithinDeadline: boolean;
    readonly outcome: 'EXAMINED' | 'ABSENT' | null;
    readonly outcomeOn: IsoDate | null;
  }[];
  /**
   * What a discipline decision may rest on: the examination (a BAP, with or without a team),
   * or two absences (decided on the evidence, Pasal 26(4)).
   */
  readonly examination:
    | {
        readonly kind: 'EXAMINED';
        readonly on: IsoDate;
        readonly bapReference: string;
        readonly team: boolean;
      }
    | { readonly kind: 'ABSENT_TWICE'; readonly on: IsoDate }
    | null;
  /** Pembebasan sementara dari tugas jabatan: from `releasedOn` until the decision (`endedOn`). */
  readonly releasedFromDuty: {
    readonly releasedOn: IsoDate;
    readonly endedOn: IsoDate | null;
  } | null;
  /** Sanctions decided earlier in this case and followed by a heavier step of a ladder. */
  readonly earlierSanctions: readonly {
    readonly code: SanctionCode;
    readonly decidedOn: IsoDate;
  }[];
  readonly sanction: {
    readonly code: SanctionCode;
    readonly level: SanctionLevel;
    readonly decidedOn: IsoDate;
    readonly decreeNumber: string;
    /** True when the PPK imposed it (a keberatan then goes to the PPK itself, PP 79/2021 Pasal 3). */
    readonly imposedByPpk: boolean;
    /** True when the President imposed it: PP 79/2021 provides no objection against that [R]. */
    readonly imposedByPresident: boolean;
    readonly lighterThanRecommended: boolean;
    /** Null for a non-ASN respondent: PP 94/2021 Pasal 37(3) does not bind their authority. */
    readonly deliveryDue: IsoDate | null;
    readonly repeatOf: { readonly caseId: string; readonly sanction: SanctionCode } | null;
  } | null;
  readonly delivery: {
    readonly deliveredOn: IsoDate;
    readonly receivedOn: IsoDate;
    readonly withinDeadline: boolean;
    readonly inForceOn: IsoDate;
  } | null;
  /** The administrative objection against the sanction, and its decision once made. */
  readonly objection: {
    readonly kind: 'KEBERATAN' | 'BANDING';
    readonly filedWith: 'PPK' | 'ATASAN_PEJABAT' | 'BPASN';
    readonly filedOn: IsoDate;
    readonly decisionDue: IsoDate;
    readonly decision: {
      readonly outcome: 'UPHELD' | 'REDUCED' | 'INCREASED' | 'CHANGED' | 'ANNULLED';
      readonly decidedOn: IsoDate;
      readonly withinDeadline: boolean;
    } | null;
  } | null;
  /** The sanction as it stands after any objection: in force from `inForceOn`, or annulled. */
  readonly effective: {
    readonly code: SanctionCode | null;
    readonly inForceOn: IsoDate | null;
  } | null;
  readonly servedOn: IsoDate | null;
  /** The administrative court after the objection (PTUN, PT TUN): the suit and its judgments. */
  readonly court: {
    readonly court: 'PTUN' | 'PT_TUN';
    readonly filedOn: IsoDate;
    readonly judgments: readonly {
      readonly outcome: 'SANCTION_UPHELD' | 'SANCTION_ANNULLED';
      readonly final: boolean;
      readonly on: IsoDate;
    }[];
  } | null;
  /** The respondent left the service: the proceedings are closed. */
  readonly exit: {
    readonly reason: 'RETIRED' | 'DISMISSED_OTHER_GROUNDS' | 'RESIGNED' | 'DIED';
    readonly exitedOn: IsoDate;
  } | null;
}

/** The proceedings of a respondent nothing has happened to yet. */
export const NO_PROCEEDING: RespondentProceeding = {
  supervisorOutcome: null,
  blocked: null,
  blocks: [],
  summonses: [],
  examination: null,
  releasedFromDuty: null,
  earlierSanctions: [],
  sanction: null,
  delivery: null,
  objection: null,
  effective: null,
  servedOn: null,
  court: null,
  exit: null,
};

export interface RespondentState {
  readonly respondent: Respondent;
  readonly decision: {
    readonly outcome: DecidedOutcome;
    readonly decidedOn: IsoDate;
    /** The instant of the decision; null for a 2024.1 decision (recorded by date only). */
    readonly decidedAt: string | null;
    readonly withinDeadline: boolean;
  } | null;
  readonly forwarding: {
    readonly supervisor: 'KASN' | 'BKN';
    readonly forwardedOn: IsoDate;
  } | null;
  readonly reroute: {
    readonly to: 'MENPANRB' | 'BKN';
    readonly kasnProcessingStarted: boolean;
    readonly reroutedOn: IsoDate;
  } | null;
  /**
   * The forward to Polri investigators through Gakkumdu. `forwardedAt`/`dueAt` are the instants
   * (null for a 2024.1 referral, which was judged by date: `due` is then its last day).
   */
  readonly gakkumdu: {
    readonly referredOn: IsoDate;
    readonly due: IsoDate;
    readonly withinDeadline: boolean;
    readonly forwardedAt: string | null;
    readonly dueAt: string | null;
  } | null;
  /** Pembahasan in Sentra Gakkumdu on this respondent, in order. */
  readonly deliberations: readonly {
    readonly stage: 'FIRST' | 'SECOND';
    readonly conclusion: 'PROCEED' | 'STOP';
    readonly heldOn: IsoDate;
  }[];
  /** The criminal track after the forward to Polri, step by step (issue 15). */
  readonly criminal: readonly {
    readonly step: z.infer<typeof criminalStepSchema>['step'];
    readonly on: IsoDate;
    readonly withinDeadline: boolean | null;
    readonly verdict?: 'GUILTY' | 'ACQUITTED';
  }[];
  /** What happened after the forward: the supervisor, the PPK, the sanction (issue 15). */
  readonly proceeding: RespondentProceeding;
  /** A non-ASN respondent's forward to the authority over them (OTHER_LAW track). */
  readonly otherLawForward: {
    readonly authority: string;
    readonly addressee: string;
    readonly forwardedOn: IsoDate;
  } | null;
}

/**
 * The deadlines running on the case, as computed when each step was taken (the last day in
 * time). One vocabulary with the events: a deadline is `<step>Due` wherever it appears
 * (`reviewDue` on ReportReceived, `filing.due` on PreliminaryReviewCompleted, `completionDue`,
 * `decisionDue` on CaseRegistered and DecisionPeriodExtended; docs/glossary.md).
 */
export interface CaseDeadlines {
  /** Kajian awal (reports only): the event's `reviewDue`. */
  readonly reviewDue: IsoDate | null;
  /** Filing deadline of the report, as the kajian awal computed it: the event's `filing.due`. */
  readonly filingDue: IsoDate | null;
  /** The notice to complete requirements, after an INCOMPLETE review (2024.2): `noticeDue`. */
  readonly noticeDue: IsoDate | null;
  /** Completion of requirements: the review's (2024.1) or the notice's (2024.2) `completionDue`. */
  readonly completionDue: IsoDate | null;
  /** The same as an instant, when the period ran from a notice (2024.2): `completionDueAt`. */
  readonly completionDueAt: string | null;
  /** Bawaslu's decision, DECIDE or DECIDE_EXTENDED after an extension: the event's `decisionDue`. */
  readonly decisionDue: IsoDate | null;
}

export interface OpenCaseState {
  readonly status: Exclude<CaseStatus, 'NONE'>;
  readonly caseId: string;
  readonly origin: CaseOrigin;
  readonly regime: Regime;
  readonly region: Region;
  readonly timeZone: TimeZoneCode;
  /** The reporter of a laporan; null for a finding or an internal report. */
  readonly reporter: Reporter | null;
  readonly supervisingOffice: z.infer<typeof supervisingOfficeSchema> | null;
  readonly internalSource: {
    readonly kind: 'SATGAS' | 'SUPERIOR';
    readonly actorId: string;
    readonly agencyId: string;
  } | null;
  readonly incident: {
    readonly occurredOn: IsoDate;
    readonly place: string;
    readonly description: string;
    /** When the reporter learned of it (laporan, internal report). */
    readonly knownOn: IsoDate | null;
    /** When supervision discovered it (temuan). */
    readonly discoveredOn: IsoDate | null;
  };
  readonly evidence: readonly Evidence[];
  /**
   * Keyed by respondent id; read it with {@link respondentIn}. Folded states hold it as an
   * object without a prototype (a row read back from JSON has an ordinary one): no id can
   * meet an inherited name, and V8 keeps it as a hash table, cheap to copy per step.
   */
  readonly respondents: Readonly<Record<string, RespondentState>>;
  /** The receipt date of a report or internal report; the setting date of a finding. */
  readonly openedOn: IsoDate;
  readonly deadlines: CaseDeadlines;
  readonly review: {
    readonly outcome: 'COMPLETE' | 'INCOMPLETE' | 'TIME_BARRED' | 'OUTSIDE_JURISDICTION';
    readonly missing: readonly Requirement[];
    readonly reviewedOn: IsoDate;
    readonly withinDeadline: boolean;
  } | null;
  readonly requirementsCompletedOn: IsoDate | null;
  readonly registration: { readonly number: string; readonly registeredOn: IsoDate } | null;
  /** True once the decision period was extended for additional information. */
  readonly extended: boolean;
  readonly withdrawal: {
    readonly withdrawnOn: IsoDate;
    readonly effect: 'CASE_CLOSED' | 'HANDLING_CONTINUES';
    readonly recordedBy: 'REPORTER' | 'BAWASLU';
  } | null;
  readonly declined: {
    readonly reason: 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED';
    readonly declinedOn: IsoDate;
  } | null;
  /**
   * The office handling the case, once fixed by a hand-over or by a Panwaslu Kecamatan opening
   * it; null while any office whose territory covers the region may act.
   */
  readonly handlingOffice: BawasluOffice | null;
  /** Every hand-over, in order: the history shows each office that held the case. */
  readonly handovers: readonly {
    readonly kind: 'PELIMPAHAN' | 'PENGAMBILALIHAN';
    readonly from: BawasluOffice | null;
    readonly to: BawasluOffice;
    readonly handedOverOn: IsoDate;
  }[];
  /** The notice to complete requirements (2024.2). */
  readonly completionNotice: {
    readonly sentOn: IsoDate;
    readonly receivedAt: string;
    readonly withinDeadline: boolean;
  } | null;
  /** Status notices issued, in order. */
  readonly statusNotices: readonly {
    readonly status: z.infer<typeof noticedStatusSchema>;
    readonly issuedOn: IsoDate;
    readonly withinDeadline: boolean;
  }[];
  /** When the case is a lapsed report taken up as a finding: the report's dates. */
  readonly takenUpFrom: { readonly receivedOn: IsoDate; readonly declinedOn: IsoDate } | null;
  readonly clarifications: readonly {
    readonly party: z.infer<typeof clarificationPartySchema>;
    readonly heldOn: IsoDate;
    readonly summary: string;
  }[];
  /** Lapses the system noticed (RecordBreachNoticed), in order. */
  readonly breaches: readonly {
    readonly duty: string;
    readonly respondentId: string | null;
    readonly due: IsoDate;
    readonly noticedAt: string;
  }[];
}

export type CaseState = { readonly status: 'NONE' } | OpenCaseState;

export const initialCaseState = (): CaseState => ({ status: 'NONE' });

/**
 * The respondent with this id, or undefined. Own properties only, so an id such as
 * 'constructor' never finds something on Object.prototype.
 */
export const respondentIn = (
  state: OpenCaseState,
  respondentId: string,
): RespondentState | undefined =>
  Object.hasOwn(state.respondents, respondentId) ? state.respondents[respondentId] : undefined;

/** The respondents in the order they were reported. */
export const respondentsOf = (state: OpenCaseState): readonly RespondentState[] =>
  Object.values(state.respondents);

/** Whether a decided respondent still has to be handed over by Bawaslu. */
export const handoverPending = (r: RespondentState): boolean => {
  const d = r.decision?.outcome;
  if (d?.outcome !== 'VIOLATION') return false;
  return (
    (d.tracks.includes('NEUTRALITY') && r.forwarding === null) ||
    (d.tracks.includes('OTHER_LAW') && r.otherLawForward === null) ||
    (d.tracks.includes('CRIMINAL') && r.gakkumdu === null)
  );
};

/**
 * The status after a decision, a forward or a referral: REGISTERED while someone is undecided;
 * CLOSED when nobody violated; DECIDED while a violation waits to be handed over; FORWARDED
 * when every NEUTRALITY violation went to the supervisor, every OTHER_LAW one to the authority
 * over the respondent and every CRIMINAL one to Polri investigators.
 * A violation on the ADMINISTRATIVE track only is Bawaslu's own (Pemilu) or KPU's (Pilkada)
 * business, not modelled here, so such a case stays DECIDED.
 */
export const handlingStatus = (state: OpenCaseState): OpenCaseState['status'] => {
  // One pass, no intermediate arrays: this runs after every event that changes a respondent.
  let violations = 0;
  let pending = false;
  let handedOver = false;
  for (const r of respondentsOf(state)) {
    if (r.decision === null) return 'REGISTERED';
    if (r.decision.outcome.outcome !== 'VIOLATION') continue;
    violations++;
    if (handoverPending(r)) pending = true;
    if (r.forwarding !== null || r.otherLawForward !== null || r.gakkumdu !== null) {
      handedOver = true;
    }
  }
  if (violations === 0) return 'CLOSED';
  if (pending) return 'DECIDED';
  return handedOver ? 'FORWARDED' : 'DECIDED';
};
