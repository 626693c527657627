/**
 * The follow-up of a respondent who is not ASN (issue 15 item 7), after Bawaslu's forward to
 * the authority over them: the Bupati/Wali Kota over a village head, the Kepala Desa over a
 * perangkat desa (UU 6/2014 Pasal 30, 52), the OPD head over an honorer (the contract). Village
 * sanctions climb the ladder of Pasal 30(2) — a reprimand, then (sometimes) a temporary
 * dismissal, then (sometimes) a dismissal; an honorer gets one contract sanction. TNI and Polri
 * members are their command's and get none here. No delivery, objection or serving follows:
 * PP 94/2021 and PP 79/2021 do not apply to them.
 */
import type { ImposingOfficial, SanctionCode } from '@netra/core';
import { plusDays } from './dates.js';
import { ppkOf } from './proceedings-walk.js';
import { addStep, type RespondentModel, type Walk } from './walk-state.js';

const AUTHORITY: Readonly<
  Partial<Record<RespondentModel['respondent']['kind'], ImposingOfficial>>
> = {
  VILLAGE_HEAD: 'BUPATI_WALIKOTA',
  VILLAGE_OFFICIAL: 'KEPALA_DESA',
  NON_ASN: 'OPD_HEAD',
};

/** The next step of the village ladder after `current`, if any. */
const NEXT: Readonly<Partial<Record<SanctionCode, SanctionCode>>> = {
  DESA_TEGURAN_LISAN: 'DESA_BERHENTI_SEMENTARA',
  DESA_TEGURAN_TERTULIS: 'DESA_BERHENTI_SEMENTARA',
  DESA_BERHENTI_SEMENTARA: 'DESA_BERHENTI',
};

export const mayAuthoritySanction = (_w: Walk, r: RespondentModel): boolean => {
  const p = r.proceeding;
  if (!r.authorityForwarded || p.exit !== null) return false;
  if (AUTHORITY[r.respondent.kind] === undefined) return false;
  return p.sanction === null || NEXT[p.sanction] !== undefined;
};

export const authoritySanction = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const p = r.proceeding;
  const official = AUTHORITY[r.respondent.kind];
  if (official === undefined) return;
  const next = p.sanction === null ? undefined : NEXT[p.sanction];
  const sanction: SanctionCode =
    next ??
    (r.respondent.kind === 'NON_ASN'
      ? c.pick(['KONTRAK_TEGURAN', 'KONTRAK_PUTUS'] as const)
      : c.pick(['DESA_TEGURAN_LISAN', 'DESA_TEGURAN_TERTULIS'] as const));
  addStep(w, {
    on: plusDays(w.cursor, c.int(1, 60)),
    actor: ppkOf(r),
    body: {
      type: 'DecideSanction',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      sanction,
      imposedBy: { official, instance: 'KABKOTA', name: 'Pejabat yang berwenang' },
      respondentPosition: 'NON_ASN',
      decreeNumber: `${c.int(1, 999)}/${sanction}`,
    },
    label: `DecideSanction:${official}:${sanction}`,
  });
  p.sanction = sanction;
  p.official = official;
};
