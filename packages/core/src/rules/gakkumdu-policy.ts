/**
 * Sentra Gakkumdu between Bawaslu's study and the forward to Polri (since rulebook 2024.2).
 *
 * Bawaslu declares conduct an election crime after coordinating with the police and prosecutors
 * in Sentra Gakkumdu (pembahasan), and forwards it to Polri investigators within 1×24 hours of
 * that declaration (research/legal-answers-2026-11.md §5). The stages are: receipt of the report
 * or finding → pembahasan pertama → kajian → pembahasan kedua → penyidikan → pembahasan ketiga →
 * penuntutan. No time limit for the pembahasan was found for either regime.
 */
import type { GakkumduPolicy } from './types.js';

export const GAKKUMDU_POLICY_2024: GakkumduPolicy = {
  deliberationBeforeDeclaration: true,
  basis: {
    PEMILU_2024: {
      instrument:
        'UU 7/2017 (Pemilu); Perbawaslu 3/2023 tentang Sentra Penegakan Hukum Terpadu Pemilihan Umum',
      article: 'UU 7/2017 Pasal 476 ayat (1)–(2); Perbawaslu 3/2023',
      confidence: 'S',
      source:
        'https://freelinenews.com/gempar-minta-gakkumdu-aceh-timur-proses-hukum-dugaan-pengelembungan-suara/2 ; https://wantimpres.go.id/id/newsflows/komisi-ii-dpr-setujui-2-rancangan-perbawaslu ; http://tanjungpinangkota.bawaslu.go.id/berita/bawaslu-tanjungpinang-gelar-rakor-bersama-sentra-gakkumdu',
      note:
        'ayat (2): Bawaslu declares the crime after coordinating with the police and prosecutors ' +
        'in Gakkumdu; ayat (1): the forward to Polri follows within 1×24 hours. Perbawaslu 3/2023 ' +
        'replaced Perbawaslu 31/2018 (number and title [S], from a Bawaslu regional page; its ' +
        'date was not found). A draft gave the pembahasan 2×24 hours, contested by DPR Komisi II ' +
        'in Nov 2022; the final time limits were not found',
    },
    PILKADA_2024: {
      instrument:
        'UU 1/2015 as amended (Pilkada); Peraturan Bersama Ketua Bawaslu, Kapolri and Jaksa Agung on Sentra Gakkumdu Pemilihan',
      article: 'UU 10/2016 Pasal 152 ayat (4); UU 1/2015 Pasal 135 ayat (2)',
      confidence: 'S',
      source:
        'gazette OCR, dataset mblonyox/data-peraturan, files uu/2015/1.md, uu/2016/10.md ; https://id.scribd.com/document/669002220/Paparan-Kapolresta-Bandung-Pemilu-Fix',
      note:
        'Pasal 152(4) (Gakkumdu governed by a Peraturan Bersama, not a Perbawaslu) and 135(2) ' +
        '(1×24 hours from the decision) are [C]; the Peraturan Bersama itself was not read, and ' +
        'the pembahasan stages come from a Polresta Bandung presentation of it [S]',
    },
  },
};
