import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { type CaseCommand, parseCaseCommand } from '../../src/case/index.js';
import {
  clarify,
  completeRequirements,
  decide,
  decline,
  extend,
  forward,
  receiveInternalReport,
  receiveReport,
  recordFinding,
  refer,
  register,
  rejectedAtBoundary as rejected,
  reroute,
  review,
  violation,
  withdraw,
} from './builders.js';
import { PEMILU as s, satgasOf } from './fixtures.js';

/*
 * Unknown keys are refused, never stripped (DESIGN.md §3 "parse (strict zod…)"): a clerk's
 * `nota` instead of `note` used to vanish with its text, and the command was accepted.
 */

/** A JSON round trip of `command` with `key: value` added to the object at `path`. */
const withKey = (
  command: unknown,
  path: readonly (string | number)[],
  key: string,
  value = 'x',
) => {
  const copy = JSON.parse(JSON.stringify(command));
  const target = path.reduce((o, k) => o[k], copy);
  // defineProperty, so that `__proto__` becomes an own key, as JSON.parse makes it.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
};

const EVERY_COMMAND: readonly CaseCommand[] = [
  receiveReport(s),
  recordFinding(s),
  receiveInternalReport(s, satgasOf(s.respondents[0])),
  review(s),
  completeRequirements(s, ['EVIDENCE']),
  register(s),
  decline(s, 'TIME_BARRED', s.t.reviewAt),
  withdraw(s, s.t.reviewAt),
  clarify(s, { kind: 'WITNESS', name: 'Sumarni' }),
  extend(s),
  decide(s, 'x'),
  forward(s, ['x']),
  reroute(s, ['x'], true),
  refer(s, 'x'),
];

describe('strict command schemas: unknown keys are refused, naming the key', () => {
  it('a typo `nota` for `note` is refused, not silently dropped with the text', () => {
    const error = rejected({ ...review(s), nota: 'Laporan lengkap, lanjut registrasi.' });
    expect(error).toEqual({
      code: 'INVALID_COMMAND',
      field: 'nota',
      message: "The command is invalid at 'nota': unknown field 'nota'.",
    });
  });

  it.each(EVERY_COMMAND.map((c) => [c.type, c] as const))(
    '%s refuses an unknown top-level key',
    (_type, command) => {
      expect(rejected(withKey(command, [], 'catatan'))).toMatchObject({
        code: 'INVALID_COMMAND',
        field: 'catatan',
        message: expect.stringContaining("unknown field 'catatan'"),
      });
    },
  );

  it.each([
    ['meta', receiveReport(s), ['meta'], 'meta.nota'],
    ['the actor reference', receiveReport(s), ['meta', 'actor'], 'meta.actor.nama'],
    ['a respondent', receiveReport(s), ['respondents', 0], 'respondents.0.nama'],
    [
      'a respondent’s agency',
      receiveReport(s),
      ['respondents', 1, 'agency'],
      'respondents.1.agency.kode',
    ],
    ['the reporter', receiveReport(s), ['reporter'], 'reporter.telepon'],
    ['the incident', receiveReport(s), ['incident'], 'incident.lokasi'],
    ['the region', receiveReport(s), ['region'], 'region.nama'],
    ['an evidence item', receiveReport(s), ['evidence', 0], 'evidence.0.url'],
    ['the supervising office', recordFinding(s), ['supervisingOffice'], 'supervisingOffice.kode'],
    [
      'an INCOMPLETE review result',
      review(s, { outcome: 'INCOMPLETE', missing: ['EVIDENCE'] }),
      ['result'],
      'result.catatan',
    ],
    ['a COMPLETE review result', review(s), ['result'], 'result.missing'],
    [
      'a clarification party',
      clarify(s, { kind: 'WITNESS', name: 'S' }),
      ['party'],
      'party.respondentId',
    ],
    ['a VIOLATION decision', decide(s, 'x'), ['decision'], 'decision.reason'],
    [
      'a stage override',
      decide(s, 'x', violation(s, { stageOverride: { stage: 'CALON', reason: 'r' } })),
      ['decision', 'stageOverride'],
      'decision.stageOverride.alasan',
    ],
  ] as const)('inside %s: field is the full path of the key', (_where, command, path, field) => {
    const key = field.split('.').at(-1) ?? '';
    expect(rejected(withKey(command, path, key))).toMatchObject({
      code: field.startsWith('meta.actor.') ? 'INVALID_ACTOR' : 'INVALID_COMMAND',
      field,
      message: expect.stringContaining(`unknown field '${key}'`),
    });
  });

  it('the union on `type` checks the keys of the named command only: `note` belongs to review, not to RegisterCase', () => {
    expect(E.isRight(parseCaseCommand({ ...review(s), note: 'ok' }))).toBe(true);
    expect(rejected({ ...register(s), note: 'ok' })).toMatchObject({ field: 'note' });
    // `respondentId` is a DecideRespondent field; ForwardToSupervisor takes `respondentIds`.
    expect(rejected({ ...forward(s, ['x']), respondentId: 'x' })).toMatchObject({
      field: 'respondentId',
    });
  });

  it('an own `__proto__` key, as JSON.parse makes it, is refused by name', () => {
    const json = JSON.stringify(register(s));
    const error = rejected(JSON.parse(`{"__proto__":{"admin":true},${json.slice(1)}`));
    expect(error).toMatchObject({
      code: 'INVALID_COMMAND',
      field: '__proto__',
      message: expect.stringContaining("unknown field '__proto__'"),
    });
    expect(rejected(withKey(receiveReport(s), ['respondents', 0], '__proto__'))).toMatchObject({
      field: 'respondents.0.__proto__',
    });
  });

  it('an own `__proto__` key in the loose actor scope is refused too (a zod record drops it silently)', () => {
    const command = withKey(register(s), ['meta', 'actor', 'scope'], '__proto__', 'x');
    expect(rejected(command)).toMatchObject({
      code: 'INVALID_ACTOR',
      field: 'meta.actor.scope.__proto__',
      message: expect.stringContaining("unknown field '__proto__'"),
    });
  });

  it('several unknown keys: the field names the first, the message all of them', () => {
    const error = rejected({ ...register(s), nomor: '1', tanggal: '2' });
    expect(error.field).toBe('nomor');
    expect(error.message).toContain("unknown fields 'nomor', 'tanggal'");
  });

  it('a misspelt required key is reported as the unknown key, which points at the typo', () => {
    const { description: _description, ...rest } = s.incident;
    const command = { ...receiveReport(s), incident: { ...rest, descripton: 'Unggahan.' } };
    expect(rejected(command)).toMatchObject({
      code: 'INVALID_COMMAND',
      field: 'incident.descripton',
      message: expect.stringContaining("unknown field 'descripton'"),
    });
  });

  it('a huge unknown key is shortened in the field and the message', () => {
    const key = 'k'.repeat(1_000_000);
    const error = rejected({ ...register(s), [key]: 1 });
    expect(error.code).toBe('INVALID_COMMAND');
    expect(error.field?.length).toBeLessThanOrEqual(201);
    expect(error.message.length).toBeLessThan(600);
  });
});
