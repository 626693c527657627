/**
 * Election calendars of 2024 (KPU tahapan), research/legal-process.md §4.
 *
 * `candidateDetermination` is the SKB 2022 boundary between bakal calon and calon. For Pemilu
 * 2024 there is no single date: KPU determined the parties as participants on 14 Dec 2022, the
 * legislative candidate lists (DCT) on 3 Nov 2023 and the presidential pairs on 13 Nov 2023
 * (numbers drawn 14 Nov) [S] (legal-review-2026-11 §5.2 item 9). We pick 13 Nov 2023, the
 * presidential pairs, because most neutrality conduct concerns them. A case about a party or a
 * legislative candidate needs another date: a reviewer's stage override, or the rulebook's
 * override of this date (since 2024.2).
 */
import type { ElectionCalendar, Regime } from './types.js';

export const PEMILU_2024_CALENDAR: ElectionCalendar = {
  regime: 'PEMILU_2024',
  candidateDetermination: '2023-11-13',
  campaignStart: '2023-11-28',
  campaignEnd: '2024-02-10',
  quietPeriodStart: '2024-02-11',
  quietPeriodEnd: '2024-02-13',
  votingDay: '2024-02-14',
  basis: {
    instrument: 'PKPU 3/2022 (tahapan dan jadwal Pemilu 2024)',
    confidence: 'S',
    source:
      'https://utaratimes.pikiran-rakyat.com/sosial-politik/pr-1197288685/ ; https://sukabumi.jabarekspres.com/2023/12/08/ ; https://rakyatsulsel.fajar.co.id/2023/08/26/penertiban-baliho-bacaleg-jadi-tantangan-bawaslu/amp',
    note:
      'presidential pairs 13 Nov 2023 (some sources give 14 Nov, the number draw); 13 Nov chosen. ' +
      'Other boundaries of Pemilu 2024: parties determined 14 Dec 2022, DCT (legislative ' +
      'candidates) 3 Nov 2023 (legal-review-2026-11 §5.2 item 9) [S]; for such cases override ' +
      'the date or the stage',
  },
};

export const PILKADA_2024_CALENDAR: ElectionCalendar = {
  regime: 'PILKADA_2024',
  candidateDetermination: '2024-09-22',
  campaignStart: '2024-09-25',
  campaignEnd: '2024-11-23',
  quietPeriodStart: '2024-11-24',
  quietPeriodEnd: '2024-11-26',
  votingDay: '2024-11-27',
  basis: {
    instrument: 'PKPU 2/2024 (tahapan dan jadwal Pemilihan 2024)',
    confidence: 'S',
    source:
      'https://news.okezone.com:443/read/2024/02/02/337/2964442/ini-jadwal-lengkap-tahapan-pilkada-serentak-2024-masa-kampanye-dua-bulan ; https://www.detik.com/sumbagsel/pilkada/d-7653182/batas-akhir-masa-tenang-pilkada-2024-cek-tanggal-dan-aturannya',
    note: 'paslon determined 22 Sep 2024, numbers drawn 23 Sep 2024; masa tenang 24–26 Nov 2024',
  },
};

export const ELECTIONS_2024: Readonly<Record<Regime, ElectionCalendar>> = {
  PEMILU_2024: PEMILU_2024_CALENDAR,
  PILKADA_2024: PILKADA_2024_CALENDAR,
};
