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
 * as the SKB does; "moderate = Pasal 13 huruf g, heavy = Pasal 14 huruf i" is [S], to verify
 * against JDIH (§5.1).
 */
import type { LegalBasis, SanctionLevel, SkbCode, SkbItem } from './types.js';

const KOMPAS =
  'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?page=all';
const INFOSEMARANG =
  'https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024';

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
  ),
  discipline(
    'D-4',
    'Attending a declaration or campaign and actively showing support',
    'HEAVY',
    'CALON',
    HEAVY_3_4,
  ),
  discipline('D-5', 'Member and/or office-holder of a political party', 'PTDH', 'ANY', {
    instrument: 'SKB 2022 Lampiran II; UU 5/2014 (ASN)',
    article: 'Pasal 87 ayat (4) huruf c',
    confidence: 'S',
    source: KOMPAS,
    note: 'UU 5/2014 was repealed by UU 20/2023 on 31 Oct 2023; the equivalent article there is [R]',
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
    `Kompas, ntbsatu and Tribun list HEAVY; infosemarang (${INFOSEMARANG}) lists MODERATE. ` +
      'Default HEAVY follows the majority and PP 94/2021 Pasal 5 huruf n angka 6 (heavy); ' +
      'override skbLevels["D-8"] if the gazette text says moderate.',
  ),
  discipline(
    'D-9',
    'Acting as expert, winning team or consultant before participant determination',
    'MODERATE',
    'BAKAL_CALON',
    NOT_REPRODUCED,
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
