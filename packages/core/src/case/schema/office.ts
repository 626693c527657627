/**
 * A Bawaslu office as a handler of a case: Bawaslu RI, a Bawaslu Provinsi, a Bawaslu Kab/Kota,
 * or a Panwaslu Kecamatan (an ad hoc body). The region code is the Kemendagri code of the
 * office's territory: a province `34`, a kabupaten/kota `34.02`, a kecamatan `34.02.05`.
 */
import { z } from 'zod';

const province = z.string().regex(/^\d{2}$/, 'a province code has two digits, e.g. 34');
const kabKota = z.string().regex(/^\d{2}\.\d{2}$/, 'a kabupaten/kota code looks like 34.02');
const kecamatan = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'a kecamatan code looks like 34.02.05');

export const bawasluOfficeSchema = z.discriminatedUnion('level', [
  z.strictObject({ level: z.literal('RI') }),
  z.strictObject({ level: z.literal('PROVINSI'), regionCode: province }),
  z.strictObject({ level: z.literal('KABKOTA'), regionCode: kabKota }),
  z.strictObject({ level: z.literal('KECAMATAN'), regionCode: kecamatan }),
]);
export type BawasluOffice = z.infer<typeof bawasluOfficeSchema>;
export type BawasluOfficeLevel = BawasluOffice['level'];

/** The office in words, e.g. `Bawaslu KABKOTA 34.02`, `Panwaslu Kecamatan 34.02.05`. */
export const describeOffice = (office: BawasluOffice): string => {
  switch (office.level) {
    case 'RI':
      return 'Bawaslu RI';
    case 'KECAMATAN':
      return `Panwaslu Kecamatan ${office.regionCode}`;
    default:
      return `Bawaslu ${office.level} ${office.regionCode}`;
  }
};
