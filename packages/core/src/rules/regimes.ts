/** The laws and procedural regulations behind each regime (research/legal-process.md §1). */
import type { LegalBasis, Regime } from './types.js';

export interface RegimeInfo {
  readonly name: string;
  readonly law: LegalBasis;
  readonly procedure: LegalBasis;
}

export const REGIMES_2024: Readonly<Record<Regime, RegimeInfo>> = {
  PEMILU_2024: {
    name: 'Pemilihan Umum 2024 (Pemilu)',
    law: {
      instrument: 'UU 7/2017 tentang Pemilihan Umum, as amended by Perppu 1/2022',
      article: 'Pasal 454–455 (handling), Pasal 476 (election crimes)',
      confidence: 'C',
      source: 'https://online.flipbuilder.com/cmvf/wgnv/files/basic-html/page312.html',
      note: 'Pasal 454 read from a scan of the gazette text [C]; Pasal 476 from press quotations [S]',
    },
    procedure: {
      instrument: 'Perbawaslu 7/2022 tentang Penanganan Temuan dan Laporan Pelanggaran Pemilu',
      confidence: 'C',
      source: 'https://pasal.id/peraturan/perban/peraturan-bawaslu-no-7-tahun-2022/koreksi/8055144',
    },
  },
  PILKADA_2024: {
    name: 'Pemilihan Gubernur, Bupati dan Wali Kota serentak 2024 (Pilkada)',
    law: {
      instrument:
        'UU 1/2015 (Perppu 1/2014) as amended by UU 8/2015, UU 10/2016 and UU 6/2020 (Pilkada)',
      article: 'Pasal 134–135',
      confidence: 'C',
      source:
        'https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/93 (Pasal 134) ; https://id.wikisource.org/wiki/Halaman:Perpu_1_2014.pdf/94 (Pasal 135)',
      note: 'Pasal 1 angka 28 as amended by UU 8/2015: "Hari adalah hari kalender" [C]',
    },
    procedure: {
      instrument: 'Perbawaslu 8/2020 as amended by Perbawaslu 9/2024',
      confidence: 'S',
      source:
        'https://kabarbaik.co/bawaslu-kota-batu-tetapkan-jadwal-laporan-pelanggaran-bagi-paslon-dan-tim-ini-hari-dan-jamnya',
    },
  },
};
