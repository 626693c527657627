/**
 * Regions with their Kemendagri codes (Kepmendagri on kode wilayah): the provinces and the
 * kabupaten/kota the generators place cases in, each with the time zone of its offices, so
 * that WIB, WITA and WIT cases all occur.
 */
import type { Region, TimeZoneCode } from '@netra/core';
import type fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';

export interface Province {
  readonly code: string;
  readonly name: string;
  readonly timeZone: TimeZoneCode;
}

export const PROVINCES: readonly Province[] = [
  { code: '11', name: 'Aceh', timeZone: 'WIB' },
  { code: '31', name: 'DKI Jakarta', timeZone: 'WIB' },
  { code: '32', name: 'Jawa Barat', timeZone: 'WIB' },
  { code: '33', name: 'Jawa Tengah', timeZone: 'WIB' },
  { code: '34', name: 'Daerah Istimewa Yogyakarta', timeZone: 'WIB' },
  { code: '35', name: 'Jawa Timur', timeZone: 'WIB' },
  { code: '51', name: 'Bali', timeZone: 'WITA' },
  { code: '64', name: 'Kalimantan Timur', timeZone: 'WITA' },
  { code: '73', name: 'Sulawesi Selatan', timeZone: 'WITA' },
  { code: '81', name: 'Maluku', timeZone: 'WIT' },
  { code: '91', name: 'Papua', timeZone: 'WIT' },
];

/** Kabupaten/kota: code `PP.KK`, inside province `PP`. */
export const KAB_KOTA: readonly Region[] = [
  { code: '11.71', name: 'Kota Banda Aceh' },
  { code: '31.74', name: 'Kota Administrasi Jakarta Selatan' },
  { code: '32.16', name: 'Kabupaten Bekasi' },
  { code: '32.73', name: 'Kota Bandung' },
  { code: '32.79', name: 'Kota Banjar' },
  { code: '33.72', name: 'Kota Surakarta' },
  { code: '33.74', name: 'Kota Semarang' },
  { code: '34.01', name: 'Kabupaten Kulon Progo' },
  { code: '34.02', name: 'Kabupaten Bantul' },
  { code: '34.03', name: 'Kabupaten Gunungkidul' },
  { code: '34.04', name: 'Kabupaten Sleman' },
  { code: '34.71', name: 'Kota Yogyakarta' },
  { code: '35.78', name: 'Kota Surabaya' },
  { code: '51.03', name: 'Kabupaten Badung' },
  { code: '51.71', name: 'Kota Denpasar' },
  { code: '64.72', name: 'Kota Samarinda' },
  { code: '73.71', name: 'Kota Makassar' },
  { code: '81.71', name: 'Kota Ambon' },
  { code: '91.71', name: 'Kota Jayapura' },
];

/** Where a case is handled: its region (kab/kota, or a province for a Bawaslu Provinsi case). */
export interface Jurisdiction {
  readonly region: Region;
  readonly province: Province;
  readonly timeZone: TimeZoneCode;
  readonly level: 'PROVINSI' | 'KABKOTA';
}

/** A case handled by Bawaslu Provinsi of `province`. */
export const provincialJurisdiction = (province: Province): Jurisdiction => ({
  region: { code: province.code, name: `Provinsi ${province.name}` },
  province,
  timeZone: province.timeZone,
  level: 'PROVINSI',
});

/** A case handled by Bawaslu Kabupaten/Kota of `region`, in `province`. */
export const kabKotaJurisdiction = (region: Region, province: Province): Jurisdiction => ({
  region,
  province,
  timeZone: province.timeZone,
  level: 'KABKOTA',
});

export const provinceOf = (regionCode: string): Province => {
  const province = PROVINCES.find((p) => p.code === regionCode.slice(0, 2));
  if (province === undefined) throw new RangeError(`no province for region ${regionCode}`);
  return province;
};

/** Mostly a kabupaten/kota case; sometimes one handled by Bawaslu Provinsi. */
export const drawJurisdiction = (c: Chooser): Jurisdiction => {
  if (c.chance(85)) {
    const region = c.pick(KAB_KOTA);
    return kabKotaJurisdiction(region, provinceOf(region.code));
  }
  return provincialJurisdiction(c.pick(PROVINCES));
};

export const jurisdictionArb = (): fc.Arbitrary<Jurisdiction> => arbitraryOf(drawJurisdiction);
