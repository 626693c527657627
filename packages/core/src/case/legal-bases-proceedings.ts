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

export const EXAMINATION: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS); Peraturan BKN 6/2022',
  article: 'PP 94/2021 Pasal 26, Pasal 27',
  confidence: 'C',
  source:
    'gazette OCR, dataset mblonyox/data-peraturan, file pp/2021/94/fulltext.md; research/legal-process.md §3.4',
  note:
    'before a discipline sanction the PNS is summoned in writing and examined (a BAP); the ' +
    'examination is at most 7 working days after the letter (26(2)); a second summons at most ' +
    '7 working days after the missed date (26(3)); absent twice, the official decides on the ' +
    'evidence without examination (26(4))',
};

export const EXAMINATION_TEAM: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS); Peraturan BKN 6/2022',
  confidence: 'C',
  source: 'BKN on Perban 6/2022 (research/legal-process.md §3.4 item 3)',
  note:
    'an examination team (direct superior, Inspektorat, BKPSDM) is required where a heavy ' +
    'sanction is in question and optional for a moderate one; each member at least the rank of ' +
    'the PNS examined',
};

export const RELEASE_FROM_DUTY: LegalBasis = {
  instrument: 'PP 94/2021 (Disiplin PNS)',
  confidence: 'R',
  source: 'research/legal-process.md §3.4 item 4',
  note:
    'pembebasan sementara dari tugas jabatan while a heavy sanction is likely, for the ' +
    'examination to run, until the decision on the sanction; the respondent keeps their rights. ' +
    'The article number was not read in the sources [R]',
};

export const ADMINISTRATIVE_COURT: LegalBasis = {
  instrument: 'PP 79/2021 (Upaya Administratif dan BPASN)',
  article: 'Pasal 5 ayat (3), Pasal 6 ayat (3), Pasal 9 ayat (3), Pasal 18',
  confidence: 'C',
  source: 'gazette OCR, dataset mblonyox/data-peraturan, file pp/2021/79/fulltext.md',
  note:
    'after a keberatan (decided, or undecided after 21 working days) the respondent may sue in ' +
    'PTUN; against BPASN’s decision on a banding, in PT TUN',
};

export const BREACH_NOTICED: LegalBasis = {
  instrument: 'netra: the due list (dutiesDue) and the rule of each duty',
  confidence: 'C',
  note:
    'the system records when it saw a duty overdue, so that the history shows when the lapse ' +
    'was noticed; the duty’s own rule is named in the event',
};
