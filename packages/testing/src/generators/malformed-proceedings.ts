/**
 * Mutations of the respondent's proceedings after the forward (issue 15) against their rules.
 *
 * `misapplied-proceeding`: a step the state of a respondent's proceedings forbids, sent in place
 * of a forward or a proceeding step the history took — an outcome for a respondent not at the
 * supervisor, or a second one; a SIASN block without a PROVEN recommendation, once a sanction is
 * on record, or while one is in place; a block lifted that is not in place, or lifted as followed
 * up before any sanction; a sanction without a recommendation, or a second one; a delivery
 * before the sanction, or a second one; any of them once the respondent left the service. The
 * actor may send it and reaches the case: the supervisor, or the PPK of the respondent's agency.
 *
 * `misapplied-sanction`: the history's own decision or delivery, changed — a sanction that does
 * not exist for the respondent or is not in force that day; one imposed by an official whose
 * authority does not cover it (an authority over non-ASN people, an official below JPT level for
 * a heavy sanction, a required relation left unstated, another official or position the PyBMH
 * table does not cover); a delivery received before it was sent.
 */
import {
  type ActorRef,
  type CaseCommand,
  type CaseErrorCode,
  checkAuthority,
  IMPOSING_OFFICIALS,
  type ImposingOfficial,
  POSITION_CLASSES,
  type PositionClass,
  type Respondent,
  SANCTION_CODES,
  sanctionsInForce,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { agencyActor } from './actors.js';
import { formatInstant } from './dates.js';
import type { IntakeHistory } from './intake-history.js';
import { commandAt, dayOf, type Mutation, type MutationClass, positionsOf } from './malformed.js';
import { type ProceedingSoFar, proceedingBefore } from './proceeding-so-far.js';
import { sanctionOf } from './sanction-authority.js';

type DecideSanction = Extract<CaseCommand, { type: 'DecideSanction' }>;

const SUPERVISOR: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} };
const ppkOf = (r: Respondent): ActorRef => agencyActor('ppk', r.agency.id);

/** A step of the proceedings on `r`, sent with the instant of `at` by an actor who may send it. */
const stepOn = (at: CaseCommand, r: Respondent, body: Record<string, unknown>): unknown => {
  const type = body.type;
  const actor = type === 'DecideSanction' || type === 'DeliverSanction' ? ppkOf(r) : SUPERVISOR;
  return {
    ...body,
    caseId: at.caseId,
    respondentId: r.respondentId,
    meta: { commandId: `${at.meta.commandId}-mutated`, actor, occurredAt: at.meta.occurredAt },
  };
};

const BODIES = {
  outcome: {
    type: 'RecordSupervisorOutcome',
    result: { outcome: 'NOT_PROVEN', reason: 'Tidak terbukti.' },
  },
  block: { type: 'BlockPersonnelData', reason: 'Rekomendasi belum ditindaklanjuti PPK.' },
  unblockInError: { type: 'UnblockPersonnelData', reason: 'BLOCKED_IN_ERROR' },
  unblockFollowedUp: { type: 'UnblockPersonnelData', reason: 'PPK_FOLLOWED_UP' },
  sanction: {
    type: 'DecideSanction',
    sanction: 'MORAL_TERTUTUP',
    imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Bupati' },
    respondentPosition: 'PELAKSANA',
    decreeNumber: '800/1/BKPSDM/2024',
  },
  deliver: { type: 'DeliverSanction' },
} as const;

/**
 * A step that the state of one respondent's proceedings forbids: which respondents it applies
 * to, what is sent, and the code that must answer it. Every check named comes before the
 * decider looks at dates, so the instant of the step replaced is as good as any.
 */
interface Forbidden {
  readonly name: string;
  readonly applies: (s: ProceedingSoFar) => boolean;
  readonly body: Record<string, unknown>;
  readonly code: CaseErrorCode;
  /** The respondent kinds it applies to; absent: every kind. */
  readonly kinds?: readonly Respondent['kind'][];
}

const FORBIDDEN: readonly Forbidden[] = [
  {
    name: 'outcome for a respondent not at the supervisor',
    applies: (s) => !s.forwarded,
    body: BODIES.outcome,
    code: 'NOT_AT_SUPERVISOR',
  },
  {
    name: 'a second supervisor outcome',
    applies: (s) => s.outcome !== undefined,
    body: BODIES.outcome,
    code: 'SUPERVISOR_OUTCOME_RECORDED',
  },
  {
    name: 'block without a PROVEN recommendation',
    applies: (s) => s.outcome !== 'PROVEN',
    body: BODIES.block,
    code: 'NO_RECOMMENDATION',
  },
  {
    name: 'block once a sanction is on record',
    applies: (s) => s.outcome === 'PROVEN' && s.sanction !== undefined,
    body: BODIES.block,
    code: 'SANCTION_ALREADY_DECIDED',
  },
  {
    name: 'block while blocked',
    applies: (s) => s.outcome === 'PROVEN' && s.sanction === undefined && s.blocked,
    body: BODIES.block,
    code: 'ALREADY_BLOCKED',
  },
  {
    name: 'unblock without a block',
    applies: (s) => !s.blocked,
    body: BODIES.unblockInError,
    code: 'NOT_BLOCKED',
  },
  {
    name: 'unblock as followed up before any sanction',
    applies: (s) => s.blocked && s.sanction === undefined,
    body: BODIES.unblockFollowedUp,
    code: 'PPK_NOT_FOLLOWED_UP',
  },
  {
    name: 'sanction without a PROVEN recommendation',
    applies: (s) => s.outcome !== 'PROVEN',
    body: BODIES.sanction,
    code: 'NO_RECOMMENDATION',
    kinds: ['PNS', 'CPNS', 'PPPK'],
  },
  {
    name: 'sanction of a TNI or Polri member (their command’s discipline)',
    applies: () => true,
    body: BODIES.sanction,
    code: 'STAGE_NOT_APPLICABLE',
    kinds: ['TNI', 'POLRI'],
  },
  {
    name: 'a second sanction',
    applies: (s) => s.outcome === 'PROVEN' && s.sanction !== undefined,
    body: BODIES.sanction,
    code: 'SANCTION_ALREADY_DECIDED',
  },
  {
    name: 'delivery before the sanction',
    applies: (s) => s.sanction === undefined,
    body: BODIES.deliver,
    code: 'SANCTION_NOT_DECIDED',
  },
  {
    name: 'a second delivery',
    applies: (s) => s.delivered,
    body: BODIES.deliver,
    code: 'SANCTION_ALREADY_DELIVERED',
  },
  // After the respondent left the service, every step of the proceedings is refused first.
  {
    name: 'outcome after the exit',
    applies: (s) => s.exited,
    body: BODIES.outcome,
    code: 'RESPONDENT_EXITED',
  },
  {
    name: 'sanction after the exit',
    applies: (s) => s.exited,
    body: BODIES.sanction,
    code: 'RESPONDENT_EXITED',
  },
];

/** Steps the case was open for: a forward, or a step of the proceedings. */
const OPEN_STEPS = positionsOf(
  'ForwardToSupervisor',
  'RecordSupervisorOutcome',
  'BlockPersonnelData',
  'UnblockPersonnelData',
  'DecideSanction',
  'DeliverSanction',
);

/** The forbidden steps that apply at `position`, each with the respondents it applies to. */
const forbiddenAt = (h: IntakeHistory, position: number) =>
  FORBIDDEN.flatMap((f) => {
    const exitRule = f.code === 'RESPONDENT_EXITED';
    const rs = h.respondents.filter((r) => {
      const s = proceedingBefore(h.commands, position, r.respondentId);
      // Once exited, only the exit answers: the other rules are about an active respondent.
      return s.exited === exitRule && (f.kinds?.includes(r.kind) ?? true) && f.applies(s);
    });
    return rs.length === 0 ? [] : [{ f, rs }];
  });

/** The officials and position classes of the PyBMH vocabulary (the schema's enums). */
const OFFICIALS: readonly ImposingOfficial[] = IMPOSING_OFFICIALS;
const POSITIONS: readonly PositionClass[] = POSITION_CLASSES;

/** Officials the law gives authority over non-ASN people only (village law, contracts). */
const NON_ASN_AUTHORITIES: readonly ImposingOfficial[] = [
  'OPD_HEAD',
  'BUPATI_WALIKOTA',
  'KEPALA_DESA',
];

/** Officials below JPT level, who impose light and moderate sanctions only (Pasal 21–23). */
const LOWER_OFFICIALS: readonly ImposingOfficial[] = [
  'ADMINISTRATOR',
  'PENGAWAS',
  'FUNGSIONAL_DESIGNATED',
];

const withImposedBy = (
  command: DecideSanction,
  change: Partial<DecideSanction['imposedBy']>,
  dropRelation = false,
): DecideSanction => {
  const { relation: _relation, ...rest } = command.imposedBy;
  return {
    ...command,
    imposedBy: { ...(dropRelation ? rest : command.imposedBy), ...change },
  };
};

/** Whether core's table refuses the request for a want of authority (not of applicability). */
const refusedForAuthority = (
  h: IntakeHistory,
  command: DecideSanction,
  kind: Respondent['kind'],
): boolean => {
  const answer = checkAuthority(h.context.rulebook, {
    instance: command.imposedBy.instance,
    official: command.imposedBy.official,
    respondentPosition: command.respondentPosition,
    respondentKind: kind,
    sanction: command.sanction,
    on: dayOf(h, command),
    ...(command.imposedBy.relation === undefined ? {} : { relation: command.imposedBy.relation }),
  });
  return E.isLeft(answer) && !['SANCTION_NOT_FOR_KIND', 'NOT_IN_FORCE'].includes(answer.left.code);
};

type SanctionRule = (
  h: IntakeHistory,
  command: DecideSanction,
  r: Respondent,
) => readonly { readonly input: DecideSanction; readonly detail: string }[];

/** Variants of a legal DecideSanction that an authority check must refuse. */
const NO_AUTHORITY: readonly SanctionRule[] = [
  // Independent of the table: village-law and contract authorities have none over ASN.
  (_h, command, r) =>
    NON_ASN_AUTHORITIES.map((official) => ({
      input: withImposedBy(command, { official }, true),
      detail: `${official} sanctions a ${r.kind}`,
    })),
  // Independent of the table: officials below JPT level impose no heavy sanction or dismissal.
  (h, command) => {
    const { level } = sanctionOf(h.context.rulebook, command.sanction);
    if (level !== 'HEAVY' && level !== 'PTDH') return [];
    return LOWER_OFFICIALS.map((official) => ({
      input: withImposedBy(command, { official }),
      detail: `${official} imposes ${command.sanction} (${level})`,
    }));
  },
  // A row that requires a relation grants only when it is stated: leave it out.
  (_h, command) =>
    command.imposedBy.relation === undefined
      ? []
      : [
          {
            input: withImposedBy(command, {}, true),
            detail: `${command.imposedBy.official} without the relation ${command.imposedBy.relation} its authority requires`,
          },
        ],
  // Another official, or another position, that the table does not let impose it.
  (h, command, r) =>
    [
      ...OFFICIALS.filter((o) => o !== command.imposedBy.official).map((official) => ({
        input: withImposedBy(command, { official }, true),
        detail: `${official} imposes ${command.sanction} on a ${r.kind} ${command.respondentPosition}`,
      })),
      ...POSITIONS.filter((p) => p !== command.respondentPosition).map((respondentPosition) => ({
        input: { ...command, respondentPosition },
        detail: `${command.imposedBy.official} imposes ${command.sanction} on a ${r.kind} ${respondentPosition}`,
      })),
    ].filter((v) => refusedForAuthority(h, v.input, r.kind)),
];

const respondentOf = (h: IntakeHistory, id: string): Respondent | undefined =>
  h.respondents.find((r) => r.respondentId === id);

/** The mutations of the DecideSanction at `position`, in two groups, each with its code. */
const sanctionMutations = (h: IntakeHistory, position: number): (() => Mutation)[][] => {
  const command = commandAt(h, position);
  if (command.type !== 'DecideSanction') return [];
  const r = respondentOf(h, command.respondentId);
  // The PyBMH mutations are about ASN respondents; a non-ASN sanction (village law, contract)
  // is not mutated here.
  if (r === undefined || !['PNS', 'CPNS', 'PPPK'].includes(r.kind)) return [];
  const on = dayOf(h, command);
  const inForce = new Set(sanctionsInForce(h.context.rulebook, on, r.kind).map((s) => s.code));
  const inapplicable = SANCTION_CODES.filter((code) => !inForce.has(code));
  return [
    NO_AUTHORITY.flatMap((rule) => rule(h, command, r)).map(
      (v) => (): Mutation => ({
        input: v.input,
        detail: `no authority: ${v.detail}`,
        acceptable: ['NO_AUTHORITY_TO_SANCTION'],
      }),
    ),
    inapplicable.map(
      (sanction) => (): Mutation => ({
        input: { ...command, sanction },
        detail: `${sanction} for a ${r.kind} on ${on}, which is not for the kind or not in force`,
        acceptable: ['SANCTION_NOT_APPLICABLE'],
      }),
    ),
  ];
};

/** A delivery received before it was sent. */
const deliveryMutations = (h: IntakeHistory, position: number): (() => Mutation)[] => {
  const command = commandAt(h, position);
  if (command.type !== 'DeliverSanction') return [];
  const sentAt = Date.parse(command.meta.occurredAt);
  return [1, 60, 24 * 60].map((minutes) => (): Mutation => {
    const receivedAt = formatInstant(sentAt - minutes * 60_000, h.jurisdiction.timeZone);
    return {
      input: { ...command, receivedAt },
      detail: `receivedAt ${receivedAt}, before the delivery at ${command.meta.occurredAt}`,
      acceptable: ['DATES_OUT_OF_ORDER'],
    };
  });
};

export const misappliedProceeding: MutationClass = {
  name: 'misapplied-proceeding',
  weight: 8,
  positions: OPEN_STEPS,
  draw: (c, h, position) => {
    const at = commandAt(h, position);
    // A rule first, so that the rare states (blocked, sanctioned) are not drowned out.
    const { f, rs } = c.pick(forbiddenAt(h, position));
    const r = c.pick(rs);
    return {
      input: stepOn(at, r, f.body),
      detail: `${f.name}: ${String(f.body.type)} on ${r.respondentId} in place of ${at.type}`,
      acceptable: [f.code],
    };
  },
};

/** The groups of decision and delivery mutations at `position`, the empty ones left out. */
const sanctionGroups = (h: IntakeHistory, position: number): (() => Mutation)[][] =>
  [...sanctionMutations(h, position), deliveryMutations(h, position)].filter((g) => g.length > 0);

export const misappliedSanction: MutationClass = {
  name: 'misapplied-sanction',
  weight: 10,
  positions: (h) =>
    positionsOf(
      'DecideSanction',
      'DeliverSanction',
    )(h).filter((i) => sanctionGroups(h, i).length > 0),
  // A group first (no authority, not applicable, received before sent), then a variant of it.
  draw: (c, h, position) => c.pick(c.pick(sanctionGroups(h, position)))(),
};
