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

export const ADMINISTRATIVE_APPEAL: LegalBasis = {
  instrument: 'PP 79/2021 (Upaya Administratif dan Badan Pertimbangan ASN)',
  article: 'Pasal 3–6 (keberatan), Pasal 10–18 (banding)',
  confidence: 'C',
  source: 'gazette OCR, dataset mblonyox/data-peraturan, file pp/2021/79/fulltext.md',
  note:
    'keberatan against a PPK decision to the PPK, against another official to that official’s ' +
    'superior; banding to BPASN only against dismissal or PPPK termination; 14 working days to ' +
    'file, 21 (keberatan) or 65 (banding) working days to decide',
};

export const SERVING: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS); PP 53/2010 Pasal 7(3)',
  article: 'PP 94/2021 Pasal 8, 38',
  confidence: 'S',
  note: 'a sanction with a duration (6, 9, 12 months; 1 year) runs from the day it is in force',
};

export const SERVICE_EXIT: LegalBasis = {
  instrument: 'BKN/Kemendagri SBT monitoring of neutrality files (Dec 2024)',
  confidence: 'S',
  source: 'https://voi.id/en/news/439898',
  note:
    'a respondent already dismissed, retired or resigned leaves the proceedings (an SBT status ' +
    'bucket); death ends them too',
};
