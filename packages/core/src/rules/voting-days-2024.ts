/**
 * Voting days made national holidays by presidential decree (Keppres). Voting takes place on a
 * holiday or a day declared a national holiday: for the Pemilu under UU 7/2017 Pasal 167(3), for
 * the Pilkada under UU 1/2015 Pasal 84(3) as amended by UU 6/2020 [S]. The Keppres comes days
 * before the vote. netra's deadlines count every holiday in the rulebook, decreed before or
 * after the act (a later decree still makes the day a holiday, so a running period is longer);
 * `decreedOn` records when it became known, and `holidaysDecreedBy` reconstructs the deadline a
 * clerk could have computed on a given day (research/legal-process.md §4.1).
 * Precedent: Keppres 22/2020 for 9 Dec 2020 (Pilkada 2020).
 */
import type { Holiday } from './types.js';

export const VOTING_DAYS_2024: readonly Holiday[] = [
  {
    date: '2024-02-14',
    kind: 'VOTING_DAY',
    name: 'Hari pemungutan suara Pemilu 2024',
    basis: {
      instrument: 'Keppres 10/2024',
      confidence: 'S',
      source:
        'https://news.okezone.com/read/2024/02/06/337/2966621/jokowi-tetapkan-hari-pemungutan-suara-14-februari-jadi-libur-nasional',
      note: 'in force on the day it was set, 6 Feb 2024; cites UU 7/2017 Pasal 167(3) and PKPU 3/2022',
    },
    decreedOn: '2024-02-06',
  },
  {
    date: '2024-11-27',
    kind: 'VOTING_DAY',
    name: 'Hari pemungutan suara Pilkada serentak 2024',
    basis: {
      instrument: 'Keppres 33/2024',
      confidence: 'S',
      source:
        'https://dutakabar.com/27-november-2024-hari-libur-nasional-ini-keppresnya ; https://tempo.co/politik/prabowo-tetapkan-hari-pencoblosan-pilkada-pada-27-november-sebagai-hari-libur-nasional-1172027 ; https://tulisanpio.blogspot.com/2024/11/surat%20keputusan%20presiden%20Republik%20Indonesia%20nomor%2033%20tahun%202024%20tentang%20libur%20pilkada.html',
      note: 'in force on the day it was set, 21 Nov 2024; rests on UU 1/2015 Pasal 84 ayat (3) as amended by UU 6/2020 and PKPU 2/2024 (UU 7/2017 Pasal 167(3) governs only the Pemilu)',
    },
    decreedOn: '2024-11-21',
  },
];
