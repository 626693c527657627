/**
 * Mutations of the command's shape, which the boundary (zod, then the actor and NIP checks)
 * must refuse: a required field removed, a field of the wrong JSON type, a string that breaks
 * its format (a date that does not exist, an instant without offset, a blank name…).
 */
import type { CaseErrorCode } from '@netra/core';
import type { Chooser } from './chooser.js';
import { getAt, type JsonPath, pathsOf, setAt, showPath } from './json-paths.js';
import { commandAt, everyPosition, type MutationClass } from './malformed.js';

/** Keys the schemas make optional: removing one leaves a valid command. */
export const OPTIONAL_KEYS = new Set([
  'correlationId',
  'causationId',
  'unit',
  'position',
  'note',
  'statement',
  'expectedSupervisor',
  'letterNumber',
  'stageOverride',
  'receivedAt',
  'copies',
  'status',
  // DecideSanction: the official's relation to the respondent, a repeat offence.
  'relation',
  'repeatOf',
]);

export const inScope = (path: JsonPath): boolean =>
  path[0] === 'meta' && path[1] === 'actor' && path[2] === 'scope' && path.length > 3;
const lastKey = (path: JsonPath): string | number | undefined => path.at(-1);
const isRegime = (path: JsonPath): boolean => path.length === 1 && path[0] === 'regime';

/** The boundary's answer to a shape error; a regime has its own code (parse.ts). */
const shapeCodes = (path: JsonPath): CaseErrorCode[] =>
  isRegime(path) ? ['UNKNOWN_REGIME', 'INVALID_COMMAND'] : ['INVALID_COMMAND'];

/** What removing the node at `path` must cause, or undefined when the command stays valid. */
const missingCodes = (command: unknown, path: JsonPath): CaseErrorCode[] | undefined => {
  const key = lastKey(path);
  if (typeof key === 'number') return undefined; // an array item, not a field
  // A supervisor's PROVEN result must name its letter, which is optional elsewhere.
  if (key === 'letterNumber' && path[0] === 'result') return shapeCodes(path);
  if (OPTIONAL_KEYS.has(key ?? '')) return undefined;
  // The scope is a loose record at the boundary; the actor check names the missing part.
  if (inScope(path)) return ['INVALID_ACTOR'];
  // The schema lets nip be absent; the decider requires it of an ASN respondent.
  if (key === 'nip') return ['INVALID_NIP'];
  if (key === 'evidence' && getAt(command, ['type']) === 'CompleteRequirements') return undefined;
  if (key === 'skbCode') {
    const tracks = getAt(command, ['decision', 'tracks']);
    return Array.isArray(tracks) && tracks.includes('NEUTRALITY')
      ? ['SKB_CODE_REQUIRED']
      : undefined;
  }
  return shapeCodes(path);
};

export const missingField: MutationClass = {
  name: 'missing-field',
  weight: 7,
  positions: everyPosition,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const candidates = pathsOf(command).flatMap((path) => {
      const codes = missingCodes(command, path);
      return codes === undefined ? [] : [{ path, codes }];
    });
    const { path, codes } = c.pick(candidates);
    return { input: setAt(command, path, undefined), detail: showPath(path), acceptable: codes };
  },
};

type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

const kindOf = (v: unknown): JsonKind =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonKind);

const WRONG_VALUES: readonly unknown[] = [
  42,
  -1.5,
  0,
  true,
  false,
  null,
  'x',
  '',
  [],
  ['x'],
  {},
  { a: 1 },
];

export const wrongType: MutationClass = {
  name: 'wrong-type',
  weight: 7,
  positions: everyPosition,
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const path = c.pick(pathsOf(command));
    const original = getAt(command, path);
    const replacement = c.pick(WRONG_VALUES.filter((v) => kindOf(v) !== kindOf(original)));
    return {
      input: setAt(command, path, replacement),
      detail: `${showPath(path)} = ${JSON.stringify(replacement)}`,
      acceptable: shapeCodes(path),
    };
  },
};

const BLANK = ['', ' ', '   ', '\t\n'];
const BAD_DATES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-06-31',
  '2024-8-1',
  '01-08-2024',
  '2024/08/01',
  '20240801',
  'kemarin',
  '2024-08-01T10:00:00+07:00',
];
const DATE_KEYS = new Set(['occurredOn', 'knownOn', 'discoveredOn', 'heldOn', 'conductOn']);
const NON_EMPTY_KEYS = new Set([
  'name',
  'description',
  'place',
  'address',
  'summary',
  'registrationNumber',
  'commandId',
  'letterNumber',
  'correlationId',
  'causationId',
  'respondentId',
  'ref',
  'unit',
  'position',
  'role',
  'id',
  'statement',
  'note',
  'addressee',
  'decreeNumber',
  'agencyId',
]);
const ENUM_KEYS = new Set([
  'kind',
  'timeZone',
  'level',
  'outcome',
  'type',
  'expectedSupervisor',
  'skbCode',
  'stage',
  'conclusion',
  'status',
  // The proceedings after the forward (issue 15).
  'sanction',
  'official',
  'instance',
  'relation',
  'respondentPosition',
  // The criminal track after the forward to Polri.
  'step',
  'verdict',
]);
const ENUM_LISTS = new Set(['missing', 'supplied', 'tracks', 'channels', 'skbCodes']);

/** Bad strings for the string at `path`, and the code they must cause; undefined if none apply. */
const badStrings = (
  command: unknown,
  path: JsonPath,
  value: string,
): { readonly bad: readonly string[]; readonly codes: CaseErrorCode[] } | undefined => {
  const key = lastKey(path);
  const parent = path.at(-2);
  if (inScope(path)) {
    // Reporter, supervisor, system… have a free scope; the others' scope parts have a format.
    const role = getAt(command, ['meta', 'actor', 'role']);
    if (!['bawaslu', 'satgas', 'superior', 'ppk', 'gakkumdu'].includes(String(role)))
      return undefined;
    // A kecamatan code is a valid region code of a Panwaslu Kecamatan, and only of one.
    const kecamatan = getAt(command, ['meta', 'actor', 'scope', 'bawasluLevel']) === 'KECAMATAN';
    const bad =
      key === 'bawasluLevel'
        ? ['KAB', 'kabkota', 'PUSAT']
        : key === 'regionCode'
          ? ['3402', 'DIY', '34.2', kecamatan ? '34.02' : '34.02.01', '']
          : BLANK;
    return { bad, codes: ['INVALID_ACTOR'] };
  }
  if (key === 'occurredAt' || key === 'receivedAt') {
    const day = value.slice(0, 10);
    return {
      bad: [
        `${day}T10:00:00`,
        day,
        `${day} 10:00:00+07:00`,
        `${day}T10:00+07:00`,
        '2024-02-30T10:00:00+07:00',
        'sekarang',
      ],
      codes: ['INVALID_COMMAND'],
    };
  }
  if (typeof key === 'string' && DATE_KEYS.has(key))
    return { bad: BAD_DATES, codes: ['INVALID_COMMAND'] };
  if (key === 'regionCode' && parent === 'to') {
    // The office a case is handed to: its code must fit its level.
    const level = getAt(command, ['to', 'level']);
    return {
      bad: ['3402', 'DIY', '34.2', level === 'KECAMATAN' ? '34.02' : '34.02.01', ''],
      codes: ['INVALID_COMMAND'],
    };
  }
  if (key === 'code' && parent === 'region')
    return {
      bad: ['3402', 'DIY-BTL', '34.2', '34.02.01', 'Bantul', ''],
      codes: ['INVALID_COMMAND'],
    };
  if (key === 'nik')
    return {
      bad: [value.slice(1), `${value}0`, `${value.slice(0, 15)}X`, '', 'KTP-3402'],
      codes: ['INVALID_COMMAND'],
    };
  if (key === 'caseId')
    return {
      bad: ['case with spaces', '', 'kasus-ñ', 'x'.repeat(201)],
      codes: ['INVALID_COMMAND'],
    };
  if (key === 'regime') return undefined; // the unknown-regime class
  if (key === 'nip') return undefined; // the NIP class
  if (key === 'reason') {
    // A decline's, an unblock's and an exit's reason is an enum; every other reason is free text
    // that must not be blank.
    const type = getAt(command, ['type']);
    const isEnum =
      type === 'DeclineRegistration' ||
      type === 'UnblockPersonnelData' ||
      type === 'RecordRespondentExit';
    return {
      bad: isEnum && path.length === 1 ? ['UNKNOWN', value.toLowerCase(), ...BLANK] : BLANK,
      codes: ['INVALID_COMMAND'],
    };
  }
  if (typeof key === 'string' && ENUM_KEYS.has(key))
    return { bad: ['UNKNOWN', value.toLowerCase(), `${value} `, ''], codes: ['INVALID_COMMAND'] };
  if (typeof key === 'number' && typeof parent === 'string' && ENUM_LISTS.has(parent))
    return { bad: ['UNKNOWN', value.toLowerCase()], codes: ['INVALID_COMMAND'] };
  if (typeof key === 'number' && (parent === 'respondentIds' || parent === 'copies'))
    return { bad: BLANK, codes: ['INVALID_COMMAND'] };
  if (typeof key === 'string' && NON_EMPTY_KEYS.has(key))
    return { bad: BLANK, codes: ['INVALID_COMMAND'] };
  return undefined;
};

export const malformedValue: MutationClass = {
  name: 'malformed-value',
  weight: 7,
  positions: everyPosition,
  draw: (c: Chooser, h, position) => {
    const command = commandAt(h, position);
    const candidates = pathsOf(command).flatMap((path) => {
      const value = getAt(command, path);
      if (typeof value !== 'string') return [];
      const rule = badStrings(command, path, value);
      return rule === undefined ? [] : [{ path, ...rule }];
    });
    const { path, bad, codes } = c.pick(candidates);
    const replacement = c.pick(bad);
    return {
      input: setAt(command, path, replacement),
      detail: `${showPath(path)} = ${JSON.stringify(replacement)}`,
      acceptable: codes,
    };
  },
};
