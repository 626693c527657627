/**
 * After delivery (issue 15): the administrative objection (PP 79/2021) with its periods, body
 * and outcomes, the sanction served to its end, and the respondent's exit from the service.
 * Both regimes; dates hand-counted from the holiday tables (builders' OBJECTION_TIMES).
 */
import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../../src/case/index.js';
import {
  decidedBoth,
  decideObjection,
  decideSanction,
  deliverSanction,
  examined,
  fileObjection,
  forward,
  history,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  ppkOf,
  proven,
  respondentExit,
  sanctionServed,
  spec,
  specAt,
  supervisorOutcome,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

/** A clock after every date here, the end of the sanctions included. */
const LATER = '2026-01-05T02:00:00Z';
const BPASN = { id: 'bpasn-sekretariat-01', role: 'appeal_authority', scope: {} };

describe.each(SCENARIOS)('$regime: objection, serving and exit', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const o = OBJECTION_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const upTo = (sanction = decideSanction(s, id, t.sanctionAt)): CaseCommand[] => [
    ...decidedBoth(s),
    forward(s, [id]),
    supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
    ...examined(s, id),
    sanction,
  ];
  const delivered = (sanction?: CaseCommand) =>
    history(
      ...upTo(sanction as ReturnType<typeof decideSanction>),
      deliverSanction(s, id, t.deliverAt),
    );
  const objected = () =>
    history(...upTo(), deliverSanction(s, id, t.deliverAt), fileObjection(s, id, o.fileAt));

  describe('keberatan (PP 79/2021 Pasal 3–6)', () => {
    it('filed with the PPK that imposed it, within 14 working days of receipt; decision due in 21', () => {
      spec
        .given(delivered())
        .when(fileObjection(s, id, o.fileAt))
        .then([
          {
            type: 'ObjectionFiled',
            data: {
              respondentId: id,
              kind: 'KEBERATAN',
              filedWith: 'PPK',
              filedOn: o.filedOn,
              filingDue: o.filingDue,
              decisionDue: o.decisionDue,
            },
          },
        ])
        .thenState({
          respondents: { [id]: { proceeding: { effective: { inForceOn: null } } } },
        });
    });

    it('against a non-PPK official’s decision it goes to that official’s superior', () => {
      const byPengawas = decideSanction(s, id, t.sanctionAt, {
        sanction: 'TEGURAN_LISAN',
        imposedBy: {
          official: 'PENGAWAS',
          instance: 'KABKOTA',
          name: 'Kepala Seksi',
          relation: 'ONE_LEVEL_BELOW',
        },
        respondentPosition: 'PELAKSANA',
      });
      spec
        .given(delivered(byPengawas))
        .when(fileObjection(s, id, o.fileAt))
        .thenMatches([{ type: 'ObjectionFiled', data: { filedWith: 'ATASAN_PEJABAT' } }]);
    });

    it('refused: late ("tidak dapat diterima"), before delivery, twice, as a banding, or by BPASN', () => {
      spec
        .given(delivered())
        .when(fileObjection(s, id, o.lateFileAt))
        .thenRejectedWith('OBJECTION_LATE', { field: 'meta.occurredAt' });
      spec
        .given(history(...upTo()))
        .when(fileObjection(s, id, o.fileAt))
        .thenRejectedWith('SANCTION_NOT_DELIVERED');
      spec
        .given(objected())
        .when(fileObjection(s, id, o.fileAt))
        .thenRejectedWith('OBJECTION_ALREADY_FILED');
      const banding = spec
        .given(delivered())
        .when(fileObjection(s, id, o.fileAt, 'BANDING', BPASN))
        .thenRejectedWith('OBJECTION_NOT_AVAILABLE', { field: 'kind' });
      expect(banding.message).toContain('KEBERATAN');
      spec
        .given(delivered())
        .when(fileObjection(s, id, o.fileAt, 'KEBERATAN', BPASN))
        .thenRejectedWith('OBJECTION_WRONG_BODY');
    });

    it.each([
      ['UPHELD', { outcome: 'UPHELD' }, 'TUNDA_KGB_1T'],
      ['REDUCED', { outcome: 'REDUCED', sanction: 'TEGURAN_TERTULIS' }, 'TEGURAN_TERTULIS'],
      ['INCREASED', { outcome: 'INCREASED', sanction: 'TURUN_JABATAN_12B' }, 'TURUN_JABATAN_12B'],
      ['CHANGED', { outcome: 'CHANGED', sanction: 'TUNDA_PANGKAT_1T' }, 'TUNDA_PANGKAT_1T'],
      ['ANNULLED', { outcome: 'ANNULLED' }, null],
    ] as const)(
      'decided %s: the resulting sanction takes force on the decision',
      (_, outcome, result) => {
        spec
          .given(objected())
          .when(decideObjection(s, id, o.decideAt, outcome))
          .then([
            {
              type: 'ObjectionDecided',
              data: {
                respondentId: id,
                outcome: outcome.outcome,
                sanction: result,
                decidedOn: o.decideAt.slice(0, 10),
                decisionDue: o.decisionDue,
                decidedWithinDeadline: true,
                inForceOn: result === null ? null : o.decideAt.slice(0, 10),
              },
            },
          ])
          .thenState({
            respondents: {
              [id]: {
                proceeding: {
                  effective: {
                    code: result,
                    inForceOn: result === null ? null : o.decideAt.slice(0, 10),
                  },
                },
              },
            },
          });
      },
    );

    it('a late decision is flagged; the outcome must fit; nothing to decide without an objection', () => {
      spec
        .given(objected())
        .when(decideObjection(s, id, o.lateDecideAt, { outcome: 'UPHELD' }))
        .thenMatches([{ data: { decidedWithinDeadline: false } }]);
      spec
        .given(objected())
        .when(
          decideObjection(s, id, o.decideAt, { outcome: 'REDUCED', sanction: 'TURUN_JABATAN_12B' }),
        )
        .thenRejectedWith('OBJECTION_OUTCOME_MISMATCH', { field: 'outcome.sanction' });
      spec
        .given(objected())
        .when(
          decideObjection(s, id, o.decideAt, { outcome: 'INCREASED', sanction: 'TEGURAN_LISAN' }),
        )
        .thenRejectedWith('OBJECTION_OUTCOME_MISMATCH');
      spec
        .given(objected())
        .when(
          decideObjection(s, id, o.decideAt, { outcome: 'CHANGED', sanction: 'POTONG_TUKIN_6B' }),
        )
        .thenRejectedWith('SANCTION_NOT_APPLICABLE');
      spec
        .given(delivered())
        .when(decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }))
        .thenRejectedWith('NO_OBJECTION');
      spec
        .given(
          history(
            ...upTo(),
            deliverSanction(s, id, t.deliverAt),
            fileObjection(s, id, o.fileAt),
            decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }),
          ),
        )
        .when(decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }))
        .thenRejectedWith('OBJECTION_ALREADY_DECIDED');
    });
  });

  describe('banding administratif to BPASN (PP 79/2021 Pasal 10–18)', () => {
    const dismissal = decideSanction(s, id, t.sanctionAt, {
      sanction: 'PDHTAPS',
      respondentPosition: 'PENGAWAS',
    });
    it('lies only against dismissal; filed with and decided by BPASN, 65 working days', () => {
      spec
        .given(delivered(dismissal))
        .when(fileObjection(s, id, o.fileAt, 'BANDING', BPASN))
        .thenMatches([{ type: 'ObjectionFiled', data: { kind: 'BANDING', filedWith: 'BPASN' } }]);
      spec
        .given(delivered(dismissal))
        .when(fileObjection(s, id, o.fileAt, 'KEBERATAN'))
        .thenRejectedWith('OBJECTION_NOT_AVAILABLE', { field: 'kind' });
      spec
        .given(delivered(dismissal))
        .when(fileObjection(s, id, o.fileAt, 'BANDING', ppkOf(pns.agency.id)))
        .thenRejectedWith('OBJECTION_WRONG_BODY');
    });
  });

  it('no objection lies against a sanction the President imposed (PP 79/2021 provides none) [R]', () => {
    const byPresident = decideSanction(s, id, t.sanctionAt, {
      sanction: 'PDHTAPS',
      imposedBy: { official: 'PRESIDEN', instance: 'PUSAT', name: 'Presiden' },
      respondentPosition: 'FUNGSIONAL_AHLI_UTAMA',
    });
    const error = spec
      .given(delivered(byPresident))
      .when(fileObjection(s, id, o.fileAt, 'BANDING', BPASN))
      .thenRejectedWith('OBJECTION_NOT_AVAILABLE', { field: 'kind' });
    expect(error.message).toContain('President');
  });

  describe('serving and exit', () => {
    it('served on the day its duration ends, not before; never a dismissal', () => {
      const later = specAt(LATER);
      const dayBefore = `${o.endsOn.slice(0, 8)}${String(Number(o.endsOn.slice(8)) - 1).padStart(2, '0')}T10:00:00+07:00`;
      later
        .given(delivered())
        .when(sanctionServed(s, id, dayBefore))
        .thenRejectedWith('SANCTION_NOT_ENDED');
      later
        .given(delivered())
        .when(sanctionServed(s, id, `${o.endsOn}T10:00:00+07:00`))
        .then([
          {
            type: 'SanctionServed',
            data: { respondentId: id, servedOn: o.endsOn, endsOn: o.endsOn },
          },
        ]);
      later
        .given(objected())
        .when(sanctionServed(s, id, `${o.endsOn}T10:00:00+07:00`))
        .thenRejectedWith('SANCTION_NOT_ENDED');
      later
        .given(
          history(
            ...upTo(decideSanction(s, id, t.sanctionAt, { sanction: 'PDHTAPS' })),
            deliverSanction(s, id, t.deliverAt),
          ),
        )
        .when(sanctionServed(s, id, `${o.endsOn}T10:00:00+07:00`))
        .thenRejectedWith('SANCTION_NOT_ENDED');
    });

    it('an exit closes the proceedings: every later step is refused', () => {
      const exited = history(...upTo(), respondentExit(s, id, t.deliverAt, 'RETIRED'));
      expect(exited.at(-1)).toMatchObject({
        type: 'RespondentExited',
        data: { respondentId: id, reason: 'RETIRED', exitedOn: t.deliverAt.slice(0, 10) },
      });
      const error = spec
        .given(exited)
        .when(deliverSanction(s, id, t.deliverAt))
        .thenRejectedWith('RESPONDENT_EXITED', { field: 'respondentId' });
      expect(error.message).toContain('RETIRED');
      spec
        .given(exited)
        .when(respondentExit(s, id, t.deliverAt, 'DIED'))
        .thenRejectedWith('RESPONDENT_EXITED');
    });

    it('refused: an exit before Bawaslu handed the respondent over (nothing to close yet)', () => {
      spec
        .given(history(...decidedBoth(s)))
        .when(respondentExit(s, id, t.outcomeAt))
        .thenRejectedWith('STAGE_NOT_APPLICABLE', { field: 'respondentId' });
      spec
        .given(history(...decidedBoth(s), forward(s, [id])))
        .when(respondentExit(s, id, t.outcomeAt))
        .thenMatches([{ type: 'RespondentExited', data: { respondentId: id } }]);
    });
  });
});
