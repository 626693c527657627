/**
 * The state of one case (one stream) as the intake lifecycle sees it: the case-level status and,
 * per respondent, the decision, forwarding, reroute and Gakkumdu referral.
 */

import type { z } from 'zod';
import type { Regime } from '../rules/index.js';
import type { IsoDate, TimeZoneCode } from '../time/index.js';
import type { clarificationPartySchema } from './schema/handling-commands.js';
import type { DecidedOutcome } from './schema/handling-events.js';
import type { supervisingOfficeSchema } from './schema/intake-commands.js';
import type { Evidence, Region, Reporter, Requirement, Respondent } from './schema/primitives.js';

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
 * - `FORWARDED` (diteruskan): every violation handed over; Bawaslu's part is done.
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

export interface RespondentState {
  readonly respondent: Respondent;
  readonly decision: {
    readonly outcome: DecidedOutcome;
    readonly decidedOn: IsoDate;
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
  readonly gakkumdu: {
    readonly referredOn: IsoDate;
    readonly due: IsoDate;
    readonly withinDeadline: boolean;
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
  /** Completion of requirements, after an INCOMPLETE review: the event's `completionDue`. */
  readonly completionDue: IsoDate | null;
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
  /** Keyed by respondent id; read it with {@link respondentIn}. */
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
  readonly clarifications: readonly {
    readonly party: z.infer<typeof clarificationPartySchema>;
    readonly heldOn: IsoDate;
    readonly summary: string;
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
    (d.tracks.includes('CRIMINAL') && r.gakkumdu === null)
  );
};

/**
 * The status after a decision, a forward or a referral: REGISTERED while someone is undecided;
 * CLOSED when nobody violated; DECIDED while a violation waits to be handed over; FORWARDED
 * when every NEUTRALITY violation went to the supervisor and every CRIMINAL one to Gakkumdu.
 * A violation on the ADMINISTRATIVE track only is Bawaslu's own (Pemilu) or KPU's (Pilkada)
 * business, not modelled here, so such a case stays DECIDED.
 */
export const handlingStatus = (state: OpenCaseState): OpenCaseState['status'] => {
  const all = respondentsOf(state);
  if (all.some((r) => r.decision === null)) return 'REGISTERED';
  const violations = all.filter((r) => r.decision?.outcome.outcome === 'VIOLATION');
  if (violations.length === 0) return 'CLOSED';
  if (violations.some(handoverPending)) return 'DECIDED';
  const handedOver = violations.some((r) => r.forwarding !== null || r.gakkumdu !== null);
  return handedOver ? 'FORWARDED' : 'DECIDED';
};
