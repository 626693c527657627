/**
 * The command metadata as zod validates it at the boundary: the same shape as the core's
 * `CommandMeta`, so a parsed command can go straight to the command handler.
 */
import { z } from 'zod';
import type { CommandMeta } from '../../handler/command-meta.js';
import { CASE_FIELD_LIMITS } from './limits.js';
import { atMost, atMostEntries, idString, instantSchema } from './primitives.js';

const scopePart = z.string().max(CASE_FIELD_LIMITS.id, atMost(CASE_FIELD_LIMITS.id));

/**
 * A free actor scope: at most CASE_FIELD_LIMITS.scopeEntries string entries, keys and values
 * bounded like ids. zod's record drops an own `__proto__` key without a word, so it is refused
 * here first: an unknown key is never lost silently, that one included.
 */
export const actorScopeSchema = z.preprocess(
  (value, ctx) => {
    if (value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__')) {
      ctx.addIssue({ code: 'custom', path: ['__proto__'], message: "unknown field '__proto__'" });
    }
    return value;
  },
  z
    .record(scopePart, scopePart)
    .refine(
      (scope) => Object.keys(scope).length <= CASE_FIELD_LIMITS.scopeEntries,
      atMostEntries(CASE_FIELD_LIMITS.scopeEntries, 'entries'),
    ),
);

/** The loose actor reference: role and scope are plain strings here; roles.ts narrows them. */
export const actorRefSchema = z.strictObject({
  id: idString,
  role: idString,
  scope: actorScopeSchema,
});

export const commandMetaSchema = z.strictObject({
  commandId: idString,
  actor: actorRefSchema,
  /** When the act legally happened (the report was received, the review signed…). */
  occurredAt: instantSchema,
  correlationId: idString.optional(),
  causationId: idString.optional(),
});

/** Compile-time proof that a parsed meta is a CommandMeta. */
export const asCommandMeta = (meta: z.infer<typeof commandMetaSchema>): CommandMeta => meta;
