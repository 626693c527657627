/**
 * Rejections of the hand-over between Bawaslu levels (pelimpahan, pengambilalihan; Perbawaslu
 * 7/2022 Pasal 20) and of a Panwaslu Kecamatan acting beyond what its regime gives it.
 */
import type { LegalBasis } from '../rules/index.js';
import { type CaseError, caseError, outOfScope } from './errors.js';

export const adHocBodyNotAllowed = (
  command: string,
  regime: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'AD_HOC_BODY_NOT_ALLOWED',
    `A Panwaslu Kecamatan may not ${command} in ${regime} (${legalBasis.article ?? legalBasis.instrument}); Bawaslu Kab/Kota or a higher office does it.`,
    { field: 'meta.actor.scope.bawasluLevel', legalBasis },
  );

/** A Panwaslu Kecamatan in Pemilu passes a case only up, to the Bawaslu Kab/Kota over it. */
export const adHocHandOverNotAllowed = (
  field: string,
  what: string,
  kabKota: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'AD_HOC_BODY_NOT_ALLOWED',
    `A Panwaslu Kecamatan in PEMILU_2024 only passes a case on (PELIMPAHAN) to Bawaslu KABKOTA ${kabKota}, "melalui Bawaslu Kabupaten/Kota"; not ${what}.`,
    { field, legalBasis },
  );

export const handOverToSameOffice = (office: string, legalBasis: LegalBasis): CaseError =>
  caseError(
    'HANDOVER_TO_SAME_OFFICE',
    `The case is already handled by ${office}; a hand-over goes to another office.`,
    { field: 'to', legalBasis },
  );

export const handOverOutsideRegion = (
  office: string,
  region: { readonly code: string; readonly name: string },
  legalBasis: LegalBasis,
): CaseError =>
  outOfScope(
    `${office} has no territory in ${region.name} (${region.code}), where the case lies; it can be handed over only to an office over the region or within it`,
    'to.regionCode',
    legalBasis,
  );

export const takeoverNotOwnOffice = (
  actorOffice: string,
  to: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'TAKEOVER_NOT_OWN_OFFICE',
    `A takeover (PENGAMBILALIHAN) is made by the office taking the case: ${actorOffice} cannot take it over for ${to}; use PELIMPAHAN to pass it on.`,
    { field: 'to', legalBasis },
  );

export const takeoverNotHigher = (
  to: string,
  handling: string,
  legalBasis: LegalBasis,
): CaseError =>
  caseError(
    'TAKEOVER_NOT_HIGHER',
    `Only a higher office takes a case over: ${to} is not above ${handling}, which handles the case.`,
    { field: 'to.level', legalBasis },
  );
