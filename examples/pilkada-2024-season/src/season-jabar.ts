/**
 * Pilkada 2024 in West Java: Kota Banjar (150 ASN signed a neutrality pledge on 22 Aug 2024)
 * and Kab. Bekasi, whose acting regent warned that after the pairs' determination on
 * 22 Sep 2024 conduct "sudah termasuk ke ranahnya Gakkumdu" (seed articles).
 */
import type { ActorRef } from '@netra/core';
import { BKN_WASDAL, KAB_BEKASI, KOTA_BANJAR } from './offices.js';
import type { CaseScript } from './script.js';
import { by, byBawaslu, evidence, pns, since2024_2, voter } from './script.js';

/** Incomplete, completed in time, extended, and found not a violation. */
const notAViolation: CaseScript = {
  caseId: 'pilkada24-banjar-LP-001',
  office: KOTA_BANJAR,
  title: 'Incomplete report completed in time; period extended; not a violation',
  steps: [
    byBawaslu(KOTA_BANJAR, '2024-10-16', {
      type: 'ReceiveReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: KOTA_BANJAR.region,
      reporter: voter(
        'pelapor-banjar-001',
        'Dede Kurniawan',
        '3279010405880001',
        'Jl. Siliwangi No. 21, Banjar',
      ),
      respondents: [
        pns(
          'banjar-satpol-04',
          'Asep Saepudin',
          '198807232014021001',
          ['pemkot-banjar-satpolpp', 'Satpol PP Kota Banjar'],
          'Kepala Seksi Ketertiban Umum',
        ),
      ],
      incident: {
        occurredOn: '2024-10-15',
        knownOn: '2024-10-15',
        place: 'Lapangan Bakti, Banjar',
        description: 'Photographed standing next to a mayoral candidate at a campaign rally',
      },
      evidence: [],
    }),
    byBawaslu(KOTA_BANJAR, '2024-10-17', {
      type: 'CompletePreliminaryReview',
      result: { outcome: 'INCOMPLETE', missing: ['EVIDENCE'] },
    }),
    // The 2×24 hours to complete run from the reporter's receipt of this notice.
    since2024_2(
      'completion-notice',
      byBawaslu(KOTA_BANJAR, '2024-10-17', { type: 'SendCompletionNotice' }, '14:00'),
    ),
    by({ id: 'pelapor-banjar-001', role: 'reporter', scope: {} }, '2024-10-18', {
      type: 'CompleteRequirements',
      supplied: ['EVIDENCE'],
      evidence: evidence(['foto-kampanye-lapangan-bakti.jpg', 'PHOTO']),
    }),
    byBawaslu(KOTA_BANJAR, '2024-10-19', {
      type: 'RegisterCase',
      registrationNumber: '002/Reg/LP/PW/Kota/32.79/X/2024',
    }),
    since2024_2(
      'status-registered',
      byBawaslu(
        KOTA_BANJAR,
        '2024-10-19',
        { type: 'IssueStatusNotice', channels: ['NOTICE_BOARD', 'WEBSITE'] },
        '11:00',
      ),
    ),
    byBawaslu(
      KOTA_BANJAR,
      '2024-10-19',
      {
        type: 'ExtendForAdditionalInformation',
        reason: "Waiting for the rally's security roster from Satpol PP",
      },
      '15:00',
    ),
    byBawaslu(KOTA_BANJAR, '2024-10-20', {
      type: 'RecordClarification',
      party: { kind: 'WITNESS', name: 'Kepala Satpol PP Kota Banjar' },
      heldOn: '2024-10-20',
      summary: 'The respondent was on the official security roster of the rally',
    }),
    byBawaslu(KOTA_BANJAR, '2024-10-21', {
      type: 'DecideRespondent',
      respondentId: 'banjar-satpol-04',
      decision: {
        outcome: 'NOT_A_VIOLATION',
        reason: 'Present on official duty securing the rally (surat tugas)',
      },
    }),
  ],
};

/** Filed online and withdrawn before registration (Perbawaslu 7/2022 Pasal 14(1)). */
const withdrawnEarly: CaseScript = {
  caseId: 'pilkada24-banjar-LP-002',
  office: KOTA_BANJAR,
  title: 'Online report withdrawn before registration',
  steps: [
    by({ id: 'pelapor-banjar-002', role: 'reporter', scope: {} }, '2024-11-01', {
      type: 'ReceiveReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: KOTA_BANJAR.region,
      reporter: voter(
        'pelapor-banjar-002',
        'Neneng Hasanah',
        '3279024708920002',
        'Kel. Hegarsari, Pataruman, Banjar',
      ),
      respondents: [
        pns(
          'banjar-guru-09',
          'Ujang Rohman',
          '197601112003121004',
          ['pemkot-banjar-disdik', 'Dinas Pendidikan Kota Banjar'],
          'Guru SD Negeri 3 Hegarsari',
        ),
      ],
      incident: {
        occurredOn: '2024-10-30',
        knownOn: '2024-10-31',
        place: 'Facebook group "Warga Banjar"',
        description: 'Posted a candidate\'s campaign poster with "pilih nomor 2"',
      },
      evidence: evidence(['https://facebook.com/groups/example/posts/1', 'LINK']),
    }),
    by({ id: 'pelapor-banjar-002', role: 'reporter', scope: {} }, '2024-11-02', {
      type: 'WithdrawReport',
    }),
  ],
};

const PUPR_BEKASI: [string, string] = ['pemkab-bekasi-pupr', 'Dinas PUPR Kabupaten Bekasi'];

/** The Sentra Gakkumdu desk at Bawaslu Kab. Bekasi. */
const GAKKUMDU_BEKASI: ActorRef = {
  id: 'gakkumdu-32.16',
  role: 'gakkumdu',
  scope: { regionCode: '32.16' },
};

/** The PPK's personnel office (BKPSDM Kab. Bekasi) acting for the PUPR staff. */
const PPK_BEKASI_PUPR: ActorRef = {
  id: 'bkpsdm-bekasi-01',
  role: 'ppk',
  scope: { agencyId: PUPR_BEKASI[0] },
};

/** Two respondents, two tracks: neutrality to BKN, and an election crime (Pasal 71 jo 188) to Gakkumdu. */
const aidPackages: CaseScript = {
  caseId: 'pilkada24-bekasi-LP-001',
  office: KAB_BEKASI,
  title:
    "Aid packages with a candidate's sticker: PNS to BKN and Polri, village head to the regent and Polri",
  steps: [
    byBawaslu(KAB_BEKASI, '2024-10-22', {
      type: 'ReceiveReport',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: KAB_BEKASI.region,
      reporter: {
        id: 'pemantau-bekasi-01',
        name: 'JPPR Kabupaten Bekasi',
        nik: '3216061201800004',
        address: 'Cikarang Utara, Bekasi',
        kind: 'ELECTION_MONITOR',
      },
      respondents: [
        pns(
          'bekasi-kabid-02',
          'Drs. Wahyu Hidayat',
          '197512082000121003',
          PUPR_BEKASI,
          'Kepala Bidang Bina Marga',
        ),
        {
          respondentId: 'bekasi-kades-05',
          name: 'H. Mamat Suparman',
          kind: 'VILLAGE_HEAD',
          agency: { id: 'desa-sukamekar', name: 'Pemerintah Desa Sukamekar' },
          position: 'Kepala Desa Sukamekar',
        },
      ],
      incident: {
        occurredOn: '2024-10-20',
        knownOn: '2024-10-21',
        place: 'Balai Desa Sukamekar, Sukawangi',
        description:
          "Road-repair aid packages handed out with a regent candidate's sticker and a call to vote",
      },
      evidence: evidence(
        ['video-pembagian-paket.mp4', 'VIDEO'],
        ['paket-bantuan-stiker.jpg', 'PHOTO'],
      ),
    }),
    byBawaslu(KAB_BEKASI, '2024-10-23', {
      type: 'CompletePreliminaryReview',
      result: { outcome: 'COMPLETE' },
    }),
    byBawaslu(
      KAB_BEKASI,
      '2024-10-23',
      { type: 'RegisterCase', registrationNumber: '021/Reg/LP/PB/Kab/32.16/X/2024' },
      '13:30',
    ),
    byBawaslu(
      KAB_BEKASI,
      '2024-10-23',
      {
        type: 'RecordClarification',
        party: { kind: 'REPORTER', name: 'JPPR Kabupaten Bekasi' },
        heldOn: '2024-10-23',
        summary: 'Hands over the full video and names two witnesses',
      },
      '16:00',
    ),
    byBawaslu(KAB_BEKASI, '2024-10-24', {
      type: 'RecordClarification',
      party: { kind: 'RESPONDENT', respondentId: 'bekasi-kabid-02', name: 'Drs. Wahyu Hidayat' },
      heldOn: '2024-10-24',
      summary: 'Says the stickers were added by volunteers; admits being present',
    }),
    byBawaslu(
      KAB_BEKASI,
      '2024-10-24',
      {
        type: 'RecordClarification',
        party: { kind: 'RESPONDENT', respondentId: 'bekasi-kades-05', name: 'H. Mamat Suparman' },
        heldOn: '2024-10-24',
        summary: 'Admits calling on residents to vote for the pair',
      },
      '14:00',
    ),
    // Rulebook 2024.2: Bawaslu declares a crime only after deliberating in Sentra Gakkumdu.
    since2024_2(
      'deliberation-kabid',
      byBawaslu(
        KAB_BEKASI,
        '2024-10-24',
        {
          type: 'RecordGakkumduDeliberation',
          respondentId: 'bekasi-kabid-02',
          stage: 'FIRST',
          conclusion: 'PROCEED',
          summary:
            'Polri and the prosecutor agree the aid handout meets UU 1/2015 Pasal 71(1) jo. 188',
        },
        '16:00',
      ),
    ),
    since2024_2(
      'deliberation-kades',
      byBawaslu(
        KAB_BEKASI,
        '2024-10-24',
        {
          type: 'RecordGakkumduDeliberation',
          respondentId: 'bekasi-kades-05',
          stage: 'FIRST',
          conclusion: 'PROCEED',
          summary: 'The village head handed out the packages himself: Pasal 71(1) jo. 188',
        },
        '16:30',
      ),
    ),
    byBawaslu(KAB_BEKASI, '2024-10-25', {
      type: 'DecideRespondent',
      respondentId: 'bekasi-kabid-02',
      decision: {
        outcome: 'VIOLATION',
        skbCode: 'D-12',
        tracks: ['NEUTRALITY', 'CRIMINAL'],
        conductOn: '2024-10-20',
      },
    }),
    // A village head is not ASN: his campaigning breaks UU 6/2014 Pasal 29 huruf j and goes to
    // the regent (OTHER_LAW), beside the crime.
    byBawaslu(
      KAB_BEKASI,
      '2024-10-25',
      {
        type: 'DecideRespondent',
        respondentId: 'bekasi-kades-05',
        decision: {
          outcome: 'VIOLATION',
          tracks: ['OTHER_LAW', 'CRIMINAL'],
          conductOn: '2024-10-20',
        },
      },
      '11:00',
    ),
    byBawaslu(KAB_BEKASI, '2024-10-26', {
      type: 'ForwardToInvestigators',
      respondentId: 'bekasi-kabid-02',
    }),
    byBawaslu(
      KAB_BEKASI,
      '2024-10-26',
      { type: 'ForwardToInvestigators', respondentId: 'bekasi-kades-05' },
      '10:30',
    ),
    since2024_2(
      'forward-kades-to-regent',
      byBawaslu(
        KAB_BEKASI,
        '2024-10-26',
        {
          type: 'ForwardToCompetentAuthority',
          respondentId: 'bekasi-kades-05',
          addressee: 'Penjabat Bupati Bekasi',
          copies: ['Ditjen Bina Pemerintahan Desa, Kemendagri', 'Penjabat Gubernur Jawa Barat'],
        },
        '11:30',
      ),
    ),
    byBawaslu(
      KAB_BEKASI,
      '2024-10-26',
      {
        type: 'ForwardToSupervisor',
        respondentIds: ['bekasi-kabid-02'],
        expectedSupervisor: 'BKN',
      },
      '13:00',
    ),
    // After the forward (issue 15): BKN recommends a moderate sanction, the PPK postpones his
    // promotion, he files a keberatan with the PPK, which reduces it to a postponed raise.
    since2024_2(
      'bkn-recommendation',
      by(BKN_WASDAL, '2024-11-15', {
        type: 'RecordSupervisorOutcome',
        respondentId: 'bekasi-kabid-02',
        result: {
          outcome: 'PROVEN',
          level: 'MODERATE',
          skbCodes: ['D-12'],
          letterNumber: '10412/B-AK.02.02/SD/F/2024',
          addressedTo: { name: 'Penjabat Bupati Bekasi (PPK)', agencyId: PUPR_BEKASI[0] },
        },
      }),
    ),
    since2024_2(
      'summons',
      by(PPK_BEKASI_PUPR, '2024-11-18', {
        type: 'SummonForExamination',
        respondentId: 'bekasi-kabid-02',
        letterNumber: '800/2190/BKPSDM/XI/2024',
        examinationOn: '2024-11-20',
      }),
    ),
    since2024_2(
      'examination',
      by(PPK_BEKASI_PUPR, '2024-11-20', {
        type: 'RecordExamination',
        respondentId: 'bekasi-kabid-02',
        result: { outcome: 'EXAMINED', bapReference: 'BAP/800/2195/BKPSDM/XI/2024' },
      }),
    ),
    since2024_2(
      'sanction',
      by(PPK_BEKASI_PUPR, '2024-11-25', {
        type: 'DecideSanction',
        respondentId: 'bekasi-kabid-02',
        sanction: 'TUNDA_PANGKAT_1T',
        imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Penjabat Bupati Bekasi' },
        respondentPosition: 'ADMINISTRATOR',
        decreeNumber: '800/2211/BKPSDM/XI/2024',
      }),
    ),
    since2024_2(
      'sanction-delivered',
      by(PPK_BEKASI_PUPR, '2024-11-28', {
        type: 'DeliverSanction',
        respondentId: 'bekasi-kabid-02',
      }),
    ),
    since2024_2(
      'keberatan',
      by(PPK_BEKASI_PUPR, '2024-12-02', {
        type: 'FileObjection',
        respondentId: 'bekasi-kabid-02',
        kind: 'KEBERATAN',
      }),
    ),
    // The criminal track of the village head after the forward to Polri, to a final verdict
    // (UU 1/2015 Pasal 71(1) jo. 188; the Pilkada periods of UU 10/2016 Pasal 146).
    ...(
      [
        ['2024-11-04', { step: 'FILE_TO_PROSECUTOR' }],
        ['2024-11-08', { step: 'INDICTED' }],
        [
          '2024-11-14',
          {
            step: 'DISTRICT_VERDICT',
            verdict: 'GUILTY',
            summary: 'Pasal 71(1) jo. 188: 2 months probation and a fine of Rp3,000,000',
          },
        ],
        ['2024-11-16', { step: 'APPEAL_FILED' }],
        ['2024-11-21', { step: 'HIGH_COURT_VERDICT', verdict: 'GUILTY', summary: 'Upheld; final' }],
      ] as const
    ).map(([date, criminal], i) =>
      since2024_2(
        `criminal-${i + 1}`,
        by(GAKKUMDU_BEKASI, date, {
          type: 'RecordCriminalStep',
          respondentId: 'bekasi-kades-05',
          criminal,
        }),
      ),
    ),
    since2024_2(
      'keberatan-decided',
      by(PPK_BEKASI_PUPR, '2024-12-20', {
        type: 'DecideObjection',
        respondentId: 'bekasi-kabid-02',
        outcome: { outcome: 'REDUCED', sanction: 'TUNDA_KGB_1T' },
      }),
    ),
  ],
};

/** Found by Panwaslu Desa: photos with a partisan hand sign (D-7); one respondent not identified. */
const handSign: CaseScript = {
  caseId: 'pilkada24-bekasi-TM-001',
  office: KAB_BEKASI,
  title:
    "Finding: photos with a candidate's hand sign (D-7); one violation, one stopped; decided late",
  steps: [
    byBawaslu(KAB_BEKASI, '2024-11-12', {
      type: 'RecordFinding',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: KAB_BEKASI.region,
      supervisingOffice: { level: 'KELURAHAN_DESA', name: 'Panwaslu Desa Cibatu' },
      discoveredOn: '2024-11-11',
      respondents: [
        pns(
          'bekasi-staf-21',
          'Siti Nurhaliza',
          '199001012019032005',
          ['pemkab-bekasi-kec-cikarang-selatan', 'Kecamatan Cikarang Selatan'],
          'Pengelola Layanan Kependudukan',
        ),
        {
          respondentId: 'bekasi-cpns-22',
          name: 'Rizky Pratama',
          kind: 'CPNS',
          nip: '199806122024031001',
          agency: { id: 'pemkab-bekasi-kec-cikarang-selatan', name: 'Kecamatan Cikarang Selatan' },
        },
      ],
      incident: {
        occurredOn: '2024-11-10',
        place: 'Posko pemenangan, Cibatu',
        description:
          "Group photo at a campaign post showing the pair's two-finger sign, posted on TikTok",
      },
      evidence: evidence(['tiktok-video-posko.mp4', 'VIDEO']),
    }),
    byBawaslu(
      KAB_BEKASI,
      '2024-11-12',
      { type: 'RegisterCase', registrationNumber: '009/Reg/TM/PB/Kab/32.16/XI/2024' },
      '14:00',
    ),
    // Decided a day after the 3-day period: recorded and flagged, never refused.
    byBawaslu(KAB_BEKASI, '2024-11-16', {
      type: 'DecideRespondent',
      respondentId: 'bekasi-staf-21',
      decision: {
        outcome: 'VIOLATION',
        skbCode: 'D-7',
        tracks: ['NEUTRALITY'],
        conductOn: '2024-11-10',
      },
    }),
    byBawaslu(
      KAB_BEKASI,
      '2024-11-16',
      {
        type: 'DecideRespondent',
        respondentId: 'bekasi-cpns-22',
        decision: {
          outcome: 'STOPPED',
          reason: 'The person in the photo could not be identified as the respondent',
        },
      },
      '11:00',
    ),
    byBawaslu(KAB_BEKASI, '2024-11-18', {
      type: 'ForwardToSupervisor',
      respondentIds: ['bekasi-staf-21'],
    }),
  ],
};

export const JABAR_CASES: readonly CaseScript[] = [
  notAViolation,
  withdrawnEarly,
  aidPackages,
  handSign,
];
