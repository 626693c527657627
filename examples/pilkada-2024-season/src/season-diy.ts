/**
 * Pilkada 2024 in the Special Region of Yogyakarta: the regent elections of Kab. Bantul and
 * Kab. Kulon Progo (DIY elects no governor). Bantul instructed every OPD to form a neutrality
 * satgas; Kulon Progo's SE 800/1417 binds ASN and non-ASN alike (seed articles).
 */
import type { ActorRef } from '@netra/core';
import {
  BANTUL,
  BKN_WASDAL,
  KULON_PROGO,
  NETRA_SCHEDULER,
  SATGAS_DINKES_BANTUL,
} from './offices.js';
import type { CaseScript } from './script.js';
import { by, byBawaslu, evidence, pns, since2024_2, voter } from './script.js';

const DISDIK_BANTUL: [string, string] = [
  'pemkab-bantul-disdik',
  'Dinas Pendidikan Kabupaten Bantul',
];
const teacher = pns(
  'bantul-guru-01',
  'Sri Wahyuni',
  '197805142005012004',
  DISDIK_BANTUL,
  'Guru SMP Negeri 2 Pandak',
);

/** Before the pairs were determined (22 Sep 2024): a bakal calon declaration, KASN still in office. */
const declaration: CaseScript = {
  caseId: 'pilkada24-bantul-LP-001',
  office: BANTUL,
  title:
    'Teacher attends a bakal calon declaration and supports it (KE-3), forwarded to KASN, rerouted to BKN',
  steps: [
    byBawaslu(BANTUL, '2024-08-12', {
      type: 'ReceiveReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: BANTUL.region,
      reporter: voter(
        'pelapor-bantul-001',
        'Bambang Riyanto',
        '3402011506780003',
        'Jl. Parangtritis Km 8, Sewon, Bantul',
      ),
      respondents: [teacher],
      incident: {
        occurredOn: '2024-08-10',
        knownOn: '2024-08-11',
        place: 'Lapangan Paseban, Bantul',
        description:
          "Attended the declaration of a would-be regent pair and led the crowd in the pair's chant",
      },
      evidence: evidence(
        ['video-deklarasi-2024-08-10.mp4', 'VIDEO'],
        ['foto-deklarasi-01.jpg', 'PHOTO'],
      ),
    }),
    byBawaslu(BANTUL, '2024-08-13', {
      type: 'CompletePreliminaryReview',
      result: { outcome: 'COMPLETE' },
    }),
    byBawaslu(
      BANTUL,
      '2024-08-13',
      { type: 'RegisterCase', registrationNumber: '001/Reg/LP/PB/Kab/34.02/VIII/2024' },
      '14:00',
    ),
    byBawaslu(BANTUL, '2024-08-14', {
      type: 'RecordClarification',
      party: { kind: 'RESPONDENT', respondentId: teacher.respondentId, name: teacher.name },
      heldOn: '2024-08-14',
      summary: 'Admits attending; says she was invited by relatives',
    }),
    byBawaslu(BANTUL, '2024-08-15', {
      type: 'DecideRespondent',
      respondentId: teacher.respondentId,
      decision: {
        outcome: 'VIOLATION',
        skbCode: 'KE-3',
        tracks: ['NEUTRALITY'],
        conductOn: '2024-08-10',
      },
    }),
    byBawaslu(BANTUL, '2024-08-16', {
      type: 'ForwardToSupervisor',
      respondentIds: [teacher.respondentId],
      expectedSupervisor: 'KASN',
    }),
    by(BKN_WASDAL, '2024-09-10', {
      type: 'RerouteKasnFile',
      respondentIds: [teacher.respondentId],
      kasnProcessingStarted: false,
    }),
  ],
};

/** Found inside the employer: the health office's satgas reports a PPPK nurse (no Bawaslu steps). */
const satgasReport: CaseScript = {
  caseId: 'pilkada24-bantul-INT-001',
  office: BANTUL,
  title: 'OPD satgas reports a PPPK nurse sharing campaign videos; handled by the employer',
  steps: [
    by(SATGAS_DINKES_BANTUL, '2024-10-05', {
      type: 'ReceiveInternalReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: BANTUL.region,
      respondents: [
        {
          respondentId: 'bantul-pppk-07',
          name: 'Dwi Lestari',
          kind: 'PPPK',
          nip: '199203152023212011',
          agency: { id: 'pemkab-bantul-dinkes', name: 'Dinas Kesehatan Kabupaten Bantul' },
          position: 'Perawat, Puskesmas Jetis I',
        },
      ],
      incident: {
        occurredOn: '2024-10-03',
        knownOn: '2024-10-04',
        place: 'WhatsApp status',
        description:
          "Shared a regent candidate's campaign video three times on her WhatsApp status",
      },
      evidence: evidence(['tangkapan-layar-status-wa.png', 'SCREENSHOT']),
    }),
  ],
};

/** A report withdrawn after registration: handling goes on (Perbawaslu 7/2022 Pasal 17(3)). */
const withdrawnLate: CaseScript = {
  caseId: 'pilkada24-bantul-LP-002',
  office: BANTUL,
  title:
    'Report withdrawn after registration; handling continued, then stopped for lack of evidence',
  steps: [
    byBawaslu(BANTUL, '2024-11-21', {
      type: 'ReceiveReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: BANTUL.region,
      reporter: voter(
        'pelapor-bantul-002',
        'Yulianto',
        '3402021107900001',
        'Dusun Ngestiharjo, Kasihan, Bantul',
      ),
      respondents: [
        pns(
          'bantul-kasi-03',
          'Hendro Susilo',
          '198211302009011002',
          ['pemkab-bantul-kec-kasihan', 'Kecamatan Kasihan'],
          'Kepala Seksi Pemerintahan',
        ),
      ],
      incident: {
        occurredOn: '2024-11-19',
        knownOn: '2024-11-20',
        place: 'Balai Padukuhan Ngestiharjo',
        description: 'Said to have asked residents at a meeting to vote for a candidate pair',
      },
      evidence: evidence(['keterangan-saksi-warga.pdf', 'WITNESS_STATEMENT']),
    }),
    byBawaslu(BANTUL, '2024-11-22', {
      type: 'CompletePreliminaryReview',
      result: { outcome: 'COMPLETE' },
    }),
    byBawaslu(
      BANTUL,
      '2024-11-22',
      { type: 'RegisterCase', registrationNumber: '014/Reg/LP/PB/Kab/34.02/XI/2024' },
      '15:00',
    ),
    by({ id: 'pelapor-bantul-002', role: 'reporter', scope: {} }, '2024-11-23', {
      type: 'WithdrawReport',
      statement: 'Saya mencabut laporan karena alasan pribadi',
    }),
    byBawaslu(BANTUL, '2024-11-24', {
      type: 'DecideRespondent',
      respondentId: 'bantul-kasi-03',
      decision: {
        outcome: 'STOPPED',
        reason: 'The only witness withdrew; no other evidence of the appeal',
      },
    }),
  ],
};

const KEC_WATES: [string, string] = ['pemkab-kp-kec-wates', 'Kecamatan Wates'];

/** The PPK's personnel office (BKPSDM Kulon Progo) acting for the Kecamatan Wates staff. */
const PPK_KULON_PROGO_WATES: ActorRef = {
  id: 'bkpsdm-kulonprogo-01',
  role: 'ppk',
  scope: { agencyId: KEC_WATES[0] },
};

/** Social-media supervision by Panwaslu Kecamatan after the pairs were determined (D-6, BKN era). */
const likeAndComment: CaseScript = {
  caseId: 'pilkada24-kulonprogo-TM-001',
  office: KULON_PROGO,
  title:
    "Finding: lurah likes and comments on a candidate's campaign posts (D-6), forwarded to BKN",
  steps: [
    byBawaslu(KULON_PROGO, '2024-10-10', {
      type: 'RecordFinding',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: KULON_PROGO.region,
      supervisingOffice: { level: 'KECAMATAN', name: 'Panwaslu Kecamatan Wates' },
      discoveredOn: '2024-10-08',
      respondents: [
        pns('kp-lurah-02', 'Suharyanto', '197011021996031002', KEC_WATES, 'Lurah Wates'),
      ],
      incident: {
        occurredOn: '2024-10-07',
        place: 'Instagram',
        description:
          'Liked and commented "lanjutkan!" on four posts of a regent candidate\'s campaign account',
      },
      evidence: evidence(
        ['https://instagram.com/p/example-1', 'LINK'],
        ['tangkapan-layar-komentar.png', 'SCREENSHOT'],
      ),
    }),
    byBawaslu(
      KULON_PROGO,
      '2024-10-10',
      { type: 'RegisterCase', registrationNumber: '003/Reg/TM/PB/Kab/34.01/X/2024' },
      '13:00',
    ),
    byBawaslu(KULON_PROGO, '2024-10-11', {
      type: 'RecordClarification',
      party: { kind: 'RESPONDENT', respondentId: 'kp-lurah-02', name: 'Suharyanto' },
      heldOn: '2024-10-11',
      summary: 'Confirms the account is his and the comments are his',
    }),
    byBawaslu(KULON_PROGO, '2024-10-12', {
      type: 'DecideRespondent',
      respondentId: 'kp-lurah-02',
      decision: {
        outcome: 'VIOLATION',
        skbCode: 'D-6',
        tracks: ['NEUTRALITY'],
        conductOn: '2024-10-07',
      },
    }),
    byBawaslu(KULON_PROGO, '2024-10-14', {
      type: 'ForwardToSupervisor',
      respondentIds: ['kp-lurah-02'],
      expectedSupervisor: 'BKN',
    }),
    // Rulebook 2024.2: the forward announced (Perbawaslu 8/2020), as the due list expects.
    since2024_2(
      'status-forwarded',
      byBawaslu(
        KULON_PROGO,
        '2024-10-14',
        { type: 'IssueStatusNotice', channels: ['NOTICE_BOARD', 'WEBSITE'] },
        '14:00',
      ),
    ),
    // After the forward (issue 15): BKN recommends a heavy sanction. Kulon Progo's system counts
    // the PPK a 10-day follow-up (office policy, offices.ts), due 14 Nov; the PPK does not act,
    // so on 2 Dec BKN blocks his personnel data in SIASN; the PPK decides, the block is lifted,
    // the decision is delivered and takes force on day 15 (27 Dec 2024); the system records the
    // demotion served when its 12 months have run (26 Dec 2025).
    since2024_2(
      'bkn-recommendation',
      by(BKN_WASDAL, '2024-11-04', {
        type: 'RecordSupervisorOutcome',
        respondentId: 'kp-lurah-02',
        result: {
          outcome: 'PROVEN',
          level: 'HEAVY',
          skbCodes: ['D-6'],
          letterNumber: '9953/B-AK.02.02/SD/F/2024',
          addressedTo: { name: 'Bupati Kulon Progo (PPK)', agencyId: KEC_WATES[0] },
        },
      }),
    ),
    since2024_2(
      'siasn-block',
      by(BKN_WASDAL, '2024-12-02', {
        type: 'BlockPersonnelData',
        respondentId: 'kp-lurah-02',
        reason: 'Recommendation of 4 Nov 2024 not followed up by the PPK',
      }),
    ),
    // After the block the PPK acts: a written summons, the examination by a team (required
    // where a heavy sanction is in question, PP 94/2021 Pasal 26–27; Perban 6/2022), then the
    // decision.
    since2024_2(
      'summons',
      by(PPK_KULON_PROGO_WATES, '2024-12-03', {
        type: 'SummonForExamination',
        respondentId: 'kp-lurah-02',
        letterNumber: '800/1180/BKPSDM/XII/2024',
        examinationOn: '2024-12-05',
      }),
    ),
    since2024_2(
      'examination',
      by(PPK_KULON_PROGO_WATES, '2024-12-05', {
        type: 'RecordExamination',
        respondentId: 'kp-lurah-02',
        result: {
          outcome: 'EXAMINED',
          bapReference: 'BAP/800/1181/BKPSDM/XII/2024',
          team: {
            respondentGrade: 'III/c',
            members: [
              { name: 'Camat Wates', grade: 'IV/a', element: 'ATASAN_LANGSUNG' },
              { name: 'Inspektur Pembantu Wilayah I', grade: 'IV/a', element: 'PENGAWASAN' },
              {
                name: 'Kabid Pengembangan dan Disiplin BKPSDM',
                grade: 'IV/a',
                element: 'KEPEGAWAIAN',
              },
            ],
          },
        },
      }),
    ),
    since2024_2(
      'sanction',
      by(PPK_KULON_PROGO_WATES, '2024-12-09', {
        type: 'DecideSanction',
        respondentId: 'kp-lurah-02',
        sanction: 'TURUN_JABATAN_12B',
        imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Bupati Kulon Progo' },
        respondentPosition: 'PENGAWAS',
        decreeNumber: '800/1207/BKPSDM/XII/2024',
      }),
    ),
    since2024_2(
      'siasn-unblock',
      by(BKN_WASDAL, '2024-12-10', {
        type: 'UnblockPersonnelData',
        respondentId: 'kp-lurah-02',
        reason: 'PPK_FOLLOWED_UP',
      }),
    ),
    since2024_2(
      'sanction-delivered',
      by(PPK_KULON_PROGO_WATES, '2024-12-12', {
        type: 'DeliverSanction',
        respondentId: 'kp-lurah-02',
      }),
    ),
    since2024_2(
      'sanction-served',
      by(
        NETRA_SCHEDULER,
        '2025-12-26',
        { type: 'RecordSanctionServed', respondentId: 'kp-lurah-02' },
        '17:00',
      ),
    ),
  ],
};

/** Filed ten days after the reporter knew: time-barred under UU 10/2016 Pasal 134(4). */
const timeBarred: CaseScript = {
  caseId: 'pilkada24-kulonprogo-LP-001',
  office: KULON_PROGO,
  title: 'Report filed after 7 days: time-barred, not registered',
  steps: [
    byBawaslu(KULON_PROGO, '2024-10-08', {
      type: 'ReceiveReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: KULON_PROGO.region,
      reporter: voter(
        'pelapor-kp-001',
        'Agus Setiawan',
        '3401011203850002',
        'Jl. Wates Km 10, Sentolo, Kulon Progo',
      ),
      respondents: [
        pns(
          'kp-staf-11',
          'Rina Marlina',
          '198907172015032003',
          ['pemkab-kp-bappeda', 'Bappeda Kulon Progo'],
          'Analis Perencanaan',
        ),
      ],
      incident: {
        occurredOn: '2024-09-28',
        knownOn: '2024-09-28',
        place: 'Alun-alun Wates',
        description: "Seen wearing a candidate's T-shirt at a car-free-day event",
      },
      evidence: evidence(['foto-cfd-wates.jpg', 'PHOTO']),
    }),
    byBawaslu(KULON_PROGO, '2024-10-09', {
      type: 'CompletePreliminaryReview',
      result: { outcome: 'TIME_BARRED' },
    }),
    byBawaslu(
      KULON_PROGO,
      '2024-10-09',
      { type: 'DeclineRegistration', reason: 'TIME_BARRED' },
      '14:00',
    ),
  ],
};

/**
 * A report on a village head, not completed within 2×24 hours of the notice: not registered, the
 * status announced, and taken up by Bawaslu as its own finding (as Bawaslu Rokan Hilir did in
 * Pilkada 2024), then forwarded to the regent under the Desa law.
 */
const lapsedTakenUp: CaseScript = {
  caseId: 'pilkada24-kulonprogo-LP-002',
  office: KULON_PROGO,
  title: 'Incomplete report lapses; taken up as a finding; village head forwarded to the regent',
  steps: [
    byBawaslu(
      KULON_PROGO,
      '2024-11-26',
      {
        type: 'ReceiveReport',
        regime: 'PILKADA_2024',
        timeZone: 'WIB',
        region: KULON_PROGO.region,
        reporter: voter(
          'pelapor-kp-002',
          'Siti Nurjanah',
          '3401015507900004',
          'Dusun Kepek, Wates, Kulon Progo',
        ),
        respondents: [
          {
            respondentId: 'kp-lurah-07',
            name: 'Sugeng Riyadi',
            kind: 'VILLAGE_HEAD',
            agency: { id: 'kalurahan-triharjo', name: 'Pemerintah Kalurahan Triharjo' },
            position: 'Lurah Triharjo',
          },
        ],
        incident: {
          occurredOn: '2024-11-24',
          knownOn: '2024-11-25',
          place: 'Balai Kalurahan Triharjo, Wates',
          description: 'Asked residents at a village meeting to vote for a regent candidate pair',
        },
        evidence: [],
      },
      '15:00',
    ),
    byBawaslu(KULON_PROGO, '2024-11-28', {
      type: 'CompletePreliminaryReview',
      result: { outcome: 'INCOMPLETE', missing: ['EVIDENCE', 'SIGNATURE'] },
    }),
    byBawaslu(KULON_PROGO, '2024-11-28', { type: 'SendCompletionNotice' }, '11:00'),
    byBawaslu(KULON_PROGO, '2024-12-01', {
      type: 'DeclineRegistration',
      reason: 'REQUIREMENTS_NOT_COMPLETED',
    }),
    byBawaslu(
      KULON_PROGO,
      '2024-12-01',
      { type: 'IssueStatusNotice', channels: ['NOTICE_BOARD', 'WEBSITE'] },
      '11:00',
    ),
    byBawaslu(KULON_PROGO, '2024-12-02', {
      type: 'TakeUpAsFinding',
      supervisingOffice: { level: 'KABKOTA', name: 'Bawaslu Kabupaten Kulon Progo' },
      discoveredOn: '2024-11-26',
      reason: 'Village-meeting minutes obtained by supervision confirm the call to vote',
    }),
    byBawaslu(
      KULON_PROGO,
      '2024-12-02',
      { type: 'RegisterCase', registrationNumber: '005/Reg/TM/PB/Kab/34.01/XII/2024' },
      '13:00',
    ),
    byBawaslu(KULON_PROGO, '2024-12-04', {
      type: 'DecideRespondent',
      respondentId: 'kp-lurah-07',
      decision: { outcome: 'VIOLATION', tracks: ['OTHER_LAW'], conductOn: '2024-11-24' },
    }),
    byBawaslu(KULON_PROGO, '2024-12-05', {
      type: 'ForwardToCompetentAuthority',
      respondentId: 'kp-lurah-07',
      addressee: 'Bupati Kulon Progo',
      copies: ['Ditjen Bina Pemerintahan Desa, Kemendagri', 'Gubernur DIY'],
    }),
    byBawaslu(
      KULON_PROGO,
      '2024-12-05',
      { type: 'IssueStatusNotice', channels: ['NOTICE_BOARD', 'WEBSITE'] },
      '14:00',
    ),
  ],
};

export const DIY_CASES: readonly CaseScript[] = [
  declaration,
  satgasReport,
  withdrawnLate,
  likeAndComment,
  timeBarred,
  lapsedTakenUp,
];
