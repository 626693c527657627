/**
 * Between case events and their stored form `{ type, schemaVersion, data }`.
 *
 * Old shapes are upcast on read (DESIGN.md §3 "Schemas"): each event type has a current schema
 * version (CASE_EVENT_SCHEMA_VERSIONS) and an explicit table of upcasters, one per step from
 * version n to n + 1. Decoding walks the steps from the stored version to the current one and
 * only then validates with zod, so every event that reaches `evolve` has today's shape. The
 * table is injectable, so the mechanism is tested with a real upcaster before any is needed.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { z } from 'zod';
import type { EncodedEvent, EventCodec } from '../handler/event-codec.js';
import { compilePlainValidator, type PlainValidator } from '../validation/plain-validator.js';
import { type CaseError, caseError } from './errors.js';
import {
  CASE_EVENT_SCHEMA_VERSIONS,
  type CaseEvent,
  type CaseEventType,
  caseEventSchema,
} from './schema/events.js';

/** Turns the data of version n into the data of version n + 1. May assume nothing about its input. */
export type CaseEventUpcaster = (data: unknown) => unknown;

/** Per event type, per version n: the upcaster from n to n + 1. */
export type CaseEventUpcasterTable = Readonly<
  Partial<Record<CaseEventType, Readonly<Record<number, CaseEventUpcaster>>>>
>;

/** The upcasters in force. Empty: every event type is still at version 1. */
export const CASE_EVENT_UPCASTERS: CaseEventUpcasterTable = {};

export interface CaseEventCodecOptions {
  readonly upcasters?: CaseEventUpcasterTable;
  readonly versions?: Readonly<Record<CaseEventType, number>>;
}

const isEventType = (
  versions: Readonly<Record<CaseEventType, number>>,
  type: string,
): type is CaseEventType => Object.hasOwn(versions, type);

export const encodeCaseEvent = (
  event: CaseEvent,
  options: CaseEventCodecOptions = {},
): EncodedEvent & { readonly type: CaseEventType } => ({
  type: event.type,
  schemaVersion: (options.versions ?? CASE_EVENT_SCHEMA_VERSIONS)[event.type],
  data: event.data,
});

const upcast = (
  type: CaseEventType,
  from: number,
  to: number,
  data: unknown,
  table: CaseEventUpcasterTable,
): Either<CaseError, unknown> => {
  let current = data;
  for (let version = from; version < to; version++) {
    const step = table[type]?.[version];
    if (step === undefined) {
      return E.left(
        caseError(
          'UNSUPPORTED_SCHEMA_VERSION',
          `A stored ${type} event has schema version ${from}, and there is no upcaster from version ${version} to ${version + 1}.`,
        ),
      );
    }
    try {
      current = step(current);
    } catch (cause) {
      // An upcaster meeting data it cannot read: the stored event is unreadable, say so as a value.
      return E.left(
        caseError(
          'INVALID_EVENT',
          `A stored ${type} event could not be upcast from version ${version}: ${String(cause)}.`,
        ),
      );
    }
  }
  return E.right(current);
};

/**
 * Per event type, the plain-value predicate of its `data` (validation/plain-validator.ts): a
 * stored event whose data passes it is exactly what zod would return, so zod is skipped. Types
 * whose schema the predicate cannot follow are absent, and always go through zod.
 */
const plainData: ReadonlyMap<string, PlainValidator> = (() => {
  const byType = new Map<string, PlainValidator>();
  for (const option of caseEventSchema.options) {
    const shape = option.shape as Readonly<Record<string, z.ZodType>>;
    const keys = Object.keys(shape);
    const tags = (shape.type as unknown as { _zod: { values?: ReadonlySet<unknown> } })?._zod
      .values;
    if (keys.length !== 2 || shape.data === undefined || tags === undefined) continue;
    if ((option._zod.def.checks ?? []).length > 0) continue;
    const valid = compilePlainValidator(shape.data);
    if (valid === undefined) continue;
    for (const tag of tags) if (typeof tag === 'string') byType.set(tag, valid);
  }
  return byType;
})();

/** The event types whose data is checked by the plain-value predicate before zod. */
export const caseEventTypesWithFastPath = (): readonly string[] => [...plainData.keys()];

/**
 * Each event type's name as the one string constant of this module: a type read from storage is
 * a fresh string, which every `switch` on the type (evolve has dozens of cases) would compare
 * character by character; the constant compares by identity.
 */
const typeNames: ReadonlyMap<string, CaseEventType> = new Map(
  (Object.keys(CASE_EVENT_SCHEMA_VERSIONS) as CaseEventType[]).map((type) => [type, type]),
);

const parseData = (stored: CaseEventType, data: unknown): Either<CaseError, CaseEvent> => {
  const type = typeNames.get(stored) ?? stored;
  if (plainData.get(type)?.(data) === true) return E.right({ type, data } as CaseEvent);
  const parsed = caseEventSchema.safeParse({ type, data });
  if (parsed.success) return E.right(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return E.left(
    caseError(
      'INVALID_EVENT',
      `A stored ${type} event is invalid at '${field}': ${issue?.message ?? 'unknown'}.`,
      { field },
    ),
  );
};

export const decodeCaseEvent = (
  stored: EncodedEvent,
  options: CaseEventCodecOptions = {},
): Either<CaseError, CaseEvent> => {
  const versions = options.versions ?? CASE_EVENT_SCHEMA_VERSIONS;
  const { type, schemaVersion } = stored;
  if (!isEventType(versions, type)) {
    return E.left(
      caseError('UNKNOWN_EVENT_TYPE', `'${type}' is not a case event type.`, { field: 'type' }),
    );
  }
  const current = versions[type];
  if (!Number.isInteger(schemaVersion) || schemaVersion < 0 || schemaVersion > current) {
    return E.left(
      caseError(
        'UNSUPPORTED_SCHEMA_VERSION',
        `A stored ${type} event has schema version ${schemaVersion}; this code reads versions up to ${current}.`,
        { field: 'schemaVersion' },
      ),
    );
  }
  if (schemaVersion === current) return parseData(type, stored.data);
  const lifted = upcast(
    type,
    schemaVersion,
    current,
    stored.data,
    options.upcasters ?? CASE_EVENT_UPCASTERS,
  );
  return E.isLeft(lifted) ? lifted : parseData(type, lifted.right);
};

/** The codec the command handler uses, with the upcasters and versions in force (or injected). */
export const createCaseEventCodec = (
  options: CaseEventCodecOptions = {},
): EventCodec<CaseEvent> => ({
  encode: (event) => encodeCaseEvent(event, options),
  decode: (stored) => decodeCaseEvent(stored, options),
});

export const caseEventCodec: EventCodec<CaseEvent> = createCaseEventCodec();
