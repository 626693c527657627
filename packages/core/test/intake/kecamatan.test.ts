/**
 * The Panwaslu Kecamatan (ad hoc body): it opens cases of its own kabupaten/kota and then
 * handles them, with the offices above it; what it may do depends on the regime (UU 7/2017
 * Pasal 105–106; UU 1/2015 as amended Pasal 134–135).
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { caseNotFound } from '../../src/case/errors.js';
import {
  authorizeCase,
  type BawasluOffice,
  CASE_COMMAND_TYPES,
  CASE_PERMISSIONS,
  type CaseCommand,
  type CaseCommandOf,
  type CaseCommandType,
  type CaseEvent,
  type CaseState,
} from '../../src/case/index.js';
import { AD_HOC_BODIES } from '../../src/case/legal-bases-followup.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import {
  decide,
  forward,
  handOver as handOverCommand,
  history,
  meta,
  receiveReport,
  recordFinding,
  register,
  review,
  spec,
  stateAfter,
} from './builders.js';
import { bawasluRi, PEMILU, PILKADA, SCENARIOS, type Scenario } from './fixtures.js';

const withActor = <C extends CaseCommand>(command: C, actor: ActorRef): C => ({
  ...command,
  meta: meta(actor, command.meta.occurredAt),
});

const panwascam = (regionCode: string, id = `panwascam-${regionCode}`): ActorRef => ({
  id,
  role: 'bawaslu',
  scope: { bawasluLevel: 'KECAMATAN', regionCode },
});

const handOver = (
  s: Scenario,
  kind: 'PELIMPAHAN' | 'PENGAMBILALIHAN',
  to: BawasluOffice,
  actor: ActorRef,
  at: string = s.t.reviewAt,
): CaseCommandOf<'HandOverCase'> => handOverCommand(s, to, at, kind, actor);

/** The kecamatan 05 of the scenario's kabupaten/kota, its sibling 06, and a sibling Kab/Kota. */
const around = (s: Scenario) => {
  const siblingKabKota = s.region.code === '34.01' ? '34.02' : '34.01';
  return {
    office: { level: 'KECAMATAN', regionCode: `${s.region.code}.05` } as const,
    kecamatan: panwascam(`${s.region.code}.05`),
    otherKecamatan: panwascam(`${s.region.code}.06`),
    siblingKabKota: {
      id: 'bawaslu-tetangga',
      role: 'bawaslu',
      scope: { bawasluLevel: 'KABKOTA', regionCode: siblingKabKota },
    } satisfies ActorRef,
    kecamatanOfSibling: panwascam(`${siblingKabKota}.05`),
  };
};

const unknown = (s: Scenario) => ({ ...caseNotFound(s.caseId) });

/** What authorize.ts reads of a command: its type, case id and actor (and an opening's regime). */
const bare = (s: Scenario, type: CaseCommandType, actor: ActorRef): CaseCommand =>
  ({ type, caseId: s.caseId, regime: s.regime, meta: meta(actor, s.t.reviewAt) }) as CaseCommand;

describe.each(SCENARIOS)('$regime: Panwaslu Kecamatan', (s) => {
  const k = around(s);
  const openedByKecamatan = (): CaseEvent[] => history(withActor(receiveReport(s), k.kecamatan));

  describe('the actor', () => {
    it('names its kecamatan with a three-part code', () => {
      spec
        .given([])
        .when(withActor(receiveReport(s), k.kecamatan))
        .thenMatches([{ type: 'ReportReceived' }]);
      for (const regionCode of [s.region.code, '34', '34.02.5', '34.02.05.01']) {
        spec
          .given([])
          .when(withActor(receiveReport(s), panwascam(regionCode)))
          .thenRejectedWith('INVALID_ACTOR', { field: 'meta.actor.scope.regionCode' });
      }
    });
  });

  describe('opening a case', () => {
    it('a report received by the kecamatan records it as the handling office', () => {
      spec
        .given([])
        .when(withActor(receiveReport(s), k.kecamatan))
        .thenMatches([
          {
            type: 'ReportReceived',
            data: { region: s.region, enteredBy: 'BAWASLU', handlingOffice: k.office },
          },
        ])
        .thenState({ handlingOffice: k.office, handovers: [] });
    });

    it('so does a finding it sets', () => {
      spec
        .given([])
        .when(withActor(recordFinding(s), k.kecamatan))
        .thenMatches([{ type: 'FindingRecorded', data: { handlingOffice: k.office } }])
        .thenState({ handlingOffice: k.office });
    });

    it('an opening by any other office records no handling office (the 2024.1 event)', () => {
      for (const command of [receiveReport(s), recordFinding(s)]) {
        const { events, state } = spec.given([]).when(command).thenState({ handlingOffice: null });
        expect(events[0]?.data).not.toHaveProperty('handlingOffice');
        expect(state).toMatchObject({ handlingOffice: null });
      }
    });

    it('a kecamatan outside the case kabupaten/kota cannot open it', () => {
      spec
        .given([])
        .when(withActor(receiveReport(s), k.kecamatanOfSibling))
        .thenRejectedWith('OUT_OF_SCOPE', {
          field: 'region.code',
          message: expect.stringContaining(s.region.code),
        });
      // Nor a case of the whole province.
      spec
        .given([])
        .when(
          withActor(
            recordFinding(s, { region: { code: '34', name: 'DI Yogyakarta' } }),
            k.kecamatan,
          ),
        )
        .thenRejectedWith('OUT_OF_SCOPE', { field: 'region.code' });
    });
  });

  describe('who acts on a case the kecamatan opened', () => {
    it('the kecamatan and every office above it', () => {
      for (const actor of [k.kecamatan, s.bawaslu, s.bawasluProvinsi, bawasluRi]) {
        spec
          .given(openedByKecamatan())
          .when(withActor(review(s), actor))
          .thenMatches([{ type: 'PreliminaryReviewCompleted' }]);
      }
    });

    it('not another kecamatan, nor a sibling Kab/Kota: CASE_NOT_FOUND', () => {
      for (const actor of [k.otherKecamatan, k.siblingKabKota, k.kecamatanOfSibling]) {
        spec
          .given(openedByKecamatan())
          .when(withActor(review(s), actor))
          .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
      }
    });

    it('a kecamatan does not reach a case its Kab/Kota opened', () => {
      spec
        .given(history(receiveReport(s)))
        .when(withActor(review(s), k.kecamatan))
        .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
    });

    it('what it may not do is checked after the reach, so a case out of reach shows no regime', () => {
      spec
        .given(openedByKecamatan())
        .when(withActor(forward(s, [s.respondents[0].respondentId]), k.otherKecamatan))
        .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
    });
  });
});

/** The Bawaslu commands, and the ones a Panwaslu Kecamatan may send, by regime. */
const BAWASLU_COMMANDS = CASE_COMMAND_TYPES.filter((t) =>
  CASE_PERMISSIONS[t].roles.includes('bawaslu'),
);
const MAY: Readonly<Record<Scenario['regime'], readonly CaseCommandType[]>> = {
  PEMILU_2024: [
    'ReceiveReport',
    'RecordFinding',
    'CompletePreliminaryReview',
    'SendCompletionNotice',
    'CompleteRequirements',
    'WithdrawReport',
    'RecordClarification',
    'HandOverCase',
  ],
  PILKADA_2024: BAWASLU_COMMANDS.filter(
    (t) =>
      ![
        'ForwardToSupervisor',
        'RerouteKasnFile',
        'ForwardToCompetentAuthority',
        'TakeUpAsFinding',
      ].includes(t),
  ),
};
const OPENING: readonly CaseCommandType[] = ['ReceiveReport', 'RecordFinding'];

describe.each(SCENARIOS)('$regime: what a Panwaslu Kecamatan may do', (s) => {
  const k = around(s);
  const state: CaseState = stateAfter(history(withActor(receiveReport(s), k.kecamatan)));
  const regimeArticle = s.regime === 'PEMILU_2024' ? 'Pasal 106' : 'Pasal 134';

  it.each(BAWASLU_COMMANDS.filter((t) => !OPENING.includes(t)))('%s on its own case', (type) => {
    const answer = authorizeCase(bare(s, type, k.kecamatan), state);
    if (MAY[s.regime].includes(type)) {
      expect(answer).toMatchObject(E.right({ role: 'bawaslu' }));
      return;
    }
    expect(answer).toMatchObject(
      E.left({
        code: 'AD_HOC_BODY_NOT_ALLOWED',
        field: 'meta.actor.scope.bawasluLevel',
        legalBasis: {
          confidence: AD_HOC_BODIES.confidence,
          article: expect.stringContaining(regimeArticle),
        },
      }),
    );
    if (E.isLeft(answer)) {
      expect(answer.left.message).toContain(type);
      expect(answer.left.message).toContain(s.regime);
    }
  });

  it('opens a case in either regime; the same commands from its Kab/Kota pass the table', () => {
    for (const type of OPENING) {
      expect(E.isRight(authorizeCase(bare(s, type, k.kecamatan), { status: 'NONE' }))).toBe(true);
    }
    for (const type of BAWASLU_COMMANDS.filter((t) => !OPENING.includes(t))) {
      expect(E.isRight(authorizeCase(bare(s, type, s.bawaslu), state))).toBe(true);
    }
  });
});

describe('Pemilu: the Panwaslu Kecamatan passes the case on through its Bawaslu Kab/Kota', () => {
  const s = PEMILU;
  const k = around(s);
  const reviewed = () =>
    history(withActor(receiveReport(s), k.kecamatan), withActor(review(s), k.kecamatan));
  const kabKota = { level: 'KABKOTA', regionCode: s.region.code } as const;

  it('it may not register the report itself', () => {
    spec
      .given(reviewed())
      .when(withActor(register(s), k.kecamatan))
      .thenRejectedWith('AD_HOC_BODY_NOT_ALLOWED', {
        field: 'meta.actor.scope.bawasluLevel',
        message: expect.stringContaining('PEMILU_2024'),
      });
  });

  it('it hands the case up to its Kab/Kota, which registers it; the kecamatan is then out', () => {
    const up = handOver(s, 'PELIMPAHAN', kabKota, k.kecamatan, s.t.registerAt);
    const handed = spec
      .given(reviewed())
      .when(up)
      .then([
        {
          type: 'CaseHandedOver',
          data: {
            kind: 'PELIMPAHAN',
            from: k.office,
            to: kabKota,
            handedOverOn: s.t.registeredOn,
            reason: up.reason,
          },
        },
      ]);
    const after = [...reviewed(), ...handed.events];
    spec
      .given(after)
      .when(register(s))
      .thenMatches([{ type: 'CaseRegistered' }]);
    spec
      .given(after)
      .when(withActor(register(s), k.kecamatan))
      .thenRejectedWith('CASE_NOT_FOUND', unknown(s));
  });

  it('not to another office, and it takes nothing over', () => {
    const elsewhere: BawasluOffice[] = [
      { level: 'PROVINSI', regionCode: '34' },
      { level: 'RI' },
      { level: 'KECAMATAN', regionCode: `${s.region.code}.06` },
    ];
    for (const to of elsewhere) {
      spec
        .given(reviewed())
        .when(handOver(s, 'PELIMPAHAN', to, k.kecamatan))
        .thenRejectedWith('AD_HOC_BODY_NOT_ALLOWED', {
          field: 'to',
          legalBasis: { article: expect.stringContaining('Pasal 20') },
          message: expect.stringContaining(`KABKOTA ${s.region.code}`),
        });
    }
    spec
      .given(reviewed())
      .when(handOver(s, 'PENGAMBILALIHAN', kabKota, k.kecamatan))
      .thenRejectedWith('AD_HOC_BODY_NOT_ALLOWED', { field: 'kind' });
  });
});

describe('Pilkada: Panwas Kecamatan decides; the forward to the ASN supervisor stays above it', () => {
  const s = PILKADA;
  const k = around(s);
  const [first, second] = s.respondents;
  const decidedByKecamatan = () =>
    history(
      ...[
        receiveReport(s),
        review(s),
        register(s),
        decide(s, first.respondentId),
        decide(s, second.respondentId),
      ].map((c) => withActor(c, k.kecamatan)),
    );

  it('registers and decides the report it received', () => {
    const events = decidedByKecamatan();
    expect(events.map((e) => e.type)).toEqual([
      'ReportReceived',
      'PreliminaryReviewCompleted',
      'CaseRegistered',
      'RespondentDecided',
      'RespondentDecided',
    ]);
    expect(stateAfter(events)).toMatchObject({ status: 'DECIDED', handlingOffice: k.office });
  });

  it('may not forward to the ASN supervisor; its Bawaslu Kab/Kota does', () => {
    const command = forward(s, [first.respondentId]);
    spec
      .given(decidedByKecamatan())
      .when(withActor(command, k.kecamatan))
      .thenRejectedWith('AD_HOC_BODY_NOT_ALLOWED', {
        message: expect.stringContaining('PILKADA_2024'),
        legalBasis: { article: expect.stringContaining('135(2)') },
      });
    spec
      .given(decidedByKecamatan())
      .when(command)
      .thenMatches([{ type: 'ForwardedToSupervisor' }]);
  });

  it('passes a case to any office over it, but cannot take over its own', () => {
    spec
      .given(history(withActor(receiveReport(s), k.kecamatan)))
      .when(handOver(s, 'PELIMPAHAN', { level: 'PROVINSI', regionCode: '34' }, k.kecamatan))
      .thenMatches([{ type: 'CaseHandedOver', data: { from: k.office } }]);
    spec
      .given(history(withActor(receiveReport(s), k.kecamatan)))
      .when(handOver(s, 'PENGAMBILALIHAN', k.office, k.kecamatan))
      .thenRejectedWith('TAKEOVER_NOT_HIGHER', { field: 'to.level' });
  });
});
