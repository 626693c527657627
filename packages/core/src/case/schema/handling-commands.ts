/**
 * Handling commands after registration (research/legal-process.md §3.2 steps 7–8, §3.3, §3.7):
 * clarification, extension of the decision period, the decision per respondent, forwarding to
 * the ASN supervisor, the SE MenPAN-RB 4/2024 reroute and the referral to Gakkumdu.
 * Every object is strict, as in intake-commands.ts.
 */
import { z } from 'zod';
import type { CaseListLimits } from './limits.js';
import { commandMetaSchema } from './meta.js';
import {
  candidateStageSchema,
  caseIdSchema,
  idString,
  isoDateSchema,
  nameString,
  skbCodeSchema,
  textString,
  trackSchema,
  uniqueList,
} from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema };

/** Who was heard: a respondent is named by id; the others only by name. */
export const clarificationPartySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('RESPONDENT'), respondentId: idString, name: nameString }),
  z.strictObject({ kind: z.enum(['REPORTER', 'WITNESS', 'EXPERT']), name: nameString }),
]);

/** Klarifikasi: one hearing, recorded in a berita acara. */
export const recordClarificationSchema = z.strictObject({
  type: z.literal('RecordClarification'),
  ...base,
  party: clarificationPartySchema,
  heldOn: isoDateSchema,
  summary: textString,
});

/** Extension for additional information (UU 7/2017 Pasal 454(8); Pilkada Pasal 134(6)). */
export const extendForAdditionalInformationSchema = z.strictObject({
  type: z.literal('ExtendForAdditionalInformation'),
  ...base,
  reason: textString,
});

/** A reviewer's override of the candidate stage, with the reason (SKB 2022; §6 note 1). */
export const stageOverrideSchema = z.strictObject({
  stage: candidateStageSchema,
  reason: textString,
});

/** The plenary decision on one respondent (UU 7/2017 Pasal 455(1)). */
export const respondentDecisionSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('VIOLATION'),
    /** Required when the tracks include NEUTRALITY; checked by the decider. */
    skbCode: skbCodeSchema.optional(),
    tracks: uniqueList(trackSchema, trackSchema.options.length).min(
      1,
      'a violation goes down at least one track',
    ),
    conductOn: isoDateSchema,
    stageOverride: stageOverrideSchema.optional(),
  }),
  z.strictObject({ outcome: z.literal('NOT_A_VIOLATION'), reason: textString }),
  z.strictObject({ outcome: z.literal('STOPPED'), reason: textString }),
]);
export type RespondentDecision = z.infer<typeof respondentDecisionSchema>;

export const decideRespondentSchema = z.strictObject({
  type: z.literal('DecideRespondent'),
  ...base,
  respondentId: idString,
  decision: respondentDecisionSchema,
});

/** Diteruskan: neutrality violations go to the ASN supervisor (KASN, then BKN). */
/** Respondent ids name respondents of the case, so the respondents limit bounds them too. */
export const forwardToSupervisorSchemaFor = (lists: CaseListLimits) =>
  z.strictObject({
    type: z.literal('ForwardToSupervisor'),
    ...base,
    respondentIds: uniqueList(idString, lists.respondents).min(
      1,
      'forward at least one respondent',
    ),
    /** What the clerk believes; refused if the date says otherwise (Perpres 92/2024). */
    expectedSupervisor: z.enum(['KASN', 'BKN']).optional(),
    letterNumber: idString.optional(),
  });

/** SE MenPAN-RB 4/2024: a file pending at KASN goes to KemenPAN-RB or BKN. */
export const rerouteKasnFileSchemaFor = (lists: CaseListLimits) =>
  z.strictObject({
    type: z.literal('RerouteKasnFile'),
    ...base,
    respondentIds: uniqueList(idString, lists.respondents).min(
      1,
      'reroute at least one respondent',
    ),
    kasnProcessingStarted: z.boolean(),
  });

/**
 * The rulebook 2024.1 name of {@link forwardToInvestigatorsSchema}'s command, still accepted: it
 * is decided exactly as ForwardToInvestigators and records ForwardedToInvestigators.
 */
export const referToGakkumduSchema = z.strictObject({
  type: z.literal('ReferToGakkumdu'),
  ...base,
  respondentId: idString,
});
