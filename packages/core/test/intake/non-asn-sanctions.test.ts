/**
 * The follow-up of a respondent who is not ASN (issue 15 item 7): after Bawaslu's forward to
 * the authority over them (OTHER_LAW), the village head's sanction by the Bupati/Wali Kota on
 * the ladder of UU 6/2014 Pasal 30 (reprimand → temporary dismissal → dismissal), an honorer's
 * contract sanction by the OPD head, and which PP 94/PP 79 stages do not apply. Both regimes.
 */
import { deciderSpec } from '@netra/testing';
import { describe, expect, it } from 'vitest';
import type { CaseCommand, CaseCommandOf } from '../../src/case/index.js';
import { caseDecider, caseEventSchema } from '../../src/case/index.js';
import { createRulebook } from '../../src/rules/index.js';
import {
  decide,
  decideSanction,
  deliverSanction,
  fileObjection,
  forwardToAuthority,
  history,
  NOW,
  PROCEEDING_TIMES,
  ppkOf,
  receiveReport,
  register,
  review,
  spec,
  summonRespondent,
} from './builders.js';
import { SCENARIOS, type Scenario } from './fixtures.js';

type Over = Partial<Omit<CaseCommandOf<'DecideSanction'>, 'type' | 'meta' | 'caseId'>>;

describe.each(SCENARIOS)('$regime: the sanction of a respondent who is not ASN', (s: Scenario) => {
  const t = PROCEEDING_TIMES[s.regime];
  const head = s.villageHead;
  const id = head.respondentId;
  const bupatiDesk = ppkOf(head.agency.id);
  const byBupati = (sanction: Over['sanction'], at: string = t.sanctionAt): CaseCommand =>
    decideSanction(
      s,
      id,
      at,
      {
        sanction,
        imposedBy: { official: 'BUPATI_WALIKOTA', instance: 'KABKOTA', name: 'Bupati' },
        respondentPosition: 'NON_ASN',
      },
      bupatiDesk,
    );
  const otherLaw = {
    outcome: 'VIOLATION' as const,
    tracks: ['OTHER_LAW' as const],
    conductOn: s.skb.conductOn,
  };
  const decided = (): CaseCommand[] => [
    receiveReport(s, { respondents: [head] }),
    review(s),
    register(s),
    decide(s, id, otherLaw),
  ];
  const forwarded = () => history(...decided(), forwardToAuthority(s, id));
  const reprimanded = () =>
    history(...decided(), forwardToAuthority(s, id), byBupati('DESA_TEGURAN_TERTULIS'));
  const later = (days: number) => {
    const d = new Date(Date.parse(t.sanctionAt) + days * 86_400_000);
    return `${d.toISOString().slice(0, 10)}T10:00:00+07:00`;
  };

  it('after the forward, the Bupati reprimands the village head; no PP 94 delivery is due', () => {
    spec
      .given(forwarded())
      .when(byBupati('DESA_TEGURAN_TERTULIS'))
      .thenMatches([
        {
          type: 'SanctionDecided',
          data: {
            respondentId: id,
            sanction: 'DESA_TEGURAN_TERTULIS',
            recommended: null,
            lighterThanRecommended: false,
            deliveryDue: null,
          },
        },
      ]);
  });

  it('refused: a sanction before the forward to the authority', () => {
    spec
      .given(history(...decided()))
      .when(byBupati('DESA_TEGURAN_TERTULIS'))
      .thenRejectedWith('NOT_WITH_AUTHORITY');
  });

  it('the ladder: temporary dismissal only after a reprimand, dismissal only after it', () => {
    spec
      .given(forwarded())
      .when(byBupati('DESA_BERHENTI_SEMENTARA'))
      .thenRejectedWith('SANCTION_LADDER_SKIPPED', { field: 'sanction' });
    spec
      .given(forwarded())
      .when(byBupati('DESA_BERHENTI'))
      .thenRejectedWith('SANCTION_LADDER_SKIPPED');
    spec
      .given(reprimanded())
      .when(byBupati('DESA_BERHENTI', later(30)))
      .thenRejectedWith('SANCTION_ALREADY_DECIDED');
    spec
      .given(reprimanded())
      .when(byBupati('DESA_BERHENTI_SEMENTARA', later(30)))
      .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'DESA_BERHENTI_SEMENTARA' } }])
      .thenState({
        respondents: {
          [id]: {
            proceeding: {
              sanction: { code: 'DESA_BERHENTI_SEMENTARA' },
              earlierSanctions: [{ code: 'DESA_TEGURAN_TERTULIS', decidedOn: t.sanctionOn }],
            },
          },
        },
      });
    spec
      .given([
        ...reprimanded(),
        ...history(
          ...decided(),
          forwardToAuthority(s, id),
          byBupati('DESA_TEGURAN_TERTULIS'),
          byBupati('DESA_BERHENTI_SEMENTARA', later(30)),
        ).slice(reprimanded().length),
      ])
      .when(byBupati('DESA_BERHENTI', later(60)))
      .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'DESA_BERHENTI' } }]);
  });

  it('configurable: with villageSanctionLadder NONE the authority may dismiss first (Pasal 40(2)(d))', () => {
    const rulebook = createRulebook({ villageSanctionLadder: 'NONE' });
    const loose = deciderSpec(
      caseDecider,
      { now: NOW, rulebook, rulebookVersion: rulebook.version },
      { validateEvent: (e) => void caseEventSchema.parse(e) },
    );
    loose
      .given(forwarded())
      .when(byBupati('DESA_BERHENTI'))
      .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'DESA_BERHENTI' } }]);
    expect(rulebook.version).toMatch(/^2024\.2\+custom:/);
  });

  it('refused: a second reprimand, a next step dated before the first, a PP 94 sanction', () => {
    spec
      .given(reprimanded())
      .when(byBupati('DESA_TEGURAN_LISAN', later(30)))
      .thenRejectedWith('SANCTION_ALREADY_DECIDED');
    spec
      .given(reprimanded())
      .when(byBupati('DESA_BERHENTI_SEMENTARA', t.outcomeAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER');
    spec
      .given(forwarded())
      .when(byBupati('TEGURAN_TERTULIS'))
      .thenRejectedWith('SANCTION_NOT_APPLICABLE');
  });

  it('refused: a Kepala Desa dismissing the village head; the Bupati at the province instance', () => {
    spec
      .given(forwarded())
      .when(
        decideSanction(
          s,
          id,
          t.sanctionAt,
          {
            sanction: 'DESA_TEGURAN_LISAN',
            imposedBy: { official: 'KEPALA_DESA', instance: 'KABKOTA', name: 'Lurah' },
            respondentPosition: 'NON_ASN',
          },
          bupatiDesk,
        ),
      )
      .thenRejectedWith('NO_AUTHORITY_TO_SANCTION');
  });

  it('no PP 94/PP 79 stage applies: no summons, no delivery, no objection', () => {
    spec
      .given(forwarded())
      .when(summonRespondent(s, id, t.summonAt, t.examinationOn, bupatiDesk))
      .thenRejectedWith('STAGE_NOT_APPLICABLE');
    spec
      .given(reprimanded())
      .when(deliverSanction(s, id, t.deliverAt, undefined, bupatiDesk))
      .thenRejectedWith('STAGE_NOT_APPLICABLE');
    spec
      .given(reprimanded())
      .when(fileObjection(s, id, t.deliverAt, 'KEBERATAN', bupatiDesk))
      .thenRejectedWith('OBJECTION_NOT_AVAILABLE');
  });
});

describe.each(SCENARIOS)('$regime: a village official and an honorer', (s: Scenario) => {
  const t = PROCEEDING_TIMES[s.regime];
  const prefix = s.respondents[0].respondentId.split('-')[0];
  const official = {
    respondentId: `${prefix}-04`,
    name: 'Sukirman',
    kind: 'VILLAGE_OFFICIAL' as const,
    agency: s.villageHead.agency,
    position: 'Carik (sekretaris kalurahan)',
  };
  const honorer = {
    respondentId: `${prefix}-05`,
    name: 'Dwi Handayani',
    kind: 'NON_ASN' as const,
    agency: s.respondents[0].agency,
    position: 'Tenaga honorer',
  };
  const otherLaw = {
    outcome: 'VIOLATION' as const,
    tracks: ['OTHER_LAW' as const],
    conductOn: s.skb.conductOn,
  };
  const forwarded = (r: typeof official | typeof honorer) =>
    history(
      receiveReport(s, { respondents: [r] }),
      review(s),
      register(s),
      decide(s, r.respondentId, otherLaw),
      forwardToAuthority(s, r.respondentId),
    );
  const by = (
    r: typeof official | typeof honorer,
    sanction: Over['sanction'],
    official_: 'KEPALA_DESA' | 'OPD_HEAD' | 'PPK',
  ) =>
    decideSanction(
      s,
      r.respondentId,
      t.sanctionAt,
      {
        sanction,
        imposedBy: { official: official_, instance: 'KABKOTA', name: 'Pejabat' },
        respondentPosition: 'NON_ASN',
      },
      ppkOf(r.agency.id),
    );

  it('the Kepala Desa reprimands a perangkat desa (UU 6/2014 Pasal 52)', () => {
    spec
      .given(forwarded(official))
      .when(by(official, 'DESA_TEGURAN_LISAN', 'KEPALA_DESA'))
      .thenMatches([
        { type: 'SanctionDecided', data: { sanction: 'DESA_TEGURAN_LISAN', deliveryDue: null } },
      ]);
  });

  it('the OPD head sanctions an honorer under the contract; a PP 94 sanction does not exist for them', () => {
    spec
      .given(forwarded(honorer))
      .when(by(honorer, 'KONTRAK_TEGURAN', 'OPD_HEAD'))
      .thenMatches([
        { type: 'SanctionDecided', data: { sanction: 'KONTRAK_TEGURAN', recommended: null } },
      ]);
    spec
      .given(forwarded(honorer))
      .when(by(honorer, 'KONTRAK_PUTUS', 'OPD_HEAD'))
      .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'KONTRAK_PUTUS' } }]);
    spec
      .given(forwarded(honorer))
      .when(by(honorer, 'TEGURAN_TERTULIS', 'PPK'))
      .thenRejectedWith('SANCTION_NOT_APPLICABLE');
  });
});
