/**
 * The respondent's proceedings after Bawaslu's forward (issue 15): the supervisor's outcome and
 * recommendation, the blocking of personnel data when the PPK does not follow up, and the PPK's
 * sanction and its delivery. Every command names one respondent. Strict, bounded.
 */
import { z } from 'zod';
import {
  AUTHORITY_RELATIONS,
  IMPOSING_OFFICIALS,
  INSTANCES,
  POSITION_CLASSES,
  RECOMMENDATION_LEVELS,
  type RecommendationLevel,
  SANCTION_CODES,
  type SanctionCode,
} from '../../rules/index.js';
import { commandMetaSchema } from './meta.js';
import {
  caseIdSchema,
  idString,
  instantSchema,
  nameString,
  skbCodeSchema,
  textString,
} from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema, respondentId: idString };

/** The levels a supervisor's recommendation names (PP 42/2004 Pasal 15(3); PP 94/2021 Pasal 8). */
export const recommendedLevelSchema = z.enum(
  RECOMMENDATION_LEVELS as readonly [RecommendationLevel, ...RecommendationLevel[]],
);

/** The sanction types of the rulebook's catalogue (one list, not two). */
export const sanctionCodeSchema = z.enum(
  SANCTION_CODES as readonly [SanctionCode, ...SanctionCode[]],
);

/** The PPK a recommendation is addressed to. */
export const addressedPpkSchema = z.strictObject({ name: nameString, agencyId: idString });

/**
 * The supervisor's result (KASN, BKN, or KemenPAN-RB for a rerouted file): the violation is
 * PROVEN and a recommendation issued; NOT_PROVEN; or the file is RETURNED for lack of evidence.
 */
export const supervisorOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('PROVEN'),
    level: recommendedLevelSchema,
    skbCodes: z
      .array(skbCodeSchema)
      .min(1, 'name at least one SKB 2022 item found')
      .max(20)
      .refine((xs) => new Set(xs).size === xs.length, { message: 'must not repeat an entry' }),
    letterNumber: idString,
    addressedTo: addressedPpkSchema,
  }),
  z.strictObject({ outcome: z.literal('NOT_PROVEN'), reason: textString }),
  z.strictObject({ outcome: z.literal('RETURNED'), reason: textString }),
]);

/** Hasil verifikasi / rekomendasi of the supervisor, at `meta.occurredAt`. */
export const recordSupervisorOutcomeSchema = z.strictObject({
  type: z.literal('RecordSupervisorOutcome'),
  ...base,
  result: supervisorOutcomeSchema,
});

/** Pemblokiran data kepegawaian in SIASN (Perban 1/2023): the PPK has not followed up. */
export const blockPersonnelDataSchema = z.strictObject({
  type: z.literal('BlockPersonnelData'),
  ...base,
  reason: textString,
});

/** The block lifted: the PPK followed up (a sanction decided), or the block was in error. */
export const unblockPersonnelDataSchema = z.strictObject({
  type: z.literal('UnblockPersonnelData'),
  ...base,
  reason: z.enum(['PPK_FOLLOWED_UP', 'BLOCKED_IN_ERROR']),
  note: textString.optional(),
});

/** Where the deciding official sits, and who it is (the PyBMH). */
export const imposingOfficialSchema = z.strictObject({
  official: z.enum(IMPOSING_OFFICIALS),
  instance: z.enum(INSTANCES),
  name: nameString,
  /**
   * The official's relation to the respondent, where the PyBMH row that grants the sanction
   * requires one (one or two levels below, in the official's own unit, a JPT Madya who is the
   * PPK). Never assumed: a row that requires a relation grants only when it is stated.
   */
  relation: z.enum(AUTHORITY_RELATIONS).optional(),
});

export const positionClassSchema = z.enum(POSITION_CLASSES);

/**
 * Keputusan hukuman disiplin, set at `meta.occurredAt` by the official in `imposedBy`, on the
 * respondent whose position class is `respondentPosition`. `repeatOf` names an earlier
 * sanctioned case of the same person (same NIP) the application knows of.
 */
export const decideSanctionSchema = z.strictObject({
  type: z.literal('DecideSanction'),
  ...base,
  sanction: sanctionCodeSchema,
  imposedBy: imposingOfficialSchema,
  respondentPosition: positionClassSchema,
  decreeNumber: idString,
  repeatOf: z.strictObject({ caseId: caseIdSchema, sanction: sanctionCodeSchema }).optional(),
});

/**
 * Penyampaian keputusan, at `meta.occurredAt`; `receivedAt` when the respondent received it
 * (the sending instant when absent: delivered in person, PP 94/2021 Pasal 37(2)–(4)).
 */
export const deliverSanctionSchema = z.strictObject({
  type: z.literal('DeliverSanction'),
  ...base,
  receivedAt: instantSchema.optional(),
});

/**
 * Upaya administratif filed (PP 79/2021), recorded by the body it is filed with: `KEBERATAN` with
 * the PPK (or the superior of a non-PPK official), `BANDING` with BPASN. At `meta.occurredAt`.
 */
export const fileObjectionSchema = z.strictObject({
  type: z.literal('FileObjection'),
  ...base,
  kind: z.enum(['KEBERATAN', 'BANDING']),
});

/**
 * The decision on an objection (PP 79/2021 Pasal 6, 9, 16): the sanction upheld, reduced,
 * increased, changed to another type (`sanction` names the result), or annulled.
 */
export const decideObjectionSchema = z.strictObject({
  type: z.literal('DecideObjection'),
  ...base,
  outcome: z.discriminatedUnion('outcome', [
    z.strictObject({ outcome: z.literal('UPHELD') }),
    z.strictObject({ outcome: z.literal('REDUCED'), sanction: sanctionCodeSchema }),
    z.strictObject({ outcome: z.literal('INCREASED'), sanction: sanctionCodeSchema }),
    z.strictObject({ outcome: z.literal('CHANGED'), sanction: sanctionCodeSchema }),
    z.strictObject({ outcome: z.literal('ANNULLED') }),
  ]),
});

/** The sanction served to its end (its duration run out), at `meta.occurredAt`. */
export const recordSanctionServedSchema = z.strictObject({
  type: z.literal('RecordSanctionServed'),
  ...base,
});

/**
 * The respondent left the service on other grounds; the proceedings close with the reason
 * (Kemendagri's SBT buckets: dismissed, retired, resigned; and death).
 */
export const recordRespondentExitSchema = z.strictObject({
  type: z.literal('RecordRespondentExit'),
  ...base,
  reason: z.enum(['RETIRED', 'DISMISSED_OTHER_GROUNDS', 'RESIGNED', 'DIED']),
  note: textString.optional(),
});
