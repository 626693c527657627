/**
 * Handling events after registration (past tense): clarification, extension, decision per
 * respondent, forwarding, reroute and Gakkumdu referral. Data objects are strict.
 */
import { z } from 'zod';
import { clarificationPartySchema } from './handling-commands.js';
import {
  candidateStageSchema,
  instantSchema,
  isoDateSchema,
  nonEmptyString,
  skbCodeSchema,
  trackSchema,
} from './primitives.js';

/** Klarifikasi dilakukan. */
export const clarificationRecordedSchema = z.object({
  type: z.literal('ClarificationRecorded'),
  data: z.strictObject({
    party: clarificationPartySchema,
    heldOn: isoDateSchema,
    summary: nonEmptyString,
  }),
});

/** The decision period switched from DECIDE to DECIDE_EXTENDED (once). */
export const decisionPeriodExtendedSchema = z.object({
  type: z.literal('DecisionPeriodExtended'),
  data: z.strictObject({
    extendedOn: isoDateSchema,
    reason: nonEmptyString,
    previousDue: isoDateSchema,
    decisionDue: isoDateSchema,
  }),
});

/**
 * The candidate stage of the conduct: `computed` from the conduct date and the determination
 * date, `applied` after a reviewer's override (with its reason), if any.
 */
export const decidedStageSchema = z.strictObject({
  computed: candidateStageSchema,
  applied: candidateStageSchema,
  overrideReason: nonEmptyString.nullable(),
});

export const decidedOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('VIOLATION'),
    skbCode: skbCodeSchema.nullable(),
    tracks: z.array(trackSchema).min(1),
    conductOn: isoDateSchema,
    stage: decidedStageSchema,
  }),
  z.strictObject({ outcome: z.literal('NOT_A_VIOLATION'), reason: nonEmptyString }),
  z.strictObject({ outcome: z.literal('STOPPED'), reason: nonEmptyString }),
]);
export type DecidedOutcome = z.infer<typeof decidedOutcomeSchema>;

/** Diputus (per respondent). A late decision is recorded, flagged, never refused. */
export const respondentDecidedSchema = z.object({
  type: z.literal('RespondentDecided'),
  data: z.strictObject({
    respondentId: nonEmptyString,
    decision: decidedOutcomeSchema,
    decidedOn: isoDateSchema,
    /** The instant of the decision (since rulebook 2024.2): a declaration of a crime starts 1×24 hours. */
    decidedAt: instantSchema.optional(),
    decisionDue: isoDateSchema,
    decidedWithinDeadline: z.boolean(),
  }),
});

/** Diteruskan ke KASN / BKN (one event per respondent). */
export const forwardedToSupervisorSchema = z.object({
  type: z.literal('ForwardedToSupervisor'),
  data: z.strictObject({
    respondentId: nonEmptyString,
    supervisor: z.enum(['KASN', 'BKN']),
    forwardedOn: isoDateSchema,
    letterNumber: nonEmptyString.optional(),
  }),
});

/** A file pending at KASN rerouted under SE MenPAN-RB 4/2024. */
export const kasnFileReroutedSchema = z.object({
  type: z.literal('KasnFileRerouted'),
  data: z.strictObject({
    respondentId: nonEmptyString,
    kasnProcessingStarted: z.boolean(),
    to: z.enum(['MENPANRB', 'BKN']),
    reroutedOn: isoDateSchema,
  }),
});

/** Diteruskan ke Sentra Gakkumdu (criminal track). */
export const referredToGakkumduSchema = z.object({
  type: z.literal('ReferredToGakkumdu'),
  data: z.strictObject({
    respondentId: nonEmptyString,
    referredOn: isoDateSchema,
    referralDue: isoDateSchema,
    referredWithinDeadline: z.boolean(),
  }),
});
