/**
 * Events of the notices and the lapsed report (since rulebook 2024.2). Deadlines that the law
 * counts on the clock are recorded as instants (`…DueAt`, with the office's offset) beside
 * their local date.
 */
import { z } from 'zod';
import { supervisingOfficeSchema } from './intake-commands.js';
import { noticeChannelSchema } from './notice-commands.js';
import { idString, instantSchema, isoDateSchema, nameString } from './primitives.js';

/** Pemberitahuan kelengkapan terkirim; the completion period now runs from `receivedAt`. */
export const completionNoticeSentSchema = z.object({
  type: z.literal('CompletionNoticeSent'),
  data: z.strictObject({
    sentAt: instantSchema,
    sentOn: isoDateSchema,
    noticeDue: isoDateSchema,
    sentWithinDeadline: z.boolean(),
    receivedAt: instantSchema,
    completionDue: isoDateSchema,
    completionDueAt: instantSchema,
    letterNumber: idString.optional(),
  }),
});

/** The status a notice announces. */
export const noticedStatusSchema = z.enum([
  'REGISTERED',
  'NOT_REGISTERED',
  'DECIDED',
  'FORWARDED',
  'CLOSED',
]);

/** Pemberitahuan status laporan/temuan. */
export const statusNoticeIssuedSchema = z.object({
  type: z.literal('StatusNoticeIssued'),
  data: z.strictObject({
    status: noticedStatusSchema,
    /** The day the case reached that status; the notice period runs from it. */
    statusOn: isoDateSchema,
    issuedOn: isoDateSchema,
    noticeDue: isoDateSchema,
    issuedWithinDeadline: z.boolean(),
    /** Published for anyone (notice board, website), not only sent to the reporter. */
    public: z.boolean(),
    channels: z.array(noticeChannelSchema).min(1),
    letterNumber: idString.optional(),
  }),
});

/** A lapsed report taken up as Bawaslu's own finding; the case continues as a temuan. */
export const reportTakenUpAsFindingSchema = z.object({
  type: z.literal('ReportTakenUpAsFinding'),
  data: z.strictObject({
    lapsedReport: z.strictObject({
      receivedOn: isoDateSchema,
      declinedOn: isoDateSchema,
      reason: z.literal('REQUIREMENTS_NOT_COMPLETED'),
    }),
    supervisingOffice: supervisingOfficeSchema,
    discoveredOn: isoDateSchema,
    setAt: instantSchema,
    setOn: isoDateSchema,
    findingDue: isoDateSchema,
    reason: nameString,
  }),
});
