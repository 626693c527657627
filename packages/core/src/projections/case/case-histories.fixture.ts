/**
 * Test fixture (not exported): real case histories for the read-model tests, recorded through
 * the real command handler on the in-memory store, with the intake tests' scenarios and
 * builders (test/intake). Five cases whose commands alternate, so their events interleave in
 * the global log:
 *
 * - A `case-pilkada-btl-0007` (Pilkada, Bantul 34.02, report): btl-01 (PNS, KE-3) decided a
 *   violation, forwarded to KASN, recommended (MODERATE), summoned and examined, sanctioned
 *   (TUNDA_KGB_1T, 16 Sep), delivered (1 Oct), objected (2 Oct), upheld (30 Oct: in force);
 *   btl-02 (CPNS) decided not a violation.
 * - B `case-pemilu-kp-0012` (Pemilu, Kulon Progo 34.01, report): kp-01 (PNS) and kp-02 (PPPK),
 *   both D-7, forwarded to KASN; kp-01 recommended HEAVY and its SIASN data blocked (1 Mar),
 *   kp-02 not proven; the lapse of the status notice noticed (1 Mar).
 * - C `case-internal-btl-0001` (Pilkada, Bantul): an internal report by the satgas of
 *   Disdikpora naming btl-01 again: with the employer.
 * - D `case-finding-btl-0002` (Pilkada, Bantul, finding): btl-01 a third time, decided a
 *   violation (KE-3, 15 Aug), forwarded, recommended, examined, sanctioned as a repeat of A's
 *   sanction, not delivered.
 * - E `case-pilkada-btl-0031` (Pilkada, Bantul, report): two PNS of the health office decided
 *   late (12 Aug); e-01 a violation on NEUTRALITY and CRIMINAL, forwarded to Polri
 *   investigators (13 Aug), file to the prosecutor (20 Aug), not yet forwarded to the
 *   supervisor; e-02 (a unit named with `:`, `*` and `%`) not a violation.
 */
import { either as E } from 'fp-ts';
import {
  blockData,
  breachNoticed,
  criminalStep,
  decide,
  decideObjection,
  decideSanction,
  deliberate,
  deliverSanction,
  examined,
  fileObjection,
  forward,
  forwardToInvestigators,
  NOW,
  notAViolation,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  proven,
  receiveInternalReport,
  recordFinding,
  register,
  registered,
  supervisorOutcome,
  violation,
} from '../../../test/intake/builders.js';
import { PEMILU, PILKADA, type Scenario, satgasOf } from '../../../test/intake/fixtures.js';
import { createCaseCommandHandler } from '../../case/case-handler.js';
import type { CaseCommand } from '../../case/schema/commands.js';
import type { Respondent } from '../../case/schema/primitives.js';
import type { RecordedEvent } from '../../store/envelope.js';
import type { EventStore } from '../../store/event-store.js';
import { createInMemoryEventStore } from '../../store/in-memory/in-memory-store.js';
import { projectEvents, type ReadModel } from '../read-model.js';
import { caseReadModels } from './case-read-models.js';
import type { CaseRow } from './case-row.js';

export const A: Scenario = PILKADA;
export const B: Scenario = PEMILU;
export const C: Scenario = { ...PILKADA, caseId: 'case-internal-btl-0001' };
export const D: Scenario = { ...PILKADA, caseId: 'case-finding-btl-0002' };

const person = (respondentId: string, name: string, nip: string, unit: string): Respondent => ({
  respondentId,
  name,
  kind: 'PNS',
  nip,
  agency: { id: 'bantul-dinkes', name: 'Dinas Kesehatan Kabupaten Bantul' },
  unit,
});

export const E_SCENARIO: Scenario = {
  ...PILKADA,
  caseId: 'case-pilkada-btl-0031',
  registrationNumber: '031/Reg/LP/PB/Kab/14.02/VIII/2024',
  respondents: [
    person('e-01', 'Hendra Kusuma', '198203172009011004', 'Puskesmas Sewon I'),
    // A unit name with the key grammar's own characters in it.
    person('e-02', 'Dewi Anggraini', '198811232014032002', 'UPT Puskesmas: Sewon *II* 100%'),
  ],
};

/** The people of the cases, by the ids the tests name. */
export const BTL_01 = PILKADA.respondents[0];
export const BTL_02 = PILKADA.respondents[1];
export const KP_01 = PEMILU.respondents[0];
export const KP_02 = PEMILU.respondents[1];

const caseA = (): CaseCommand[] => {
  const t = PROCEEDING_TIMES.PILKADA_2024;
  const o = OBJECTION_TIMES.PILKADA_2024;
  const id = BTL_01.respondentId;
  return [
    ...registered(A),
    decide(A, id, violation(A)),
    decide(A, BTL_02.respondentId, notAViolation, '2024-08-11T16:05:00+07:00'),
    forward(A, [id]),
    supervisorOutcome(A, id, proven('MODERATE', BTL_01.agency.id, ['KE-3']), t.outcomeAt),
    ...examined(A, id),
    decideSanction(A, id, t.sanctionAt),
    deliverSanction(A, id, t.deliverAt),
    fileObjection(A, id, o.fileAt),
    decideObjection(A, id, o.decideAt, { outcome: 'UPHELD' }),
  ];
};

const caseB = (): CaseCommand[] => {
  const t = PROCEEDING_TIMES.PEMILU_2024;
  const [kp1, kp2] = [KP_01.respondentId, KP_02.respondentId];
  return [
    ...registered(B),
    decide(B, kp1, violation(B)),
    decide(B, kp2, violation(B), '2024-01-29T15:05:00+07:00'),
    forward(B, [kp1, kp2]),
    supervisorOutcome(B, kp1, proven('HEAVY', KP_01.agency.id), t.outcomeAt),
    supervisorOutcome(
      B,
      kp2,
      { outcome: 'NOT_PROVEN', reason: 'Akun bukan milik terlapor.' },
      '2024-02-20T10:05:00+07:00',
    ),
    blockData(B, kp1, t.blockAt),
    breachNoticed(B, 'ISSUE_STATUS_NOTICE', '2024-03-01T08:00:00+07:00'),
  ];
};

const caseC = (): CaseCommand[] => [receiveInternalReport(C, satgasOf(BTL_01))];

const caseD = (): CaseCommand[] => {
  const t = PROCEEDING_TIMES.PILKADA_2024;
  const id = BTL_01.respondentId;
  return [
    recordFinding(D),
    register(D, D.t.registerFindingAt, D.findingRegistrationNumber),
    decide(D, id, violation(D), '2024-08-15T10:00:00+07:00'),
    decide(D, BTL_02.respondentId, notAViolation, '2024-08-15T10:05:00+07:00'),
    forward(D, [id], '2024-08-16T09:00:00+07:00'),
    supervisorOutcome(D, id, proven('MODERATE', BTL_01.agency.id, ['KE-3']), t.outcomeAt),
    ...examined(D, id),
    decideSanction(D, id, t.sanctionAt, {
      decreeNumber: '800/131/BKPSDM/2024',
      repeatOf: { caseId: A.caseId, sanction: 'TUNDA_KGB_1T' },
    }),
  ];
};

const caseE = (): CaseCommand[] => {
  const s = E_SCENARIO;
  const [e1, e2] = [s.respondents[0].respondentId, s.respondents[1].respondentId];
  return [
    ...registered(s),
    deliberate(s, e1),
    decide(s, e1, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] }), s.t.lateDecideAt),
    decide(s, e2, notAViolation, '2024-08-12T16:05:00+07:00'),
    forwardToInvestigators(s, e1, '2024-08-13T09:00:00+07:00'),
    criminalStep(s, e1, '2024-08-20T10:00:00+07:00', { step: 'FILE_TO_PROSECUTOR' }),
  ];
};

/** Every case's commands, in each case's own order. */
export const CASES: readonly (readonly CaseCommand[])[] = [
  caseA(),
  caseB(),
  caseC(),
  caseD(),
  caseE(),
];

/** The commands of several cases alternating: one of each in turn, each case's order kept. */
export const interleave = (cases: readonly (readonly CaseCommand[])[]): CaseCommand[] => {
  const out: CaseCommand[] = [];
  for (let i = 0; cases.some((c) => i < c.length); i++) {
    for (const c of cases) {
      const command = c[i];
      if (command !== undefined) out.push(command);
    }
  }
  return out;
};

/** Every event of the store, in global order, a page at a time. */
export const readAllEvents = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.globalPosition ?? 0 });
    if (E.isLeft(page)) throw new Error(page.left.message);
    if (page.right.length === 0) return events;
    events.push(...page.right);
  }
};

/**
 * Runs `commands` through the case command handler (each sent by the actor its meta names, as
 * a host would after authenticating it) on `store`; a refusal is a broken fixture and throws.
 */
export const record = async (
  commands: readonly CaseCommand[],
  store: EventStore = createInMemoryEventStore(),
): Promise<{ store: EventStore; events: RecordedEvent[] }> => {
  const handle = createCaseCommandHandler({ store, clock: () => NOW });
  for (const command of commands) {
    const result = await handle(command, { actor: command.meta.actor })();
    if (E.isLeft(result)) {
      throw new Error(
        `fixture ${command.caseId} ${command.type} refused: ${JSON.stringify(result.left)}`,
      );
    }
  }
  return { store, events: await readAllEvents(store) };
};

/** The five cases, interleaved, recorded. */
export const recordSeason = () => record(interleave(CASES));

/** The instant the read-model tests ask at: 1 Nov 2024, 10:00 WIB. */
export const ASKED_AT = new Date('2024-11-01T03:00:00Z');

/** The case read models of `events`; a projection that fails is a broken fixture and throws. */
export const projectCases = (events: readonly RecordedEvent[]): ReadModel<CaseRow> => {
  const projected = projectEvents(caseReadModels, events);
  if (E.isLeft(projected)) throw new Error(projected.left.message);
  return projected.right;
};

/** The case read models of `events` up to and including the one at `index`. */
export const projectUpTo = (events: readonly RecordedEvent[], index: number): ReadModel<CaseRow> =>
  projectCases(events.slice(0, index + 1));

/** The five cases recorded (or `cases` when given, interleaved), their events and read models. */
export const projectedSeason = async (cases: readonly (readonly CaseCommand[])[] = CASES) => {
  const { events } = await record(interleave(cases));
  return { events, model: projectCases(events) };
};
