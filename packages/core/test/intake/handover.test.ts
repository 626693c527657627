/**
 * Hand-over between Bawaslu levels (pelimpahan, pengambilalihan; Perbawaslu 7/2022 Pasal 20):
 * who may act once the case changed hands, the refusals, and the history showing each office.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { caseNotFound } from '../../src/case/errors.js';
import {
  authorizeCase,
  type BawasluOffice,
  type CaseCommand,
  type CaseCommandOf,
  createCaseCommandHandler,
  readCase,
} from '../../src/case/index.js';
import { HANDOVER } from '../../src/case/legal-bases-followup.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import { createInMemoryEventStore } from '../../src/store/in-memory/in-memory-store.js';
import { asSentBy } from '../support/body-actor.js';
import {
  handOver as handOverCommand,
  history,
  meta,
  NOW,
  plusDays,
  receiveInternalReport,
  receiveReport,
  refer,
  register,
  review,
  spec,
  stateAfter,
  wib,
  withdraw,
} from './builders.js';
import {
  bawasluJabar,
  bawasluRi,
  gakkumduOf,
  SCENARIOS,
  type Scenario,
  satgasOf,
} from './fixtures.js';

const withActor = (command: CaseCommand, actor: ActorRef): CaseCommand => ({
  ...command,
  meta: meta(actor, command.meta.occurredAt),
});

const REASON = 'Kewenangan penanganan berada pada tingkat lain.';

const handOver = (
  s: Scenario,
  kind: 'PELIMPAHAN' | 'PENGAMBILALIHAN',
  to: BawasluOffice,
  actor: ActorRef,
  at: string = s.t.reviewAt,
): CaseCommandOf<'HandOverCase'> => handOverCommand(s, to, at, kind, actor);

/** The offices around a scenario's kabupaten/kota (Kulon Progo 34.01 or Bantul 34.02). */
const officesOf = (s: Scenario) => {
  const sibling = s.region.code === '34.01' ? '34.02' : '34.01';
  const actor = (id: string, scope: Record<string, string>): ActorRef => ({
    id,
    role: 'bawaslu',
    scope,
  });
  return {
    kabKota: { level: 'KABKOTA', regionCode: s.region.code } as const,
    provinsi: { level: 'PROVINSI', regionCode: '34' } as const,
    ri: { level: 'RI' } as const,
    kecamatan: { level: 'KECAMATAN', regionCode: `${s.region.code}.05` } as const,
    kecamatanActor: actor('panwascam-05', {
      bawasluLevel: 'KECAMATAN',
      regionCode: `${s.region.code}.05`,
    }),
    otherKecamatanActor: actor('panwascam-06', {
      bawasluLevel: 'KECAMATAN',
      regionCode: `${s.region.code}.06`,
    }),
    siblingKabKota: { level: 'KABKOTA', regionCode: sibling } as const,
    siblingActor: actor('bawaslu-tetangga', { bawasluLevel: 'KABKOTA', regionCode: sibling }),
  };
};

/** The answer of a case never opened, word for word. */
const unknown = (s: Scenario) => ({ ...caseNotFound(s.caseId) });

describe.each(SCENARIOS)('$regime: hand-over between levels', (s) => {
  const o = officesOf(s);
  const received = () => history(receiveReport(s));
  const handedUp = () =>
    history(receiveReport(s), handOver(s, 'PELIMPAHAN', o.provinsi, s.bawaslu));
  const handedDown = () =>
    history(receiveReport(s), handOver(s, 'PELIMPAHAN', o.kecamatan, s.bawaslu));

  describe('pelimpahan up, from Bawaslu Kab/Kota to Bawaslu Provinsi', () => {
    it('records both offices and the local date of the hand-over', () => {
      spec
        .given(received())
        .when(handOver(s, 'PELIMPAHAN', o.provinsi, s.bawaslu))
        .then([
          {
            type: 'CaseHandedOver',
            data: {
              kind: 'PELIMPAHAN',
              from: null,
              to: o.provinsi,
              handedOverOn: s.t.reviewedOn,
              reason: REASON,
            },
          },
        ])
        .thenState({
          handlingOffice: o.provinsi,
          handovers: [
            { kind: 'PELIMPAHAN', from: null, to: o.provinsi, handedOverOn: s.t.reviewedOn },
          ],
        });
    });

    it('the handing office no longer reaches the case: CASE_NOT_FOUND, as for an unknown case', () => {
      spec.given(handedUp()).when(review(s)).thenRejectedWith('CASE_NOT_FOUND', unknown(s));
    });

    it('the receiving Provinsi and Bawaslu RI act on it', () => {
      for (const actor of [s.bawasluProvinsi, bawasluRi]) {
        spec
          .given(handedUp())
          .when(withActor(review(s), actor))
          .thenMatches([{ type: 'PreliminaryReviewCompleted' }]);
      }
    });

    it('a sibling Kab/Kota, a Panwaslu Kecamatan and another province do not', () => {
      for (const actor of [o.siblingActor, o.kecamatanActor, bawasluJabar]) {
        spec
          .given(handedUp())
          .when(withActor(review(s), actor))
          .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
      }
    });

    it('a Gakkumdu desk keeps the region rule: the Kab/Kota desk still reaches the case', () => {
      const state = stateAfter(handedUp());
      const command = refer(s, s.respondents[0].respondentId, s.t.reviewAt, gakkumduOf(s));
      expect(E.isRight(authorizeCase(command, state))).toBe(true);
      const elsewhere: ActorRef = { id: 'g-32', role: 'gakkumdu', scope: { regionCode: '32' } };
      expect(authorizeCase(withActor(command, elsewhere), state)).toEqual(E.left(unknown(s)));
    });
  });

  describe('pelimpahan down, from Bawaslu Kab/Kota to a Panwaslu Kecamatan', () => {
    it('records the kecamatan as the handling office', () => {
      spec
        .given(received())
        .when(handOver(s, 'PELIMPAHAN', o.kecamatan, s.bawaslu))
        .thenMatches([
          { type: 'CaseHandedOver', data: { kind: 'PELIMPAHAN', from: null, to: o.kecamatan } },
        ])
        .thenState({ handlingOffice: o.kecamatan });
    });

    it('the kecamatan and every office above it act on the case', () => {
      for (const actor of [o.kecamatanActor, s.bawaslu, s.bawasluProvinsi, bawasluRi]) {
        spec
          .given(handedDown())
          .when(withActor(review(s), actor))
          .thenMatches([{ type: 'PreliminaryReviewCompleted' }]);
      }
    });

    it('another kecamatan of the same kabupaten/kota and a sibling Kab/Kota do not', () => {
      for (const actor of [o.otherKecamatanActor, o.siblingActor]) {
        spec
          .given(handedDown())
          .when(withActor(review(s), actor))
          .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
      }
    });

    it('it may also go down from a Provinsi that holds the case', () => {
      spec
        .given(handedUp())
        .when(handOver(s, 'PELIMPAHAN', o.kabKota, s.bawasluProvinsi))
        .thenMatches([{ type: 'CaseHandedOver', data: { from: o.provinsi, to: o.kabKota } }]);
    });
  });

  describe('pengambilalihan', () => {
    it('a Bawaslu Provinsi takes the case over from the Kab/Kota', () => {
      const taken = spec
        .given(received())
        .when(handOver(s, 'PENGAMBILALIHAN', o.provinsi, s.bawasluProvinsi))
        .then([
          {
            type: 'CaseHandedOver',
            data: {
              kind: 'PENGAMBILALIHAN',
              from: null,
              to: o.provinsi,
              handedOverOn: s.t.reviewedOn,
              reason: REASON,
            },
          },
        ]);
      expect(taken.state).toMatchObject({ handlingOffice: o.provinsi });
      spec
        .given([...received(), ...taken.events])
        .when(review(s))
        .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
    });

    it('Bawaslu RI takes over a case the Provinsi holds; the Provinsi is then out', () => {
      const at = wib(plusDays(s.t.reviewedOn, 1));
      const taken = spec
        .given(handedUp())
        .when(handOver(s, 'PENGAMBILALIHAN', o.ri, bawasluRi, at))
        .thenMatches([
          {
            type: 'CaseHandedOver',
            data: { kind: 'PENGAMBILALIHAN', from: o.provinsi, to: o.ri },
          },
        ]);
      expect(taken.state).toMatchObject({
        handlingOffice: o.ri,
        handovers: [
          { from: null, to: o.provinsi },
          { from: o.provinsi, to: o.ri },
        ],
      });
      const after = [...handedUp(), ...taken.events];
      spec
        .given(after)
        .when(withActor(review(s), s.bawasluProvinsi))
        .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
      spec
        .given(after)
        .when(withActor(review(s), bawasluRi))
        .thenMatches([{ type: 'PreliminaryReviewCompleted' }]);
    });
  });

  describe('refusals', () => {
    it('a hand-over to the office already handling the case', () => {
      spec
        .given(handedUp())
        .when(handOver(s, 'PELIMPAHAN', o.provinsi, s.bawasluProvinsi))
        .thenRejectedWith('HANDOVER_TO_SAME_OFFICE', { field: 'to', legalBasis: HANDOVER });
      // While no office is fixed, the Kab/Kota of the region holds the case.
      spec
        .given(received())
        .when(handOver(s, 'PELIMPAHAN', o.kabKota, s.bawaslu))
        .thenRejectedWith('HANDOVER_TO_SAME_OFFICE', {
          field: 'to',
          message: expect.stringContaining(`Bawaslu KABKOTA ${s.region.code}`),
        });
    });

    it('a target office whose territory is outside the case region', () => {
      const outside: BawasluOffice[] = [
        o.siblingKabKota,
        { level: 'PROVINSI', regionCode: '32' },
        { level: 'KECAMATAN', regionCode: `${o.siblingKabKota.regionCode}.05` },
      ];
      for (const to of outside) {
        spec
          .given(received())
          .when(handOver(s, 'PELIMPAHAN', to, s.bawaslu))
          .thenRejectedWith('OUT_OF_SCOPE', {
            field: 'to.regionCode',
            legalBasis: HANDOVER,
            message: expect.stringContaining(s.region.code),
          });
      }
    });

    it('Bawaslu RI is never outside the region', () => {
      spec
        .given(received())
        .when(handOver(s, 'PELIMPAHAN', o.ri, s.bawaslu))
        .thenMatches([{ type: 'CaseHandedOver', data: { to: o.ri } }]);
    });

    it('a takeover by an office not above the one handling the case', () => {
      spec
        .given(received())
        .when(handOver(s, 'PENGAMBILALIHAN', o.kabKota, s.bawaslu))
        .thenRejectedWith('TAKEOVER_NOT_HIGHER', { field: 'to.level', legalBasis: HANDOVER });
      // A lower office cannot even see a case held above it.
      spec
        .given(handedUp())
        .when(handOver(s, 'PENGAMBILALIHAN', o.kabKota, s.bawaslu))
        .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
    });

    it('a takeover for another office than the acting one', () => {
      spec
        .given(received())
        .when(handOver(s, 'PENGAMBILALIHAN', o.ri, s.bawasluProvinsi))
        .thenRejectedWith('TAKEOVER_NOT_OWN_OFFICE', { field: 'to', legalBasis: HANDOVER });
    });

    it('a hand-over dated before the case was opened, or before the previous hand-over', () => {
      spec
        .given(received())
        .when(handOver(s, 'PELIMPAHAN', o.provinsi, s.bawaslu, wib(plusDays(s.t.receivedOn, -1))))
        .thenRejectedWith('DATES_OUT_OF_ORDER', {
          field: 'meta.occurredAt',
          legalBasis: HANDOVER,
        });
      spec
        .given(handedUp())
        .when(handOver(s, 'PENGAMBILALIHAN', o.ri, bawasluRi, s.t.receivedAt))
        .thenRejectedWith('DATES_OUT_OF_ORDER', {
          field: 'meta.occurredAt',
          message: expect.stringContaining('previous hand-over'),
        });
    });

    it('a closed case, and an internal report with the employer', () => {
      spec
        .given(history(receiveReport(s), withdraw(s, s.t.reviewAt)))
        .when(handOver(s, 'PELIMPAHAN', o.provinsi, s.bawaslu))
        .thenRejectedWith('CASE_CLOSED');
      spec
        .given(history(receiveInternalReport(s, satgasOf(s.respondents[0]))))
        .when(handOver(s, 'PELIMPAHAN', o.provinsi, s.bawaslu))
        .thenRejectedWith('HANDLED_BY_EMPLOYER');
    });

    it('only Bawaslu hands a case over', () => {
      spec
        .given(received())
        .when(withActor(handOver(s, 'PELIMPAHAN', o.provinsi, s.bawaslu), gakkumduOf(s)))
        .thenRejectedWith('ROLE_NOT_ALLOWED', { legalBasis: HANDOVER });
    });
  });

  describe('the history shows both offices', () => {
    it('through the command handler: readCase and a replay of the stream agree', async () => {
      const store = createInMemoryEventStore();
      const handle = asSentBy(createCaseCommandHandler({ store, clock: () => NOW }));
      const commands: CaseCommand[] = [
        receiveReport(s),
        handOver(s, 'PELIMPAHAN', o.kecamatan, s.bawaslu),
        withActor(review(s), o.kecamatanActor),
        handOver(
          s,
          'PENGAMBILALIHAN',
          o.provinsi,
          s.bawasluProvinsi,
          wib(s.t.registeredOn, '08:00'),
        ),
        withActor(register(s), s.bawasluProvinsi),
      ];
      for (const command of commands) {
        const done = await handle(JSON.parse(JSON.stringify(command)))();
        if (E.isLeft(done)) return expect.fail(`${command.type}: ${done.left.message}`);
      }
      const view = await readCase(store, s.caseId);
      if (E.isLeft(view)) return expect.fail(view.left.message);
      expect(view.right.state.handlingOffice).toEqual(o.provinsi);
      expect(view.right.state.handovers).toEqual([
        { kind: 'PELIMPAHAN', from: null, to: o.kecamatan, handedOverOn: s.t.reviewedOn },
        {
          kind: 'PENGAMBILALIHAN',
          from: o.kecamatan,
          to: o.provinsi,
          handedOverOn: s.t.registeredOn,
        },
      ]);
      expect(view.right.events.map((e) => e.type)).toEqual([
        'ReportReceived',
        'CaseHandedOver',
        'PreliminaryReviewCompleted',
        'CaseHandedOver',
        'CaseRegistered',
      ]);
      expect(stateAfter(history(...commands))).toEqual(view.right.state);
      // The kecamatan that held the case before the takeover is out of it now.
      const late = await handle(
        withActor(review(s, undefined, s.t.registerAt), o.kecamatanActor),
      )();
      expect(late).toEqual(E.left(unknown(s)));
    });
  });
});
