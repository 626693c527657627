import { describe, expect, it } from 'vitest';
import { caseNotFound } from '../../src/case/errors.js';
import {
  CASE_COMMAND_TYPES,
  CASE_PERMISSIONS,
  CASE_ROLES,
  type CaseCommand,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import {
  announce,
  blockData,
  breachNoticed,
  clarify,
  completeRequirements,
  courtChallenge,
  criminalStep,
  decide,
  decidedBoth,
  decideObjection,
  decideSanction,
  decline,
  deliberate,
  deliverSanction,
  extend,
  fileObjection,
  forward,
  forwardToAuthority,
  forwardToInvestigators,
  handOver,
  history,
  meta,
  proven,
  receiveInternalReport,
  receiveReport,
  recordExamination,
  recordFinding,
  refer,
  register,
  registered,
  releaseFromDuty,
  reroute,
  respondentExit,
  review,
  sanctionServed,
  sendNotice,
  spec,
  summonRespondent,
  supervisorOutcome,
  takeUp,
  unblockData,
  withdraw,
} from './builders.js';
import {
  auditor,
  bawasluJabar,
  bawasluKabBekasi,
  bawasluKotaBanjar,
  bawasluRi,
  SCENARIOS,
  satgasOf,
  supervisorBkn,
} from './fixtures.js';

const withActor = (command: CaseCommand, actor: ActorRef): CaseCommand => ({
  ...command,
  meta: meta(actor, command.meta.occurredAt),
});

describe.each(SCENARIOS)('$regime: who may do what', (s) => {
  /** One sample command per type, valid for some role on a suitable history. */
  const samples: Readonly<Record<CaseCommand['type'], CaseCommand>> = {
    ReceiveReport: receiveReport(s),
    RecordFinding: recordFinding(s),
    ReceiveInternalReport: receiveInternalReport(s, satgasOf(s.respondents[0])),
    CompletePreliminaryReview: review(s),
    CompleteRequirements: completeRequirements(s, ['SIGNATURE']),
    RegisterCase: register(s),
    DeclineRegistration: decline(s, 'TIME_BARRED', s.t.reviewAt),
    WithdrawReport: withdraw(s, s.t.reviewAt),
    RecordClarification: clarify(s, { kind: 'WITNESS', name: 'Sumarni' }),
    ExtendForAdditionalInformation: extend(s),
    DecideRespondent: decide(s, s.respondents[0].respondentId),
    ForwardToSupervisor: forward(s, [s.respondents[0].respondentId]),
    RerouteKasnFile: reroute(s, [s.respondents[0].respondentId], false),
    ReferToGakkumdu: refer(s, s.respondents[0].respondentId),
    SendCompletionNotice: sendNotice(s),
    IssueStatusNotice: announce(s, s.t.registerAt),
    TakeUpAsFinding: takeUp(s, s.t.afterCompletionAt),
    HandOverCase: handOver(s, { level: 'RI' }),
    RecordGakkumduDeliberation: deliberate(s, s.respondents[0].respondentId),
    ForwardToInvestigators: forwardToInvestigators(
      s,
      s.respondents[0].respondentId,
      s.t.referralLateAt,
    ),
    ForwardToCompetentAuthority: forwardToAuthority(s, s.respondents[0].respondentId),
    RecordSupervisorOutcome: supervisorOutcome(
      s,
      s.respondents[0].respondentId,
      proven('MODERATE', s.respondents[0].agency.id),
      s.t.forwardAt,
    ),
    BlockPersonnelData: blockData(s, s.respondents[0].respondentId, s.t.forwardAt),
    UnblockPersonnelData: unblockData(s, s.respondents[0].respondentId, s.t.forwardAt),
    DecideSanction: decideSanction(s, s.respondents[0].respondentId, s.t.forwardAt),
    DeliverSanction: deliverSanction(s, s.respondents[0].respondentId, s.t.forwardAt),
    FileObjection: fileObjection(s, s.respondents[0].respondentId, s.t.forwardAt),
    DecideObjection: decideObjection(s, s.respondents[0].respondentId, s.t.forwardAt, {
      outcome: 'UPHELD',
    }),
    RecordSanctionServed: sanctionServed(s, s.respondents[0].respondentId, s.t.forwardAt),
    RecordRespondentExit: respondentExit(s, s.respondents[0].respondentId, s.t.forwardAt),
    RecordCriminalStep: criminalStep(s, s.respondents[0].respondentId, s.t.forwardAt, {
      step: 'FILE_TO_PROSECUTOR',
    }),
    SummonForExamination: summonRespondent(
      s,
      s.respondents[0].respondentId,
      s.t.forwardAt,
      s.t.forwardAt.slice(0, 10),
    ),
    RecordExamination: recordExamination(s, s.respondents[0].respondentId, s.t.forwardAt),
    ReleaseFromDuty: releaseFromDuty(s, s.respondents[0].respondentId, s.t.forwardAt),
    RecordCourtChallenge: courtChallenge(s, s.respondents[0].respondentId, s.t.forwardAt),
    RecordBreachNoticed: breachNoticed(
      s,
      'DELIVER_SANCTION',
      s.t.forwardAt,
      s.respondents[0].respondentId,
    ),
  };

  const actorFor = (role: string): ActorRef => ({ id: `someone-${role}`, role, scope: {} });

  it('the permission table covers every command and names only known roles', () => {
    expect(Object.keys(CASE_PERMISSIONS).sort()).toEqual([...CASE_COMMAND_TYPES].sort());
    for (const p of Object.values(CASE_PERMISSIONS)) {
      for (const role of p.roles) expect(CASE_ROLES).toContain(role);
    }
  });

  const refusals = CASE_COMMAND_TYPES.flatMap((type) =>
    CASE_ROLES.filter((role) => !CASE_PERMISSIONS[type].roles.includes(role)).map(
      (role) => [type, role] as const,
    ),
  );

  it.each(refusals)(
    '%s by a %s → ROLE_NOT_ALLOWED (checked before anything else)',
    (type, role) => {
      const actor =
        role === 'bawaslu'
          ? s.bawaslu
          : role === 'satgas' || role === 'superior' || role === 'ppk'
            ? { id: `x-${role}`, role, scope: { agencyId: 'x' } }
            : role === 'gakkumdu'
              ? { id: 'g', role, scope: { regionCode: s.region.code } }
              : actorFor(role);
      const rejection = spec
        .given([])
        .when(withActor(samples[type], actor))
        .thenRejectedWith('ROLE_NOT_ALLOWED', {
          field: 'meta.actor.role',
        });
      expect(rejection.message).toContain(role);
      expect(rejection.message).toContain(type);
    },
  );

  it('an auditor can do nothing (read-only)', () => {
    for (const type of CASE_COMMAND_TYPES) {
      spec.given([]).when(withActor(samples[type], auditor)).thenRejectedWith('ROLE_NOT_ALLOWED');
    }
  });

  describe('actor parsing', () => {
    it('an unknown role is an invalid actor', () => {
      spec
        .given([])
        .when(withActor(receiveReport(s), { id: 'camat-sewon', role: 'camat', scope: {} }))
        .thenRejectedWith('INVALID_ACTOR', { field: 'meta.actor.role' });
    });

    it('a Bawaslu actor needs a level, and a region matching it', () => {
      const bad: readonly [Record<string, string>, string][] = [
        [{}, 'meta.actor.scope.bawasluLevel'],
        [{ bawasluLevel: 'DESA' }, 'meta.actor.scope.bawasluLevel'],
        [{ bawasluLevel: 'KABKOTA' }, 'meta.actor.scope.regionCode'],
        [{ bawasluLevel: 'KABKOTA', regionCode: '34' }, 'meta.actor.scope.regionCode'],
        [{ bawasluLevel: 'PROVINSI', regionCode: '34.02' }, 'meta.actor.scope.regionCode'],
      ];
      for (const [scope, field] of bad) {
        spec
          .given([])
          .when(withActor(receiveReport(s), { id: 'b', role: 'bawaslu', scope }))
          .thenRejectedWith('INVALID_ACTOR', { field });
      }
    });

    it('a satgas needs its agency', () => {
      spec
        .given([])
        .when(
          withActor(receiveInternalReport(s, satgasOf(s.respondents[0])), {
            id: 's',
            role: 'satgas',
            scope: {},
          }),
        )
        .thenRejectedWith('INVALID_ACTOR', { field: 'meta.actor.scope.agencyId' });
    });
  });

  describe('Bawaslu territory', () => {
    it('Bawaslu RI and the Bawaslu Provinsi of the province may act', () => {
      spec
        .given([])
        .when(withActor(receiveReport(s), bawasluRi))
        .thenMatches([{ type: 'ReportReceived' }]);
      spec
        .given([])
        .when(withActor(receiveReport(s), s.bawasluProvinsi))
        .thenMatches([{ type: 'ReportReceived' }]);
      spec
        .given(history(receiveReport(s)))
        .when(withActor(review(s), s.bawasluProvinsi))
        .thenMatches([{ type: 'PreliminaryReviewCompleted' }]);
    });

    it.each([
      ['another kabupaten/kota (Kota Banjar)', bawasluKotaBanjar],
      ['another kabupaten (Kab. Bekasi)', bawasluKabBekasi],
      ['another province (Jawa Barat)', bawasluJabar],
    ])(
      '%s is out of scope when opening; on an open case it is answered as an unknown case',
      (_name, actor) => {
        spec
          .given([])
          .when(withActor(receiveReport(s), actor))
          .thenRejectedWith('OUT_OF_SCOPE', {
            field: 'region.code',
            message: expect.stringContaining(s.region.code),
          });
        // No existence oracle: the same answer, word for word, as for a case never opened.
        const unknown = { ...caseNotFound(s.caseId) };
        spec
          .given([])
          .when(withActor(review(s), actor))
          .thenRejectedWith('CASE_NOT_FOUND', unknown);
        spec
          .given(history(receiveReport(s)))
          .when(withActor(review(s), actor))
          .thenRejectedWith('CASE_NOT_FOUND', unknown);
        spec
          .given(history(...decidedBoth(s)))
          .when(withActor(forward(s, [s.respondents[0].respondentId]), actor))
          .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
      },
    );

    it('a neighbouring kabupaten in the same province is out of scope too', () => {
      const neighbour: ActorRef = {
        id: 'bawaslu-tetangga',
        role: 'bawaslu',
        scope: {
          bawasluLevel: 'KABKOTA',
          regionCode: s.region.code === '34.01' ? '34.02' : '34.01',
        },
      };
      spec
        .given(history(...registered(s)))
        .when(withActor(decide(s, s.respondents[0].respondentId), neighbour))
        .thenRejectedWith('CASE_NOT_FOUND', { field: 'caseId' });
    });
  });

  describe('reporter identity', () => {
    it('an online reporter files only their own report', () => {
      spec
        .given([])
        .when(withActor(receiveReport(s), { id: 'pelapor-lain-009', role: 'reporter', scope: {} }))
        .thenRejectedWith('NOT_THE_REPORTER');
    });
  });

  it('the reroute is recorded by a supervisor or the system, not by Bawaslu', () => {
    const given = history(
      ...decidedBoth(s),
      forward(
        s,
        s.respondents.map((r) => r.respondentId),
      ),
    );
    spec
      .given(given)
      .when(withActor(reroute(s, [s.respondents[0].respondentId], false), supervisorBkn))
      .thenMatches([{ type: 'KasnFileRerouted' }]);
    spec
      .given(given)
      .when(withActor(reroute(s, [s.respondents[0].respondentId], false), s.bawaslu))
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });
});
