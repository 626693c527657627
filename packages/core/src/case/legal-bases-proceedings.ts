/**
 * Legal bases of the proceedings after Bawaslu's forward that are not rulebook rows (issue 15):
 * the supervisor's duty, the SIASN block, the PPK's decision and its delivery.
 */
import type { LegalBasis } from '../rules/index.js';

export const SUPERVISION: LegalBasis = {
  instrument: 'UU 5/2014 (ASN); Perpres 92/2024 (BKN)',
  article: 'UU 5/2014 Pasal 32 ayat (3)',
  confidence: 'C',
  note:
    'the supervisor delivers its results to the PPK "untuk wajib ditindaklanjuti"; neutrality ' +
    'supervision passed from KASN to BKN in 2024 (Perpres 91 and 92/2024 [S])',
};

export const PERSONNEL_DATA_BLOCK: LegalBasis = {
  instrument: 'Peraturan BKN 1/2023 (made under Perpres 116/2022 Pasal 20(4))',
  confidence: 'C',
  source: 'https://id.scribd.com/document/680845260/Peraturan-BKN-Nomor-1-Tahun-2023',
  note:
    'personnel data and services in SIASN are blocked while a recommendation is not followed ' +
    'up, and unblocked when the PPK acts (BKN, Feb 2024 [S])',
};

export const DISCIPLINE_DECISION: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS)',
  article: 'Pasal 24, Pasal 37',
  confidence: 'C',
  source: 'gazette OCR, dataset mblonyox/data-peraturan, file pp/2021/94/fulltext.md',
  note:
    'the official with authority must impose the sanction (24(1)); one who imposes too light a ' +
    'sanction is sanctioned (24(3)); the sanction is set by a decision of that official (37(1))',
};
