/**
 * Libur nasional and cuti bersama 2024: SKB Menteri Agama, Menteri Ketenagakerjaan and
 * MenPAN-RB No. 855/2023, 3/2023, 4/2023 (signed 12 Sep 2023; 17 holidays, 10 cuti bersama),
 * research/legal-process.md §4.1. For ASN, and so for Bawaslu secretariats, cuti bersama binds
 * through Keppres 7/2024 (signed 9 Jan 2024), which sets the same 10 dates [S]; the rows keep
 * the SKB's signing date, the day the dates became known. The general holiday framework is
 * Keppres 8/2024 tentang Hari-Hari Libur (29 Jan 2024) [S]. The two 2024 voting days, made
 * holidays by Keppres only days before, are in voting-days-2024.ts.
 */

import { cutiBersama, type HolidayDecree, nationalHoliday } from './holiday-rows.js';
import type { Holiday } from './types.js';

const SKB_2024: HolidayDecree = {
  signedOn: '2023-09-12',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 855/2023, 3/2023, 4/2023',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://visual.republika.co.id/berita/s186qu349/infografis-jadwal-libur-dan-cuti-bersama-di-2024',
  },
};

/** The same SKB's cuti bersama, set for ASN by Keppres 7/2024 with the same dates. */
const CUTI_BERSAMA_2024: HolidayDecree = {
  signedOn: SKB_2024.signedOn,
  basis: {
    instrument: `${SKB_2024.basis.instrument}; for ASN, Keppres 7/2024`,
    article: 'SKB Lampiran; Keppres 7/2024 diktum KESATU',
    confidence: 'S',
    source: `${SKB_2024.basis.source} ; https://www.tintahijau.com/?p=42858 ; https://merdeka.com/uang/catat-ini-tanggal-cuti-bersama-pns-tahun-2024-sudah-disahkan-pemerintah-73934-mvk.html ; https://dev.teropongmedia.id/presiden-jokowi-tetapkan-keppres-tentang-cuti-bersama-asn-2024-catat-tanggalnya`,
    note: 'Keppres 7/2024 tentang Cuti Bersama Pegawai ASN Tahun 2024, signed 9 Jan 2024: the same 10 dates',
  },
};

export const HOLIDAYS_2024: readonly Holiday[] = [
  nationalHoliday(SKB_2024, '2024-01-01', 'Tahun Baru 2024 Masehi'),
  nationalHoliday(SKB_2024, '2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'),
  nationalHoliday(SKB_2024, '2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'),
  nationalHoliday(SKB_2024, '2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946'),
  nationalHoliday(SKB_2024, '2024-03-29', 'Wafat Isa Al Masih'),
  nationalHoliday(SKB_2024, '2024-03-31', 'Hari Paskah'),
  nationalHoliday(SKB_2024, '2024-04-10', 'Hari Raya Idul Fitri 1445 Hijriah'),
  nationalHoliday(SKB_2024, '2024-04-11', 'Hari Raya Idul Fitri 1445 Hijriah'),
  nationalHoliday(SKB_2024, '2024-05-01', 'Hari Buruh Internasional'),
  nationalHoliday(SKB_2024, '2024-05-09', 'Kenaikan Isa Al Masih'),
  nationalHoliday(SKB_2024, '2024-05-23', 'Hari Raya Waisak 2568 BE'),
  nationalHoliday(SKB_2024, '2024-06-01', 'Hari Lahir Pancasila'),
  nationalHoliday(SKB_2024, '2024-06-17', 'Hari Raya Idul Adha 1445 Hijriah'),
  nationalHoliday(SKB_2024, '2024-07-07', 'Tahun Baru Islam 1446 Hijriah'),
  nationalHoliday(SKB_2024, '2024-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  nationalHoliday(SKB_2024, '2024-09-16', 'Maulid Nabi Muhammad SAW'),
  nationalHoliday(SKB_2024, '2024-12-25', 'Hari Raya Natal'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-02-09', 'Tahun Baru Imlek 2575 Kongzili'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-03-12', 'Hari Suci Nyepi'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-04-08', 'Idul Fitri 1445 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-04-09', 'Idul Fitri 1445 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-04-12', 'Idul Fitri 1445 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-04-15', 'Idul Fitri 1445 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-05-10', 'Kenaikan Isa Al Masih'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-05-24', 'Hari Raya Waisak'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-06-18', 'Idul Adha 1445 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2024, '2024-12-26', 'Hari Raya Natal'),
];
