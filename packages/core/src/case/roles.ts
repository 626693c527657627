/**
 * Who may do what (DESIGN.md "Who may do what"). The loose `ActorRef` on every command (role and
 * scope as strings) is parsed here into a typed actor; the permission table says, as data,
 * which roles may send which command and why; scope rules say where each role may act.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { z } from 'zod';
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, invalidActor, roleNotAllowed } from './errors.js';
import {
  AGENCY_JURISDICTION,
  BAWASLU_JURISDICTION,
  GAKKUMDU,
  INTERNAL_DISCIPLINE,
} from './legal-bases.js';
import type { CaseCommandType } from './schema/commands.js';
import { chooseIssue, issueAt } from './schema/issue-field.js';
import { CASE_FIELD_LIMITS } from './schema/limits.js';
import { actorScopeSchema } from './schema/meta.js';

export const CASE_ROLES = [
  'reporter',
  'satgas',
  'superior',
  'bawaslu',
  'supervisor',
  'ppk',
  'appeal_authority',
  'gakkumdu',
  'auditor',
  'system',
] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

/** Bawaslu RI (nationwide), Bawaslu Provinsi, Bawaslu Kabupaten/Kota. */
export type BawasluLevel = 'RI' | 'PROVINSI' | 'KABKOTA';

const id = z
  .string()
  .trim()
  .min(1)
  .max(CASE_FIELD_LIMITS.id, `must be at most ${CASE_FIELD_LIMITS.id} characters`);
const province = z.string().regex(/^\d{2}$/, 'a province code has two digits, e.g. 34');
const kabKota = z.string().regex(/^\d{2}\.\d{2}$/, 'a kabupaten/kota code looks like 34.02');
const agencyScope = z.strictObject({ agencyId: id });

/**
 * The scope each role must carry, and nothing else: every object is strict, so a Bawaslu RI
 * actor carrying a regionCode, or a satgas with a second agency, is refused rather than read as
 * something it does not say. A Bawaslu Provinsi names its province ('34'), a Bawaslu Kab/Kota
 * its kabupaten/kota ('34.02'); Bawaslu RI needs no region. A satgas or superior names its
 * agency; a Gakkumdu desk the region of the Bawaslu it sits with. The other roles have no
 * scope the decider reads, so theirs is free but bounded (actorScopeSchema).
 */
const actorSchema = z.discriminatedUnion('role', [
  z.strictObject({
    id,
    role: z.literal('bawaslu'),
    scope: z.discriminatedUnion('bawasluLevel', [
      z.strictObject({ bawasluLevel: z.literal('RI') }),
      z.strictObject({ bawasluLevel: z.literal('PROVINSI'), regionCode: province }),
      z.strictObject({ bawasluLevel: z.literal('KABKOTA'), regionCode: kabKota }),
    ]),
  }),
  z.strictObject({ id, role: z.literal('satgas'), scope: agencyScope }),
  z.strictObject({ id, role: z.literal('superior'), scope: agencyScope }),
  z.strictObject({ id, role: z.literal('ppk'), scope: agencyScope }),
  z.strictObject({
    id,
    role: z.literal('gakkumdu'),
    scope: z.strictObject({ regionCode: z.union([province, kabKota]) }),
  }),
  z.strictObject({
    id,
    role: z.enum(['reporter', 'supervisor', 'appeal_authority', 'auditor', 'system']),
    scope: actorScopeSchema,
  }),
]);

/** The typed actor of a command. */
export type CaseActor = z.infer<typeof actorSchema>;

/**
 * Parses an actor: the loose reference on a command, or one the host hands over on its own
 * (hence `unknown`). A wrong role or scope, or an unknown key, names the field under
 * `meta.actor`, where the actor sits in a command.
 */
export const parseActor = (actor: unknown): Either<CaseError, CaseActor> => {
  const parsed = actorSchema.safeParse(actor);
  if (parsed.success) return E.right(parsed.data);
  const issue = chooseIssue(parsed.error.issues);
  if (issue === undefined) return E.left(invalidActor('meta.actor', 'not a valid actor'));
  const { field, problem } = issueAt(issue, ['meta', 'actor']);
  return E.left(invalidActor(field, problem));
};

export interface Permission {
  readonly roles: readonly CaseRole[];
  /** Why these roles and no others. */
  readonly basis: LegalBasis;
}

const BAWASLU_HANDLING: LegalBasis = {
  instrument: 'UU 7/2017 (Pemilu); UU 10/2016 (Pilkada)',
  article: 'UU 7/2017 Pasal 454–455; UU 10/2016 Pasal 134–135',
  confidence: 'C',
  note: 'Bawaslu receives, reviews, registers, clarifies, decides and forwards',
};

const bawasluOnly: Permission = { roles: ['bawaslu'], basis: BAWASLU_HANDLING };

/**
 * The permission table. An auditor is read-only and appears nowhere; a supervisor (BKN,
 * KemenPAN-RB) or the system (an operator migration) records the SE 4/2024 reroute.
 */
export const CASE_PERMISSIONS: Readonly<Record<CaseCommandType, Permission>> = {
  ReceiveReport: {
    roles: ['bawaslu', 'reporter'],
    basis: {
      ...BAWASLU_HANDLING,
      note: 'a report is filed at the Bawaslu desk or online (SIGAPLAPOR)',
    },
  },
  RecordFinding: bawasluOnly,
  ReceiveInternalReport: { roles: ['satgas', 'superior'], basis: INTERNAL_DISCIPLINE },
  CompletePreliminaryReview: bawasluOnly,
  CompleteRequirements: {
    roles: ['reporter', 'bawaslu'],
    basis: { ...BAWASLU_HANDLING, note: 'the reporter supplies the missing requirements' },
  },
  RegisterCase: bawasluOnly,
  DeclineRegistration: bawasluOnly,
  WithdrawReport: {
    roles: ['reporter', 'bawaslu'],
    basis: {
      instrument: 'Perbawaslu 7/2022',
      article: 'Pasal 14 ayat (1)',
      confidence: 'S',
      note: 'the reporter withdraws; a clerk may record a written withdrawal',
    },
  },
  RecordClarification: bawasluOnly,
  ExtendForAdditionalInformation: bawasluOnly,
  DecideRespondent: bawasluOnly,
  ForwardToSupervisor: bawasluOnly,
  RerouteKasnFile: {
    roles: ['supervisor', 'system'],
    basis: {
      instrument: 'SE MenPAN-RB 4/2024',
      confidence: 'S',
      note: 'the receiving supervisor (BKN or KemenPAN-RB) or an operator migration records the reroute',
    },
  },
  ReferToGakkumdu: {
    roles: ['bawaslu', 'gakkumdu'],
    basis: {
      ...GAKKUMDU,
      note: 'Bawaslu refers; the Gakkumdu desk at Bawaslu may record the receipt',
    },
  },
};

/** ROLE_NOT_ALLOWED unless the table lets `actor` send `command`. */
export const checkPermission = (
  actor: CaseActor,
  command: CaseCommandType,
): Either<CaseError, CaseActor> => {
  const permission = CASE_PERMISSIONS[command];
  return permission.roles.includes(actor.role)
    ? E.right(actor)
    : E.left(roleNotAllowed(actor.role, command, permission.roles, permission.basis));
};

/** Whether a region code is inside `scopeCode`: equal, or a kab/kota within that province. */
const regionCovers = (scopeCode: string, regionCode: string): boolean =>
  regionCode === scopeCode || regionCode.startsWith(`${scopeCode}.`);

/**
 * Whether a Bawaslu actor may handle a case in `regionCode`: RI everywhere, Provinsi within its
 * province, Kab/Kota only its own kabupaten/kota.
 */
export const bawasluCovers = (
  actor: Extract<CaseActor, { role: 'bawaslu' }>,
  regionCode: string,
): boolean => {
  switch (actor.scope.bawasluLevel) {
    case 'RI':
      return true;
    case 'PROVINSI':
      return regionCovers(actor.scope.regionCode, regionCode);
    case 'KABKOTA':
      return actor.scope.regionCode === regionCode;
  }
};

/** Whether a Gakkumdu desk (at the Bawaslu of its region) covers `regionCode`. */
export const gakkumduCovers = (
  actor: Extract<CaseActor, { role: 'gakkumdu' }>,
  regionCode: string,
): boolean => regionCovers(actor.scope.regionCode, regionCode);

export const SCOPE_BASES = {
  bawaslu: BAWASLU_JURISDICTION,
  agency: AGENCY_JURISDICTION,
  gakkumdu: GAKKUMDU,
} as const;
