/**
 * SKB 2022 Lampiran II, discipline items (pelanggaran disiplin), research/legal-process.md §6.2.
 *
 * Stage: D-1, D-2, D-4, D-6 and D-7 are the calon-stage counterparts of KE-1, KE-2, KE-3, KE-4
 * and KE-5 (the same behaviour once candidates are determined), so their stage is `CALON`. D-9
 * (before participant determination) is `BAKAL_CALON` and D-10 (after) is `CALON`. The rest
 * (D-3 own candidacy, D-5 party membership, D-8 partisan activities "before, during or after
 * the campaign", D-11 support letters, D-12 decisions, D-13 catch-all) do not depend on the
 * stage: `ANY`.
 *
 * Levels cite PP 94/2021 Pasal 14 huruf i (heavy larangan: support via Pasal 5 huruf n angka 3–7)
 * as the SKB does, per the press [S]. In the PP 94 text (gazette OCR, research §5.1) Pasal 13
 * huruf g (moderate) covers angka 2 and Pasal 14 huruf i (heavy) angka 3–7 [C]. The press
 * reproductions disagree on the levels of D-3, D-8 and D-9; those rows say so in `contested` and
 * are overridable (`skbLevels`).
 */
import type { LegalBasis, SanctionLevel, SkbCode, SkbItem } from './types.js';

const KOMPAS =
  'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?page=all';
const INFOSEMARANG =
  'https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024';
/** Bawaslu Sulsel's list (29 Nov 2023). */
const TRIBUN_MAKASSAR =
  'https://makassar.tribunnews.com/2023/11/29/netralitas-asn-sulsel-pada-pemilu-2024-kategori-rawan-ini-hukumannya-jika-asn-terbukti-berpihak?page=3';
/** TribunSolo's list (15 Nov 2023); the full path is not in the stored copy. */
const TRIBUN_SOLO = 'https://m.tribunnews.com/mata-lokal-memilih/2023/11/15/';
const MEDIADUTA = 'https://mediaduta.id/2024/10/pj-gubernur-sulsel-zudan-tanggapi.html';

const pp94 = (article: string, note?: string): LegalBasis => ({
  instrument: 'SKB 2022 Lampiran II; PP 94/2021',
  article,
  confidence: 'S',
  source: KOMPAS,
  ...(note === undefined ? {} : { note }),
});

const HEAVY_3_4 = pp94('Pasal 14 huruf i angka 3 dan 4');
const NOT_REPRODUCED = pp94(
  'not reproduced',
  'the press lists the level but not the article the SKB cites',
);

const discipline = (
  code: SkbCode,
  conduct: string,
  level: SanctionLevel | 'SATGAS_DECIDES',
  stage: SkbItem['stage'],
  basis: LegalBasis,
  contested?: string,
): SkbItem => ({
  code,
  kind: 'DISCIPLINE',
  conduct,
  level,
  stage,
  basis,
  ...(contested === undefined ? {} : { contested }),
});

export const SKB_2022_DISCIPLINE: readonly SkbItem[] = [
  discipline(
    'D-1',
    'Putting up banners, billboards or campaign props for a candidate',
    'HEAVY',
    'CALON',
    HEAVY_3_4,
  ),
  discipline(
    'D-2',
    'Socialisation or campaigning on social media or online',
    'HEAVY',
    'CALON',
    HEAVY_3_4,
  ),
  discipline(
    'D-3',
    'Approaching a political party as a would-be candidate (or the public, for an independent candidacy) without unpaid leave (CLTN)',
    'MODERATE',
    'ANY',
    pp94(
      'cited as "Pasal 10 angka 1 huruf b dan c angka 3 dan 4"',
      'garbled in the press: Pasal 10 is the moderate kewajiban list; the moderate larangan list is Pasal 13',
    ),
    `Kompas (${KOMPAS}) lists MODERATE; Bawaslu Sulsel (Tribun Makassar, ${TRIBUN_MAKASSAR}) ` +
      'lists HEAVY ("Hukuman Disiplin Berat"). Default MODERATE follows Kompas and the ' +
      'moderate article the press cites; override skbLevels["D-3"] for the heavy reading.',
  ),
  discipline(
    'D-4',
    'Attending a declaration or campaign and actively showing support',
    'HEAVY',
    'CALON',
    HEAVY_3_4,
  ),
  discipline('D-5', 'Member and/or office-holder of a political party', 'PTDH', 'ANY', {
    instrument: 'SKB 2022 Lampiran II; UU 20/2023 (ASN); UU 5/2014 (ASN) before 31 Oct 2023',
    article:
      'UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4), for conduct from 31 Oct 2023; UU 5/2014 Pasal 87 ayat (4) huruf c before',
    confidence: 'S',
    source: `${KOMPAS} ; Kompas 5 Oct 2023, katadata and fajar on UU 20/2023 Pasal 52 (legal-review-2026-11 §3)`,
    note:
      'the SKB cites UU 5/2014 Pasal 87(4)(c), repealed by UU 20/2023 on 31 Oct 2023; UU 20/2023 ' +
      'applies to PNS and PPPK: for a PNS the measure is PTDH, for a PPPK termination of the work ' +
      'agreement (pemutusan hubungan perjanjian kerja)',
  }),
  discipline(
    'D-6',
    'Posting, commenting, sharing, liking, joining or following a campaign group or account',
    'HEAVY',
    'CALON',
    HEAVY_3_4,
  ),
  discipline(
    'D-7',
    'Public photos with a candidate or team showing partisan symbols (hand signs, attributes, party/candidate background) or with props',
    'HEAVY',
    'CALON',
    pp94('Pasal 14 huruf i angka 3'),
  ),
  discipline(
    'D-8',
    'Organising partisan activities before, during or after the campaign (meetings, invitations, appeals, calls, gifts to ASN, family or the public)',
    'HEAVY',
    'ANY',
    HEAVY_3_4,
    `The sources split about 2–2: Kompas (${KOMPAS}) and ntbsatu list HEAVY; TribunSolo ` +
      `(${TRIBUN_SOLO}) and infosemarang (${INFOSEMARANG}) list MODERATE ("sedang"). ` +
      'Default HEAVY rests on PP 94/2021 Pasal 5 huruf n angka 6, whose breach is heavy ' +
      '(Pasal 14 huruf i, research §5.1), not on a majority; override skbLevels["D-8"] if the ' +
      'gazette text says moderate.',
  ),
  discipline(
    'D-9',
    'Acting as expert, winning team or consultant before participant determination',
    'MODERATE',
    'BAKAL_CALON',
    NOT_REPRODUCED,
    'The lists separate D-9 (before determination, MODERATE) from D-10 (after, HEAVY), as ' +
      `the Pj Gubernur Sulsel's list does (${MEDIADUTA}); TribunSolo (${TRIBUN_SOLO}) merges them, ` +
      '"sebelum maupun sesudah penetapan", as HEAVY. Default MODERATE keeps the two items ' +
      'distinct; override skbLevels["D-9"] for the heavy reading.',
  ),
  discipline(
    'D-10',
    'Acting as expert, winning team or consultant after participant determination',
    'HEAVY',
    'CALON',
    NOT_REPRODUCED,
  ),
  discipline(
    'D-11',
    'Giving a support letter or collecting KTP copies for an independent candidate (regional head or DPD)',
    'HEAVY',
    'ANY',
    NOT_REPRODUCED,
  ),
  discipline(
    'D-12',
    'Making decisions or taking actions that benefit or harm a party or candidate',
    'HEAVY',
    'ANY',
    NOT_REPRODUCED,
  ),
  discipline('D-13', 'Any other form of non-neutrality not listed above', 'SATGAS_DECIDES', 'ANY', {
    instrument: 'SKB 2022 Lampiran II',
    confidence: 'S',
    source: 'https://m.tribunnews.com/amp/mata-lokal-memilih/2023/12/20/',
    note: 'the level is decided by the neutrality task force (Satgas) per the guidelines',
  }),
];
