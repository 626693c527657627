/**
 * The offices and people of the season. Region codes are Kemendagri's; Bawaslu offices work
 * at kabupaten/kota level, as they do for almost every neutrality case.
 */
import type { ActorRef, Region } from '@netra/core';

export interface Office {
  readonly region: Region;
  readonly bawaslu: ActorRef;
}

const office = (code: string, name: string, slug: string): Office => ({
  region: { code, name },
  bawaslu: {
    id: `bawaslu-${slug}-pp-01`,
    role: 'bawaslu',
    scope: { bawasluLevel: 'KABKOTA', regionCode: code },
  },
});

export const BANTUL = office('34.02', 'Kabupaten Bantul', 'bantul');
export const KULON_PROGO = office('34.01', 'Kabupaten Kulon Progo', 'kulonprogo');
export const KOTA_BANJAR = office('32.79', 'Kota Banjar', 'kotabanjar');
export const KAB_BEKASI = office('32.16', 'Kabupaten Bekasi', 'kabbekasi');

export const OFFICES: readonly Office[] = [BANTUL, KULON_PROGO, KOTA_BANJAR, KAB_BEKASI];

/** The OPD neutrality task force of Bantul's health office (Bantul's instruction to every OPD). */
export const SATGAS_DINKES_BANTUL: ActorRef = {
  id: 'satgas-netralitas-dinkes-bantul',
  role: 'satgas',
  scope: { agencyId: 'pemkab-bantul-dinkes' },
};

/** BKN's neutrality supervision desk, which recorded files rerouted under SE MenPAN-RB 4/2024. */
export const BKN_WASDAL: ActorRef = {
  id: 'bkn-wasdal-netralitas-01',
  role: 'supervisor',
  scope: {},
};

/** Legal time in WIB (all four regions are in UTC+7). */
export const wib = (date: string, time = '10:00'): string => `${date}T${time}:00+07:00`;
