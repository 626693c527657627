/**
 * Who may do what (DESIGN.md "Who may do what"). The loose `ActorRef` on every command (role and
 * scope as strings) is parsed here into a typed actor; the permission table says, as data,
 * which roles may send which command and why; scope rules say where each role may act.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { z } from 'zod';
import type { LegalBasis, Regime } from '../rules/index.js';
import { type CaseError, invalidActor, roleNotAllowed } from './errors.js';
import { adHocBodyNotAllowed } from './errors-handover.js';
import {
  AGENCY_JURISDICTION,
  BAWASLU_JURISDICTION,
  GAKKUMDU,
  INTERNAL_DISCIPLINE,
} from './legal-bases.js';
import { AD_HOC_BODIES, HANDOVER } from './legal-bases-followup.js';
import {
  ADMINISTRATIVE_APPEAL,
  ADMINISTRATIVE_COURT,
  BREACH_NOTICED,
  DISCIPLINE_DECISION,
  EXAMINATION,
  PERSONNEL_DATA_BLOCK,
  RELEASE_FROM_DUTY,
  SERVICE_EXIT,
  SERVING,
  SUPERVISION,
} from './legal-bases-proceedings.js';
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

/**
 * Bawaslu RI (nationwide), Bawaslu Provinsi, Bawaslu Kabupaten/Kota, and the ad hoc Panwaslu
 * Kecamatan (since rulebook 2024.2).
 */
export type BawasluLevel = 'RI' | 'PROVINSI' | 'KABKOTA' | 'KECAMATAN';

const id = z
  .string()
  .trim()
  .min(1)
  .max(CASE_FIELD_LIMITS.id, `must be at most ${CASE_FIELD_LIMITS.id} characters`);
const province = z.string().regex(/^\d{2}$/, 'a province code has two digits, e.g. 34');
const kabKota = z.string().regex(/^\d{2}\.\d{2}$/, 'a kabupaten/kota code looks like 34.02');
const kecamatan = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'a kecamatan code looks like 34.02.05');
const agencyScope = z.strictObject({ agencyId: id });

/**
 * The scope each role must carry, and nothing else: every object is strict, so a Bawaslu RI
 * actor carrying a regionCode, or a satgas with a second agency, is refused rather than read as
 * something it does not say. A Bawaslu Provinsi names its province ('34'), a Bawaslu Kab/Kota
 * its kabupaten/kota ('34.02'), a Panwaslu Kecamatan its kecamatan ('34.02.05'); Bawaslu RI
 * needs no region. A satgas or superior names its
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
      z.strictObject({ bawasluLevel: z.literal('KECAMATAN'), regionCode: kecamatan }),
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
export type BawasluActor = Extract<CaseActor, { role: 'bawaslu' }>;

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
  instrument: 'UU 7/2017 (Pemilu); UU 1/2015 (Perppu 1/2014) as amended (Pilkada)',
  article: 'UU 7/2017 Pasal 454–455; UU 1/2015 as amended Pasal 134–135',
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
      confidence: 'R',
      note: 'the receiving supervisor (BKN or KemenPAN-RB) or an operator migration records the reroute',
    },
  },
  ReferToGakkumdu: {
    roles: ['bawaslu', 'gakkumdu'],
    basis: {
      ...GAKKUMDU,
      note: 'Bawaslu forwards; the Gakkumdu desk at Bawaslu may record it (2024.1 name of ForwardToInvestigators)',
    },
  },
  SendCompletionNotice: {
    roles: ['bawaslu'],
    basis: { ...BAWASLU_HANDLING, note: 'Bawaslu tells the reporter what to complete' },
  },
  IssueStatusNotice: {
    roles: ['bawaslu'],
    basis: { ...BAWASLU_HANDLING, note: 'Bawaslu announces the status of a report or finding' },
  },
  TakeUpAsFinding: {
    roles: ['bawaslu'],
    basis: {
      ...BAWASLU_HANDLING,
      note: 'only Bawaslu sets a finding (temuan) from its own supervision',
    },
  },
  HandOverCase: { roles: ['bawaslu'], basis: HANDOVER },
  RecordGakkumduDeliberation: {
    roles: ['bawaslu', 'gakkumdu'],
    basis: { ...GAKKUMDU, note: 'Bawaslu or the Gakkumdu desk records the pembahasan' },
  },
  ForwardToInvestigators: {
    roles: ['bawaslu', 'gakkumdu'],
    basis: {
      ...GAKKUMDU,
      note: 'Bawaslu forwards to Polri investigators; the Gakkumdu desk at Bawaslu may record it',
    },
  },
  RecordSupervisorOutcome: {
    roles: ['supervisor', 'system'],
    basis: { ...SUPERVISION, note: 'the supervisor (KASN, BKN) records its verification' },
  },
  BlockPersonnelData: {
    roles: ['supervisor', 'system'],
    basis: { ...PERSONNEL_DATA_BLOCK, note: 'BKN blocks in SIASN; the system records it' },
  },
  UnblockPersonnelData: {
    roles: ['supervisor', 'system'],
    basis: { ...PERSONNEL_DATA_BLOCK, note: 'BKN lifts the block; the system records it' },
  },
  SummonForExamination: {
    roles: ['ppk'],
    basis: { ...EXAMINATION, note: 'the direct superior summons; the PPK’s office records it' },
  },
  RecordExamination: {
    roles: ['ppk'],
    basis: { ...EXAMINATION, note: 'the PPK’s office records the examination or the absence' },
  },
  ReleaseFromDuty: {
    roles: ['ppk'],
    basis: {
      ...RELEASE_FROM_DUTY,
      note: 'the direct superior releases; the PPK’s office records it',
    },
  },
  DecideSanction: {
    roles: ['ppk'],
    basis: {
      ...DISCIPLINE_DECISION,
      note: "the PPK's office records the decision of the official with authority",
    },
  },
  DeliverSanction: {
    roles: ['ppk'],
    basis: { ...DISCIPLINE_DECISION, article: 'Pasal 37 ayat (2)–(4)' },
  },
  FileObjection: {
    roles: ['ppk', 'appeal_authority'],
    basis: {
      ...ADMINISTRATIVE_APPEAL,
      note: 'the body the objection is filed with records it: the PPK (keberatan), BPASN (banding)',
    },
  },
  DecideObjection: {
    roles: ['ppk', 'appeal_authority'],
    basis: {
      ...ADMINISTRATIVE_APPEAL,
      note: 'the PPK or the official’s superior decides a keberatan, BPASN a banding',
    },
  },
  RecordSanctionServed: {
    roles: ['ppk', 'system'],
    basis: { ...SERVING, note: 'the PPK’s office, or the system at the end date' },
  },
  RecordCourtChallenge: {
    roles: ['ppk', 'appeal_authority', 'system'],
    basis: {
      ...ADMINISTRATIVE_COURT,
      note: 'the PPK (the defendant), BPASN or the system records the suit and its judgments',
    },
  },
  RecordRespondentExit: {
    roles: ['ppk', 'supervisor', 'system'],
    basis: {
      ...SERVICE_EXIT,
      note: 'the PPK, BKN or the system records that the respondent left the service',
    },
  },
  RecordCriminalStep: {
    roles: ['gakkumdu', 'system'],
    basis: {
      ...GAKKUMDU,
      note: 'the Gakkumdu desk records the investigation, prosecution and court steps',
    },
  },
  RecordBreachNoticed: {
    roles: ['system'],
    basis: { ...BREACH_NOTICED, note: 'only the system watches the due list and records a lapse' },
  },
  ForwardToCompetentAuthority: {
    roles: ['bawaslu'],
    basis: { ...BAWASLU_HANDLING, note: 'Bawaslu forwards what is not its competence' },
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

/**
 * What a Panwaslu Kecamatan may do, per regime, and why: checked for a KECAMATAN actor after
 * the permission table (authorize.ts), on the regime of the case (or of the opening command).
 * - Pemilu (UU 7/2017 Pasal 105–106): it receives reports and sets findings, does the first
 *   handling steps, and passes the case "melalui Bawaslu Kabupaten/Kota" (Pasal 106 huruf c);
 *   registration, decisions and every forward belong to Bawaslu Kab/Kota and above.
 * - Pilkada (UU 1/2015 as amended Pasal 134–135): Panwas Kecamatan receives reports and may
 *   decide them, and forwards crimes to Polri (Pasal 135(2)); the forward to the ASN supervisor
 *   or another authority, and taking a lapsed report up as a finding, stay with Bawaslu Kab/Kota
 *   and above [R].
 */
export const KECAMATAN_PERMISSIONS: Readonly<
  Record<Regime, { readonly commands: readonly CaseCommandType[]; readonly basis: LegalBasis }>
> = {
  PEMILU_2024: {
    commands: [
      'ReceiveReport',
      'RecordFinding',
      'CompletePreliminaryReview',
      'SendCompletionNotice',
      'CompleteRequirements',
      'WithdrawReport',
      'RecordClarification',
      'HandOverCase',
    ],
    basis: {
      ...AD_HOC_BODIES,
      instrument: 'UU 7/2017 (Pemilu)',
      article: 'UU 7/2017 Pasal 105–106 (Pasal 106 huruf c: melalui Bawaslu Kabupaten/Kota)',
      note:
        'a Panwaslu Kecamatan receives reports, sets findings and passes them to Bawaslu ' +
        'Kab/Kota, which registers, decides and forwards',
    },
  },
  PILKADA_2024: {
    commands: [
      'ReceiveReport',
      'RecordFinding',
      'CompletePreliminaryReview',
      'SendCompletionNotice',
      'CompleteRequirements',
      'RegisterCase',
      'DeclineRegistration',
      'WithdrawReport',
      'IssueStatusNotice',
      'HandOverCase',
      'RecordClarification',
      'ExtendForAdditionalInformation',
      'RecordGakkumduDeliberation',
      'DecideRespondent',
      'ForwardToInvestigators',
      'ReferToGakkumdu',
    ],
    basis: {
      ...AD_HOC_BODIES,
      instrument: 'UU 1/2015 as amended (Pilkada)',
      article: 'UU 1/2015 as amended Pasal 134, 135(2)',
      note:
        'Panwas Kecamatan receives reports, decides them and forwards crimes to Polri; the ' +
        'forward to the ASN supervisor or another authority and taking up a lapsed report as a ' +
        'finding stay with Bawaslu Kab/Kota and above [R]',
    },
  },
};

/**
 * AD_HOC_BODY_NOT_ALLOWED when a Panwaslu Kecamatan sends a command its regime does not give
 * it. Other actors pass. An unknown regime passes too: the opening refuses it (UNKNOWN_REGIME).
 */
export const checkAdHocPermission = (
  actor: CaseActor,
  command: CaseCommandType,
  regime: string,
): Either<CaseError, CaseActor> => {
  if (actor.role !== 'bawaslu' || actor.scope.bawasluLevel !== 'KECAMATAN') return E.right(actor);
  if (!Object.hasOwn(KECAMATAN_PERMISSIONS, regime)) return E.right(actor);
  const permission = KECAMATAN_PERMISSIONS[regime as Regime];
  return permission.commands.includes(command)
    ? E.right(actor)
    : E.left(adHocBodyNotAllowed(command, regime, permission.basis));
};

/** Why each kind of actor acts only where it does (decide/scope.ts). */
export const SCOPE_BASES = {
  bawaslu: BAWASLU_JURISDICTION,
  agency: AGENCY_JURISDICTION,
  gakkumdu: GAKKUMDU,
} as const;
