/**
 * What `nextSteps` answers: per command an actor's role may send, whether the decider would
 * accept it now and, if not, why (the decider's own refusal), with what the rules already know
 * so that a clerk's form offers only legal choices and explains the others.
 */
import type {
  AppealRoute,
  CandidateStage,
  IntakeStep,
  LegalBasis,
  NonAsnRoute,
  ProceedingStep,
  RecommendationLevel,
  SanctionCode,
  SanctionLevel,
  SkbCode,
} from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import type { CaseErrorCode } from '../errors.js';
import type { CaseCommandOf, CaseCommandType } from '../schema/commands.js';
import type { BawasluOffice } from '../schema/office.js';
import type { Requirement, RespondentKind } from '../schema/primitives.js';

/** Why the decider would refuse: its error, without the field path of a probe command. */
export interface StepRefusal {
  readonly code: CaseErrorCode;
  readonly message: string;
  readonly legalBasis?: LegalBasis;
}

/** Whether one choice (an outcome, a reason, a respondent) would be accepted now. */
export interface Verdict {
  readonly available: boolean;
  readonly reason?: StepRefusal;
}

export interface Choice<V> extends Verdict {
  readonly value: V;
}

export interface RespondentOption extends Verdict {
  readonly respondentId: string;
  readonly name: string;
}

/** A deadline as it stands on the case's local today. */
export interface DeadlineFact {
  readonly step: IntakeStep;
  /** The last day on which the act is still in time. */
  readonly due: IsoDate;
  /**
   * When the law counts on the clock (2024.2: completion from the notice, the 1×24-hour forward
   * to Polri): the last instant in time, with the office's offset.
   */
  readonly dueAt?: string;
  /**
   * Whether the act done now is in time (today ≤ due, or now ≤ dueAt when there is one); false
   * is a breach to surface.
   */
  readonly inTimeToday: boolean;
  readonly basis: LegalBasis;
}

/** The filing deadline of a report (UU 7/2017 Pasal 454(6); Pilkada Pasal 134(4)). */
export interface FilingFact {
  readonly knownOn: IsoDate;
  readonly filedOn: IsoDate;
  readonly due: IsoDate;
  /** False: the kajian awal must say TIME_BARRED; true: it cannot. */
  readonly withinDeadline: boolean;
  readonly basis: LegalBasis;
}

export type ReviewOutcome = 'COMPLETE' | 'INCOMPLETE' | 'TIME_BARRED' | 'OUTSIDE_JURISDICTION';
export type DeclineReason = 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED';

/** An SKB 2022 item that fits a candidate stage (Lampiran II). */
export interface SkbChoice {
  readonly code: SkbCode;
  readonly kind: 'ETHICS' | 'DISCIPLINE';
  readonly level: SanctionLevel | 'SATGAS_DECIDES';
  readonly stage: CandidateStage | 'ANY';
  readonly conduct: string;
}

export interface RespondentDecisionFact extends RespondentOption {
  readonly kind: RespondentKind;
  /** The conduct date assumed: the incident date (a decision may name another). */
  readonly conductOn: IsoDate;
  readonly stage: CandidateStage;
  readonly skbItems: readonly SkbChoice[];
  /** Whether the NEUTRALITY track is open to this respondent (ASN only). */
  readonly neutralityTrack: boolean;
}

export interface ReferralOption extends RespondentOption {
  /** The 1×24-hour deadline from the declaration, for a violation on the CRIMINAL track. */
  readonly referral: DeadlineFact | null;
}

/** A non-ASN respondent's route (rulebook `nonAsnRoutes`), where one applies. */
export interface AuthorityOption extends RespondentOption {
  readonly route: NonAsnRoute | null;
}

/** Where a Gakkumdu deliberation on a respondent stands. */
export interface DeliberationOption extends RespondentOption {
  /** The stage a deliberation recorded now would be: FIRST, then SECOND; null after both. */
  readonly nextStage: 'FIRST' | 'SECOND' | null;
}

// ---- The respondent's proceedings after the forward (issue 15) --------------------------------

/** A period of the proceedings (rulebook `proceedings`), as it stands on the case's local today. */
export interface ProceedingDeadlineFact {
  readonly step: ProceedingStep;
  /** The last day on which the act is still in time. */
  readonly due: IsoDate;
  /** Whether the act done today is in time (today ≤ due); false is a breach to surface. */
  readonly inTimeToday: boolean;
  readonly basis: LegalBasis;
}

export interface SupervisorOutcomeOption extends RespondentOption {
  /** Whom the file is with: the forward's supervisor, or the reroute's destination. */
  readonly supervisor: 'KASN' | 'BKN' | 'MENPANRB' | null;
  /**
   * The PPK's follow-up period if a PROVEN outcome is recorded today (PPK_FOLLOW_UP); null when
   * the law sets none (the default) or the outcome cannot be recorded now.
   */
  readonly followUpIfProvenToday: ProceedingDeadlineFact | null;
}

export interface BlockOption extends RespondentOption {
  /** The PPK's follow-up due under an office policy, as recorded with the recommendation. */
  readonly followUp: ProceedingDeadlineFact | null;
  /** The block in place, if any. */
  readonly blockedOn: IsoDate | null;
}

export type UnblockReason = CaseCommandOf<'UnblockPersonnelData'>['reason'];

export interface UnblockOption extends RespondentOption {
  readonly blockedOn: IsoDate | null;
  readonly reasons: readonly Choice<UnblockReason>[];
}

/**
 * A sanction of the catalogue for this kind of respondent, in force today. Available when the
 * decider accepts it from an official the PyBMH table grants it to (for some position class):
 * whether the official the form names has that authority is checked when the command names them.
 */
export interface SanctionChoice extends Choice<SanctionCode> {
  readonly level: SanctionLevel;
  /** Months it runs (6, 9, 12); null for a one-off act or a dismissal. */
  readonly durationMonths: number | null;
  /** The administrative remedy against it (PP 79/2021). */
  readonly appealRoute: AppealRoute;
  /** Whether it carries out the recommended level; null without a PROVEN recommendation. */
  readonly meetsRecommendation: boolean | null;
  /** Lighter than recommended: recorded and flagged, not refused (PP 94/2021 Pasal 24(3)). */
  readonly lighterThanRecommended: boolean | null;
}

export interface SanctionOption extends RespondentOption {
  readonly kind: RespondentKind;
  /** The level the supervisor's PROVEN recommendation names. */
  readonly recommended: RecommendationLevel | null;
  /** Lightest first (rules `sanctionsInForce`). */
  readonly sanctions: readonly SanctionChoice[];
  /** DELIVER_SANCTION if the sanction is decided today. */
  readonly deliveryIfDecidedToday: ProceedingDeadlineFact | null;
}

export interface DeliveryOption extends RespondentOption {
  /** The sanction decided, if any. */
  readonly sanction: SanctionCode | null;
  /**
   * DELIVER_SANCTION, as recorded with the decision, while the delivery is owed: a late delivery
   * is flagged, not refused.
   */
  readonly delivery: ProceedingDeadlineFact | null;
  /** The day the sanction takes force if received today (SANCTION_IN_FORCE), absent an objection. */
  readonly inForceIfReceivedToday: IsoDate | null;
}

export type ObjectionKind = CaseCommandOf<'FileObjection'>['kind'];

export interface ObjectionKindChoice extends Choice<ObjectionKind> {
  /** FILE_KEBERATAN / FILE_BANDING from the receipt of the decision: a late filing is refused. */
  readonly filing: ProceedingDeadlineFact | null;
  /** DECIDE_KEBERATAN / DECIDE_BANDING if filed today. */
  readonly decisionIfFiledToday: ProceedingDeadlineFact | null;
}

export interface ObjectionFilingOption extends RespondentOption {
  readonly sanction: SanctionCode | null;
  /** The day the respondent received the decision. */
  readonly receivedOn: IsoDate | null;
  readonly kinds: readonly ObjectionKindChoice[];
}

export type ObjectionOutcome = CaseCommandOf<'DecideObjection'>['outcome']['outcome'];

export interface ObjectionOutcomeChoice extends Choice<ObjectionOutcome> {
  /**
   * For REDUCED, INCREASED and CHANGED: the sanctions the decider accepts as the result (of the
   * catalogue for this kind, in force today); null for UPHELD and ANNULLED.
   */
  readonly sanctions: readonly SanctionCode[] | null;
}

export interface ObjectionDecisionOption extends RespondentOption {
  /** The sanction objected to. */
  readonly sanction: SanctionCode | null;
  readonly objection: {
    readonly kind: ObjectionKind;
    readonly filedWith: 'PPK' | 'ATASAN_PEJABAT' | 'BPASN';
    readonly filedOn: IsoDate;
  } | null;
  /**
   * DECIDE_KEBERATAN / DECIDE_BANDING, as recorded with the filing, while the decision is owed:
   * a late decision is flagged, not refused.
   */
  readonly decision: ProceedingDeadlineFact | null;
  readonly outcomes: readonly ObjectionOutcomeChoice[];
}

export interface ServingOption extends RespondentOption {
  /** The sanction as it stands after any objection. */
  readonly sanction: SanctionCode | null;
  readonly inForceOn: IsoDate | null;
  /** The last day it runs; null while not in force, or for a dismissal (never served). */
  readonly endsOn: IsoDate | null;
}

export type ExitReason = CaseCommandOf<'RecordRespondentExit'>['reason'];

/** A summons: how many so far, the latest examination date a letter sent today may set. */
export interface SummonsOption extends RespondentOption {
  readonly summonsSoFar: number;
  readonly examinationIfSentToday: ProceedingDeadlineFact | null;
  /** A second summons: the last day to send it (7 working days after the missed date). */
  readonly secondLetter: ProceedingDeadlineFact | null;
}

export type ExaminationOutcome = 'EXAMINED' | 'ABSENT';

export interface ExaminationOption extends RespondentOption {
  /** The date the pending summons set, or null when none is pending. */
  readonly examinationOn: IsoDate | null;
  readonly outcomes: readonly Choice<ExaminationOutcome>[];
}

/** Filing in PTUN or PT TUN, or a judgment on the suit. */
export type CourtStepChoice = Choice<'PTUN' | 'PT_TUN' | 'JUDGMENT'>;

export interface CourtOption extends RespondentOption {
  /** The court of the suit filed, or null. */
  readonly court: 'PTUN' | 'PT_TUN' | null;
  readonly steps: readonly CourtStepChoice[];
}

export type CriminalStep = CaseCommandOf<'RecordCriminalStep'>['criminal']['step'];

export interface CriminalStepChoice extends Choice<CriminalStep> {
  /** The step's period if recorded today, as the decider counts it; null without one. */
  readonly due: IsoDate | null;
  readonly inTimeToday: boolean | null;
}

export interface CriminalOption extends RespondentOption {
  /** The forward to Polri investigators the track runs from. */
  readonly referredOn: IsoDate | null;
  /** The last step recorded; null before the first. */
  readonly lastStep: CriminalStep | null;
  readonly steps: readonly CriminalStepChoice[];
}

export interface StepFacts {
  CompletePreliminaryReview: {
    readonly filing: FilingFact | null;
    readonly review: DeadlineFact | null;
    readonly outcomes: readonly Choice<ReviewOutcome>[];
  };
  CompleteRequirements: {
    readonly missing: readonly Requirement[];
    readonly completion: DeadlineFact | null;
  };
  RegisterCase: { readonly decisionIfRegisteredToday: DeadlineFact | null };
  DeclineRegistration: {
    readonly reasons: readonly Choice<DeclineReason>[];
    readonly completion: DeadlineFact | null;
  };
  WithdrawReport: { readonly effect: 'CASE_CLOSED' | 'HANDLING_CONTINUES' | null };
  RecordClarification: {
    /** A hearing date must lie in [heldOnFrom, heldOnUntil]. */
    readonly heldOnFrom: IsoDate | null;
    readonly heldOnUntil: IsoDate;
    readonly decision: DeadlineFact | null;
  };
  ExtendForAdditionalInformation: {
    readonly decision: DeadlineFact | null;
    readonly extendedIfExtendedToday: DeadlineFact | null;
  };
  DecideRespondent: {
    readonly decision: DeadlineFact | null;
    readonly respondents: readonly RespondentDecisionFact[];
  };
  ForwardToSupervisor: {
    /** Who a forward made today goes to (Perpres 91 and 92/2024). */
    readonly supervisor: 'KASN' | 'BKN';
    readonly basis: LegalBasis;
    readonly respondents: readonly RespondentOption[];
  };
  RerouteKasnFile: {
    readonly seSignedOn: IsoDate;
    readonly basis: LegalBasis;
    readonly destinations: {
      readonly processingStarted: 'MENPANRB' | 'BKN';
      readonly notStarted: 'MENPANRB' | 'BKN';
    };
    readonly respondents: readonly RespondentOption[];
  };
  ForwardToInvestigators: { readonly respondents: readonly ReferralOption[] };
  SendCompletionNotice: {
    readonly notice: DeadlineFact | null;
    /** The completion deadline if the notice is received now. */
    readonly completionIfReceivedNow: DeadlineFact | null;
  };
  IssueStatusNotice: { readonly notice: DeadlineFact | null };
  TakeUpAsFinding: { readonly findingIfDiscoveredToday: DeadlineFact | null };
  HandOverCase: {
    readonly handlingOffice: BawasluOffice | null;
    readonly handovers: number;
  };
  RecordGakkumduDeliberation: { readonly respondents: readonly DeliberationOption[] };
  ForwardToCompetentAuthority: { readonly respondents: readonly AuthorityOption[] };
  RecordSupervisorOutcome: {
    /** The levels a PROVEN recommendation may name, lightest first. */
    readonly levels: readonly RecommendationLevel[];
    readonly respondents: readonly SupervisorOutcomeOption[];
  };
  BlockPersonnelData: { readonly respondents: readonly BlockOption[] };
  UnblockPersonnelData: { readonly respondents: readonly UnblockOption[] };
  DecideSanction: { readonly respondents: readonly SanctionOption[] };
  DeliverSanction: { readonly respondents: readonly DeliveryOption[] };
  FileObjection: { readonly respondents: readonly ObjectionFilingOption[] };
  DecideObjection: { readonly respondents: readonly ObjectionDecisionOption[] };
  RecordSanctionServed: { readonly respondents: readonly ServingOption[] };
  RecordRespondentExit: {
    /** Every reason is legal alike; the respondent decides availability. */
    readonly reasons: readonly ExitReason[];
    readonly respondents: readonly RespondentOption[];
  };
  RecordCriminalStep: { readonly respondents: readonly CriminalOption[] };
  SummonForExamination: { readonly respondents: readonly SummonsOption[] };
  RecordExamination: { readonly respondents: readonly ExaminationOption[] };
  ReleaseFromDuty: { readonly respondents: readonly RespondentOption[] };
  RecordCourtChallenge: { readonly respondents: readonly CourtOption[] };
}

/**
 * The commands nextSteps reports on: an explicit union, the keys of StepFacts. Every command but
 * the three that open a case and ReferToGakkumdu, the 2024.1 name of ForwardToInvestigators
 * (reported under the new name): next-steps.ts lists those as NOT_OFFERED, and a test checks
 * that every command type is in exactly one of the two, so a new command needs a decision (a
 * StepFacts entry and a STEPS entry, or a NOT_OFFERED entry) without breaking the typecheck.
 */
export type FollowUpCommandType = keyof StepFacts & CaseCommandType;

export type NextStepOf<T extends FollowUpCommandType> = {
  readonly command: T;
  readonly available: boolean;
  /** Why not, as the decider would refuse it (for choices: the first choice's refusal). */
  readonly reason?: StepRefusal;
  /** The respondents the command may name now, where it names respondents. */
  readonly respondents?: readonly string[];
  readonly facts: StepFacts[T];
};

export type NextStep = { [T in FollowUpCommandType]: NextStepOf<T> }[FollowUpCommandType];

export interface NextSteps {
  readonly steps: readonly NextStep[];
}
