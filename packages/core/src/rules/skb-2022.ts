/**
 * SKB 2022 (Keputusan Bersama MenPAN-RB 2/2022, Mendagri 800-5474/2022, Ka. BKN 246/2022,
 * Ketua KASN 30/2022, Ketua Bawaslu 1447.1/PM.01/K.1/09/2022, signed 22 Sep 2022),
 * Lampiran II: the violation → sanction matrix, 7 ethics items and 13 discipline items.
 */

import { SKB_2022_DISCIPLINE } from './skb-2022-discipline.js';
import { SKB_2022_ETHICS } from './skb-2022-ethics.js';
import type { Rulebook, SkbCode, SkbItem } from './types.js';

/** The whole matrix, each code exactly once. */
export const SKB_2022: readonly SkbItem[] = [...SKB_2022_ETHICS, ...SKB_2022_DISCIPLINE];

/** Every SKB code, in the order of Lampiran II. */
export const SKB_CODES: readonly SkbCode[] = SKB_2022.map((item) => item.code);

/**
 * The ethics item (bakal calon stage) and its discipline counterpart once candidates are
 * determined: the same behaviour, a different regime and level (§6 modelling note 1).
 */
export const SKB_STAGE_COUNTERPARTS: readonly (readonly [SkbCode, SkbCode])[] = [
  ['KE-1', 'D-1'],
  ['KE-2', 'D-2'],
  ['KE-3', 'D-4'],
  ['KE-4', 'D-6'],
  ['KE-5', 'D-7'],
  ['D-9', 'D-10'],
];

/**
 * The rulebook's row for `code`. Codes are a closed union and every rulebook built by
 * createRulebook holds each exactly once, so a miss is a programming error and throws.
 */
export const skbItem = (rulebook: Rulebook, code: SkbCode): SkbItem => {
  const item = rulebook.skb.find((row) => row.code === code);
  if (item === undefined) throw new Error(`rulebook ${rulebook.version} has no SKB item ${code}`);
  return item;
};

/** The counterpart of `code` at the other candidate stage, if the SKB has one. */
export const skbStageCounterpart = (code: SkbCode): SkbCode | undefined => {
  for (const [bakalCalon, calon] of SKB_STAGE_COUNTERPARTS) {
    if (code === bakalCalon) return calon;
    if (code === calon) return bakalCalon;
  }
  return undefined;
};
