/**
 * The generator's own model of a case while it walks a legal path: what has happened, the
 * dates the next steps must respect, and the status the decider must reach. It is written
 * independently of the decider (only the rulebook's data and deadline arithmetic are shared),
 * so that the property "folding gives the expected status" compares two readings of the law.
 */
import type {
  ActorRef,
  BawasluOffice,
  CaseCommand,
  CaseOrigin,
  CaseStatus,
  ImposingOfficial,
  IsoDate,
  RecommendationLevel,
  Regime,
  Reporter,
  Respondent,
  Rulebook,
  SanctionCode,
  SkbCode,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import { formatInstant, instantAt, localDayMinute, plusDays, ZONE_OFFSET_HOURS } from './dates.js';
import { drawHandlingBawaslu } from './offices.js';
import type { Jurisdiction } from './regions.js';

/** A command without its metadata; the metadata (ids, instant) is added once all dates are known. */
export type CommandBody = CaseCommand extends infer C
  ? C extends CaseCommand
    ? Omit<C, 'meta'>
    : never
  : never;

/** One step of the walk: what is sent, by whom, on which local day, and a label for statistics. */
export interface Step {
  readonly on: IsoDate;
  readonly actor: ActorRef;
  readonly body: CommandBody;
  readonly label: string;
}

/** A step as placed in legal time: its instant (`meta.occurredAt`) is fixed when it is added. */
export interface PlacedStep extends Step {
  readonly occurredAt: string;
}

/** The statuses a status notice announces (pemberitahuan status, rulebook 2024.2). */
export type NoticedStatus = 'REGISTERED' | 'NOT_REGISTERED' | 'DECIDED' | 'FORWARDED' | 'CLOSED';

export const NOTICED_STATUSES: readonly NoticedStatus[] = [
  'REGISTERED',
  'NOT_REGISTERED',
  'DECIDED',
  'FORWARDED',
  'CLOSED',
];

/** The supervisor's result on a forwarded respondent (issue 15). */
export type SupervisorResult = 'PROVEN' | 'NOT_PROVEN' | 'RETURNED';

/** An administrative objection against the sanction (PP 79/2021), as the walk took it. */
export interface ObjectionModel {
  readonly kind: 'KEBERATAN' | 'BANDING';
  readonly filedWith: 'PPK' | 'ATASAN_PEJABAT' | 'BPASN';
  readonly filedOn: IsoDate;
  /** The last day to decide it (21 or 65 working days); a later decision is flagged. */
  readonly decisionDue: IsoDate | null;
  outcome: 'UPHELD' | 'REDUCED' | 'INCREASED' | 'CHANGED' | 'ANNULLED' | null;
}

/** Why a respondent left the service (Kemendagri's SBT buckets, and death). */
export type ExitReason = 'RETIRED' | 'DISMISSED_OTHER_GROUNDS' | 'RESIGNED' | 'DIED';

/**
 * The proceedings of a forwarded respondent after Bawaslu (issue 15): the supervisor's outcome,
 * SIASN blocks, the PPK's sanction and its delivery, an objection and its decision, the
 * sanction served, the respondent's exit from the service, as the walk took them.
 */
export interface ProceedingModel {
  outcome: SupervisorResult | null;
  /** The level a PROVEN recommendation names. */
  recommended: RecommendationLevel | null;
  /** The PPK's follow-up due under an office policy; null: the law sets no period. */
  followUpDue: IsoDate | null;
  /** A block in place now. */
  blocked: boolean;
  /** How many blocks were placed, and how each lifted one was lifted, in order. */
  blocks: number;
  readonly unblocks: ('PPK_FOLLOWED_UP' | 'BLOCKED_IN_ERROR')[];
  /** Summonses sent (at most two), and the examination date the pending one set. */
  summonses: number;
  pendingExamOn: IsoDate | null;
  /** Absences recorded (two: decided on the evidence). */
  absences: number;
  /** What a discipline sanction may rest on: examined (with a team or not), or absent twice. */
  examination: 'EXAMINED_WITH_TEAM' | 'EXAMINED' | 'ABSENT_TWICE' | null;
  /** Released from duty pending the decision. */
  released: boolean;
  sanction: SanctionCode | null;
  /** The official who imposed it (an objection goes to the PPK, or to the official's superior). */
  official: ImposingOfficial | null;
  /** Whether the sanction is lighter than the recommendation (this walk's reading). */
  lighter: boolean | null;
  /** The last day to deliver the sanction (14 working days, PP 94/2021 Pasal 37(3)). */
  deliveryDue: IsoDate | null;
  /** Whether the delivery was in time; null while not delivered. */
  deliveredInTime: boolean | null;
  /** The local day the respondent received the decision: the objection period runs from it. */
  receivedOn: IsoDate | null;
  objection: ObjectionModel | null;
  /** The sanction as it stands after any objection; null once annulled. */
  effective: SanctionCode | null;
  /** The day the effective sanction took force; null while not in force (objection pending). */
  inForceOn: IsoDate | null;
  served: boolean;
  /** The suit in the administrative court after the objection, and whether a judgment is final. */
  court: { readonly court: 'PTUN' | 'PT_TUN'; final: boolean } | null;
  exit: ExitReason | null;
}

export const newProceedingModel = (): ProceedingModel => ({
  outcome: null,
  recommended: null,
  followUpDue: null,
  blocked: false,
  blocks: 0,
  unblocks: [],
  summonses: 0,
  pendingExamOn: null,
  absences: 0,
  examination: null,
  released: false,
  sanction: null,
  official: null,
  lighter: null,
  deliveryDue: null,
  deliveredInTime: null,
  receivedOn: null,
  objection: null,
  effective: null,
  inForceOn: null,
  served: false,
  court: null,
  exit: null,
});

/** The criminal track after the forward to Polri (issue 15 item 8), step by step. */
export type CriminalStepName =
  | 'FILE_TO_PROSECUTOR'
  | 'FILE_RETURNED'
  | 'FILE_RESUBMITTED'
  | 'INDICTED'
  | 'DISTRICT_VERDICT'
  | 'APPEAL_FILED'
  | 'HIGH_COURT_VERDICT'
  | 'STOPPED';

export interface RespondentModel {
  readonly respondent: Respondent;
  decidedOn: IsoDate | null;
  /** The instant of the decision (epoch ms): the 1×24 hours to Polri run from it. */
  decidedAt: number | null;
  violation: boolean;
  neutrality: boolean;
  criminal: boolean;
  /** A non-ASN respondent's violation of other laws (OTHER_LAW track, rulebook 2024.2). */
  otherLaw: boolean;
  forwardedTo: 'KASN' | 'BKN' | null;
  /** Forwarded to Polri investigators (ForwardToInvestigators, or its alias ReferToGakkumdu). */
  referred: boolean;
  /** The criminal track after the forward, in order, with the local day of each step. */
  readonly criminalSteps: { readonly step: CriminalStepName; readonly on: IsoDate }[];
  /** Forwarded to the authority over a non-ASN respondent. */
  authorityForwarded: boolean;
  rerouted: boolean;
  /** Where the SE 4/2024 reroute sent the file (KemenPAN-RB if KASN had started on it). */
  reroutedTo: 'BKN' | 'MENPANRB' | null;
  /** The SKB 2022 item of a violation decision, if it named one. */
  skbCode: SkbCode | null;
  /** What happened after the forward to the supervisor (issue 15). */
  readonly proceeding: ProceedingModel;
  /** Pembahasan in Sentra Gakkumdu, in order. */
  readonly deliberations: { stage: 'FIRST' | 'SECOND'; conclusion: 'PROCEED' | 'STOP' }[];
}

export const newRespondentModel = (respondent: Respondent): RespondentModel => ({
  respondent,
  decidedOn: null,
  decidedAt: null,
  violation: false,
  neutrality: false,
  criminal: false,
  otherLaw: false,
  forwardedTo: null,
  referred: false,
  criminalSteps: [],
  authorityForwarded: false,
  rerouted: false,
  reroutedTo: null,
  skbCode: null,
  proceeding: newProceedingModel(),
  deliberations: [],
});

export interface Walk {
  readonly c: Chooser;
  readonly rulebook: Rulebook;
  readonly regime: Regime;
  readonly jurisdiction: Jurisdiction;
  /** How the case is handled now: a lapsed report taken up as a finding becomes a FINDING. */
  origin: CaseOrigin;
  readonly caseId: string;
  readonly reporter: Reporter | null;
  readonly respondents: readonly Respondent[];
  readonly incidentOn: IsoDate;
  readonly steps: PlacedStep[];
  status: Exclude<CaseStatus, 'NONE'>;
  /** The day of the last step: no later step is dated before it. */
  cursor: IsoDate;
  /** The instant of the last step (epoch ms; 0 before the first): every step is later. */
  lastAt: number;
  /** The local minute of the day of the last step. */
  lastMinute: number;
  /** The latest instant any command names (a step, or a notice's receipt): the clock is after it. */
  latestAt: number;
  openedOn: IsoDate;
  registeredOn: IsoDate | null;
  decisionDue: IsoDate | null;
  extended: boolean;
  withdrawn: boolean;
  clarifications: number;
  /** The reason of the decline, once the report was not registered. */
  declined: 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED' | null;
  takenUp: boolean;
  /** The statuses already announced by a status notice (each is announced once). */
  readonly announced: NoticedStatus[];
  /** The office a hand-over fixed as the case's handler; null while none was. */
  handlingOffice: BawasluOffice | null;
  readonly model: Record<string, RespondentModel>;
  /** Whether the walk goes on while a step of the proceedings is open (no early stop). */
  readonly toTheEnd: boolean;
}

/** A walk before its first step: the case received, nothing done, its clock on the incident day. */
export const walkStart = (
  incidentOn: IsoDate,
): Pick<
  Walk,
  | 'incidentOn'
  | 'steps'
  | 'status'
  | 'cursor'
  | 'lastAt'
  | 'lastMinute'
  | 'latestAt'
  | 'openedOn'
  | 'registeredOn'
  | 'decisionDue'
  | 'extended'
  | 'withdrawn'
  | 'clarifications'
  | 'declined'
  | 'takenUp'
  | 'announced'
  | 'handlingOffice'
> => ({
  incidentOn,
  steps: [],
  status: 'RECEIVED',
  cursor: incidentOn,
  lastAt: 0,
  lastMinute: 0,
  latestAt: 0,
  openedOn: incidentOn,
  registeredOn: null,
  decisionDue: null,
  extended: false,
  withdrawn: false,
  clarifications: 0,
  declined: null,
  takenUp: false,
  announced: [],
  handlingOffice: null,
});

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const LAST_MINUTE = 24 * 60 - 1;
/** Instants drawn inside a window stay before 21:00 local, leaving room for later steps that day. */
const LATEST_DRAWN_MINUTE = 21 * 60;

/**
 * The instant of a step on the local day `on` (not before the cursor): the first step of a day
 * between 07:00 and 09:00, a later one a few minutes after the step before. A day already full
 * to 23:59 (which takes dozens of steps) moves the step to the next morning.
 */
export const instantOn = (w: Walk, on: IsoDate): number => {
  const zone = w.jurisdiction.timeZone;
  if (w.steps.length === 0 || on !== w.cursor) {
    return Date.parse(instantAt(on, zone, w.c.int(7 * 60, 9 * 60)));
  }
  if (w.lastMinute < LAST_MINUTE) {
    const minute = Math.min(LAST_MINUTE, w.lastMinute + w.c.int(1, 25));
    return Date.parse(instantAt(on, zone, minute));
  }
  return Date.parse(instantAt(plusDays(on, 1), zone, w.c.int(7 * 60, 9 * 60)));
};

/** Adds a step at the instant `at` (epoch ms), which must be after the last step's. */
export const addStepAt = (w: Walk, at: number, step: Omit<Step, 'on'>): void => {
  if (!(at > w.lastAt))
    throw new RangeError(`step ${step.label} at ${at} is not after ${w.lastAt}`);
  const { day, minute } = localDayMinute(at, w.jurisdiction.timeZone);
  // Sometimes written in UTC, so that the decider's conversion to the local day is exercised.
  const occurredAt = formatInstant(at, w.jurisdiction.timeZone, w.c.chance(25));
  w.steps.push({ ...step, on: day, occurredAt });
  w.cursor = day;
  w.lastAt = at;
  w.lastMinute = minute;
  w.latestAt = Math.max(w.latestAt, at);
};

/** Adds a step on the local day `step.on`, at an instant after the last step's. */
export const addStep = (w: Walk, step: Step): void => addStepAt(w, instantOn(w, step.on), step);

/**
 * A whole-minute instant in [from, to] (epoch ms) whose local time is not after 21:00, or null
 * when there is none. Shrinks towards the earliest.
 */
export const drawInstantBetween = (w: Walk, from: number, to: number): number | null => {
  const offset = ZONE_OFFSET_HOURS[w.jurisdiction.timeZone] * 60;
  const first = Math.ceil(from / MINUTE_MS) + offset;
  const last = Math.floor(to / MINUTE_MS) + offset;
  const windows: (readonly [number, number])[] = [];
  for (let day = Math.floor(first / 1440); day <= Math.floor(last / 1440); day++) {
    const lo = Math.max(first, day * 1440);
    const hi = Math.min(last, day * 1440 + LATEST_DRAWN_MINUTE);
    if (lo <= hi) windows.push([lo, hi]);
  }
  if (windows.length === 0) return null;
  const [lo, hi] = w.c.pick(windows);
  return (w.c.int(lo, hi) - offset) * MINUTE_MS;
};

/** A Bawaslu clerk who may act on the case as it is held now (see offices.ts). */
export const handler = (w: Walk) => drawHandlingBawaslu(w.c, w.jurisdiction, w.handlingOffice);

export const respondentModels = (w: Walk): RespondentModel[] =>
  w.respondents.map((r) => w.model[r.respondentId] as RespondentModel);

const handoverPending = (r: RespondentModel): boolean =>
  r.violation &&
  ((r.neutrality && r.forwardedTo === null) ||
    (r.otherLaw && !r.authorityForwarded) ||
    (r.criminal && !r.referred));

/**
 * The status once the case is registered (research/legal-process.md §3.8): REGISTERED while
 * someone is undecided; CLOSED when nobody violated; DECIDED while a violation waits to be
 * handed over (to the ASN supervisor, the authority over a non-ASN respondent, or Polri), or
 * none could be (administrative only); FORWARDED when all were handed over.
 */
export const handlingStatusOf = (models: readonly RespondentModel[]): Walk['status'] => {
  if (models.some((r) => r.decidedOn === null)) return 'REGISTERED';
  const violations = models.filter((r) => r.violation);
  if (violations.length === 0) return 'CLOSED';
  if (violations.some(handoverPending)) return 'DECIDED';
  return violations.some((r) => r.forwardedTo !== null || r.referred || r.authorityForwarded)
    ? 'FORWARDED'
    : 'DECIDED';
};
