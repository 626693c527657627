/**
 * SKB 2022 Lampiran II, code-of-ethics items (pelanggaran kode etik), research/legal-process.md
 * §6.1. All seven carry the moral sanction (sanksi moral) of PP 42/2004 Pasal 15(1)–(3), as a
 * private or public statement; the SKB bases them on PP 42/2004 Pasal 11 huruf c (ethics towards
 * oneself: avoid conflicts of personal, group or faction interest) [S].
 *
 * Stage: KE-1 to KE-6 concern a bakal calon (before candidate determination), so their stage is
 * `BAKAL_CALON`. KE-7 concerns the spouse who is a *calon* and names "deklarasi/kampanye"; a
 * campaign exists only after determination and a declaration may come before it, so KE-7 is
 * bound to no stage: `ANY` (legal-review-2026-11 §3 error 1).
 */
import type { CandidateStage, LegalBasis, SkbCode, SkbItem } from './types.js';

const TRIBUN_MAKASSAR =
  'https://makassar.tribunnews.com/2023/11/29/netralitas-asn-sulsel-pada-pemilu-2024-kategori-rawan-ini-hukumannya-jika-asn-terbukti-berpihak?page=3';
const KALTENGLIMA =
  'https://www.kaltenglima.com/nasional/amp/35113948490/hati-hati-ini-bentuk-pelanggaran-asn-pada-pilkada-2024';

const ETHICS_BASIS: LegalBasis = {
  instrument: 'SKB 2022 Lampiran II; PP 42/2004',
  article: 'PP 42/2004 Pasal 11 huruf c jo. Pasal 15 ayat (1)–(3)',
  confidence: 'S',
  source:
    'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?page=all ; https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024',
};

const ethics = (
  code: SkbCode,
  conduct: string,
  stage: CandidateStage | 'ANY' = 'BAKAL_CALON',
  basis: LegalBasis = ETHICS_BASIS,
): SkbItem => ({
  code,
  kind: 'ETHICS',
  conduct,
  level: 'MORAL',
  stage,
  basis,
});

export const SKB_2022_ETHICS: readonly SkbItem[] = [
  ethics('KE-1', 'Putting up banners, billboards or other campaign props for a bakal calon'),
  ethics('KE-2', 'Socialisation or campaigning for a bakal calon on social media or online'),
  ethics(
    'KE-3',
    'Attending a declaration or campaign of a bakal calon pair and actively supporting it',
  ),
  ethics(
    'KE-4',
    "Posting, commenting, sharing, liking, joining or following a bakal calon's campaign group or account",
  ),
  ethics(
    'KE-5',
    'Posting on social media or other public media photos with a bakal calon or their campaign team while showing partisan symbols or wearing party attributes, or with party/candidate props',
    'BAKAL_CALON',
    {
      ...ETHICS_BASIS,
      source: `${ETHICS_BASIS.source} ; ${TRIBUN_MAKASSAR}`,
      note: 'Bawaslu Sulsel reproduction: "foto bersama dengan bakal calon, tim sukses dengan menunjukkan/memperagakan simbol keberpihakan/memakai atribut parpol"; the qualifier is part of the item, as in D-7',
    },
  ),
  ethics(
    'KE-6',
    'Taking part in campaign, socialisation or introduction activities of a bakal calon',
  ),
  ethics(
    'KE-7',
    'Attending a declaration or campaign of one’s spouse who is a candidate without unpaid leave (CLTN)',
    'ANY',
    {
      ...ETHICS_BASIS,
      source: `${ETHICS_BASIS.source} ; ${TRIBUN_MAKASSAR} ; ${KALTENGLIMA}`,
      note: 'the SKB reads "suami/istri calon": campaigns come after determination, while declarations can come before it (KE-3 speaks of a bakal calon\'s declaration), so the item is bound to no stage',
    },
  ),
];
