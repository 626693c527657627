/**
 * Where one respondent's matter stands, as an employing agency (its BKPSDM, its OPD satgas)
 * counts its people: one stage per respondent per case, the furthest step reached, read from
 * the folded case state. The stages follow the respondent's lifecycle of
 * research/legal-process.md §3.8 (DITERUSKAN → VERIFIKASI_SUPERVISOR → REKOMENDASI_TERBIT →
 * HUKDIS_DITETAPKAN → … → DIJALANI) and the side exits named there.
 *
 * The administrative proceedings (supervisor, PPK, sanction) come first: a respondent whose
 * violation went both to the supervisor and to Polri investigators is counted at their
 * administrative stage, since that is what the employer acts on; the criminal stages show for
 * a respondent with no administrative step after Bawaslu (typically a village head or a
 * non-ASN forwarded to investigators only). The criminal track itself is in the deadlines
 * (deadlines.ts) and the sanction status (sanction-status.ts).
 */
import type { OpenCaseState, RespondentState } from '../../case/state.js';

/**
 * - `REPORTED`: the case is open at Bawaslu and not registered yet (laporan diterima / temuan
 *   ditetapkan, kajian awal, completion of requirements).
 * - `NOT_REGISTERED`: the report or finding was not registered (tidak diregistrasi): terminal.
 * - `WITHDRAWN`: the report was withdrawn before registration (Perbawaslu 7/2022 Pasal 14(1)).
 * - `REGISTERED`: registered (diregistrasi); clarification and study, this respondent undecided.
 * - `WITH_EMPLOYER`: an internal report (satgas OPD or direct superior): the employer's own
 *   PP 94/2021 process, discipline not being complaint-based (Pasal 26(1)); Bawaslu is not
 *   involved.
 * - `DECIDED_VIOLATION`: Bawaslu decided a violation (UU 7/2017 Pasal 455(1)) and has not
 *   handed it over yet (or it is on the ADMINISTRATIVE track only, which stays with Bawaslu/KPU).
 * - `DECIDED_NO_VIOLATION`: decided not a violation (bukan pelanggaran): terminal.
 * - `HANDLING_STOPPED`: handling stopped (dihentikan, e.g. insufficient evidence): terminal.
 * - `WITH_INVESTIGATORS`: forwarded to Polri investigators through Sentra Gakkumdu, no verdict
 *   yet; `CRIMINAL_VERDICT`: a district or high-court verdict recorded; `CRIMINAL_STOPPED`: the
 *   criminal track stopped.
 * - `WITH_AUTHORITY`: a non-ASN respondent forwarded to the authority over them (OTHER_LAW),
 *   no sanction recorded yet.
 * - `WITH_SUPERVISOR`: forwarded to the ASN supervisor (KASN, BKN; or rerouted to KemenPAN-RB
 *   under SE MenPAN-RB 4/2024), verification pending.
 * - `NOT_PROVEN`: the supervisor found the violation not proven: terminal.
 * - `RETURNED`: the supervisor returned the file for lack of evidence.
 * - `RECOMMENDED`: the supervisor recommended a sanction to the PPK, which must follow it up
 *   (UU 5/2014 Pasal 32(3)); no sanction decided yet.
 * - `SANCTIONED`: the PyBMH decided a sanction (PP 94/2021 Pasal 24), not yet delivered (or,
 *   for a non-ASN respondent, imposed by the authority over them: there is no delivery step).
 * - `IN_FORCE`: delivered, its force date fixed: day 15 after receipt (PP 94/2021 Pasal 38(1)),
 *   or as an objection's decision set it (Pasal 38(2)). The date may still lie ahead; the
 *   sanction status says whether it has come (sanction-status.ts `inForce`).
 * - `OBJECTED`: a keberatan or banding administratif was filed (PP 79/2021) and not decided:
 *   the sanction's force waits for its decision (PP 94/2021 Pasal 38(2)).
 * - `IN_COURT`: a suit against the sanction is before the PTUN or PT TUN, no final judgment.
 * - `SERVED`: the sanction was served to its end (selesai dijalani).
 * - `ANNULLED`: the sanction was annulled, by the objection's decision or a final judgment.
 * - `EXITED`: the respondent left the service (retired, dismissed on other grounds, resigned,
 *   died): the proceedings are closed.
 */
export const RESPONDENT_STAGES = [
  'REPORTED',
  'NOT_REGISTERED',
  'WITHDRAWN',
  'REGISTERED',
  'WITH_EMPLOYER',
  'DECIDED_VIOLATION',
  'DECIDED_NO_VIOLATION',
  'HANDLING_STOPPED',
  'WITH_INVESTIGATORS',
  'CRIMINAL_VERDICT',
  'CRIMINAL_STOPPED',
  'WITH_AUTHORITY',
  'WITH_SUPERVISOR',
  'NOT_PROVEN',
  'RETURNED',
  'RECOMMENDED',
  'SANCTIONED',
  'IN_FORCE',
  'OBJECTED',
  'IN_COURT',
  'SERVED',
  'ANNULLED',
  'EXITED',
] as const;
export type RespondentStage = (typeof RESPONDENT_STAGES)[number];

/** Stages after which nothing more is expected on the respondent in this case. */
export const FINAL_RESPONDENT_STAGES: readonly RespondentStage[] = [
  'NOT_REGISTERED',
  'WITHDRAWN',
  'DECIDED_NO_VIOLATION',
  'HANDLING_STOPPED',
  'CRIMINAL_STOPPED',
  'NOT_PROVEN',
  'SERVED',
  'ANNULLED',
  'EXITED',
];

const sanctionStage = (r: RespondentState): RespondentStage | null => {
  const p = r.proceeding;
  if (p.sanction === null) return null;
  if (p.effective !== null && p.effective.code === null) return 'ANNULLED';
  if (p.servedOn !== null) return 'SERVED';
  if (p.objection !== null && p.objection.decision === null) return 'OBJECTED';
  if (p.court !== null && !p.court.judgments.some((j) => j.final)) return 'IN_COURT';
  if (p.effective?.inForceOn != null) return 'IN_FORCE';
  return 'SANCTIONED';
};

const criminalStage = (r: RespondentState): RespondentStage | null => {
  if (r.gakkumdu === null) return null;
  if (r.criminal.some((c) => c.step === 'STOPPED')) return 'CRIMINAL_STOPPED';
  if (r.criminal.some((c) => c.verdict !== undefined)) return 'CRIMINAL_VERDICT';
  return 'WITH_INVESTIGATORS';
};

const caseStage = (state: OpenCaseState): RespondentStage => {
  switch (state.status) {
    case 'WITH_EMPLOYER':
    case 'NOT_REGISTERED':
    case 'WITHDRAWN':
      return state.status;
    case 'REGISTERED':
    case 'DECIDED':
    case 'FORWARDED':
    case 'CLOSED':
      return 'REGISTERED';
    default:
      return 'REPORTED';
  }
};

/**
 * The stage of respondent `r` in case `state`, the furthest step checked first: the exit, the
 * sanction's stages, the supervisor's outcome, the forwards, the criminal track, Bawaslu's
 * decision, and last the case's own status.
 */
export const respondentStage = (state: OpenCaseState, r: RespondentState): RespondentStage => {
  if (r.proceeding.exit !== null) return 'EXITED';
  const sanctioned = sanctionStage(r);
  if (sanctioned !== null) return sanctioned;
  const outcome = r.proceeding.supervisorOutcome?.result.outcome;
  if (outcome === 'PROVEN') return 'RECOMMENDED';
  if (outcome === 'NOT_PROVEN') return 'NOT_PROVEN';
  if (outcome === 'RETURNED') return 'RETURNED';
  if (r.forwarding !== null) return 'WITH_SUPERVISOR';
  if (r.otherLawForward !== null) return 'WITH_AUTHORITY';
  const criminal = criminalStage(r);
  if (criminal !== null) return criminal;
  switch (r.decision?.outcome.outcome) {
    case 'VIOLATION':
      return 'DECIDED_VIOLATION';
    case 'NOT_A_VIOLATION':
      return 'DECIDED_NO_VIOLATION';
    case 'STOPPED':
      return 'HANDLING_STOPPED';
    default:
      return caseStage(state);
  }
};
