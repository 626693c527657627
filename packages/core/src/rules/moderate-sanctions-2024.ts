/**
 * Which moderate sanctions are in force (research/legal-answers-2026-11.md §9, corrected from
 * legal-process.md §5.2): PP 94/2021's tukin cuts (Pasal 8(3)) apply only "setelah Peraturan
 * Pemerintah mengenai Gaji dan Tunjangan berlaku" (Pasal 42(1)); until then the moderate
 * sanctions of PP 53/2010 Pasal 7(3) apply (Pasal 42(2)), and Pasal 45 angka 3 repeals PP 53/2010
 * only "sepanjang tidak mengatur jenis Hukuman Disiplin sedang" [C, gazette OCR]. BKN said so in
 * Oct 2021 [S]. Whether that PP on salaries and allowances came into force is unverified [R], so
 * the default keeps PP 53/2010's set: `pp94ModerateFrom: null`. An office that knows the PP's
 * date sets it (`moderateSanctions.pp94ModerateFrom`), which changes the rulebook version.
 */
import type { ModerateSanctionSwitch } from './proceedings-types.js';

export const MODERATE_SANCTIONS_2024: ModerateSanctionSwitch = {
  pp94ModerateFrom: null,
  pp53Types: ['TUNDA_KGB_1T', 'TUNDA_PANGKAT_1T', 'TURUN_PANGKAT_1T'],
  pp94Types: ['POTONG_TUKIN_6B', 'POTONG_TUKIN_9B', 'POTONG_TUKIN_12B'],
  basis: {
    instrument: 'PP 94/2021 (Disiplin PNS); PP 53/2010',
    article: 'PP 94/2021 Pasal 42 ayat (1)–(2), Pasal 45 angka 3; PP 53/2010 Pasal 7 ayat (3)',
    confidence: 'C',
    source:
      'gazette OCR, dataset mblonyox/data-peraturan, file pp/2021/94/fulltext.md ; research/legal-answers-2026-11.md §9 ; https://mimbarbangsa.co.id/bolos-kerja-pemerintah-potong-tunjangan-kinerja-pns/',
    note:
      'the tukin cuts wait for a PP on salaries and allowances; until it is in force the PP 53/2010 ' +
      'moderate sanctions apply: postponed periodic raise, postponed promotion, demotion by one ' +
      'grade, each for 1 year',
  },
  contested:
    'Whether a PP on PNS salaries and allowances (Gaji dan Tunjangan) came into force, and from ' +
    'when, is unverified [R] (research/legal-answers-2026-11.md §10); 2024 press and ministry ' +
    'guidance still name the PP 53/2010 types. Default null: the PP 53/2010 set on every day. ' +
    'Set pp94ModerateFrom to the PP’s date to switch to the tukin cuts from that day.',
};
