/**
 * Broken NIPs on the command that opens a case (core `case/nip.ts`): an impossible birth date
 * or one before 1900, appointment month 00 or 13, an appointment before the person could be
 * appointed, at an age past the maximum (47 for a PNS/CPNS, 66 by years for a PPPK) or after
 * today, sex digit other than 1 or 2, serial 000, the wrong length, letters; a NIP on someone
 * who is not ASN, none on someone who is, and two respondents sharing one.
 */
import { type CaseErrorCode, NIP_AGE_BOUNDS, type Respondent } from '@netra/core';
import type { Chooser } from './chooser.js';
import { commandAt, type MutationClass, todayOf } from './malformed.js';

const IMPOSSIBLE_BIRTH_DATES = [
  '19850230',
  '19830229',
  '19851301',
  '19850012',
  '19850431',
  '19850000',
  '19001131',
];

const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Birth years a serving employee cannot have: the first ones the bound refuses, and absurd ones. */
export const drawEarlyBirthYear = (c: Chooser): string =>
  pad4(c.pick([0, 1850, 1899, c.int(0, NIP_AGE_BOUNDS.earliestBirthYear - 1)]));

/**
 * A birth year that makes the holder too old at the (unchanged) appointment: for a PNS/CPNS
 * past the month of the 47th birthday whatever the months (48 years or more by year), for a
 * PPPK more than 65 years by year; never before 1900, which is the birth-date class.
 */
export const drawOverAgeBirthYear = (c: Chooser, nip: string, kind: Respondent['kind']): string => {
  const appointmentYear = Number(nip.slice(8, 12));
  const over = kind === 'PPPK' ? NIP_AGE_BOUNDS.PPPK.maximum + 1 : NIP_AGE_BOUNDS.PNS.maximum + 2;
  const oldest = Math.max(NIP_AGE_BOUNDS.earliestBirthYear, appointmentYear - 90);
  return pad4(c.int(Math.min(oldest, appointmentYear - over), appointmentYear - over));
};

type NipBreak = (c: Chooser, nip: string, todayYear: number, kind: Respondent['kind']) => string;

const BREAKS: Readonly<Record<string, NipBreak>> = {
  'birth date': (c, nip) => `${c.pick(IMPOSSIBLE_BIRTH_DATES)}${nip.slice(8)}`,
  'born before 1900': (c, nip) => `${drawEarlyBirthYear(c)}${nip.slice(4)}`,
  'appointed over age': (c, nip, _todayYear, kind) =>
    `${drawOverAgeBirthYear(c, nip, kind)}${nip.slice(4)}`,
  'appointment month 00': (_c, nip) => `${nip.slice(0, 12)}00${nip.slice(14)}`,
  'appointment month 13': (c, nip) =>
    `${nip.slice(0, 12)}${c.pick(['13', '14', '20', '99'])}${nip.slice(14)}`,
  'appointment before birth': (c, nip) =>
    `${nip.slice(0, 8)}${Number(nip.slice(0, 4)) - c.int(1, 30)}${nip.slice(12)}`,
  'appointed under age': (c, nip) =>
    `${nip.slice(0, 8)}${Number(nip.slice(0, 4)) + c.int(0, 17)}${nip.slice(12)}`,
  'appointment after today': (c, nip, todayYear) =>
    `${nip.slice(0, 8)}${todayYear + c.int(1, 5)}${nip.slice(12)}`,
  'sex digit': (c, nip) => `${nip.slice(0, 14)}${c.pick(['0', '3', '4', '9'])}${nip.slice(15)}`,
  'serial 000': (_c, nip) => `${nip.slice(0, 15)}000`,
  '17 digits': (c, nip) => {
    const at = c.int(0, 17);
    return `${nip.slice(0, at)}${nip.slice(at + 1)}`;
  },
  '19 digits': (c, nip) => `${nip}${c.int(0, 9)}`,
  letters: (c, nip) => {
    const at = c.int(0, 17);
    return `${nip.slice(0, at)}${c.pick(['X', 'O', 'l', ' ', '-', '１'])}${nip.slice(at + 1)}`;
  },
  'with separators': (_c, nip) =>
    `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`,
};

interface Opening {
  readonly respondents: readonly Respondent[];
}

export const brokenNip: MutationClass = {
  name: 'invalid-nip',
  weight: 10,
  positions: (h) =>
    (commandAt(h, 0) as unknown as Opening).respondents.some((r) => r.nip !== undefined) ? [0] : [],
  draw: (c, h) => {
    const command = commandAt(h, 0);
    const respondents = (command as unknown as Opening).respondents;
    const asn = respondents.flatMap((r, i) => (r.nip === undefined ? [] : [i]));
    const i = c.pick(asn);
    const r = respondents[i] as Respondent & { readonly nip: string };
    const todayYear = Number(todayOf(h).slice(0, 4));
    const replace = (changed: Respondent, detail: string, acceptable: CaseErrorCode[]) => ({
      input: { ...command, respondents: respondents.map((x, j) => (j === i ? changed : x)) },
      detail: `respondents.${i}: ${detail}`,
      acceptable,
    });
    const how = c.weighted([
      [12, 'break'],
      [1, 'not ASN'],
      [1, 'drop'],
      [asn.length > 1 && asn[0] !== i ? 1 : 0, 'duplicate'],
    ] as const);
    if (how === 'not ASN') {
      const kind = c.pick(['NON_ASN', 'VILLAGE_HEAD', 'VILLAGE_OFFICIAL', 'TNI', 'POLRI'] as const);
      return replace({ ...r, kind }, `${kind} with NIP ${r.nip}`, ['INVALID_NIP']);
    }
    if (how === 'drop') {
      const { nip: _dropped, ...withoutNip } = r;
      return replace(withoutNip, `${r.kind} without NIP`, ['INVALID_NIP']);
    }
    if (how === 'duplicate') {
      const nip = respondents[asn[0] ?? 0]?.nip ?? r.nip;
      // The copied NIP may also not fit this respondent's kind (a PNS NIP on a PPPK).
      return replace({ ...r, nip }, `NIP of respondents.${asn[0]}`, [
        'DUPLICATE_RESPONDENT',
        'INVALID_NIP',
      ]);
    }
    // For a PPPK digits 13–14 are a contract code, where 13 is valid.
    const names = Object.keys(BREAKS).filter(
      (n) => !(n === 'appointment month 13' && r.kind === 'PPPK'),
    );
    const name = c.pick(names);
    const nip = BREAKS[name]?.(c, r.nip, todayYear, r.kind) ?? '';
    return replace({ ...r, nip }, `${name}: ${nip}`, ['INVALID_NIP']);
  },
};
