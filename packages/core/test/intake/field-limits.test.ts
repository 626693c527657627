import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  CASE_FIELD_LIMITS,
  CASE_LIST_CEILINGS,
  type CaseCommand,
  type CaseError,
  createCaseCommandParser,
  parseCaseCommand,
} from '../../src/case/index.js';
import type { Respondent } from '../../src/case/schema/primitives.js';
import {
  clarify,
  decide,
  extend,
  forward,
  receiveReport,
  register,
  review,
  withdraw,
} from './builders.js';
import { PEMILU as s } from './fixtures.js';

/*
 * Every field of a command has a size limit (schema/limits.ts): 10 MiB strings, a 10 MiB
 * command id and 20,000 respondents used to be accepted, stored and hashed.
 */

const { id, name, text, evidenceRef } = CASE_FIELD_LIMITS;
const MiB10 = 10 * 1024 * 1024;

const rejected = (input: unknown, parse = parseCaseCommand): CaseError => {
  const parsed = parse(input);
  if (E.isRight(parsed)) return expect.fail('expected the command to be rejected at the boundary');
  return parsed.left;
};

/** A JSON copy of `command` with the string at `path` replaced. */
const set = (command: CaseCommand, path: string, value: unknown): unknown => {
  const copy = JSON.parse(JSON.stringify(command));
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((o, k) => o[k], copy);
  parent[last] = value;
  return copy;
};

const report = receiveReport(s);
const bawasluMeta = report.meta;

/** [field, limit, a valid command that has the field]. */
const STRING_FIELDS: readonly (readonly [string, number, CaseCommand])[] = [
  ['meta.commandId', id, report],
  ['meta.correlationId', id, { ...report, meta: { ...bawasluMeta, correlationId: 'c' } }],
  ['meta.causationId', id, { ...report, meta: { ...bawasluMeta, causationId: 'c' } }],
  ['meta.actor.id', id, report],
  ['meta.actor.role', id, report],
  ['respondents.0.respondentId', id, report],
  ['respondents.0.agency.id', id, report],
  ['respondents.0.name', name, report],
  ['respondents.0.position', name, report],
  ['respondents.1.unit', name, report],
  ['respondents.0.agency.name', name, report],
  ['reporter.id', id, report],
  ['reporter.name', name, report],
  ['reporter.address', name, report],
  ['region.name', name, report],
  ['incident.place', name, report],
  ['incident.description', text, report],
  ['evidence.0.ref', evidenceRef, report],
  ['registrationNumber', id, register(s)],
  ['note', text, { ...review(s), note: 'n' }],
  ['statement', text, withdraw(s, s.t.reviewAt)],
  ['summary', text, clarify(s, { kind: 'WITNESS', name: 'S' })],
  ['party.name', name, clarify(s, { kind: 'WITNESS', name: 'S' })],
  ['reason', text, extend(s)],
  ['respondentId', id, decide(s, 'x')],
  ['letterNumber', id, { ...forward(s, ['x']), letterNumber: 'B-1' }],
  ['respondentIds.0', id, forward(s, ['x'])],
];

describe('size limits per field', () => {
  it.each(STRING_FIELDS)(
    '%s: %i characters pass, one more is refused naming the limit',
    (field, limit, command) => {
      expect(E.isRight(parseCaseCommand(set(command, field, 'a'.repeat(limit)))), field).toBe(true);
      // The actor is the host's (put into meta.actor by the handler): its faults are INVALID_ACTOR.
      expect(rejected(set(command, field, 'a'.repeat(limit + 1)))).toEqual(
        field.startsWith('meta.actor.')
          ? {
              code: 'INVALID_ACTOR',
              field,
              message: `The acting person is not described correctly (${field}): must be at most ${limit} characters.`,
            }
          : {
              code: 'INVALID_COMMAND',
              field,
              message: `The command is invalid at '${field}': must be at most ${limit} characters.`,
            },
      );
    },
  );

  it('a 10 MiB command id or description is refused', () => {
    expect(rejected(set(report, 'meta.commandId', 'c'.repeat(MiB10)))).toMatchObject({
      field: 'meta.commandId',
    });
    expect(rejected(set(report, 'incident.description', 'd'.repeat(MiB10)))).toMatchObject({
      field: 'incident.description',
      message: expect.stringContaining(`at most ${text} characters`),
    });
  });

  it('a NIP is bounded like an id, yet a 19-digit NIP still reaches the NIP check', () => {
    expect(rejected(set(report, 'respondents.0.nip', '1'.repeat(id + 1)))).toMatchObject({
      field: 'respondents.0.nip',
    });
    expect(E.isRight(parseCaseCommand(set(report, 'respondents.0.nip', '1'.repeat(19))))).toBe(
      true,
    );
  });

  it('actor scope values and keys are bounded like ids, and a scope has at most 10 entries', () => {
    expect(rejected(set(report, 'meta.actor.scope.regionCode', '3'.repeat(id + 1)))).toMatchObject({
      field: 'meta.actor.scope.regionCode',
      message: expect.stringContaining(`at most ${id}`),
    });
    const longKey = 'k'.repeat(id + 1);
    const error = rejected(set(report, `meta.actor.scope.${longKey}`, 'v'));
    expect(error.field).toBe(`meta.actor.scope.${'k'.repeat(id)}…`);
    expect(error.message).toContain(`the field name must be at most ${id} characters`);
    const scope = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    expect(rejected(set(report, 'meta.actor.scope', scope))).toMatchObject({
      field: 'meta.actor.scope',
      message: expect.stringContaining('at most 10 entries'),
    });
  });

  const respondent = (i: number): Respondent => ({
    respondentId: `r-${i}`,
    name: `Terlapor ${i}`,
    kind: 'NON_ASN',
    agency: { id: 'dinas', name: 'Dinas' },
  });
  const respondents = (n: number) => Array.from({ length: n }, (_, i) => respondent(i));
  const evidence = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ref: `bukti-${i}.png`, kind: 'PHOTO' as const }));

  it('respondents: 1,000 pass, 1,001 and 20,000 are refused', () => {
    expect(E.isRight(parseCaseCommand({ ...report, respondents: respondents(1000) }))).toBe(true);
    for (const n of [1001, 20_000]) {
      expect(rejected({ ...report, respondents: respondents(n) })).toEqual({
        code: 'INVALID_COMMAND',
        field: 'respondents',
        message: "The command is invalid at 'respondents': must list at most 1000 respondents.",
      });
    }
  });

  it('evidence: 500 pass, 501 are refused; respondent ids of a forward follow the respondents limit', () => {
    expect(E.isRight(parseCaseCommand({ ...report, evidence: evidence(500) }))).toBe(true);
    expect(rejected({ ...report, evidence: evidence(501) })).toMatchObject({
      field: 'evidence',
      message: expect.stringContaining('at most 500 evidence items'),
    });
    const ids = (n: number) => respondents(n).map((r) => r.respondentId);
    expect(E.isRight(parseCaseCommand(forward(s, ids(1000))))).toBe(true);
    expect(rejected(forward(s, ids(1001)))).toMatchObject({ field: 'respondentIds' });
  });

  it('the limits are the documented ones', () => {
    expect(CASE_FIELD_LIMITS).toEqual({
      id: 200,
      name: 500,
      text: 20_000,
      evidenceRef: 2_000,
      scopeEntries: 10,
      respondents: 1_000,
      evidence: 500,
    });
    expect(CASE_LIST_CEILINGS).toEqual({ respondents: 10_000, evidence: 5_000 });
  });
});

describe('createCaseCommandParser: an office moves its list limits', () => {
  const respondents = (n: number): Respondent[] =>
    Array.from({ length: n }, (_, i) => ({
      respondentId: `r-${i}`,
      name: `Terlapor ${i}`,
      kind: 'NON_ASN',
      agency: { id: 'dinas', name: 'Dinas' },
    }));

  it('lowered: 5 respondents pass, 6 are refused naming the office limit', () => {
    const parse = createCaseCommandParser({ respondents: 5 });
    expect(E.isRight(parse({ ...report, respondents: respondents(5) }))).toBe(true);
    expect(rejected({ ...report, respondents: respondents(6) }, parse)).toMatchObject({
      field: 'respondents',
      message: expect.stringContaining('at most 5 respondents'),
    });
    expect(rejected(forward(s, ['a', 'b', 'c', 'd', 'e', 'f']), parse)).toMatchObject({
      field: 'respondentIds',
    });
    expect(E.isRight(parseCaseCommand({ ...report, respondents: respondents(6) }))).toBe(true);
  });

  it('raised: 1,500 respondents pass; evidence keeps its default; string limits do not move', () => {
    const parse = createCaseCommandParser({ respondents: 1500 });
    expect(E.isRight(parse({ ...report, respondents: respondents(1500) }))).toBe(true);
    expect(rejected({ ...report, respondents: respondents(1501) }, parse)).toMatchObject({
      field: 'respondents',
    });
    const evidence = Array.from({ length: 501 }, (_, i) => ({ ref: `b-${i}`, kind: 'PHOTO' }));
    expect(rejected({ ...report, evidence }, parse)).toMatchObject({ field: 'evidence' });
    expect(
      rejected(set(report, 'incident.description', 'd'.repeat(text + 1)), parse),
    ).toMatchObject({ field: 'incident.description' });
  });

  it('evidence raised to its ceiling', () => {
    const parse = createCaseCommandParser({ evidence: CASE_LIST_CEILINGS.evidence });
    const evidence = Array.from({ length: 5000 }, (_, i) => ({ ref: `b-${i}`, kind: 'PHOTO' }));
    expect(E.isRight(parse({ ...report, evidence }))).toBe(true);
  });

  it.each([
    ['a fraction', { respondents: 1.5 }, "'respondents'"],
    ['zero', { evidence: 0 }, "'evidence'"],
    ['NaN', { evidence: Number.NaN }, "'evidence'"],
    [
      'above the ceiling',
      { respondents: 10_001 },
      "'respondents' must be an integer from 1 to 10000",
    ],
    ['a string', { respondents: '2000' }, "'respondents'"],
    ['an unknown name', { respondent: 5 }, "unknown case list limit 'respondent'"],
    ['a string limit (fixed by design)', { text: 50_000 }, "unknown case list limit 'text'"],
  ])('%s is a programming error: TypeError naming it', (_name, limits, named) => {
    expect(() => createCaseCommandParser(limits as never)).toThrow(TypeError);
    expect(() => createCaseCommandParser(limits as never)).toThrow(named);
  });
});
