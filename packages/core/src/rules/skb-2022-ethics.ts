/**
 * SKB 2022 Lampiran II, code-of-ethics items (pelanggaran kode etik), research/legal-process.md
 * §6.1. All seven concern a bakal calon (before candidate determination) and carry the moral
 * sanction (sanksi moral) of PP 42/2004 Pasal 15(1)–(3), as a private or public statement; the
 * SKB bases them on PP 42/2004 Pasal 11 huruf c (ethics towards oneself: avoid conflicts of
 * personal, group or faction interest) [S].
 */
import type { LegalBasis, SkbCode, SkbItem } from './types.js';

const ETHICS_BASIS: LegalBasis = {
  instrument: 'SKB 2022 Lampiran II; PP 42/2004',
  article: 'PP 42/2004 Pasal 11 huruf c jo. Pasal 15 ayat (1)–(3)',
  confidence: 'S',
  source:
    'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?page=all ; https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024',
};

const ethics = (code: SkbCode, conduct: string): SkbItem => ({
  code,
  kind: 'ETHICS',
  conduct,
  level: 'MORAL',
  stage: 'BAKAL_CALON',
  basis: ETHICS_BASIS,
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
    'Posting on social media or other public media photos with a bakal calon, their team, or party/candidate props',
  ),
  ethics(
    'KE-6',
    'Taking part in campaign, socialisation or introduction activities of a bakal calon',
  ),
  ethics(
    'KE-7',
    'Attending a declaration or campaign of one’s spouse who is a candidate without unpaid leave (CLTN)',
  ),
];
