/**
 * Libur nasional and cuti bersama 2025: SKB Menteri Agama, Menteri Ketenagakerjaan and
 * MenPAN-RB No. 1017/2024, 2/2024, 2/2024 (signed 14 Oct 2024; 17 holidays, 10 cuti bersama),
 * amended by No. 933/2025, 1/2025, 3/2025 (signed 7 Aug 2025): 18 Aug 2025 added as cuti
 * bersama for the 80th Independence Day. The SKB rests on Keppres 8/2024 tentang Hari-Hari
 * Libur (29 Jan 2024), the general holiday framework [S]. For ASN the 10 original cuti bersama
 * dates were set by Keppres 2/2025 (16 Jan 2025) [S]; whether a Keppres also set 18 Aug 2025 for
 * ASN was not checked. Dates here are from the press reproducing the Kemenko PMK / Setkab lists
 * [S].
 */

import { cutiBersama, type HolidayDecree, nationalHoliday } from './holiday-rows.js';
import type { Holiday } from './types.js';

const SKB_2025: HolidayDecree = {
  signedOn: '2024-10-14',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 1017/2024, 2/2024, 2/2024',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://www.jpnn.com/news/27-hari-libur-nasional-cuti-bersama-2025-inilah-tanggal-tanggalnya ; https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025 ; https://radarbandung.id/2024/10/15/berikut-data-fakta-libur-dan-cuti-2025 ; https://koran-jakarta.com/ini-daftar-libur-nasional-dan-cuti-bersama-tahun-2025',
    note: 'the SKB refers to Keppres 8/2024 tentang Hari-Hari Libur (signed 29 Jan 2024), per the Menko PMK',
  },
};

/** The same SKB's cuti bersama, set for ASN by Keppres 2/2025 with the same dates. */
const CUTI_BERSAMA_2025: HolidayDecree = {
  signedOn: SKB_2025.signedOn,
  basis: {
    ...SKB_2025.basis,
    instrument: `${SKB_2025.basis.instrument}; for ASN, Keppres 2/2025`,
    article: 'SKB Lampiran; Keppres 2/2025',
    source: `${SKB_2025.basis.source} ; https://www.analisakini.id/2025/01/presiden-prabowo-teken-keppres-cuti.html`,
    note: 'Keppres 2/2025 tentang Cuti Bersama Pegawai ASN Tahun 2025, signed 16 Jan 2025: the same 10 dates; the SKB refers to Keppres 8/2024',
  },
};

const AMENDMENT_18_AUGUST: HolidayDecree = {
  signedOn: '2025-08-07',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 933/2025, 1/2025, 3/2025 (amendment)',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://jabar.jpnn.com/kriminal/26179/18-agustus-jadi-hari-cuti-bersama-dan-libur-nasional ; https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-agustus-sebagai-cuti-bersama-nasional/',
  },
};

export const HOLIDAYS_2025: readonly Holiday[] = [
  nationalHoliday(SKB_2025, '2025-01-01', 'Tahun Baru 2025 Masehi'),
  nationalHoliday(SKB_2025, '2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  nationalHoliday(SKB_2025, '2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  nationalHoliday(SKB_2025, '2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
  nationalHoliday(SKB_2025, '2025-03-31', 'Idul Fitri 1446 Hijriah'),
  nationalHoliday(SKB_2025, '2025-04-01', 'Idul Fitri 1446 Hijriah'),
  nationalHoliday(SKB_2025, '2025-04-18', 'Wafat Yesus Kristus'),
  nationalHoliday(SKB_2025, '2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  nationalHoliday(SKB_2025, '2025-05-01', 'Hari Buruh Internasional'),
  nationalHoliday(SKB_2025, '2025-05-12', 'Hari Raya Waisak 2569 BE'),
  nationalHoliday(SKB_2025, '2025-05-29', 'Kenaikan Yesus Kristus'),
  nationalHoliday(SKB_2025, '2025-06-01', 'Hari Lahir Pancasila'),
  nationalHoliday(SKB_2025, '2025-06-06', 'Idul Adha 1446 Hijriah'),
  nationalHoliday(SKB_2025, '2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
  nationalHoliday(SKB_2025, '2025-08-17', 'Proklamasi Kemerdekaan'),
  nationalHoliday(SKB_2025, '2025-09-05', 'Maulid Nabi Muhammad SAW'),
  nationalHoliday(SKB_2025, '2025-12-25', 'Kelahiran Yesus Kristus'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-01-28', 'Tahun Baru Imlek 2576 Kongzili'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-03-28', 'Hari Suci Nyepi'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-04-02', 'Idul Fitri 1446 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-04-03', 'Idul Fitri 1446 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-04-04', 'Idul Fitri 1446 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-04-07', 'Idul Fitri 1446 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-05-13', 'Hari Raya Waisak'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-05-30', 'Kenaikan Yesus Kristus'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-06-09', 'Idul Adha 1446 Hijriah'),
  cutiBersama(AMENDMENT_18_AUGUST, '2025-08-18', 'Proklamasi Kemerdekaan (HUT ke-80 RI)'),
  cutiBersama(CUTI_BERSAMA_2025, '2025-12-26', 'Kelahiran Yesus Kristus'),
];
