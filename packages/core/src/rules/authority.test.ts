import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  type AuthorityRefusal,
  type AuthorityRequest,
  checkAuthority,
  officialsFor,
  PYBMH_BASIS,
} from './authority.js';
import { AUTHORITY_2024 } from './authority-2024.js';
import type {
  AuthorityRow,
  ImposingOfficial,
  Instance,
  PositionClass,
  SanctionCode,
} from './proceedings-types.js';
import { createRulebook, defaultRulebook } from './rulebook.js';
import { isSanctionInForce, sanctionType } from './sanctions.js';

const rb = defaultRulebook;
const ON = '2024-06-01';
const INSTANCES: readonly Instance[] = ['PUSAT', 'PROVINSI', 'KABKOTA'];
const POSITIONS: readonly PositionClass[] = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL_AHLI_UTAMA',
  'FUNGSIONAL_LAINNYA',
  'NON_ASN',
];

const refusal = (request: AuthorityRequest): AuthorityRefusal => {
  const answer = checkAuthority(rb, request);
  if (E.isRight(answer)) throw new Error(`granted: ${JSON.stringify(request)}`);
  return answer.left;
};

const granted = (request: AuthorityRequest, rulebook = rb): AuthorityRow => {
  const answer = checkAuthority(rulebook, request);
  if (E.isLeft(answer)) throw new Error(answer.left.message);
  return answer.right;
};

/** The rows of `official` that could apply at `instance` to the row's first respondent kind. */
const rowsOf = (row: AuthorityRow, instance: Instance): AuthorityRow[] =>
  AUTHORITY_2024.filter(
    (r) =>
      r.official === row.official &&
      (r.instance === 'ANY' || r.instance === instance) &&
      r.respondentKinds.includes(row.respondentKinds[0]!),
  );

/** One covered case of each row: its first kind, position and an in-force sanction. */
const coveredCase = (row: AuthorityRow): AuthorityRequest => {
  const kind = row.respondentKinds[0]!;
  const sanction = row.sanctions.find(
    (code) => sanctionType(rb, code).appliesTo.includes(kind) && isSanctionInForce(rb, code, ON),
  );
  if (sanction === undefined) throw new Error('a row with no sanction in force');
  return {
    instance: row.instance === 'ANY' ? 'KABKOTA' : row.instance,
    official: row.official,
    respondentPosition: row.over[0]!,
    respondentKind: kind,
    sanction,
    on: ON,
    ...(row.relation === undefined ? {} : { relation: row.relation }),
  };
};

const label = (row: AuthorityRow): string =>
  `${row.official}@${row.instance} over ${row.over.join('/')} (${row.basis.article ?? row.basis.instrument})`;

const ROWS = AUTHORITY_2024.map((row) => [label(row), row] as const);

describe('AUTHORITY_2024: every row grants one covered case and refuses what it does not cover', () => {
  it('is the default rulebook’s table', () => {
    expect(rb.authority).toEqual(AUTHORITY_2024);
    expect(new Set(ROWS.map(([l]) => l)).size).toBe(ROWS.length);
  });

  it.each(ROWS)('%s: granted for a covered case', (_, row) => {
    expect(granted(coveredCase(row))).toBe(row);
  });

  it.each(ROWS)('%s: refused for a position no row of that official covers', (_, row) => {
    const request = coveredCase(row);
    const uncovered = POSITIONS.find(
      (p) => !rowsOf(row, request.instance).some((r) => r.over.includes(p)),
    );
    expect(uncovered).toBeDefined();
    const error = refusal({ ...request, respondentPosition: uncovered! });
    expect(error.code).toBe('POSITION_NOT_COVERED');
    expect(error.field).toBe('respondentPosition');
    expect(error.message).toContain(uncovered);
    expect(error.legalBasis).toBeDefined();
  });

  /** A case inside the row (any of its positions and sanctions) refused elsewhere, if any. */
  const refusedVariant = (
    row: AuthorityRow,
    vary: (request: AuthorityRequest) => readonly AuthorityRequest[],
  ): [AuthorityRequest, AuthorityRefusal] | undefined => {
    const base = coveredCase(row);
    for (const respondentPosition of row.over) {
      for (const variant of vary({ ...base, respondentPosition })) {
        const answer = checkAuthority(rb, variant);
        if (E.isLeft(answer)) return [variant, answer.left];
      }
    }
    return undefined;
  };

  const atOtherInstances = (row: AuthorityRow) => (request: AuthorityRequest) =>
    row.sanctions
      .filter((sanction) => isSanctionInForce(rb, sanction, ON))
      .flatMap((sanction) =>
        INSTANCES.filter((i) => i !== row.instance).map((instance) => ({
          ...request,
          sanction,
          instance,
        })),
      );

  const otherSanctions = (request: AuthorityRequest) =>
    rb.sanctions
      .filter(
        (s) => s.appliesTo.includes(request.respondentKind) && isSanctionInForce(rb, s.code, ON),
      )
      .map((s) => ({ ...request, sanction: s.code }));

  /**
   * Rows whose every case is lawful at every instance too: a regional PPK holds at least the
   * powers Pasal 18(2) gives a central or provincial one over the same positions, and 18(2)
   * huruf b, d equal 18(3) huruf b, d.
   */
  const SAME_AT_EVERY_INSTANCE = [
    'PPK@PUSAT over JPT_PRATAMA (Pasal 18 ayat (2) huruf a)',
    'PPK@PUSAT over FUNGSIONAL_AHLI_UTAMA (Pasal 18 ayat (2) huruf b)',
    'PPK@PUSAT over ADMINISTRATOR/PENGAWAS/PELAKSANA/FUNGSIONAL_LAINNYA (Pasal 18 ayat (2) huruf c and d)',
    'PPK@PROVINSI over JPT_PRATAMA (Pasal 18 ayat (2) huruf a)',
    'PPK@PROVINSI over FUNGSIONAL_AHLI_UTAMA (Pasal 18 ayat (2) huruf b)',
    'PPK@PROVINSI over ADMINISTRATOR/PENGAWAS/PELAKSANA/FUNGSIONAL_LAINNYA (Pasal 18 ayat (2) huruf c and d)',
    'PPK@KABKOTA over FUNGSIONAL_AHLI_UTAMA (Pasal 18 ayat (3) huruf b)',
    'PPK@KABKOTA over FUNGSIONAL_LAINNYA (Pasal 18 ayat (3) huruf d)',
  ];

  it.each(ROWS)('%s: refused at an instance where the table does not grant it', (l, row) => {
    const found = refusedVariant(row, atOtherInstances(row));
    if (row.instance === 'ANY' || SAME_AT_EVERY_INSTANCE.includes(l)) {
      // "di lingkungan Pusat, Provinsi, dan Kabupaten/Kota" (Pasal 21–23), or the same powers.
      expect(found).toBeUndefined();
      return;
    }
    expect(found).toBeDefined();
    const [variant, error] = found!;
    expect(['NO_ROW', 'POSITION_NOT_COVERED', 'SANCTION_NOT_IN_ROW']).toContain(error.code);
    expect(error.message).toContain(variant.instance);
  });

  /** The rows whose official holds every sanction for the kind over each of their positions. */
  const HOLDS_EVERY_SANCTION = [
    'PPK@KABKOTA over JPT_PRATAMA (Pasal 18 ayat (3) huruf a)',
    'OPD_HEAD@ANY over NON_ASN (the employment contract of the honorer / PPNPN (or a local Perbup/SE))',
    'BUPATI_WALIKOTA@KABKOTA over NON_ASN (UU 6/2014 Pasal 30 ayat (2), Pasal 40 ayat (2) huruf d and ayat (3); Permendagri 82/2015 Pasal 9 huruf b)',
    'BUPATI_WALIKOTA@KABKOTA over NON_ASN (Pasal 30 ayat (1))',
    'KEPALA_DESA@ANY over NON_ASN (Pasal 52, Pasal 53 ayat (3))',
    'KEPALA_DESA@ANY over NON_ASN (Pasal 52)',
  ];

  it.each(ROWS)('%s: refused for a sanction the official’s rows do not grant', (l, row) => {
    const found = refusedVariant(row, otherSanctions);
    if (HOLDS_EVERY_SANCTION.includes(l)) {
      expect(found).toBeUndefined();
      return;
    }
    expect(found).toBeDefined();
    const [variant, error] = found!;
    expect(error.code).toBe('SANCTION_NOT_IN_ROW');
    expect(error.field).toBe('sanction');
    expect(error.message).toContain(variant.sanction);
  });

  it('every PP 94/2021 row is dated from 31 Aug 2021 and cites the text [C]', () => {
    for (const row of AUTHORITY_2024) {
      if (row.basis.instrument !== 'PP 94/2021 (Disiplin PNS)') continue;
      expect(row.effectiveFrom, label(row)).toBe('2021-08-31');
      expect(row.basis.confidence).toBe('C');
      expect(row.respondentKinds).toEqual(['PNS', 'CPNS']);
    }
  });
});

describe('checkAuthority: the PyBMH table, read from PP 94/2021 Pasal 16–23', () => {
  const pns = (
    official: ImposingOfficial,
    instance: Instance,
    respondentPosition: PositionClass,
    sanction: SanctionCode,
  ): AuthorityRequest => ({
    official,
    instance,
    respondentPosition,
    respondentKind: 'PNS',
    sanction,
    on: ON,
  });

  it('a Bupati (PPK, Kab/Kota): moderate and heavy on administrator and below, not light', () => {
    expect(granted(pns('PPK', 'KABKOTA', 'PENGAWAS', 'TUNDA_KGB_1T')).basis.article).toBe(
      'Pasal 18 ayat (3) huruf c',
    );
    expect(granted(pns('PPK', 'KABKOTA', 'PELAKSANA', 'PDHTAPS')).basis.article).toBe(
      'Pasal 18 ayat (3) huruf c',
    );
    const light = refusal(pns('PPK', 'KABKOTA', 'PELAKSANA', 'TEGURAN_LISAN'));
    expect(light.code).toBe('SANCTION_NOT_IN_ROW');
    expect(light.message).toContain('may impose:');
    // A provincial PPK: heavy only on administrator and below (Pasal 18(2) huruf c).
    expect(refusal(pns('PPK', 'PROVINSI', 'PENGAWAS', 'TUNDA_KGB_1T')).code).toBe(
      'SANCTION_NOT_IN_ROW',
    );
    expect(
      granted(pns('PPK', 'PROVINSI', 'PENGAWAS', 'BEBAS_JABATAN_PELAKSANA_12B')),
    ).toBeDefined();
  });

  it('a JPT Pratama at Kab/Kota: all on a JPT Pratama by the Bupati; at a province not light', () => {
    expect(granted(pns('PPK', 'KABKOTA', 'JPT_PRATAMA', 'TEGURAN_LISAN'))).toBeDefined();
    expect(refusal(pns('PPK', 'PROVINSI', 'JPT_PRATAMA', 'TEGURAN_LISAN')).code).toBe(
      'SANCTION_NOT_IN_ROW',
    );
  });

  it('the President: PDHTAPS on a JPT Madya; every type only on one who is a PPK', () => {
    expect(granted(pns('PRESIDEN', 'PUSAT', 'JPT_MADYA', 'PDHTAPS')).basis.article).toBe(
      'Pasal 17 ayat (2)',
    );
    const asked = { ...pns('PRESIDEN', 'PUSAT', 'JPT_MADYA', 'TEGURAN_LISAN') };
    expect(granted({ ...asked, relation: 'RESPONDENT_IS_PPK' }).relation).toBe('RESPONDENT_IS_PPK');
    const notPpk = refusal({ ...asked, relation: 'ONE_LEVEL_BELOW' });
    expect(notPpk.code).toBe('RELATION_NOT_MET');
    expect(notPpk.field).toBe('relation');
    expect(notPpk.message).toContain('RESPONDENT_IS_PPK');
    // The President is not a PyBMH for a pelaksana.
    expect(refusal(pns('PRESIDEN', 'PUSAT', 'PELAKSANA', 'PDHTAPS')).code).toBe(
      'POSITION_NOT_COVERED',
    );
  });

  it('officials by position: one level below light, two levels below moderate', () => {
    const one = { ...pns('JPT_PRATAMA', 'KABKOTA', 'ADMINISTRATOR', 'TEGURAN_TERTULIS') };
    expect(granted({ ...one, relation: 'ONE_LEVEL_BELOW' }).relation).toBe('ONE_LEVEL_BELOW');
    expect(refusal({ ...one, sanction: 'TUNDA_KGB_1T' }).code).toBe('SANCTION_NOT_IN_ROW');
    expect(refusal({ ...one, relation: 'TWO_LEVELS_BELOW' }).code).toBe('RELATION_NOT_MET');
    // A Pengawas: light one level below; light and moderate two levels below (Pasal 23(1)).
    const seksi = pns('PENGAWAS', 'KABKOTA', 'PELAKSANA', 'TUNDA_KGB_1T');
    expect(granted({ ...seksi, relation: 'TWO_LEVELS_BELOW' }).basis.article).toBe(
      'Pasal 23 ayat (1) huruf b',
    );
    expect(refusal({ ...seksi, relation: 'ONE_LEVEL_BELOW' }).code).toBe('RELATION_NOT_MET');
    expect(
      granted({ ...seksi, sanction: 'TEGURAN_LISAN', relation: 'ONE_LEVEL_BELOW' }).basis.article,
    ).toBe('Pasal 23 ayat (1) huruf a');
    // Without a stated relation, a row that requires one does not grant: it is never assumed.
    const unstated = refusal({ ...seksi, sanction: 'TEGURAN_LISAN' });
    expect(unstated.code).toBe('RELATION_NOT_MET');
    expect(unstated.message).toContain('states no relation');
    // Never heavy (the lead’s example): a Pengawas may not demote.
    expect(refusal({ ...seksi, sanction: 'TURUN_JABATAN_12B' }).code).toBe('SANCTION_NOT_IN_ROW');
    // A JPT Madya sits only at the centre and in provinces (Pasal 20).
    expect(refusal(pns('JPT_MADYA', 'KABKOTA', 'JPT_PRATAMA', 'TEGURAN_LISAN')).code).toBe(
      'NO_ROW',
    );
  });

  it('refuses first what the sanction cannot be for the person, then what is not in force', () => {
    const village = refusal({ ...pns('PPK', 'KABKOTA', 'PENGAWAS', 'DESA_BERHENTI') });
    expect(village.code).toBe('SANCTION_NOT_FOR_KIND');
    expect(village.field).toBe('sanction');
    expect(village.message).toContain('TUNDA_KGB_1T');
    expect(village.legalBasis).toBe(sanctionType(rb, 'DESA_BERHENTI').basis);
    const pppk = refusal({
      ...pns('PPK', 'KABKOTA', 'PELAKSANA', 'PDHTAPS'),
      respondentKind: 'PPPK',
    });
    expect(pppk.code).toBe('SANCTION_NOT_FOR_KIND');
    expect(pppk.message).toContain('PPPK_PUTUS_PERJANJIAN');
    const tukin = refusal(pns('PPK', 'KABKOTA', 'PENGAWAS', 'POTONG_TUKIN_6B'));
    expect(tukin.code).toBe('NOT_IN_FORCE');
    expect(tukin.field).toBe('on');
    expect(tukin.legalBasis).toBe(rb.moderateSanctions.basis);
    // Switched on: the tukin cut is granted by the same row.
    const switched = createRulebook({ moderateSanctions: { pp94ModerateFrom: '2024-01-01' } });
    expect(
      granted(pns('PPK', 'KABKOTA', 'PENGAWAS', 'POTONG_TUKIN_6B'), switched).basis.article,
    ).toBe('Pasal 18 ayat (3) huruf c');
    // Before PP 94/2021: the light type is not in force; PP 53's moderate type is, but the table is not.
    expect(
      refusal({ ...pns('PENGAWAS', 'KABKOTA', 'PELAKSANA', 'TEGURAN_LISAN'), on: '2021-08-30' })
        .code,
    ).toBe('NOT_IN_FORCE');
    const rowBefore = refusal({
      ...pns('PPK', 'KABKOTA', 'PENGAWAS', 'TUNDA_KGB_1T'),
      on: '2021-08-30',
    });
    expect(rowBefore.code).toBe('ROW_NOT_IN_FORCE');
    expect(rowBefore.message).toContain('from 2021-08-31');
  });

  it('names the table for an official with no row, and the non-ASN authority for its kinds', () => {
    const noRow = refusal(pns('OPD_HEAD', 'KABKOTA', 'PELAKSANA', 'TEGURAN_LISAN'));
    expect(noRow.code).toBe('NO_ROW');
    expect(noRow.field).toBe('official');
    expect(noRow.legalBasis).toBe(PYBMH_BASIS);
    expect(noRow.rows).toEqual([]);
    const village = refusal({
      official: 'KEPALA_DESA',
      instance: 'KABKOTA',
      respondentPosition: 'NON_ASN',
      respondentKind: 'VILLAGE_HEAD',
      sanction: 'DESA_BERHENTI',
      on: ON,
    });
    expect(village.code).toBe('NO_ROW');
    expect(village.legalBasis).toBe(rb.nonAsnRoutes.VILLAGE_HEAD.authorityBasis);
  });
});

describe('non-ASN and PPPK authorities', () => {
  const village = (
    official: ImposingOfficial,
    respondentKind: 'VILLAGE_HEAD' | 'VILLAGE_OFFICIAL',
    sanction: SanctionCode,
    instance: Instance = 'KABKOTA',
  ): AuthorityRequest => ({
    official,
    instance,
    respondentPosition: 'NON_ASN',
    respondentKind,
    sanction,
    on: ON,
  });

  it('a kepala desa: dismissed and suspended by the Bupati/Wali Kota (UU 6/2014 Pasal 40(3))', () => {
    const row = granted(village('BUPATI_WALIKOTA', 'VILLAGE_HEAD', 'DESA_BERHENTI'));
    expect(row.basis.confidence).toBe('C');
    expect(row.basis.article).toContain('Pasal 40 ayat (2) huruf d and ayat (3)');
    expect(
      granted(village('BUPATI_WALIKOTA', 'VILLAGE_HEAD', 'DESA_BERHENTI_SEMENTARA')).basis.article,
    ).toContain('Permendagri 82/2015 Pasal 9 huruf b');
    expect(
      granted(village('BUPATI_WALIKOTA', 'VILLAGE_HEAD', 'DESA_TEGURAN_LISAN')).basis.confidence,
    ).toBe('S');
    expect(
      refusal(village('BUPATI_WALIKOTA', 'VILLAGE_HEAD', 'DESA_BERHENTI', 'PROVINSI')).code,
    ).toBe('NO_ROW');
    // The Bupati does not dismiss a perangkat desa: the Kepala Desa does (Pasal 53(3)).
    expect(refusal(village('BUPATI_WALIKOTA', 'VILLAGE_OFFICIAL', 'DESA_BERHENTI')).code).toBe(
      'NO_ROW',
    );
    expect(granted(village('KEPALA_DESA', 'VILLAGE_OFFICIAL', 'DESA_BERHENTI')).basis.article).toBe(
      'Pasal 52, Pasal 53 ayat (3)',
    );
  });

  it('a contract employee: the OPD head, by contract; a PPPK: the PPK', () => {
    const contract: AuthorityRequest = {
      official: 'OPD_HEAD',
      instance: 'PROVINSI',
      respondentPosition: 'NON_ASN',
      respondentKind: 'NON_ASN',
      sanction: 'KONTRAK_PUTUS',
      on: ON,
    };
    expect(granted(contract).basis.confidence).toBe('S');
    expect(refusal({ ...contract, sanction: 'TEGURAN_LISAN' }).code).toBe('SANCTION_NOT_FOR_KIND');
    const pppk: AuthorityRequest = {
      official: 'PPK',
      instance: 'KABKOTA',
      respondentPosition: 'FUNGSIONAL_LAINNYA',
      respondentKind: 'PPPK',
      sanction: 'TEGURAN_LISAN',
      on: ON,
    };
    expect(granted(pppk).basis.confidence).toBe('R');
    expect(granted({ ...pppk, sanction: 'PPPK_PUTUS_PERJANJIAN' }).respondentKinds).toEqual([
      'PPPK',
    ]);
    expect(refusal({ ...pppk, official: 'PENGAWAS' }).code).toBe('NO_ROW');
  });

  it('TNI and Polri: no sanction in the catalogue, so none is theirs', () => {
    const error = refusal({
      official: 'PPK',
      instance: 'KABKOTA',
      respondentPosition: 'NON_ASN',
      respondentKind: 'TNI',
      sanction: 'TEGURAN_LISAN',
      on: ON,
    });
    expect(error.code).toBe('SANCTION_NOT_FOR_KIND');
    expect(error.message).toContain('for a TNI: none');
  });
});

describe('officialsFor', () => {
  it('lists who may impose a sanction on a respondent, each with the row that grants it', () => {
    const who = officialsFor(rb, {
      instance: 'KABKOTA',
      respondentPosition: 'PELAKSANA',
      respondentKind: 'PNS',
      sanction: 'TEGURAN_LISAN',
      on: ON,
    }).map((row) => row.official);
    expect(who.sort()).toEqual(['ADMINISTRATOR', 'FUNGSIONAL_DESIGNATED', 'PENGAWAS']);
    const heavy = officialsFor(rb, {
      instance: 'KABKOTA',
      respondentPosition: 'PELAKSANA',
      respondentKind: 'PNS',
      sanction: 'PDHTAPS',
      on: ON,
    }).map((row) => row.official);
    expect(heavy).toEqual(['PPK']);
  });
});
