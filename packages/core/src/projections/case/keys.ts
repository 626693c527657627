/**
 * The grammar of the case read models' totals and index keys, in one place: the projection
 * writes them (case-read-models.ts) and the queries read them, so the two cannot drift apart.
 *
 * A key is `:`-separated parts. A part taken from recorded data (an agency id, a unit's name,
 * a NIP) is escaped by {@link keyPart}: `%`, `:` and `*` become `%25`, `%3A`, `%2A`, so that a
 * unit called "Bidang A: Umum" cannot split a key, and `*` (every unit) and the empty part (no
 * unit recorded) stay free as markers.
 */
import type { BawasluOffice } from '../../case/schema/office.js';
import type { Regime } from '../../rules/index.js';
import type { RespondentStage } from './respondent-stage.js';
import type { SkbCategory } from './skb-category.js';

const SPECIAL = /[%:*]/;

/** Escapes one part of a key taken from recorded data. */
export const keyPart = (value: string): string =>
  SPECIAL.test(value)
    ? value.replace(/[%:*]/g, (c) => (c === '%' ? '%25' : c === ':' ? '%3A' : '%2A'))
    : value;

/** Undoes {@link keyPart}. */
export const unescapeKeyPart = (part: string): string =>
  part.replace(/%(25|3A|2A)/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** The unit part of an agency key: every unit of the agency. */
export const ALL_UNITS = '*';

/**
 * `agency:<agencyId>:<unit>:<stage>`: respondents of one unit (OPD) of the agency at `stage`;
 * the unit part is empty for respondents named without a unit (null).
 */
export const agencyStageKey = (
  agencyId: string,
  unit: string | null,
  stage: RespondentStage,
): string => `agency:${keyPart(agencyId)}:${unit === null ? '' : keyPart(unit)}:${stage}`;

/** `agency:<agencyId>:*:<stage>`: respondents of the whole agency at `stage`. */
export const agencyTotalStageKey = (agencyId: string, stage: RespondentStage): string =>
  `agency:${keyPart(agencyId)}:${ALL_UNITS}:${stage}`;

/** The prefix of every stage counter of one agency. */
export const agencyStagePrefix = (agencyId: string): string => `agency:${keyPart(agencyId)}:`;

/** What the weekly review counts (weekly-monitoring.ts documents each). */
export const WEEKLY_MEASURES = ['new', 'decided', 'forwarded', 'sanctioned'] as const;
export type WeeklyMeasure = (typeof WEEKLY_MEASURES)[number];

/**
 * `week:<region>:<week>:<measure>:<category>`: per kabupaten/kota (or province-level) region
 * and SKB category. The region is the case's Kemendagri code, so every key of a province starts
 * `week:<province>` (`week:34:` for the province's own cases, `week:34.02:` for Bantul).
 */
export const weekKey = (
  regionCode: string,
  week: string,
  measure: WeeklyMeasure,
  category: SkbCategory,
): string => `week:${regionCode}:${week}:${measure}:${category}`;

/** The stages of the national funnel (national-funnel.ts documents each). */
export const FUNNEL_STAGES = ['reported', 'proven', 'recommended', 'sanctioned'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** `funnel:<regime>:<stage>`: ASN respondents of the election at `stage`. */
export const funnelKey = (regime: Regime, stage: FunnelStage): string =>
  `funnel:${regime}:${stage}`;

/** Index key of every case naming the respondent with this NIP. */
export const nipKey = (nip: string): string => `nip:${keyPart(nip)}`;

/** Index key of every case naming a respondent employed by this agency. */
export const employerKey = (agencyId: string): string => `employer:${keyPart(agencyId)}`;

/** A Bawaslu office as one id: `RI`, `PROVINSI:34`, `KABKOTA:34.02`, `KECAMATAN:34.02.05`. */
export const officeId = (office: BawasluOffice): string =>
  office.level === 'RI' ? 'RI' : `${office.level}:${office.regionCode}`;

/** Index key of every case a Bawaslu office handles ({@link officeId}). */
export const officeKey = (office: string): string => `office:${office}`;

/** Index key of every case of a region (its Kemendagri code, as the case records it). */
export const regionKey = (regionCode: string): string => `region:${regionCode}`;
