/**
 * Whether an official may impose a sanction on a respondent (rulebook `authority`, the PyBMH
 * table and the authorities over PPPK and non-ASN respondents). The answer is the row that
 * grants it, or a typed refusal naming what failed and the rule that decides it.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { IsoDate } from '../time/local-date.js';
import { effectiveOn } from './effective.js';
import type {
  AuthorityRelation,
  AuthorityRow,
  ImposingOfficial,
  Instance,
  PersonKind,
  PositionClass,
  SanctionCode,
} from './proceedings-types.js';
import { sanctionType, whyNotInForce } from './sanctions.js';
import type { LegalBasis, NonAsnKind, Rulebook } from './types.js';

/** Who imposes what on whom, and when. */
export interface AuthorityRequest {
  readonly instance: Instance;
  readonly official: ImposingOfficial;
  readonly respondentPosition: PositionClass;
  readonly respondentKind: PersonKind;
  readonly sanction: SanctionCode;
  /** The day the sanction is imposed (the decision date). */
  readonly on: IsoDate;
  /**
   * The official's relation to the respondent, when the command states it. A row that requires
   * a relation grants only when this is that relation; without one, only rows that require none
   * grant.
   */
  readonly relation?: AuthorityRelation;
}

/**
 * What failed, in the order checked:
 * - `SANCTION_NOT_FOR_KIND`: the sanction does not exist for this kind of person (a village-law
 *   sanction on a PNS, PDHTAPS on a PPPK);
 * - `NOT_IN_FORCE`: the sanction is not in force on that day (its dates, or the moderate switch);
 * - `NO_ROW`: the official has no authority over this kind of respondent at this instance;
 * - `POSITION_NOT_COVERED`: the official's rows do not reach the respondent's position;
 * - `SANCTION_NOT_IN_ROW`: they reach the position, but not with this sanction;
 * - `RELATION_NOT_MET`: the rows that grant it require another relation than the one stated;
 * - `ROW_NOT_IN_FORCE`: the rows that grant it are not in force on that day.
 */
export type AuthorityRefusalCode =
  | 'SANCTION_NOT_FOR_KIND'
  | 'NOT_IN_FORCE'
  | 'NO_ROW'
  | 'POSITION_NOT_COVERED'
  | 'SANCTION_NOT_IN_ROW'
  | 'RELATION_NOT_MET'
  | 'ROW_NOT_IN_FORCE';

export interface AuthorityRefusal {
  readonly code: AuthorityRefusalCode;
  /** The request key that failed (the lead command maps it to its own field). */
  readonly field: keyof AuthorityRequest;
  /** A sentence naming the official, the respondent, the sanction and what failed. */
  readonly message: string;
  /** The rule that decides: the sanction's, the row's, or the table's. */
  readonly legalBasis: LegalBasis;
  /** The rows that were considered at the last step reached (empty before the table). */
  readonly rows: readonly AuthorityRow[];
}

/** The PyBMH table as a whole, for a refusal where no row of an ASN respondent applies. */
export const PYBMH_BASIS: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article: 'Pasal 16–25',
  confidence: 'C',
  source: 'gazette OCR, dataset mblonyox/data-peraturan, file pp/2021/94/fulltext.md',
  note: 'the officials with authority to impose discipline sanctions, by position and instance; where there is none, the next higher official (Pasal 25)',
};

const NON_ASN: readonly PersonKind[] = [
  'NON_ASN',
  'VILLAGE_HEAD',
  'VILLAGE_OFFICIAL',
  'TNI',
  'POLRI',
];

const tableBasis = (rulebook: Rulebook, kind: PersonKind): LegalBasis =>
  NON_ASN.includes(kind) ? rulebook.nonAsnRoutes[kind as NonAsnKind].authorityBasis : PYBMH_BASIS;

const list = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : xs.join(', '));

const refuse = (
  code: AuthorityRefusalCode,
  field: keyof AuthorityRequest,
  message: string,
  legalBasis: LegalBasis,
  rows: readonly AuthorityRow[] = [],
): Either<AuthorityRefusal, AuthorityRow> => E.left({ code, field, message, legalBasis, rows });

/**
 * Whether `official` at `instance` may impose `sanction` on a respondent of `respondentKind`
 * holding `respondentPosition`, on the day `on`: the row that grants it, or the refusal.
 */
export const checkAuthority = (
  rulebook: Rulebook,
  request: AuthorityRequest,
): Either<AuthorityRefusal, AuthorityRow> => {
  const { instance, official, respondentPosition: position, respondentKind: kind } = request;
  const { sanction, on, relation } = request;
  const type = sanctionType(rulebook, sanction);
  if (!type.appliesTo.includes(kind)) {
    const instead = rulebook.sanctions.filter((s) => s.appliesTo.includes(kind)).map((s) => s.code);
    return refuse(
      'SANCTION_NOT_FOR_KIND',
      'sanction',
      `${sanction} is not a sanction for a ${kind} (it applies to ${list(type.appliesTo)}); for a ${kind}: ${list(instead)}`,
      type.basis,
    );
  }
  const notInForce = whyNotInForce(rulebook, sanction, on);
  if (notInForce !== undefined) {
    return refuse('NOT_IN_FORCE', 'on', notInForce.message, notInForce.basis);
  }
  const who = `${official} at ${instance}`;
  const ofOfficial = rulebook.authority.filter(
    (row) =>
      row.official === official &&
      (row.instance === 'ANY' || row.instance === instance) &&
      row.respondentKinds.includes(kind),
  );
  if (ofOfficial.length === 0) {
    return refuse(
      'NO_ROW',
      'official',
      `the ${who} has no authority to sanction a ${kind} in the rulebook's table`,
      tableBasis(rulebook, kind),
    );
  }
  const overPosition = ofOfficial.filter((row) => row.over.includes(position));
  if (overPosition.length === 0) {
    const covered = [...new Set(ofOfficial.flatMap((row) => row.over))];
    return refuse(
      'POSITION_NOT_COVERED',
      'respondentPosition',
      `the ${who} may not sanction a ${kind} in a ${position} position (covered: ${list(covered)})`,
      ofOfficial[0]!.basis,
      ofOfficial,
    );
  }
  const withSanction = overPosition.filter((row) => row.sanctions.includes(sanction));
  if (withSanction.length === 0) {
    const allowed = [...new Set(overPosition.flatMap((row) => row.sanctions))];
    return refuse(
      'SANCTION_NOT_IN_ROW',
      'sanction',
      `the ${who} may not impose ${sanction} on a ${kind} in a ${position} position (may impose: ${list(allowed)})`,
      overPosition[0]!.basis,
      overPosition,
    );
  }
  // A row that requires a relation grants only when the request states that relation: an
  // unstated relation is not assumed to hold.
  const related = withSanction.filter(
    (row) => row.relation === undefined || row.relation === relation,
  );
  if (related.length === 0) {
    const required = [...new Set(withSanction.flatMap((row) => row.relation ?? []))];
    return refuse(
      'RELATION_NOT_MET',
      'relation',
      `the ${who} may impose ${sanction} on a ${position} only where the respondent is ${list(required)}, ${relation === undefined ? 'and the command states no relation' : `not ${relation}`}`,
      withSanction[0]!.basis,
      withSanction,
    );
  }
  // A row that states the relation asked about comes before one that requires none.
  const order = (row: AuthorityRow): number => (row.relation === relation ? 0 : 1);
  const inForce = [...related]
    .sort((a, b) => order(a) - order(b))
    .find((row) => effectiveOn(row, on));
  if (inForce === undefined) {
    return refuse(
      'ROW_NOT_IN_FORCE',
      'on',
      `the ${who}'s authority to impose ${sanction} on a ${position} is not in force on ${on} (${related.map((row) => `from ${row.effectiveFrom ?? 'always'} until ${row.effectiveUntil ?? 'now'}`).join('; ')})`,
      related[0]!.basis,
      related,
    );
  }
  return E.right(inForce);
};

/**
 * The officials who may impose `sanction` on a respondent of `respondentKind` in
 * `respondentPosition` at `instance` on `on` (each with the row that grants it): who the command
 * should name, and the higher official Pasal 25 points to.
 */
export const officialsFor = (
  rulebook: Rulebook,
  request: Omit<AuthorityRequest, 'official'>,
): readonly AuthorityRow[] => {
  const officials = [...new Set(rulebook.authority.map((row) => row.official))];
  const relations = [
    undefined,
    ...new Set(rulebook.authority.flatMap((row) => row.relation ?? [])),
  ] as const;
  // Each official once, with the first row that grants: with no relation, else with the
  // relation that row requires (the command must then state it).
  return officials.flatMap((official) => {
    for (const relation of relations) {
      const answer = checkAuthority(rulebook, {
        ...request,
        official,
        ...(relation === undefined ? {} : { relation }),
      });
      if (E.isRight(answer)) return [answer.right];
    }
    return [];
  });
};
