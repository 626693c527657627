/**
 * Legal bases of the steps added in rulebook 2024.2 that are not rulebook rows: the hand-over
 * between levels, the lapsed report taken up as a finding, the OTHER_LAW track and the
 * ad hoc Panwaslu Kecamatan. Kept apart from legal-bases.ts, one idea per file.
 */
import type { LegalBasis } from '../rules/index.js';

export const HANDOVER: LegalBasis = {
  instrument: 'Perbawaslu 7/2022',
  article: 'Pasal 20 (pelimpahan, pengambilalihan)',
  confidence: 'S',
  source: 'https://pasal.id/peraturan/perban/peraturan-bawaslu-no-7-tahun-2022/koreksi/8055145',
  note:
    'a report or finding is passed to the office of the competent level, or taken over by a ' +
    'higher one; from then on the receiving office handles it',
};

export const TAKE_UP_AS_FINDING: LegalBasis = {
  instrument: 'UU 7/2017 Pasal 454(5); Perbawaslu 7/2022 / Perbawaslu 9/2024 practice',
  confidence: 'S',
  source:
    'https://liputan6.com/amp/5758636/20-asn-rokan-hilir-dilaporkan-tak-netral-5-laporan-sudah-diteruskan-ke-bkn',
  note:
    'a report not completed in time is not registered, but Bawaslu may continue on its own ' +
    'initiative as a temuan (Bawaslu Rokan Hilir, Pilkada 2024)',
};

export const OTHER_LAW_TRACK: LegalBasis = {
  instrument: 'UU 7/2017 (Pemilu); UU 10/2016 (Pilkada)',
  article: 'UU 7/2017 Pasal 455 ayat (1) huruf c; UU 10/2016 Pasal 30 huruf e',
  confidence: 'C',
  note:
    'a violation of other laws by someone outside the ASN goes to the authority over them; ' +
    'ASN neutrality goes to the ASN supervisor on the NEUTRALITY track',
};

export const ADMINISTRATIVE_TRACK: LegalBasis = {
  instrument: 'UU 7/2017 (Pemilu); UU 1/2015 as amended (Pilkada)',
  article: 'UU 7/2017 Pasal 460; UU 1/2015 as amended Pasal 138',
  confidence: 'R',
  note:
    'administrative violations concern the procedures of election organisers and participants; ' +
    'a village head, honorer or TNI/Polri member is neither (legal review 2026-11 §4)',
};

export const AD_HOC_BODIES: LegalBasis = {
  instrument: 'UU 7/2017 (Pemilu); UU 1/2015 as amended (Pilkada)',
  article: 'UU 7/2017 Pasal 105–106; UU 1/2015 as amended Pasal 134, 135(2)',
  confidence: 'S',
  source: 'https://panwascamglenmore.blogspot.com/2017/11/wewenang-panwaslu-kecamatan.html',
  note:
    'Pemilu: a Panwaslu Kecamatan receives reports, sets findings and passes them to Bawaslu ' +
    'Kab/Kota; Pilkada: Panwas Kecamatan also decides and forwards crimes to Polri (Pasal 135(2))',
};
