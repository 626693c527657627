/**
 * Fixtures for the intake specifications: one realistic scenario per regime, drawn from the
 * seed articles (Kulon Progo's Pemilu 2024 neutrality pledge, Bantul's OPD satgas for Pilkada
 * 2024), with every date and every deadline the rulebook should compute written out by hand.
 *
 * - Pemilu 2024, Kab. Kulon Progo (34.01), working days: a PNS of the health office posts a
 *   photo with a presidential pair showing a partisan hand sign (SKB D-7, candidate stage:
 *   the pairs were determined on 13 Nov 2023).
 * - Pilkada 2024, Kab. Bantul (34.02), calendar days: a teacher attends the declaration of a
 *   would-be regent pair and actively supports it in August 2024 (SKB KE-3, bakal calon stage:
 *   the pairs were determined on 22 Sep 2024).
 *
 * The dates are those of rulebook 2024.2 (the default): the Pilkada kajian awal takes 2 calendar
 * days (2024.1: 3); after an INCOMPLETE review the reporter is sent a completion notice within
 * 1 day, and the completion period runs from its receipt, on the clock (Pemilu 2 working days
 * closing at 16:00 WIB, Pilkada 2×24 hours); the forward to Polri investigators is due 1×24
 * hours after the decision's instant (2024.1: by the end of the next day).
 */

import type {
  Evidence,
  Region,
  ReportedIncident,
  Reporter,
  Respondent,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import type { Regime, SkbCode } from '../../src/rules/index.js';

export interface Scenario {
  readonly regime: Regime;
  readonly caseId: string;
  readonly region: Region;
  /** The Bawaslu Kab/Kota office handling the case. */
  readonly bawaslu: ActorRef;
  /** Bawaslu Provinsi of the same province (covers the case). */
  readonly bawasluProvinsi: ActorRef;
  readonly reporter: Reporter;
  readonly reporterActor: ActorRef;
  /** [0] a PNS, [1] a second ASN (PPPK or CPNS). */
  readonly respondents: readonly [Respondent, Respondent];
  readonly villageHead: Respondent;
  readonly incident: ReportedIncident;
  readonly evidence: readonly Evidence[];
  /** Instants are local office time with offset; `…On` are the local dates; `…Due` computed deadlines. */
  readonly t: {
    readonly receivedAt: string;
    readonly receivedOn: string;
    readonly filingDue: string;
    readonly reviewDue: string;
    readonly reviewAt: string;
    readonly reviewedOn: string;
    /** After reviewDue: the review is late (flagged, not refused). */
    readonly lateReviewAt: string;
    /** After an INCOMPLETE review: the last day to send the reporter the completion notice. */
    readonly noticeDue: string;
    /** The completion notice is sent, and received by the reporter, at this instant (in time). */
    readonly noticeAt: string;
    /** The local date of `completionDueAt`. */
    readonly completionDue: string;
    /** The last instant to complete, counted from the receipt of the notice at `noticeAt`. */
    readonly completionDueAt: string;
    /** On completionDue, before completionDueAt: the last day to complete. */
    readonly completeAt: string;
    /** The day after completionDue. */
    readonly afterCompletionAt: string;
    readonly registerAt: string;
    readonly registeredOn: string;
    readonly decisionDue: string;
    readonly extendedDecisionDue: string;
    readonly clarificationAt: string;
    readonly heldOn: string;
    readonly extendAt: string;
    readonly decideAt: string;
    readonly decidedOn: string;
    /** After decisionDue, before extendedDecisionDue. */
    readonly lateDecideAt: string;
    readonly lateDecidedOn: string;
    readonly forwardAt: string;
    readonly forwardedOn: string;
    /** The local date of `referralDueAt`. */
    readonly referralDue: string;
    /** 1×24 hours after `decideAt`: the last instant to forward to Polri investigators. */
    readonly referralDueAt: string;
    /** After referralDueAt: the forward is late (flagged, not refused). */
    readonly referralLateAt: string;
    /** Findings: discovered, set in time (last day), set late. */
    readonly discoveredOn: string;
    readonly findingDue: string;
    readonly setFindingAt: string;
    readonly lateFindingAt: string;
    readonly registerFindingAt: string;
    /** The decision deadline of the registered finding. */
    readonly findingDecisionDue: string;
  };
  /** The SKB item that fits the conduct's stage, and its counterpart at the other stage. */
  readonly skb: {
    readonly code: SkbCode;
    readonly otherStage: SkbCode;
    readonly conductOn: string;
  };
  readonly stage: 'BAKAL_CALON' | 'CALON';
  readonly registrationNumber: string;
  readonly findingRegistrationNumber: string;
}

const bawaslu = (
  id: string,
  level: 'RI' | 'PROVINSI' | 'KABKOTA',
  regionCode?: string,
): ActorRef => ({
  id,
  role: 'bawaslu',
  scope: regionCode === undefined ? { bawasluLevel: level } : { bawasluLevel: level, regionCode },
});

export const bawasluRi = bawaslu('bawaslu-ri-gakkum-01', 'RI');
export const bawasluJabar = bawaslu('bawaslu-jabar-pp-01', 'PROVINSI', '32');
export const bawasluKotaBanjar = bawaslu('bawaslu-kota-banjar-pp-01', 'KABKOTA', '32.79');
export const bawasluKabBekasi = bawaslu('bawaslu-kab-bekasi-pp-01', 'KABKOTA', '32.16');
export const auditor: ActorRef = { id: 'inspektorat-bantul-01', role: 'auditor', scope: {} };
export const supervisorBkn: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} };
export const systemActor: ActorRef = { id: 'netra-migration', role: 'system', scope: {} };

export const PEMILU: Scenario = {
  regime: 'PEMILU_2024',
  caseId: 'case-pemilu-kp-0012',
  region: { code: '34.01', name: 'Kabupaten Kulon Progo' },
  bawaslu: bawaslu('bawaslu-kp-pp-01', 'KABKOTA', '34.01'),
  bawasluProvinsi: bawaslu('bawaslu-diy-pp-01', 'PROVINSI', '34'),
  reporter: {
    id: 'pelapor-kp-001',
    name: 'Agus Setiawan',
    nik: '3401011203850002',
    address: 'Jl. Wates Km 10, Sentolo, Kulon Progo',
    kind: 'VOTER',
  },
  reporterActor: { id: 'pelapor-kp-001', role: 'reporter', scope: {} },
  respondents: [
    {
      respondentId: 'kp-01',
      name: 'Bambang Hermawan',
      kind: 'PNS',
      nip: '198503122010011002',
      agency: { id: 'kulonprogo-dinkes', name: 'Dinas Kesehatan Kabupaten Kulon Progo' },
      position: 'Kepala Seksi Pelayanan Kesehatan',
    },
    {
      respondentId: 'kp-02',
      name: 'Sri Lestari',
      kind: 'PPPK',
      nip: '199104082023212005',
      agency: {
        id: 'kulonprogo-disdikpora',
        name: 'Dinas Pendidikan Pemuda dan Olahraga Kulon Progo',
      },
      unit: 'SD Negeri 2 Wates',
    },
  ],
  villageHead: {
    respondentId: 'kp-03',
    name: 'Wahyudi',
    kind: 'VILLAGE_HEAD',
    agency: { id: 'kalurahan-sukoreno', name: 'Pemerintah Kalurahan Sukoreno' },
    position: 'Lurah',
  },
  incident: {
    occurredOn: '2024-01-15',
    knownOn: '2024-01-16',
    place: 'Akun Facebook pribadi terlapor',
    description:
      'Terlapor mengunggah foto bersama tim pemenangan pasangan calon presiden dengan simbol jari dan ajakan memilih.',
  },
  evidence: [
    { ref: 'tangkapan-layar-facebook-2024-01-15.png', kind: 'SCREENSHOT' },
    { ref: 'https://www.facebook.com/permalink/0000000001', kind: 'LINK' },
  ],
  t: {
    receivedAt: '2024-01-18T09:30:00+07:00',
    receivedOn: '2024-01-18',
    filingDue: '2024-01-25',
    reviewDue: '2024-01-22',
    reviewAt: '2024-01-19T14:00:00+07:00',
    reviewedOn: '2024-01-19',
    lateReviewAt: '2024-01-23T10:00:00+07:00',
    // Review Fri 19 Jan → notice by Mon 22 Jan (1 working day); sent and received that morning,
    // so the 2 working days are Tue 23 and Wed 24 Jan, closing at 16:00 WIB.
    noticeDue: '2024-01-22',
    noticeAt: '2024-01-22T09:00:00+07:00',
    completionDue: '2024-01-24',
    completionDueAt: '2024-01-24T16:00:00.000+07:00',
    completeAt: '2024-01-24T15:00:00+07:00',
    afterCompletionAt: '2024-01-25T10:00:00+07:00',
    registerAt: '2024-01-22T10:00:00+07:00',
    registeredOn: '2024-01-22',
    decisionDue: '2024-01-31',
    extendedDecisionDue: '2024-02-13',
    clarificationAt: '2024-01-24T16:00:00+07:00',
    heldOn: '2024-01-24',
    extendAt: '2024-01-26T11:00:00+07:00',
    decideAt: '2024-01-29T15:00:00+07:00',
    decidedOn: '2024-01-29',
    lateDecideAt: '2024-02-01T15:00:00+07:00',
    lateDecidedOn: '2024-02-01',
    forwardAt: '2024-01-30T09:00:00+07:00',
    forwardedOn: '2024-01-30',
    referralDue: '2024-01-30',
    referralDueAt: '2024-01-30T15:00:00.000+07:00',
    referralLateAt: '2024-01-31T09:00:00+07:00',
    discoveredOn: '2024-01-16',
    findingDue: '2024-01-25',
    setFindingAt: '2024-01-25T16:00:00+07:00',
    lateFindingAt: '2024-01-26T09:00:00+07:00',
    registerFindingAt: '2024-01-26T10:00:00+07:00',
    findingDecisionDue: '2024-02-06',
  },
  skb: { code: 'D-7', otherStage: 'KE-5', conductOn: '2024-01-15' },
  stage: 'CALON',
  registrationNumber: '012/Reg/LP/PL/Kab/14.03/I/2024',
  findingRegistrationNumber: '004/Reg/TM/PL/Kab/14.03/I/2024',
};

export const PILKADA: Scenario = {
  regime: 'PILKADA_2024',
  caseId: 'case-pilkada-btl-0007',
  region: { code: '34.02', name: 'Kabupaten Bantul' },
  bawaslu: bawaslu('bawaslu-bantul-pp-01', 'KABKOTA', '34.02'),
  bawasluProvinsi: bawaslu('bawaslu-diy-pp-02', 'PROVINSI', '34'),
  reporter: {
    id: 'pelapor-btl-001',
    name: 'Siti Rahmawati',
    nik: '3402024506900003',
    address: 'Jl. Parangtritis Km 7, Sewon, Bantul',
    kind: 'ELECTION_MONITOR',
  },
  reporterActor: { id: 'pelapor-btl-001', role: 'reporter', scope: {} },
  respondents: [
    {
      respondentId: 'btl-01',
      name: 'Sutrisno',
      kind: 'PNS',
      nip: '197806152005011003',
      agency: {
        id: 'bantul-disdikpora',
        name: 'Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Bantul',
      },
      unit: 'SD Negeri Sewon 2',
      position: 'Guru',
    },
    {
      respondentId: 'btl-02',
      name: 'Rina Wulandari',
      kind: 'CPNS',
      nip: '199811022024022003',
      agency: { id: 'bantul-kapanewon-sewon', name: 'Kapanewon Sewon' },
    },
  ],
  villageHead: {
    respondentId: 'btl-03',
    name: 'Suparman',
    kind: 'VILLAGE_HEAD',
    agency: { id: 'kalurahan-timbulharjo', name: 'Pemerintah Kalurahan Timbulharjo' },
    position: 'Lurah',
  },
  incident: {
    occurredOn: '2024-08-05',
    knownOn: '2024-08-06',
    place: 'Balai Kalurahan Timbulharjo, Sewon',
    description:
      'Terlapor menghadiri deklarasi bakal pasangan calon bupati Bantul dan aktif menyatakan dukungan di atas panggung.',
  },
  evidence: [
    { ref: 'video-deklarasi-2024-08-05.mp4', kind: 'VIDEO' },
    { ref: 'keterangan-saksi-panwascam-sewon.pdf', kind: 'WITNESS_STATEMENT' },
  ],
  t: {
    receivedAt: '2024-08-08T10:00:00+07:00',
    receivedOn: '2024-08-08',
    filingDue: '2024-08-13',
    // 2 calendar days from receipt (2024.1: 3 days, 11 Aug, which is now late).
    reviewDue: '2024-08-10',
    reviewAt: '2024-08-09T13:00:00+07:00',
    reviewedOn: '2024-08-09',
    lateReviewAt: '2024-08-11T10:00:00+07:00',
    // Review 9 Aug → notice by 10 Aug (1 calendar day); sent and received on 9 Aug at 15:00,
    // so the 2×24 hours end on 11 Aug at 15:00 WIB.
    noticeDue: '2024-08-10',
    noticeAt: '2024-08-09T15:00:00+07:00',
    completionDue: '2024-08-11',
    completionDueAt: '2024-08-11T15:00:00.000+07:00',
    completeAt: '2024-08-11T14:30:00+07:00',
    afterCompletionAt: '2024-08-12T10:00:00+07:00',
    registerAt: '2024-08-10T09:00:00+07:00',
    registeredOn: '2024-08-10',
    decisionDue: '2024-08-11',
    extendedDecisionDue: '2024-08-13',
    clarificationAt: '2024-08-10T17:00:00+07:00',
    heldOn: '2024-08-10',
    extendAt: '2024-08-10T18:00:00+07:00',
    decideAt: '2024-08-11T16:00:00+07:00',
    decidedOn: '2024-08-11',
    lateDecideAt: '2024-08-12T16:00:00+07:00',
    lateDecidedOn: '2024-08-12',
    forwardAt: '2024-08-14T09:00:00+07:00',
    forwardedOn: '2024-08-14',
    referralDue: '2024-08-12',
    referralDueAt: '2024-08-12T16:00:00.000+07:00',
    referralLateAt: '2024-08-13T09:00:00+07:00',
    discoveredOn: '2024-08-06',
    findingDue: '2024-08-13',
    setFindingAt: '2024-08-13T16:00:00+07:00',
    lateFindingAt: '2024-08-14T09:00:00+07:00',
    registerFindingAt: '2024-08-14T10:00:00+07:00',
    findingDecisionDue: '2024-08-16',
  },
  skb: { code: 'KE-3', otherStage: 'D-4', conductOn: '2024-08-05' },
  stage: 'BAKAL_CALON',
  registrationNumber: '007/Reg/LP/PB/Kab/14.02/VIII/2024',
  findingRegistrationNumber: '002/Reg/TM/PB/Kab/14.02/VIII/2024',
};

export const SCENARIOS: readonly Scenario[] = [PEMILU, PILKADA];

/** An OPD neutrality task force of a respondent's agency, and a direct superior there. */
export const satgasOf = (r: Respondent): ActorRef => ({
  id: `satgas-${r.agency.id}`,
  role: 'satgas',
  scope: { agencyId: r.agency.id },
});
export const superiorOf = (r: Respondent): ActorRef => ({
  id: `atasan-${r.agency.id}`,
  role: 'superior',
  scope: { agencyId: r.agency.id },
});
export const gakkumduOf = (s: Scenario): ActorRef => ({
  id: `gakkumdu-${s.region.code}`,
  role: 'gakkumdu',
  scope: { regionCode: s.region.code },
});
