/**
 * The zod building blocks shared by the case's commands and events: dates, instants, regimes,
 * regions, people and evidence. Types are inferred from these schemas, never written twice.
 */
import { z } from 'zod';
import { SKB_CODES } from '../../rules/skb-2022.js';
import type { SkbCode } from '../../rules/types.js';
import { isIsoDate } from '../../time/index.js';
import { CASE_FIELD_LIMITS } from './limits.js';

/** Trimmed, not blank. Commands use the bounded variants below; events keep this one. */
export const nonEmptyString = z.string().trim().min(1, 'must not be empty');

/** At most `max` characters (after trimming), with a message that names the limit. */
export const atMost = (max: number) => ({ message: `must be at most ${max} characters` });

/** Ids, codes and numbers (CASE_FIELD_LIMITS.id). */
export const idString = nonEmptyString.max(CASE_FIELD_LIMITS.id, atMost(CASE_FIELD_LIMITS.id));
/** Names, places, addresses, units, positions (CASE_FIELD_LIMITS.name). */
export const nameString = nonEmptyString.max(
  CASE_FIELD_LIMITS.name,
  atMost(CASE_FIELD_LIMITS.name),
);
/** Free text: description, note, reason, summary, statement (CASE_FIELD_LIMITS.text). */
export const textString = nonEmptyString.max(
  CASE_FIELD_LIMITS.text,
  atMost(CASE_FIELD_LIMITS.text),
);

/** At most `max` entries, with a message that names the limit. */
export const atMostEntries = (max: number, what: string) => ({
  message: `must list at most ${max} ${what}`,
});

/**
 * Legal dates and instants are refused outside 1900–2999: nothing a neutrality case records can
 * lie there, and the bound keeps date arithmetic clear of year 0 and negative years.
 */
const LEGAL_YEARS = { from: 1900, to: 2999 } as const;
const inLegalYears = (year: number): boolean => year >= LEGAL_YEARS.from && year <= LEGAL_YEARS.to;
const OUTSIDE_LEGAL_YEARS = `must lie between the years ${LEGAL_YEARS.from} and ${LEGAL_YEARS.to}`;

/** A calendar day in Indonesia, `YYYY-MM-DD`, that exists (no 2023-02-29). */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a real calendar date written YYYY-MM-DD' })
  .refine((d) => inLegalYears(Number(d.slice(0, 4))), { message: OUTSIDE_LEGAL_YEARS });

/** An ISO 8601 instant with its offset (`Z` or `+07:00`); a bare local time is ambiguous. */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .refine((t) => inLegalYears(new Date(t).getUTCFullYear()), { message: OUTSIDE_LEGAL_YEARS });

/** A case id is the stream id: 1–200 printable ASCII characters, no spaces. */
export const caseIdSchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1–200 printable ASCII characters without spaces');

export const regimeSchema = z.enum(['PEMILU_2024', 'PILKADA_2024']);

/** WIB (UTC+7), WITA (UTC+8), WIT (UTC+9): the zone of the office handling the case. */
export const timeZoneSchema = z.enum(['WIB', 'WITA', 'WIT']);

/**
 * Kemendagri region code (Permendagri on kode wilayah): a province `34` or a kabupaten/kota
 * `34.02` (Kab. Bantul). Bawaslu handles cases at those two levels (and RI).
 */
export const regionCodeSchema = z
  .string()
  .regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri province (34) or kabupaten/kota (34.02) code');

export const regionSchema = z.strictObject({ code: regionCodeSchema, name: nameString });
export type Region = z.infer<typeof regionSchema>;

export const agencySchema = z.strictObject({ id: idString, name: nameString });

/**
 * - `PNS`: pegawai negeri sipil; `CPNS`: calon PNS (PP 94/2021 applies mutatis mutandis);
 * - `PPPK`: pegawai pemerintah dengan perjanjian kerja;
 * - `NON_ASN`: honorer / PPNPN / contract staff of an agency (sanction by contract, PPK or OPD head);
 * - `VILLAGE_HEAD`: kepala desa (UU 6/2014 Pasal 29 huruf j);
 * - `VILLAGE_OFFICIAL`: perangkat desa (UU 6/2014 Pasal 51 huruf j) — since rulebook 2024.2;
 * - `TNI`, `POLRI`: members of the armed forces or the police — since rulebook 2024.2.
 * The non-ASN kinds are forwarded on the OTHER_LAW track (rulebook `nonAsnRoutes`).
 */
export const respondentKindSchema = z.enum([
  'PNS',
  'CPNS',
  'PPPK',
  'NON_ASN',
  'VILLAGE_HEAD',
  'VILLAGE_OFFICIAL',
  'TNI',
  'POLRI',
]);
export type RespondentKind = z.infer<typeof respondentKindSchema>;

/**
 * A person reported (terlapor). The NIP is checked by the decider (case/nip.ts), not here: only
 * its length is bounded, so that a 19-digit NIP still gets INVALID_NIP naming its part.
 */
export const respondentSchema = z.strictObject({
  respondentId: idString,
  name: nameString,
  kind: respondentKindSchema,
  nip: z.string().max(CASE_FIELD_LIMITS.id, atMost(CASE_FIELD_LIMITS.id)).optional(),
  agency: agencySchema,
  unit: nameString.optional(),
  position: nameString.optional(),
});
export type Respondent = z.infer<typeof respondentSchema>;

/**
 * The reporter (pelapor). Standing: a voter (WNI with voting rights), an election participant
 * or an accredited election monitor (UU 7/2017 Pasal 454(2); Pilkada Pasal 134(2)).
 */
export const reporterSchema = z.strictObject({
  id: idString,
  name: nameString,
  nik: z.string().regex(/^\d{16}$/, 'must be the 16-digit NIK of the identity card (KTP)'),
  address: nameString,
  kind: z.enum(['VOTER', 'ELECTION_PARTICIPANT', 'ELECTION_MONITOR']),
});
export type Reporter = z.infer<typeof reporterSchema>;

export const evidenceSchema = z.strictObject({
  ref: nonEmptyString.max(CASE_FIELD_LIMITS.evidenceRef, atMost(CASE_FIELD_LIMITS.evidenceRef)),
  kind: z.enum(['DOCUMENT', 'PHOTO', 'VIDEO', 'SCREENSHOT', 'LINK', 'WITNESS_STATEMENT']),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** What happened, where, and when (peristiwa). */
export const incidentSchema = z.strictObject({
  occurredOn: isoDateSchema,
  place: nameString,
  description: textString,
});

/** A reported incident also says when the reporter learned of it: the filing period runs from there. */
export const reportedIncidentSchema = incidentSchema.extend({ knownOn: isoDateSchema });
export type ReportedIncident = z.infer<typeof reportedIncidentSchema>;

/**
 * The formal (Perbawaslu 7/2022 Pasal 15(3)) and material (Pasal 15(4)) requirements the kajian
 * awal can find missing.
 */
export const requirementSchema = z.enum([
  'REPORTER_IDENTITY',
  'RESPONDENT_IDENTITY',
  'SIGNATURE',
  'INCIDENT_TIME_PLACE',
  'DESCRIPTION',
  'EVIDENCE',
]);
export type Requirement = z.infer<typeof requirementSchema>;

/**
 * Decision tracks (UU 7/2017 Pasal 455(1)): one incident may go down several at once.
 * `NEUTRALITY`: an ASN respondent to the ASN supervisor; `OTHER_LAW` (since rulebook 2024.2): a
 * non-ASN respondent's violation of other laws to the authority over them; `CRIMINAL`: Sentra
 * Gakkumdu; `ADMINISTRATIVE`: election procedure, for organisers and participants.
 */
export const trackSchema = z.enum(['NEUTRALITY', 'OTHER_LAW', 'CRIMINAL', 'ADMINISTRATIVE']);
export type Track = z.infer<typeof trackSchema>;

/** SKB 2022 Lampiran II codes, from the rulebook's matrix (one list, not two). */
export const skbCodeSchema = z.enum(SKB_CODES as readonly [SkbCode, ...SkbCode[]]);

export const candidateStageSchema = z.enum(['BAKAL_CALON', 'CALON']);

/** A list of at most `max` entries without repeats (respondent ids, requirements, tracks). */
export const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max, atMostEntries(max, 'entries'))
    .refine((xs) => new Set(xs).size === xs.length, { message: 'must not repeat an entry' });

/** Evidence items of one command, at most `max` (CaseListLimits.evidence). */
export const evidenceListSchema = (max: number) =>
  z.array(evidenceSchema).max(max, atMostEntries(max, 'evidence items'));
