/**
 * The respondent's proceedings after the forward (issue 15, first step): the supervisor's
 * verification and recommendation, the SIASN block when the PPK does not follow up and its
 * lifting, and the PPK's sanction (with the PyBMH authority table) and its delivery. Both
 * regimes; dates worked out by hand from the holiday tables.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/case/index.js';
import {
  blockData,
  decidedBoth,
  decideSanction,
  deliverSanction,
  examined,
  forward,
  history,
  PROCEEDING_TIMES,
  ppkOf,
  proven,
  reroute,
  spec,
  supervisorOutcome,
  unblockData,
  violation,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: proceedings after the forward', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const forwarded = () => history(...decidedBoth(s), forward(s, [id]));
  const recommended = (level: Parameters<typeof proven>[0] = 'MODERATE') =>
    history(
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven(level, pns.agency.id), t.outcomeAt),
      ...examined(s, id),
    );
  const sanctioned = () =>
    history(
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
      ...examined(s, id),
      decideSanction(s, id, t.sanctionAt),
    );

  describe('the supervisor’s outcome', () => {
    it('PROVEN: the recommendation is recorded with the supervisor the file is with; no follow-up period by law', () => {
      spec
        .given(forwarded())
        .when(supervisorOutcome(s, id, proven('HEAVY', pns.agency.id, ['D-7', 'D-8']), t.outcomeAt))
        .then([
          {
            type: 'SupervisorOutcomeRecorded',
            data: {
              respondentId: id,
              supervisor: 'KASN',
              result: proven('HEAVY', pns.agency.id, ['D-7', 'D-8']),
              recordedOn: t.outcomeOn,
              followUpDue: null,
            },
          },
        ])
        .thenState({
          respondents: {
            [id]: {
              proceeding: {
                supervisorOutcome: {
                  supervisor: 'KASN',
                  recordedOn: t.outcomeOn,
                  followUpDue: null,
                },
              },
            },
          },
        });
    });

    it('NOT_PROVEN and RETURNED are recorded; neither has a follow-up', () => {
      for (const result of [
        { outcome: 'NOT_PROVEN', reason: 'Foto bukan terlapor.' },
        { outcome: 'RETURNED', reason: 'Bukti tidak cukup.' },
      ] as const) {
        spec
          .given(forwarded())
          .when(supervisorOutcome(s, id, result, t.outcomeAt))
          .thenMatches([
            { type: 'SupervisorOutcomeRecorded', data: { result, followUpDue: null } },
          ]);
      }
    });

    it('a rerouted file is recorded as the reroute destination’s', () => {
      spec
        .given(history(...decidedBoth(s), forward(s, [id]), reroute(s, [id], false)))
        .when(supervisorOutcome(s, id, proven('LIGHT', pns.agency.id), '2024-09-20T10:00:00+07:00'))
        .thenMatches([{ type: 'SupervisorOutcomeRecorded', data: { supervisor: 'BKN' } }]);
    });

    it('refused for a respondent not forwarded, twice, or before the forward', () => {
      spec
        .given(history(...decidedBoth(s)))
        .when(supervisorOutcome(s, id, proven('LIGHT', pns.agency.id), t.outcomeAt))
        .thenRejectedWith('NOT_AT_SUPERVISOR', { field: 'respondentId' });
      spec
        .given(recommended())
        .when(supervisorOutcome(s, id, proven('LIGHT', pns.agency.id), t.outcomeAt))
        .thenRejectedWith('SUPERVISOR_OUTCOME_RECORDED');
      spec
        .given(forwarded())
        .when(
          supervisorOutcome(
            s,
            id,
            proven('LIGHT', pns.agency.id),
            `${s.t.decidedOn}T10:00:00+07:00`,
          ),
        )
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
    });

    it('only the supervisor or the system records it', () => {
      spec
        .given(forwarded())
        .when(supervisorOutcome(s, id, proven('LIGHT', pns.agency.id), t.outcomeAt, s.bawaslu))
        .thenRejectedWith('ROLE_NOT_ALLOWED');
    });
  });

  describe('SIASN block and its lifting (Perban 1/2023)', () => {
    const blockedEvents = (): CaseEvent[] => [
      {
        type: 'PersonnelDataBlocked',
        data: {
          respondentId: id,
          blockedOn: t.blockAt.slice(0, 10),
          followUpDue: null,
          reason: 'x',
        },
      },
    ];

    it('blocks when the PPK has not followed up (no statutory period: BKN decides when)', () => {
      spec
        .given(recommended())
        .when(blockData(s, id, t.blockAt))
        .then([
          {
            type: 'PersonnelDataBlocked',
            data: {
              respondentId: id,
              blockedOn: t.blockAt.slice(0, 10),
              followUpDue: null,
              reason: 'Rekomendasi belum ditindaklanjuti PPK.',
            },
          },
        ])
        .thenState({
          respondents: { [id]: { proceeding: { blocked: { blockedOn: t.blockAt.slice(0, 10) } } } },
        });
    });

    it('refused without a PROVEN recommendation, once a sanction is on record, or when already blocked', () => {
      spec
        .given(forwarded())
        .when(blockData(s, id, t.blockAt))
        .thenRejectedWith('NO_RECOMMENDATION');
      spec
        .given(
          history(
            ...decidedBoth(s),
            forward(s, [id]),
            supervisorOutcome(
              s,
              id,
              { outcome: 'NOT_PROVEN', reason: 'Tidak terbukti.' },
              t.outcomeAt,
            ),
          ),
        )
        .when(blockData(s, id, t.blockAt))
        .thenRejectedWith('NO_RECOMMENDATION');
      spec
        .given(sanctioned())
        .when(blockData(s, id, t.sanctionAt))
        .thenRejectedWith('SANCTION_ALREADY_DECIDED');
      spec
        .given([...recommended(), ...blockedEvents()])
        .when(blockData(s, id, t.blockAt))
        .thenRejectedWith('ALREADY_BLOCKED');
    });

    it('lifted as followed up only once a sanction is on record; as an error at any time', () => {
      spec
        .given([...recommended(), ...blockedEvents()])
        .when(unblockData(s, id, t.sanctionAt))
        .thenRejectedWith('PPK_NOT_FOLLOWED_UP', { field: 'reason' });
      spec
        .given([...recommended(), ...blockedEvents()])
        .when(unblockData(s, id, t.sanctionAt, 'BLOCKED_IN_ERROR'))
        .thenMatches([{ type: 'PersonnelDataUnblocked', data: { reason: 'BLOCKED_IN_ERROR' } }])
        .thenState({ respondents: { [id]: { proceeding: { blocked: null } } } });
      spec
        .given(recommended())
        .when(unblockData(s, id, t.sanctionAt))
        .thenRejectedWith('NOT_BLOCKED');
    });
  });

  describe('the sanction (PP 94/2021, PyBMH table) and its delivery', () => {
    it('the PPK of the respondent’s agency records it; the delivery is due in 14 working days', () => {
      spec
        .given(recommended('MODERATE'))
        .when(decideSanction(s, id, t.sanctionAt))
        .then([
          {
            type: 'SanctionDecided',
            data: {
              respondentId: id,
              sanction: 'TUNDA_KGB_1T',
              level: 'MODERATE',
              imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Bupati' },
              respondentPosition: 'PENGAWAS',
              decreeNumber: '800/123/BKPSDM/2024',
              decidedOn: t.sanctionOn,
              recommended: 'MODERATE',
              lighterThanRecommended: false,
              repeatOf: null,
              deliveryDue: t.deliveryDue,
            },
          },
        ]);
    });

    it('a sanction lighter than the recommendation is recorded and flagged, not refused', () => {
      spec
        .given(recommended('HEAVY'))
        .when(decideSanction(s, id, t.sanctionAt))
        .thenMatches([{ data: { recommended: 'HEAVY', lighterThanRecommended: true } }]);
    });

    it('a repeat offence the application knows of is recorded', () => {
      const repeatOf = { caseId: 'case-2019-0007', sanction: 'TEGURAN_TERTULIS' } as const;
      spec
        .given(recommended())
        .when(decideSanction(s, id, t.sanctionAt, { repeatOf }))
        .thenMatches([{ data: { repeatOf } }]);
    });

    it('refused: another agency’s PPK, no recommendation, a second sanction', () => {
      spec
        .given(recommended())
        .when(decideSanction(s, id, t.sanctionAt, {}, ppkOf('another-agency')))
        .thenRejectedWith('CASE_NOT_FOUND');
      const secondAgency = s.respondents[1].agency.id;
      if (secondAgency !== pns.agency.id) {
        spec
          .given(recommended())
          .when(decideSanction(s, id, t.sanctionAt, {}, ppkOf(secondAgency)))
          .thenRejectedWith('OUT_OF_SCOPE', { field: 'respondentId' });
      }
      spec
        .given(forwarded())
        .when(decideSanction(s, id, t.sanctionAt))
        .thenRejectedWith('NO_RECOMMENDATION');
      spec
        .given(sanctioned())
        .when(decideSanction(s, id, t.sanctionAt))
        .thenRejectedWith('SANCTION_ALREADY_DECIDED');
    });

    it('refused: a sanction that does not exist for this person, or not in force on the date', () => {
      // Village-law and contract sanctions are not PP 94 sanctions of a PNS.
      const notForPns = spec
        .given(recommended())
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'DESA_BERHENTI' }))
        .thenRejectedWith('SANCTION_NOT_APPLICABLE', { field: 'sanction' });
      expect(notForPns.message).toContain(pns.kind);
      // PP 94's tukin cuts wait for a PP on salaries and allowances (Pasal 42): not in force.
      spec
        .given(recommended())
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'POTONG_TUKIN_6B' }))
        .thenRejectedWith('SANCTION_NOT_APPLICABLE', { field: 'sanction' });
    });

    it('refused: an official whose authority does not cover the sanction or the position', () => {
      const error = spec
        .given(recommended())
        .when(
          decideSanction(s, id, t.sanctionAt, {
            sanction: 'TURUN_JABATAN_12B',
            imposedBy: { official: 'PENGAWAS', instance: 'KABKOTA', name: 'Kepala Seksi' },
            respondentPosition: 'PELAKSANA',
          }),
        )
        .thenRejectedWith('NO_AUTHORITY_TO_SANCTION');
      expect(error.legalBasis).toBeDefined();
    });

    it('a row that requires a relation grants only when the command states it (PP 94 Pasal 23(1))', () => {
      const byPengawas = {
        sanction: 'TEGURAN_LISAN',
        imposedBy: { official: 'PENGAWAS', instance: 'KABKOTA', name: 'Kepala Seksi' },
        respondentPosition: 'PELAKSANA',
      } as const;
      spec
        .given(recommended('LIGHT'))
        .when(decideSanction(s, id, t.sanctionAt, byPengawas))
        .thenRejectedWith('NO_AUTHORITY_TO_SANCTION', { field: 'imposedBy.relation' });
      spec
        .given(recommended('LIGHT'))
        .when(
          decideSanction(s, id, t.sanctionAt, {
            ...byPengawas,
            imposedBy: { ...byPengawas.imposedBy, relation: 'ONE_LEVEL_BELOW' },
          }),
        )
        .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'TEGURAN_LISAN' } }]);
    });

    it('delivered: in force on day 15 after receipt; a late delivery is flagged', () => {
      spec
        .given(sanctioned())
        .when(deliverSanction(s, id, t.deliverAt))
        .then([
          {
            type: 'SanctionDelivered',
            data: {
              respondentId: id,
              deliveredOn: t.deliverAt.slice(0, 10),
              receivedAt: t.deliverAt,
              receivedOn: t.receivedOn,
              deliveryDue: t.deliveryDue,
              deliveredWithinDeadline: true,
              inForceOn: t.inForceOn,
            },
          },
        ]);
      spec
        .given(sanctioned())
        .when(deliverSanction(s, id, t.lateDeliverAt))
        .thenMatches([{ data: { deliveredWithinDeadline: false } }]);
    });

    const deliveredEvents = (): CaseEvent[] => [
      {
        type: 'SanctionDelivered',
        data: {
          respondentId: id,
          deliveredOn: t.receivedOn,
          receivedAt: t.deliverAt,
          receivedOn: t.receivedOn,
          deliveryDue: t.deliveryDue,
          deliveredWithinDeadline: true,
          inForceOn: t.inForceOn,
        },
      },
    ];

    it('delivery refused before a sanction, twice, or received before it was sent', () => {
      spec
        .given(recommended())
        .when(deliverSanction(s, id, t.deliverAt))
        .thenRejectedWith('SANCTION_NOT_DECIDED');
      const otherAgency = s.respondents[1].agency.id;
      if (otherAgency !== pns.agency.id) {
        spec
          .given(sanctioned())
          .when(deliverSanction(s, id, t.deliverAt, undefined, ppkOf(otherAgency)))
          .thenRejectedWith('OUT_OF_SCOPE', { field: 'respondentId' });
      }
      spec
        .given(sanctioned())
        .when(deliverSanction(s, id, t.deliverAt, '2024-01-01T10:00:00+07:00'))
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'receivedAt' });
      spec
        .given([...sanctioned(), ...deliveredEvents()])
        .when(deliverSanction(s, id, t.deliverAt))
        .thenRejectedWith('SANCTION_ALREADY_DELIVERED');
    });

    it('the block is lifted as followed up once the sanction is on record', () => {
      spec
        .given(
          history(
            ...decidedBoth(s),
            forward(s, [id]),
            supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
            ...examined(s, id),
            blockData(s, id, t.blockAt),
            decideSanction(s, id, t.sanctionAt),
          ),
        )
        .when(unblockData(s, id, t.deliverAt))
        .then([
          {
            type: 'PersonnelDataUnblocked',
            data: {
              respondentId: id,
              unblockedOn: t.deliverAt.slice(0, 10),
              reason: 'PPK_FOLLOWED_UP',
            },
          },
        ])
        .thenState({
          respondents: {
            [id]: {
              proceeding: {
                blocked: null,
                blocks: [
                  {
                    blockedOn: t.blockAt.slice(0, 10),
                    unblockedOn: t.deliverAt.slice(0, 10),
                    unblockReason: 'PPK_FOLLOWED_UP',
                  },
                ],
              },
            },
          },
        });
    });
  });

  it('a NEUTRALITY violation decided without a forward has no proceedings', () => {
    spec
      .given(history(...decidedBoth(s, violation(s))))
      .when(decideSanction(s, id, t.sanctionAt))
      .thenRejectedWith('NO_RECOMMENDATION');
  });
});
