/**
 * Libur nasional and cuti bersama 2023: SKB Menteri Agama, Menteri Ketenagakerjaan and
 * MenPAN-RB No. 1066/2022, 3/2022, 3/2022 (signed 11 Oct 2022; 16 holidays, 8 cuti bersama),
 * amended twice:
 * - No. 327/2023, 1/2023, 1/2023 (29 Mar 2023): Idul Fitri cuti bersama moved from 21, 24, 25,
 *   26 Apr to 19, 20, 21, 24, 25 Apr. 26 Apr 2023 was a cuti bersama only before 29 Mar 2023;
 *   this table holds the amended list.
 * - No. 624/2023, 2/2023, 2/2023 (16 Jun 2023): cuti bersama 28 and 30 Jun for Idul Adha.
 * Relevant here because the Pemilu 2024 campaign began on 28 Nov 2023.
 */

import { cutiBersama, type HolidayDecree, nationalHoliday } from './holiday-rows.js';
import type { Holiday } from './types.js';

const SKB_2023: HolidayDecree = {
  signedOn: '2022-10-11',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 1066/2022, 3/2022, 3/2022',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://video.tempo.co/read/31049/pemerintah-tetapkan-16-hari-libur-nasional-dan-8-hari-cuti-bersama-di-2023 ; https://caritahu.kontan.co.id/news/23-januari-cuti-bersama-imlek-cek-jadwal-terbaru-libur-nasional-cuti-bersama-2023',
    note: 'some outlets print the Menag number as 1006/2022; the amendments cite 1066/2022',
  },
};

const AMENDMENT_1: HolidayDecree = {
  signedOn: '2023-03-29',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 327/2023, 1/2023, 1/2023 (first amendment)',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://lensapolri.com/2023/03/29/pemerintah-resmikan-cuti-bersama-tahun-2023 ; https://naikpangkat.com/?p=49735',
  },
};

const AMENDMENT_2: HolidayDecree = {
  signedOn: '2023-06-16',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 624/2023, 2/2023, 2/2023 (second amendment)',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://aceh.tribunnews.com/2023/06/20/resmi-libur-idul-adha-2023-kini-jadi-3-hari-28-dan-30-juni-cuti-bersama-idul-adha-1444-h',
  },
};

export const HOLIDAYS_2023: readonly Holiday[] = [
  nationalHoliday(SKB_2023, '2023-01-01', 'Tahun Baru 2023 Masehi'),
  nationalHoliday(SKB_2023, '2023-01-22', 'Tahun Baru Imlek 2574 Kongzili'),
  nationalHoliday(SKB_2023, '2023-02-18', 'Isra Mikraj Nabi Muhammad SAW'),
  nationalHoliday(SKB_2023, '2023-03-22', 'Hari Suci Nyepi Tahun Baru Saka 1945'),
  nationalHoliday(SKB_2023, '2023-04-07', 'Wafat Isa Al Masih'),
  nationalHoliday(SKB_2023, '2023-04-22', 'Hari Raya Idul Fitri 1444 Hijriah'),
  nationalHoliday(SKB_2023, '2023-04-23', 'Hari Raya Idul Fitri 1444 Hijriah'),
  nationalHoliday(SKB_2023, '2023-05-01', 'Hari Buruh Internasional'),
  nationalHoliday(SKB_2023, '2023-05-18', 'Kenaikan Isa Al Masih'),
  nationalHoliday(SKB_2023, '2023-06-01', 'Hari Lahir Pancasila'),
  nationalHoliday(SKB_2023, '2023-06-04', 'Hari Raya Waisak 2567 BE'),
  nationalHoliday(SKB_2023, '2023-06-29', 'Hari Raya Idul Adha 1444 Hijriah'),
  nationalHoliday(SKB_2023, '2023-07-19', 'Tahun Baru Islam 1445 Hijriah'),
  nationalHoliday(SKB_2023, '2023-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  nationalHoliday(SKB_2023, '2023-09-28', 'Maulid Nabi Muhammad SAW'),
  nationalHoliday(SKB_2023, '2023-12-25', 'Hari Raya Natal'),
  cutiBersama(SKB_2023, '2023-01-23', 'Tahun Baru Imlek 2574 Kongzili'),
  cutiBersama(SKB_2023, '2023-03-23', 'Hari Suci Nyepi'),
  cutiBersama(AMENDMENT_1, '2023-04-19', 'Idul Fitri 1444 Hijriah'),
  cutiBersama(AMENDMENT_1, '2023-04-20', 'Idul Fitri 1444 Hijriah'),
  cutiBersama(SKB_2023, '2023-04-21', 'Idul Fitri 1444 Hijriah'),
  cutiBersama(SKB_2023, '2023-04-24', 'Idul Fitri 1444 Hijriah'),
  cutiBersama(SKB_2023, '2023-04-25', 'Idul Fitri 1444 Hijriah'),
  cutiBersama(SKB_2023, '2023-06-02', 'Hari Raya Waisak'),
  cutiBersama(AMENDMENT_2, '2023-06-28', 'Idul Adha 1444 Hijriah'),
  cutiBersama(AMENDMENT_2, '2023-06-30', 'Idul Adha 1444 Hijriah'),
  cutiBersama(SKB_2023, '2023-12-26', 'Hari Raya Natal'),
];
