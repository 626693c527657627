/**
 * Libur nasional and cuti bersama 2026: SKB Menteri Agama, Menteri Ketenagakerjaan and
 * MenPAN-RB No. 1497/2025, 2/2025, 5/2025 (announced and signed 19 Sep 2025; 17 holidays,
 * 8 cuti bersama). For ASN, cuti bersama binds through Keppres 42/2025 (signed 31 Dec 2025),
 * which sets the same 8 dates [S]; the rows keep the SKB's signing date, the day the dates became
 * known. The general holiday framework is Keppres 8/2024 tentang Hari-Hari Libur [S]. Dates from
 * the press reproducing the Kemenko PMK list [S]; no amendment found up to Nov 2026.
 */

import { cutiBersama, type HolidayDecree, nationalHoliday } from './holiday-rows.js';
import type { Holiday } from './types.js';

const SKB_2026: HolidayDecree = {
  signedOn: '2025-09-19',
  basis: {
    instrument: 'SKB Menag, Menaker, MenPAN-RB No. 1497/2025, 2/2025, 5/2025',
    article: 'Lampiran',
    confidence: 'S',
    source:
      'https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri ; https://matamaluku.com/pemerintah-tetapkan-17-hari-libur-nasional-tahun-2026-ini-daftarnya ; https://palu.tribunnews.com/news/169028/skb-tiga-menteri-total-25-hari-libur-untuk-2026-simak-daftarnya',
    note: 'one blog dates the SKB 19 Nov 2025; the signing and press conference were on 19 Sep 2025',
  },
};

/** The same SKB's cuti bersama, set for ASN by Keppres 42/2025 with the same dates. */
const CUTI_BERSAMA_2026: HolidayDecree = {
  signedOn: SKB_2026.signedOn,
  basis: {
    instrument: `${SKB_2026.basis.instrument}; for ASN, Keppres 42/2025`,
    article: 'SKB Lampiran; Keppres 42/2025',
    confidence: 'S',
    source: `${SKB_2026.basis.source} ; https://economy.okezone.com/read/2026/02/04/320/3199527/prabowo-teken-aturan-cuti-bersama-asn-2026-cek-tanggalnya`,
    note: 'Keppres 42/2025 tentang Cuti Bersama Pegawai ASN Tahun 2026, signed 31 Dec 2025: the same 8 dates',
  },
};

export const HOLIDAYS_2026: readonly Holiday[] = [
  nationalHoliday(SKB_2026, '2026-01-01', 'Tahun Baru 2026 Masehi'),
  nationalHoliday(SKB_2026, '2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  nationalHoliday(SKB_2026, '2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  nationalHoliday(SKB_2026, '2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  nationalHoliday(SKB_2026, '2026-03-21', 'Idul Fitri 1447 Hijriah'),
  nationalHoliday(SKB_2026, '2026-03-22', 'Idul Fitri 1447 Hijriah'),
  nationalHoliday(SKB_2026, '2026-04-03', 'Wafat Yesus Kristus'),
  nationalHoliday(SKB_2026, '2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  nationalHoliday(SKB_2026, '2026-05-01', 'Hari Buruh Internasional'),
  nationalHoliday(SKB_2026, '2026-05-14', 'Kenaikan Yesus Kristus'),
  nationalHoliday(SKB_2026, '2026-05-27', 'Idul Adha 1447 Hijriah'),
  nationalHoliday(SKB_2026, '2026-05-31', 'Hari Raya Waisak 2570 BE'),
  nationalHoliday(SKB_2026, '2026-06-01', 'Hari Lahir Pancasila'),
  nationalHoliday(SKB_2026, '2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
  nationalHoliday(SKB_2026, '2026-08-17', 'Proklamasi Kemerdekaan'),
  nationalHoliday(SKB_2026, '2026-08-25', 'Maulid Nabi Muhammad SAW'),
  nationalHoliday(SKB_2026, '2026-12-25', 'Kelahiran Yesus Kristus'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-02-16', 'Tahun Baru Imlek 2577 Kongzili'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-03-18', 'Hari Suci Nyepi'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-03-20', 'Idul Fitri 1447 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-03-23', 'Idul Fitri 1447 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-03-24', 'Idul Fitri 1447 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-05-15', 'Kenaikan Yesus Kristus'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-05-28', 'Idul Adha 1447 Hijriah'),
  cutiBersama(CUTI_BERSAMA_2026, '2026-12-24', 'Kelahiran Yesus Kristus'),
];
