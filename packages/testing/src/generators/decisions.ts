/**
 * The plenary decision on one respondent (UU 7/2017 Pasal 455(1)): a violation with its
 * tracks and an SKB 2022 item that fits the candidate stage of the conduct date, not a
 * violation, or handling stopped. Tracks by kind (rulebook 2024.2): an ASN respondent's on
 * NEUTRALITY (and possibly ADMINISTRATIVE), anyone else's on OTHER_LAW, to the authority over
 * them; CRIMINAL for either, once Sentra Gakkumdu has deliberated and concluded to proceed.
 */
import {
  type CandidateStage,
  type DecideRespondent,
  type IsoDate,
  type Regime,
  type Respondent,
  type Rulebook,
  SKB_CODES,
  type SkbCode,
  skbItem,
  type Track,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import { drawDateBetween, earlierOf, isAfter, plusDays } from './dates.js';

export type RespondentDecision = DecideRespondent['decision'];

export const isAsnKind = (kind: Respondent['kind']): boolean =>
  kind === 'PNS' || kind === 'CPNS' || kind === 'PPPK';

/** Reasons a plenary finds no violation. */
export const NOT_A_VIOLATION = [
  'Unggahan bukan milik terlapor.',
  'Terlapor hadir karena tugas kedinasan, tanpa menyatakan dukungan.',
  'Tidak terbukti ada keberpihakan.',
];
const STOPPED = [
  'Bukti tidak cukup.',
  'Pelapor tidak dapat dihadirkan untuk klarifikasi.',
  'Terlapor meninggal dunia.',
];
const OVERRIDE_REASONS = [
  'Yang didukung adalah calon anggota legislatif, ditetapkan dalam DCT sebelum tanggal itu.',
  'Penetapan pasangan calon di daerah ini ditunda.',
];

/**
 * The candidate stage of a conduct date, read from the rulebook's election calendar: bakal
 * calon before the determination day, calon from that day on. Written here rather than taken
 * from core's candidateStage, so that an off-by-one there makes the generated decisions
 * disagree with the decider instead of following it.
 */
export const stageOn = (rulebook: Rulebook, regime: Regime, conductOn: IsoDate): CandidateStage =>
  isAfter(rulebook.elections[regime].candidateDetermination, conductOn) ? 'BAKAL_CALON' : 'CALON';

/** The SKB items that apply at `stage`: the stage-bound ones of that stage and the others. */
export const skbCodesFor = (rulebook: Rulebook, stage: CandidateStage): SkbCode[] =>
  SKB_CODES.filter((code) => {
    const item = skbItem(rulebook, code);
    return item.stage === 'ANY' || item.stage === stage;
  });

export interface DecisionSetting {
  readonly rulebook: Rulebook;
  readonly regime: Regime;
  readonly respondent: Respondent;
  readonly incidentOn: IsoDate;
  readonly decidedOn: IsoDate;
  /**
   * Whether the CRIMINAL track may be declared: the last deliberation in Sentra Gakkumdu on the
   * respondent concluded PROCEED, or the rulebook does not ask for one.
   */
  readonly criminalAllowed: boolean;
}

const drawTracks = (c: Chooser, asn: boolean, criminalAllowed: boolean): Track[] => {
  const tracks: Track[] = [];
  if (c.chance(85)) tracks.push(asn ? 'NEUTRALITY' : 'OTHER_LAW');
  if (criminalAllowed && c.chance(asn ? 30 : 40)) tracks.push('CRIMINAL');
  // Administrative violations concern organisers and participants: never a non-ASN respondent.
  if (asn && c.chance(20)) tracks.push('ADMINISTRATIVE');
  if (tracks.length > 0) return tracks;
  return [asn ? 'NEUTRALITY' : 'OTHER_LAW'];
};

export const drawViolation = (c: Chooser, s: DecisionSetting): RespondentDecision => {
  // The conduct is the incident, or a later day of it, never after the decision.
  const latest = earlierOf(plusDays(s.incidentOn, 3), s.decidedOn);
  // The determination day itself when the conduct may fall on it: the first day of the CALON stage.
  const determination = s.rulebook.elections[s.regime].candidateDetermination;
  const conductOn =
    !isAfter(s.incidentOn, determination) && !isAfter(determination, latest) && c.chance(50)
      ? determination
      : drawDateBetween(c, s.incidentOn, latest);
  const tracks = drawTracks(c, isAsnKind(s.respondent.kind), s.criminalAllowed);
  const computed = stageOn(s.rulebook, s.regime, conductOn);
  const stageOverride = c.chance(15)
    ? { stage: c.pick(['BAKAL_CALON', 'CALON'] as const), reason: c.pick(OVERRIDE_REASONS) }
    : undefined;
  const fitting = skbCodesFor(s.rulebook, stageOverride?.stage ?? computed);
  // NEUTRALITY needs an SKB item (it goes to the ASN supervisor); the others may carry one.
  const skbCode = tracks.includes('NEUTRALITY') || c.chance(40) ? c.pick(fitting) : undefined;
  return {
    outcome: 'VIOLATION',
    tracks,
    conductOn,
    ...(skbCode === undefined ? {} : { skbCode }),
    ...(stageOverride === undefined ? {} : { stageOverride }),
  };
};

export const drawDecision = (c: Chooser, s: DecisionSetting): RespondentDecision =>
  c.weighted<() => RespondentDecision>([
    [6, () => drawViolation(c, s)],
    [2, () => ({ outcome: 'NOT_A_VIOLATION', reason: c.pick(NOT_A_VIOLATION) })],
    [1, () => ({ outcome: 'STOPPED', reason: c.pick(STOPPED) })],
  ])();
