/**
 * What `nextSteps` answers: per command an actor's role may send, whether the decider would
 * accept it now and, if not, why (the decider's own refusal), with what the rules already know
 * so that a clerk's form offers only legal choices and explains the others.
 */
import type {
  CandidateStage,
  IntakeStep,
  LegalBasis,
  NonAsnRoute,
  SanctionLevel,
  SkbCode,
} from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import type { CaseErrorCode } from '../errors.js';
import type { CaseCommandType } from '../schema/commands.js';
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
}

/**
 * The commands nextSteps reports on: every command but the three that open a case and
 * ReferToGakkumdu, the 2024.1 name of ForwardToInvestigators (reported under the new name).
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
