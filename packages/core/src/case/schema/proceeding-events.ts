/** Events of the respondent's proceedings after Bawaslu's forward (issue 15). Strict. */
import { z } from 'zod';
import { caseIdSchema, idString, instantSchema, isoDateSchema, textString } from './primitives.js';
import {
  imposingOfficialSchema,
  positionClassSchema,
  recommendedLevelSchema,
  sanctionCodeSchema,
  supervisorOutcomeSchema,
} from './proceeding-commands.js';

/**
 * The supervisor's outcome. `followUpDue`: the day the PPK's follow-up falls due under the
 * office's policy, or null — the law sets no period (UU 5/2014 Pasal 32(3)).
 */
export const supervisorOutcomeRecordedSchema = z.object({
  type: z.literal('SupervisorOutcomeRecorded'),
  data: z.strictObject({
    respondentId: idString,
    supervisor: z.enum(['KASN', 'BKN', 'MENPANRB']),
    result: supervisorOutcomeSchema,
    recordedOn: isoDateSchema,
    followUpDue: isoDateSchema.nullable(),
  }),
});

/** Data kepegawaian diblokir (SIASN, Perban 1/2023). */
export const personnelDataBlockedSchema = z.object({
  type: z.literal('PersonnelDataBlocked'),
  data: z.strictObject({
    respondentId: idString,
    blockedOn: isoDateSchema,
    /** The follow-up period the block answers, if an office policy set one. */
    followUpDue: isoDateSchema.nullable(),
    reason: textString,
  }),
});

/** Blokir dicabut. */
export const personnelDataUnblockedSchema = z.object({
  type: z.literal('PersonnelDataUnblocked'),
  data: z.strictObject({
    respondentId: idString,
    unblockedOn: isoDateSchema,
    reason: z.enum(['PPK_FOLLOWED_UP', 'BLOCKED_IN_ERROR']),
    note: textString.optional(),
  }),
});

/**
 * Hukuman disiplin ditetapkan. `lighterThanRecommended` is a flag, never a refusal: PP 94/2021
 * Pasal 24(3) punishes the official who under-punishes. `deliveryDue`: PP 94 Pasal 37(3).
 */
export const sanctionDecidedSchema = z.object({
  type: z.literal('SanctionDecided'),
  data: z.strictObject({
    respondentId: idString,
    sanction: sanctionCodeSchema,
    level: z.enum(['MORAL', 'LIGHT', 'MODERATE', 'HEAVY', 'PTDH']),
    imposedBy: imposingOfficialSchema,
    respondentPosition: positionClassSchema,
    decreeNumber: idString,
    decidedOn: isoDateSchema,
    recommended: recommendedLevelSchema.nullable(),
    lighterThanRecommended: z.boolean(),
    repeatOf: z.strictObject({ caseId: caseIdSchema, sanction: sanctionCodeSchema }).nullable(),
    /** PP 94/2021 Pasal 37(3) for an ASN respondent; null for others (no period is sourced). */
    deliveryDue: isoDateSchema.nullable(),
  }),
});

/** Keputusan disampaikan; in force on `inForceOn` unless an objection is filed (Pasal 38). */
export const sanctionDeliveredSchema = z.object({
  type: z.literal('SanctionDelivered'),
  data: z.strictObject({
    respondentId: idString,
    deliveredOn: isoDateSchema,
    receivedAt: instantSchema,
    receivedOn: isoDateSchema,
    deliveryDue: isoDateSchema,
    deliveredWithinDeadline: z.boolean(),
    inForceOn: isoDateSchema,
  }),
});

/** Upaya administratif diajukan. `decisionDue`: 21 (keberatan) or 65 (banding) working days. */
export const objectionFiledSchema = z.object({
  type: z.literal('ObjectionFiled'),
  data: z.strictObject({
    respondentId: idString,
    kind: z.enum(['KEBERATAN', 'BANDING']),
    filedWith: z.enum(['PPK', 'ATASAN_PEJABAT', 'BPASN']),
    filedOn: isoDateSchema,
    filingDue: isoDateSchema,
    decisionDue: isoDateSchema,
  }),
});

/** Keputusan upaya administratif; the resulting sanction takes force on the decision (Pasal 38(2)). */
export const objectionDecidedSchema = z.object({
  type: z.literal('ObjectionDecided'),
  data: z.strictObject({
    respondentId: idString,
    outcome: z.enum(['UPHELD', 'REDUCED', 'INCREASED', 'CHANGED', 'ANNULLED']),
    /** The sanction after the decision; null when annulled. */
    sanction: sanctionCodeSchema.nullable(),
    decidedOn: isoDateSchema,
    decisionDue: isoDateSchema,
    decidedWithinDeadline: z.boolean(),
    inForceOn: isoDateSchema.nullable(),
  }),
});

/** Hukuman selesai dijalani. */
export const sanctionServedSchema = z.object({
  type: z.literal('SanctionServed'),
  data: z.strictObject({ respondentId: idString, servedOn: isoDateSchema, endsOn: isoDateSchema }),
});

/** The respondent left the service; the proceedings close. */
export const respondentExitedSchema = z.object({
  type: z.literal('RespondentExited'),
  data: z.strictObject({
    respondentId: idString,
    reason: z.enum(['RETIRED', 'DISMISSED_OTHER_GROUNDS', 'RESIGNED', 'DIED']),
    exitedOn: isoDateSchema,
    note: textString.optional(),
  }),
});
