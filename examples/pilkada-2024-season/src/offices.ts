/**
 * The offices and people of the season. Region codes are Kemendagri's; Bawaslu offices work
 * at kabupaten/kota level, as they do for almost every neutrality case.
 */
import { type ActorRef, createRulebook, type Region, type Rulebook } from '@netra/core';

/** A contested point an office's system settled by configuration (rulebook options). */
export interface OfficePolicy {
  readonly rulebook: Rulebook;
  /** What was configured and on what authority, for the officer's summary. */
  readonly description: string;
}

export interface Office {
  readonly region: Region;
  readonly bawaslu: ActorRef;
  /** The office's configured rulebook; absent: the default rulebook (2024.2). */
  readonly policy?: OfficePolicy;
}

const office = (code: string, name: string, slug: string, policy?: OfficePolicy): Office => ({
  region: { code, name },
  bawaslu: {
    id: `bawaslu-${slug}-pp-01`,
    role: 'bawaslu',
    scope: { bawasluLevel: 'KABKOTA', regionCode: code },
  },
  ...(policy === undefined ? {} : { policy }),
});

/**
 * The PPK's follow-up of a supervisor's recommendation: the law sets no period ("wajib
 * ditindaklanjuti", UU 5/2014 Pasal 32(3)), so under the default rulebook nothing is due and no
 * PPK is ever late. Kemendagri said in 2020 that the follow-up takes 10 days (rulebook 2024.2,
 * PPK_FOLLOW_UP `contested`); an office may adopt that as its policy, and Kulon Progo's system
 * does here (the day type stays the rulebook's CALENDAR placeholder). The recommendation then
 * records `followUpDue`, the due list shows the PPK's follow-up overdue once it passes, and BKN's
 * SIASN block answers an overdue follow-up instead of BKN's own judgement.
 *
 * Why one office and not the whole demo: a configured rulebook is recorded in every event it
 * decides ("2024.2+custom:<hash>"), so an auditor sees which history ran on an office policy
 * rather than on the law. The other offices keep the default rulebook, and the Bekasi kabid's
 * PPK shows the legal default beside it: a recommendation with no follow-up period.
 */
const KEMENDAGRI_FOLLOW_UP_POLICY: OfficePolicy = {
  rulebook: createRulebook({ proceedings: { PILKADA_2024: { PPK_FOLLOW_UP: { days: 10 } } } }),
  description:
    "PPK follow-up of a supervisor's recommendation due in 10 days (office policy after Kemendagri's 2020 statement; UU 5/2014 sets no period)",
};

export const BANTUL = office('34.02', 'Kabupaten Bantul', 'bantul');
export const KULON_PROGO = office(
  '34.01',
  'Kabupaten Kulon Progo',
  'kulonprogo',
  KEMENDAGRI_FOLLOW_UP_POLICY,
);
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

/** netra's scheduler: records what falls due by the calendar, such as a sanction served to its end. */
export const NETRA_SCHEDULER: ActorRef = {
  id: 'netra-scheduler-01',
  role: 'system',
  scope: {},
};
