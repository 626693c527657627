/**
 * How large each field of a case command may be. Without bounds a 10 MiB note or 20,000
 * respondents would be stored, hashed into the chain and folded on every load of the case.
 *
 * String limits are fixed: every stored event is canonical JSON hashed into the chain and
 * re-read on each load, so a string bound is a promise about the size of history that an
 * auditor, an export and every store adapter rely on; it is not an office's choice. The two list
 * limits (respondents, evidence) follow how large an office's cases are, so an office may move
 * them with `createCaseCommandParser`, up to `CASE_LIST_CEILINGS`.
 */

export const CASE_FIELD_LIMITS = {
  /** Ids, codes, numbers (command id, NIP, registration number, actor id and scope): index keys;
   * a UUID or '001/Reg/LP/PB/Kab/13.08/IX/2024' is far shorter. */
  id: 200,
  /** Names, places, addresses, units, positions: the longest official unit title fits easily. */
  name: 500,
  /** Free text (description, note, reason, summary, statement): about eight typed pages; a
   * longer kronologi is evidence, kept as a document and referenced. */
  text: 20_000,
  /** An evidence reference: a URL (clients keep to about 2,000 characters) or a storage key. */
  evidenceRef: 2_000,
  /** Entries in a free actor scope (reporter, supervisor…): a few attributes, not a profile. */
  scopeEntries: 10,
  /** Respondents of one case (default): an incident seldom names more than a few dozen people;
   * Pilkada 2020 had 1,645 ASN in recommendations across the whole country. */
  respondents: 1_000,
  /** Evidence items of one command (default): the photos, videos and documents of one incident. */
  evidence: 500,
} as const;

/** The limits an office may move: the sizes of lists, which follow its cases. */
export interface CaseListLimits {
  readonly respondents: number;
  readonly evidence: number;
}

export const DEFAULT_CASE_LIST_LIMITS: CaseListLimits = {
  respondents: CASE_FIELD_LIMITS.respondents,
  evidence: CASE_FIELD_LIMITS.evidence,
};

/**
 * The most an office may allow. Events are read back with these bounds (a case opened under a
 * raised limit must stay readable), so they also bound what one stream can hold.
 */
export const CASE_LIST_CEILINGS: CaseListLimits = { respondents: 10_000, evidence: 5_000 };

const LIST_NAMES = Object.keys(DEFAULT_CASE_LIST_LIMITS) as (keyof CaseListLimits)[];

/**
 * The defaults with `limits` applied. Throws a TypeError for an unknown name, a non-integer,
 * a value below 1 or above its ceiling: this is the embedding program's configuration, a bug to
 * fix before the first command, not something a user can cause.
 */
export const resolveCaseListLimits = (limits: Partial<CaseListLimits> = {}): CaseListLimits => {
  for (const name of Object.keys(limits)) {
    if (!LIST_NAMES.includes(name as keyof CaseListLimits)) {
      throw new TypeError(
        `unknown case list limit '${name}': the limits are ${LIST_NAMES.join(', ')}`,
      );
    }
  }
  for (const name of LIST_NAMES) {
    const value = limits[name];
    if (value === undefined) continue;
    const ceiling = CASE_LIST_CEILINGS[name];
    if (!Number.isInteger(value) || value < 1 || value > ceiling) {
      throw new TypeError(
        `case list limit '${name}' must be an integer from 1 to ${ceiling}, not ${String(value)}`,
      );
    }
  }
  return { ...DEFAULT_CASE_LIST_LIMITS, ...stripUndefined(limits) };
};

const stripUndefined = (limits: Partial<CaseListLimits>): Partial<CaseListLimits> =>
  Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
