/**
 * Notices and the lapsed report (since rulebook 2024.2; research/legal-process.md §3.2 items 4,
 * 6 and 9): the notice telling the reporter to complete requirements, the status notice of a
 * report or finding, and Bawaslu taking up a lapsed report as its own finding (temuan).
 */
import { z } from 'zod';
import { supervisingOfficeSchema } from './intake-commands.js';
import { commandMetaSchema } from './meta.js';
import { caseIdSchema, idString, instantSchema, isoDateSchema, nameString } from './primitives.js';

const base = { meta: commandMetaSchema, caseId: caseIdSchema };

/**
 * Pemberitahuan kelengkapan: sent at `meta.occurredAt`. The completion period runs from the
 * reporter's receipt of it (`receivedAt`; the sending instant when absent, e.g. delivered by
 * hand at the desk).
 */
export const sendCompletionNoticeSchema = z.strictObject({
  type: z.literal('SendCompletionNotice'),
  ...base,
  receivedAt: instantSchema.optional(),
  letterNumber: idString.optional(),
});

/** Where a status notice was published or delivered. */
export const noticeChannelSchema = z.enum(['NOTICE_BOARD', 'WEBSITE', 'SIGAPLAPOR', 'DIRECT']);

/**
 * Pemberitahuan status laporan/temuan, issued at `meta.occurredAt`: announces the status the
 * case has reached (registered, not registered, decided, forwarded, closed).
 */
export const issueStatusNoticeSchema = z.strictObject({
  type: z.literal('IssueStatusNotice'),
  ...base,
  /**
   * The status to announce, when more than one is owed (a lapsed report taken up as a finding
   * still owes its NOT_REGISTERED notice); by default the case's current status, else the one
   * still owed.
   */
  status: z.enum(['REGISTERED', 'NOT_REGISTERED', 'DECIDED', 'FORWARDED', 'CLOSED']).optional(),
  channels: z
    .array(noticeChannelSchema)
    .min(1, 'name at least one channel')
    .max(noticeChannelSchema.options.length)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'must not repeat an entry' }),
  letterNumber: idString.optional(),
});

/**
 * A report not registered because its requirements were not completed in time ends as a report,
 * not as a matter: Bawaslu may take it up as its own finding (temuan), set at `meta.occurredAt`
 * within SET_FINDING of `discoveredOn` (the day supervision took note of it, not before the
 * report was received).
 */
export const takeUpAsFindingSchema = z.strictObject({
  type: z.literal('TakeUpAsFinding'),
  ...base,
  supervisingOffice: supervisingOfficeSchema,
  discoveredOn: isoDateSchema,
  reason: nameString,
});
