/**
 * Where Bawaslu forwards the violation of a respondent who is not ASN (since rulebook 2024.2).
 *
 * Neutrality under the ASN law binds only PNS, CPNS and PPPK; KASN/BKN have nothing to say about
 * a village head or an honorer. Bawaslu forwards such conduct as a violation of other laws to the
 * authority over the person: UU 7/2017 Pasal 455 ayat (1) huruf c (Pemilu) and, for Pilkada, the
 * Bawaslu Kab/Kota task of passing on what is not its competence (UU 10/2016 Pasal 30 huruf e)
 * (research/legal-answers-2026-11.md §3.4). Election crimes by the same persons are a separate,
 * criminal track (Pemilu: UU 7/2017 Pasal 490, 494 [S]; Pilkada: Pasal 71(1) jo. 188 [C]).
 */
import type { LegalBasis, NonAsnKind, NonAsnRoute, Regime } from './types.js';

const DATASET = 'gazette OCR, dataset mblonyox/data-peraturan (research/legal-answers-2026-11.md)';

const FORWARD: Readonly<Record<Regime, LegalBasis>> = {
  PEMILU_2024: {
    instrument: 'UU 7/2017 (Pemilu)',
    article: 'Pasal 455 ayat (1) huruf c',
    confidence: 'C',
    source:
      'https://news.detik.com/pemilu/d-7208294 ; https://panwascamglenmore.blogspot.com/2017/11/wewenang-panwaslu-kecamatan.html',
    note:
      'violations of other laws are processed by Bawaslu and/or forwarded to the competent ' +
      'agency; the supervisors also recommend to "instansi yang bersangkutan" on the neutrality ' +
      'of all who may not take part in campaigns (Pasal 106 huruf c for Panwaslu Kecamatan [S]; ' +
      'the parallel Bawaslu Kab/Kota authority in Pasal 103, letter not verified [R])',
  },
  PILKADA_2024: {
    instrument: 'UU 1/2015 as amended by UU 10/2016 (Pilkada)',
    article: 'Pasal 30 huruf e',
    confidence: 'C',
    source: `${DATASET}, file uu/2016/10.md`,
    note: '"meneruskan temuan dan laporan yang bukan menjadi kewenangannya kepada instansi yang berwenang"',
  },
};

const DESA = 'UU 6/2014 (Desa)';
const DESA_SOURCE = `${DATASET}, file uu/2014/6.md ; https://tatangnurdian.blogspot.com/2020/03/larangan-dan-sangsi-bagi-kepala-desa.html`;

export const NON_ASN_ROUTES_2024: Readonly<Record<NonAsnKind, NonAsnRoute>> = {
  VILLAGE_HEAD: {
    kind: 'VILLAGE_HEAD',
    authority: 'BUPATI_WALIKOTA',
    addressee: "the Bupati/Wali Kota (or Pj) of the village's kabupaten/kota",
    copies: ['Kemendagri (Ditjen Bina Pemerintahan Desa)', 'the Gubernur (or Pj) of the province'],
    forwardBasis: FORWARD,
    authorityBasis: {
      instrument: `${DESA}; Permendagri 82/2015`,
      article:
        'UU 6/2014 Pasal 29 huruf j, Pasal 30, Pasal 40 ayat (2) huruf d and ayat (3); Permendagri 82/2015 Pasal 9 huruf b',
      confidence: 'C',
      source: `${DESA_SOURCE} ; https://tanjungberingin.desa.id/?p=256`,
      note:
        'a kepala desa may not take part in a Pemilu or Pilkada campaign; sanctions: teguran ' +
        'lisan/tertulis, then pemberhentian sementara and pemberhentian; dismissal is set by the ' +
        'Bupati/Wali Kota, and so is temporary dismissal (Permendagri 82/2015, reproduced text). ' +
        'UU 3/2024 keeps Pasal 29 huruf j [S]; its Pasal 30 and Permendagri 66/2017 (amending ' +
        '82/2015) were not checked [R]',
    },
    contested:
      'Copies to Kemendagri and the governor are practice (Bawaslu Bantaeng 2024, ' +
      'https://netral.co.id/bawaslu-bantaeng-menyerahkan-sanksi-untuk-5-kepala-desa-yang-melanggar-uu-desa-kepada-pj-bupati/) ' +
      '[S], not law; Bawaslu Jateng (Pilkada 2020) also recommended to Kemendagri where bupatis ' +
      'did not act [S]. Who gives the reprimands is not assigned by the UU; in practice the ' +
      'Camat [S].',
  },
  VILLAGE_OFFICIAL: {
    kind: 'VILLAGE_OFFICIAL',
    authority: 'KEPALA_DESA',
    addressee:
      'the Kepala Desa of the village, who dismisses after consulting the Camat on behalf of the Bupati/Wali Kota',
    copies: ['the Bupati/Wali Kota (or Pj)', 'the Camat'],
    forwardBasis: FORWARD,
    authorityBasis: {
      instrument: DESA,
      article: 'Pasal 51 huruf j, Pasal 52, Pasal 53 ayat (3)',
      confidence: 'C',
      source: DESA_SOURCE,
      note: 'the same campaign prohibition and graduated sanctions as for the kepala desa; dismissal by the Kepala Desa after consulting the Camat',
    },
    contested:
      "The UU names who dismisses, not who receives Bawaslu's forward. Bawaslu has also " +
      "addressed recommendations to the bupati/wali kota or camat as the village officials' " +
      'supervisors (Bawaslu Jateng 2019, https://telusur.co.id/2019/03/gara-gara-tak-netral-16-aparat-desa-terancam-sanksi/) [S].',
  },
  NON_ASN: {
    kind: 'NON_ASN',
    authority: 'PPK_OR_OPD_HEAD',
    addressee: 'the PPK of the employing agency, or the head of the OPD that holds the contract',
    copies: [],
    forwardBasis: FORWARD,
    authorityBasis: {
      instrument: 'the employment contract of the honorer / PPNPN (or a local Perbup/SE)',
      confidence: 'S',
      source:
        'research/legal-process.md §5.5 ; https://bantenekspres.co.id/2024/06/27/sanksi-diberikan-kepala-opd-honorer-rentan-dimobilisasi/2',
      note:
        'not subject to PP 94/2021 or PP 42/2004; sanctions follow the contract, imposed by the ' +
        'OPD head, up to termination (BKPSDM Kab. Serang 2024: "Kepala OPD yang berhak memberikan sanksi")',
    },
    contested:
      'No statute assigns the authority; the route follows regional practice [S]. UU 20/2023 ' +
      'Pasal 66 required the non-ASN workforce to be regularised by Dec 2024 [S], so this route ' +
      'is transitional.',
  },
  TNI: {
    kind: 'TNI',
    authority: 'TNI_COMMAND',
    addressee: "the member's commanding officer (Ankum) in the TNI",
    copies: [],
    forwardBasis: FORWARD,
    authorityBasis: {
      instrument: 'UU 34/2004 (TNI)',
      article: 'Pasal 39 angka 2 (no involvement in practical politics)',
      confidence: 'R',
      note: "military discipline (UU 25/2014) is the command's; the article numbers are recollection",
    },
    contested:
      'No source in the research files for the route or the articles [R]. TNI members are ' +
      'named in the election-crime articles (UU 7/2017 Pasal 494 [S]; UU 10/2016 Pasal 71(1) [C]).',
  },
  POLRI: {
    kind: 'POLRI',
    authority: 'POLRI_COMMAND',
    addressee: "the member's superior with disciplinary authority (Ankum) in Polri",
    copies: [],
    forwardBasis: FORWARD,
    authorityBasis: {
      instrument: 'UU 2/2002 (Polri)',
      article: 'Pasal 28 ayat (1) (political neutrality)',
      confidence: 'R',
      note: "Polri discipline and the code of ethics are the command's; the article numbers are recollection",
    },
    contested:
      'No source in the research files for the route or the articles [R]. Polri members are ' +
      'named in the election-crime articles (UU 7/2017 Pasal 494 [S]; UU 10/2016 Pasal 71(1) [C]).',
  },
};
