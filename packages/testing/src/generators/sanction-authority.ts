/**
 * The PPK's sanction on a forwarded ASN respondent, drawn legally (issue 15, PP 94/2021): a
 * sanction that exists for the respondent's kind and is in force on the decision day (core's
 * `sanctionsInForce`, which applies the catalogue's dates and the moderate switch of Pasal 42),
 * imposed by an official whose authority covers it (core's `officialsFor` over the PyBMH table),
 * stating the relation to the respondent where the granting row requires one, which is never
 * assumed. The table and the catalogue are the rulebook's data, read through core rather than
 * copied here, so that a history follows whatever rulebook it is decided under.
 *
 * Whether a sanction is lighter than the recommendation is this module's own reading of the
 * catalogue (`isLighterThanLevel`), so that a wrong flag in the decider shows as a disagreement.
 */
import {
  type AuthorityRelation,
  type AuthorityRow,
  effectiveOn,
  type ImposingOfficial,
  type Instance,
  type IsoDate,
  officialsFor,
  type PersonKind,
  type PositionClass,
  type RecommendationLevel,
  type Respondent,
  type Rulebook,
  type SanctionCode,
  type SanctionType,
  sanctionsInForce,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import type { Jurisdiction } from './regions.js';

/** The recommendation levels, lightest first (PP 42/2004 Pasal 15(3); PP 94/2021 Pasal 8). */
const LEVEL_ORDER: readonly RecommendationLevel[] = [
  'MORAL_TERTUTUP',
  'MORAL_TERBUKA',
  'LIGHT',
  'MODERATE',
  'HEAVY',
  'PTDH',
];

/**
 * The levels a sanction carries out: its own (the two moral statements told apart) and the ones
 * the catalogue says it also meets (a PPPK's termination where a PNS gets PTDH).
 */
const levelsOf = (s: SanctionType): RecommendationLevel[] => {
  const own: RecommendationLevel =
    s.level === 'MORAL'
      ? s.code === 'MORAL_TERBUKA'
        ? 'MORAL_TERBUKA'
        : 'MORAL_TERTUTUP'
      : s.level;
  const also = (s.alsoMeets ?? []).flatMap((l): RecommendationLevel[] =>
    l === 'MORAL' ? ['MORAL_TERTUTUP', 'MORAL_TERBUKA'] : [l],
  );
  return [own, ...also];
};

/** Whether `s` carries out a recommendation of `level`. */
export const carriesOutLevel = (s: SanctionType, level: RecommendationLevel): boolean =>
  levelsOf(s).includes(level);

/** Whether `s` is lighter than `level`: every level it carries out ranks below it. */
export const isLighterThanLevel = (s: SanctionType, level: RecommendationLevel): boolean =>
  Math.max(...levelsOf(s).map((l) => LEVEL_ORDER.indexOf(l))) < LEVEL_ORDER.indexOf(level);

/** The sanction type of `code` in the rulebook's catalogue. */
export const sanctionOf = (rulebook: Rulebook, code: SanctionCode): SanctionType => {
  const type = rulebook.sanctions.find((s) => s.code === code);
  if (type === undefined) throw new RangeError(`no sanction ${code} in ${rulebook.version}`);
  return type;
};

/** The instance of the official over an OPD of the case's region (a province or a kab/kota). */
export const instanceOf = (j: Jurisdiction): Instance =>
  j.level === 'KABKOTA' ? 'KABKOTA' : 'PROVINSI';

/** The position class the posts people.ts gives put their holder in. */
const POST_CLASSES: Readonly<Record<string, PositionClass>> = {
  Guru: 'FUNGSIONAL_LAINNYA',
  'Guru Ahli Pertama': 'FUNGSIONAL_LAINNYA',
  'Pranata Komputer Ahli Pertama': 'FUNGSIONAL_LAINNYA',
  'Analis Kepegawaian': 'FUNGSIONAL_LAINNYA',
  Perawat: 'FUNGSIONAL_LAINNYA',
  'Penyuluh Pertanian': 'FUNGSIONAL_LAINNYA',
  'Kepala Seksi Pelayanan': 'PENGAWAS',
  'Kepala Bidang': 'ADMINISTRATOR',
  Camat: 'ADMINISTRATOR',
};

/**
 * The respondent's position class: the one their post names, or (no post given) one an
 * employee of their kind may hold in a regional OPD — a JPT Madya only in a province.
 */
export const drawPositionClass = (
  c: Chooser,
  respondent: Respondent,
  j: Jurisdiction,
): PositionClass => {
  const byPost = respondent.position === undefined ? undefined : POST_CLASSES[respondent.position];
  if (byPost !== undefined) return byPost;
  if (respondent.kind === 'CPNS') return c.pick(['PELAKSANA', 'FUNGSIONAL_LAINNYA'] as const);
  if (respondent.kind === 'PPPK') {
    return c.weighted<PositionClass>([
      [2, 'FUNGSIONAL_LAINNYA'],
      [1, 'PELAKSANA'],
    ]);
  }
  return c.weighted<PositionClass>([
    [4, 'PELAKSANA'],
    [2, 'PENGAWAS'],
    [2, 'ADMINISTRATOR'],
    [2, 'FUNGSIONAL_LAINNYA'],
    [1, 'JPT_PRATAMA'],
    [1, 'FUNGSIONAL_AHLI_UTAMA'],
    [j.level === 'PROVINSI' ? 1 : 0, 'JPT_MADYA'],
  ]);
};

/** One legal way to sanction: the sanction, and the row of the official who may impose it. */
export interface SanctionOption {
  readonly sanction: SanctionType;
  readonly row: AuthorityRow;
}

const cache = new WeakMap<Rulebook, Map<string, readonly SanctionOption[]>>();

/**
 * Every sanction a respondent of `kind` in `position` may be given on `on` by an official at
 * `instance`, with each official who may impose it (one row each). Memoised per rulebook: the
 * day matters only through the sanctions in force and the rows of the table in force on it, so
 * days that agree on both share an answer (asking the table afresh costs milliseconds).
 */
export const sanctionOptions = (
  rulebook: Rulebook,
  kind: PersonKind,
  instance: Instance,
  position: PositionClass,
  on: IsoDate,
): readonly SanctionOption[] => {
  let memo = cache.get(rulebook);
  if (memo === undefined) {
    memo = new Map();
    cache.set(rulebook, memo);
  }
  const inForce = sanctionsInForce(rulebook, on, kind);
  const rowsInForce = rulebook.authority.map((row) => (effectiveOn(row, on) ? 1 : 0)).join('');
  const key = `${kind}|${instance}|${position}|${inForce.map((s) => s.code)}|${rowsInForce}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const options = inForce.flatMap((sanction) =>
    officialsFor(rulebook, {
      instance,
      respondentPosition: position,
      respondentKind: kind,
      sanction: sanction.code,
      on,
    }).map((row) => ({ sanction, row })),
  );
  memo.set(key, options);
  return options;
};

/** What the walk decided: the command's fields, and how the sanction meets the recommendation. */
export interface DrawnSanction {
  readonly sanction: SanctionCode;
  readonly official: ImposingOfficial;
  readonly instance: Instance;
  readonly relation: AuthorityRelation | undefined;
  readonly respondentPosition: PositionClass;
  /** Lighter than the recommendation (recorded and flagged, not refused: Pasal 24(3)). */
  readonly lighter: boolean;
}

/**
 * A legal sanction for the respondent on `on`: mostly one that carries out the recommended
 * level, sometimes a lighter one (the official under-punishes), now and then a heavier one.
 * Undefined when nobody at the instance may sanction the respondent in any position.
 */
export const drawSanction = (
  c: Chooser,
  rulebook: Rulebook,
  respondent: Respondent,
  j: Jurisdiction,
  recommended: RecommendationLevel,
  on: IsoDate,
  heavyAllowed = true,
): DrawnSanction | undefined => {
  const instance = instanceOf(j);
  // Without an examination team a heavy sanction is refused (EXAMINATION_TEAM_REQUIRED).
  const allowed = (o: SanctionOption): boolean =>
    heavyAllowed || (o.sanction.level !== 'HEAVY' && o.sanction.level !== 'PTDH');
  let position = drawPositionClass(c, respondent, j);
  let options = sanctionOptions(rulebook, respondent.kind, instance, position, on).filter(allowed);
  if (options.length === 0) {
    position = 'PELAKSANA';
    options = sanctionOptions(rulebook, respondent.kind, instance, position, on).filter(allowed);
  }
  if (options.length === 0) return undefined;
  const meeting = options.filter((o) => carriesOutLevel(o.sanction, recommended));
  const lighter = options.filter((o) => isLighterThanLevel(o.sanction, recommended));
  const heavier = options.filter((o) => !meeting.includes(o) && !lighter.includes(o));
  const pool = c.weighted<readonly SanctionOption[]>([
    [meeting.length > 0 ? 12 : 0, meeting],
    [lighter.length > 0 ? 5 : 0, lighter],
    [heavier.length > 0 ? 2 : 0, heavier],
  ]);
  // The sanction first, then one of the officials who may impose it.
  const codes = [...new Set(pool.map((o) => o.sanction.code))];
  const code = c.pick(codes);
  const { sanction, row } = c.pick(pool.filter((o) => o.sanction.code === code));
  return {
    sanction: sanction.code,
    official: row.official,
    instance,
    relation: row.relation,
    respondentPosition: position,
    lighter: isLighterThanLevel(sanction, recommended),
  };
};

/** The name an official signs with, for the region of the case and the respondent's agency. */
export const officialName = (
  official: ImposingOfficial,
  j: Jurisdiction,
  agencyName: string,
): string => {
  const place = j.region.name.replace(/^(Kabupaten|Kota Administrasi|Kota|Provinsi) /, '');
  const head =
    j.level === 'PROVINSI'
      ? `Gubernur ${j.province.name}`
      : j.region.name.startsWith('Kota')
        ? `Wali Kota ${place}`
        : `Bupati ${place}`;
  switch (official) {
    case 'PRESIDEN':
      return 'Presiden Republik Indonesia';
    case 'PPK':
    case 'BUPATI_WALIKOTA':
      return head;
    case 'JPT_MADYA':
      return `Sekretaris Daerah ${j.province.name}`;
    case 'JPT_PRATAMA':
    case 'OPD_HEAD':
      return `Kepala ${agencyName}`;
    case 'ADMINISTRATOR':
      return `Kepala Bidang, ${agencyName}`;
    case 'PENGAWAS':
      return `Kepala Seksi, ${agencyName}`;
    case 'FUNGSIONAL_DESIGNATED':
      return `Pejabat Fungsional Ahli Madya, ${agencyName}`;
    case 'KEPALA_DESA':
      return 'Kepala Desa';
  }
};
