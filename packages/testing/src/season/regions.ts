/**
 * The regions of a national season: the provinces that held Pilkada 2024 (Kemendagri codes,
 * with the time zone of their offices) and the kabupaten/kota the season places cases in —
 * every one of Java and Bali, and the capital cities elsewhere. DKI Jakarta elected only its
 * governor (its cities are administrative), so its cases are the province's; DIY elected no
 * governor, so its cases are its regencies' and city's.
 */
import type { Region } from '@netra/core';
import type { Chooser } from '../generators/chooser.js';
import {
  type Jurisdiction,
  kabKotaJurisdiction,
  type Province,
  provincialJurisdiction,
} from '../generators/regions.js';

export const SEASON_PROVINCES: readonly Province[] = [
  { code: '11', name: 'Aceh', timeZone: 'WIB' },
  { code: '12', name: 'Sumatera Utara', timeZone: 'WIB' },
  { code: '13', name: 'Sumatera Barat', timeZone: 'WIB' },
  { code: '14', name: 'Riau', timeZone: 'WIB' },
  { code: '15', name: 'Jambi', timeZone: 'WIB' },
  { code: '16', name: 'Sumatera Selatan', timeZone: 'WIB' },
  { code: '17', name: 'Bengkulu', timeZone: 'WIB' },
  { code: '18', name: 'Lampung', timeZone: 'WIB' },
  { code: '19', name: 'Kepulauan Bangka Belitung', timeZone: 'WIB' },
  { code: '21', name: 'Kepulauan Riau', timeZone: 'WIB' },
  { code: '31', name: 'DKI Jakarta', timeZone: 'WIB' },
  { code: '32', name: 'Jawa Barat', timeZone: 'WIB' },
  { code: '33', name: 'Jawa Tengah', timeZone: 'WIB' },
  { code: '34', name: 'Daerah Istimewa Yogyakarta', timeZone: 'WIB' },
  { code: '35', name: 'Jawa Timur', timeZone: 'WIB' },
  { code: '36', name: 'Banten', timeZone: 'WIB' },
  { code: '51', name: 'Bali', timeZone: 'WITA' },
  { code: '52', name: 'Nusa Tenggara Barat', timeZone: 'WITA' },
  { code: '53', name: 'Nusa Tenggara Timur', timeZone: 'WITA' },
  { code: '61', name: 'Kalimantan Barat', timeZone: 'WIB' },
  { code: '62', name: 'Kalimantan Tengah', timeZone: 'WIB' },
  { code: '63', name: 'Kalimantan Selatan', timeZone: 'WITA' },
  { code: '64', name: 'Kalimantan Timur', timeZone: 'WITA' },
  { code: '65', name: 'Kalimantan Utara', timeZone: 'WITA' },
  { code: '71', name: 'Sulawesi Utara', timeZone: 'WITA' },
  { code: '72', name: 'Sulawesi Tengah', timeZone: 'WITA' },
  { code: '73', name: 'Sulawesi Selatan', timeZone: 'WITA' },
  { code: '74', name: 'Sulawesi Tenggara', timeZone: 'WITA' },
  { code: '75', name: 'Gorontalo', timeZone: 'WITA' },
  { code: '76', name: 'Sulawesi Barat', timeZone: 'WITA' },
  { code: '81', name: 'Maluku', timeZone: 'WIT' },
  { code: '82', name: 'Maluku Utara', timeZone: 'WIT' },
  { code: '91', name: 'Papua', timeZone: 'WIT' },
  { code: '92', name: 'Papua Barat', timeZone: 'WIT' },
];

/** Kabupaten/kota by province: `KK Name`, `Kota …` for a city, `Kabupaten …` implied otherwise. */
const KAB_KOTA_BY_PROVINCE: Readonly<Record<string, string>> = {
  '11': '71 Kota Banda Aceh|72 Kota Sabang|73 Kota Langsa|74 Kota Lhokseumawe',
  '12': '71 Kota Medan|72 Kota Pematangsiantar|73 Kota Sibolga|75 Kota Binjai',
  '13': '71 Kota Padang|75 Kota Bukittinggi',
  '14': '71 Kota Pekanbaru|72 Kota Dumai',
  '15': '71 Kota Jambi',
  '16': '71 Kota Palembang',
  '17': '71 Kota Bengkulu',
  '18': '71 Kota Bandar Lampung|72 Kota Metro',
  '19': '71 Kota Pangkal Pinang',
  '21': '71 Kota Batam|72 Kota Tanjung Pinang',
  '32':
    '01 Bogor|02 Sukabumi|03 Cianjur|04 Bandung|05 Garut|06 Tasikmalaya|07 Ciamis|08 Kuningan|' +
    '09 Cirebon|10 Majalengka|11 Sumedang|12 Indramayu|13 Subang|14 Purwakarta|15 Karawang|' +
    '16 Bekasi|17 Bandung Barat|18 Pangandaran|71 Kota Bogor|72 Kota Sukabumi|73 Kota Bandung|' +
    '74 Kota Cirebon|75 Kota Bekasi|76 Kota Depok|77 Kota Cimahi|78 Kota Tasikmalaya|79 Kota Banjar',
  '33':
    '01 Cilacap|02 Banyumas|03 Purbalingga|04 Banjarnegara|05 Kebumen|06 Purworejo|07 Wonosobo|' +
    '08 Magelang|09 Boyolali|10 Klaten|11 Sukoharjo|12 Wonogiri|13 Karanganyar|14 Sragen|' +
    '15 Grobogan|16 Blora|17 Rembang|18 Pati|19 Kudus|20 Jepara|21 Demak|22 Semarang|' +
    '23 Temanggung|24 Kendal|25 Batang|26 Pekalongan|27 Pemalang|28 Tegal|29 Brebes|' +
    '71 Kota Magelang|72 Kota Surakarta|73 Kota Salatiga|74 Kota Semarang|75 Kota Pekalongan|' +
    '76 Kota Tegal',
  '34': '01 Kulon Progo|02 Bantul|03 Gunungkidul|04 Sleman|71 Kota Yogyakarta',
  '35':
    '01 Pacitan|02 Ponorogo|03 Trenggalek|04 Tulungagung|05 Blitar|06 Kediri|07 Malang|' +
    '08 Lumajang|09 Jember|10 Banyuwangi|11 Bondowoso|12 Situbondo|13 Probolinggo|14 Pasuruan|' +
    '15 Sidoarjo|16 Mojokerto|17 Jombang|18 Nganjuk|19 Madiun|20 Magetan|21 Ngawi|22 Bojonegoro|' +
    '23 Tuban|24 Lamongan|25 Gresik|26 Bangkalan|27 Sampang|28 Pamekasan|29 Sumenep|' +
    '71 Kota Kediri|72 Kota Blitar|73 Kota Malang|74 Kota Probolinggo|75 Kota Pasuruan|' +
    '76 Kota Mojokerto|77 Kota Madiun|78 Kota Surabaya|79 Kota Batu',
  '36':
    '01 Pandeglang|02 Lebak|03 Tangerang|04 Serang|71 Kota Tangerang|72 Kota Cilegon|' +
    '73 Kota Serang|74 Kota Tangerang Selatan',
  '51':
    '01 Jembrana|02 Tabanan|03 Badung|04 Gianyar|05 Klungkung|06 Bangli|07 Karangasem|' +
    '08 Buleleng|71 Kota Denpasar',
  '52': '71 Kota Mataram|72 Kota Bima',
  '53': '71 Kota Kupang',
  '61': '71 Kota Pontianak|72 Kota Singkawang',
  '62': '71 Kota Palangka Raya',
  '63': '71 Kota Banjarmasin|72 Kota Banjarbaru',
  '64': '71 Kota Balikpapan|72 Kota Samarinda|74 Kota Bontang',
  '65': '71 Kota Tarakan',
  '71': '71 Kota Manado|72 Kota Bitung',
  '72': '71 Kota Palu',
  '73': '71 Kota Makassar|72 Kota Parepare|73 Kota Palopo',
  '74': '71 Kota Kendari|72 Kota Baubau',
  '75': '71 Kota Gorontalo',
  '81': '71 Kota Ambon|72 Kota Tual',
  '82': '71 Kota Ternate|72 Kota Tidore Kepulauan',
  '91': '71 Kota Jayapura',
};

/** Every kabupaten/kota of the season, with its province. */
export const SEASON_KAB_KOTA: readonly { readonly region: Region; readonly province: Province }[] =
  SEASON_PROVINCES.flatMap((province) =>
    (KAB_KOTA_BY_PROVINCE[province.code] ?? '')
      .split('|')
      .filter((entry) => entry !== '')
      .map((entry) => {
        const name = entry.slice(3);
        return {
          region: {
            code: `${province.code}.${entry.slice(0, 2)}`,
            name: name.startsWith('Kota ') ? name : `Kabupaten ${name}`,
          },
          province,
        };
      }),
  );

/** Provinces whose governor was elected in 2024 (all but DIY). */
const GOVERNOR_ELECTIONS = SEASON_PROVINCES.filter((p) => p.code !== '34');

/**
 * Where a case is handled: mostly a kabupaten/kota (weighted by `weights`, one per entry of
 * SEASON_KAB_KOTA), sometimes a province (a governor election; always in DKI Jakarta).
 */
export const drawSeasonJurisdiction = (c: Chooser, weights: readonly number[]): Jurisdiction => {
  if (c.chance(12)) return provincialJurisdiction(c.pick(GOVERNOR_ELECTIONS));
  const { region, province } = c.weighted(SEASON_KAB_KOTA.map((k, i) => [weights[i] ?? 1, k]));
  return kabKotaJurisdiction(region, province);
};
