/**
 * Which ASN supervisor Bawaslu forwards neutrality files to, by date (research/legal-process.md
 * §1, §3.3, §9.3).
 *
 * UU 20/2023 abolished KASN; Perpres 91/2024 (Pasal 28A) and Perpres 92/2024 (Pasal 3–4) moved
 * its supervision of neutrality to BKN, effective on promulgation, 23 Aug 2024 [S]. Bawaslu
 * statements put KASN's last day at 24 Aug, so the boundary is data (`bknFrom`), overridable.
 * SE MenPAN-RB 4/2024 (4 Sep 2024) settled files pending at KASN [S]: it is addressed to PPKs,
 * and for documents from government agencies that KASN had received and processed the PPK
 * reports to the MenPAN-RB, for those received but not processed to the Kepala BKN. Applying it
 * to Bawaslu-forwarded neutrality files (`rerouteKasnFile`) is an inference [R]: the SE does not
 * name them, and neutrality supervision moved to BKN (legal-review-2026-11 §4). The behaviour is
 * kept; the basis says so.
 */
import { addCalendarDays, compareDates, type IsoDate } from '../time/local-date.js';
import type { Effective } from './proceedings-types.js';
import type { Rulebook, Supervisor, SupervisorRouting } from './types.js';

const LAMPOST =
  'https://lampost.co/politik/jelang-kampanye-kemen-panrb-dan-bkn-kawal-netralitas-asn/';

export const SUPERVISOR_ROUTING_2024: SupervisorRouting = {
  bknFrom: '2024-08-23',
  basis: {
    instrument: 'Perpres 91/2024 and Perpres 92/2024',
    article: 'Perpres 91/2024 Pasal 28A; Perpres 92/2024 Pasal 3–4',
    confidence: 'S',
    source: `${LAMPOST} ; https://clickindonesiainfo.id/2024/08/presiden-bubarkan-kasn-pengamat-mana.html`,
    note: 'effective on promulgation, 23 Aug 2024; Bawaslu said KASN stopped on 24 Aug (override bknFrom)',
  },
  transition: {
    seSignedOn: '2024-09-04',
    effectiveFrom: '2024-09-04',
    basis: {
      instrument: 'SE MenPAN-RB 4/2024',
      confidence: 'R',
      source: LAMPOST,
      note:
        'contested in its application to Bawaslu files: the SE [S] tells PPKs to report documents ' +
        'from government agencies that KASN had processed to the MenPAN-RB and the rest to the ' +
        'Kepala BKN; it does not mention Bawaslu forwards, and BKN received the neutrality ' +
        'function (Perpres 91/2024), so reading it as "Bawaslu files KASN had started go to ' +
        'KemenPAN-RB" is an inference [R]. effectiveFrom is its signature date, 4 Sep 2024 [S]; the ' +
        "SE's own effective clause was not read [R]",
    },
  },
};

/**
 * When each supervisor receives Bawaslu's forwards, as a dated row: KASN until the day before
 * `bknFrom`, BKN from `bknFrom` (overridable, so derived here rather than stored twice), and
 * KemenPAN-RB, for the files KASN had started, from the SE MenPAN-RB 4/2024.
 */
export const supervisorEffective = (rulebook: Rulebook, supervisor: Supervisor): Effective => {
  const routing = rulebook.supervisorRouting;
  switch (supervisor) {
    case 'KASN':
      return { effectiveUntil: addCalendarDays(routing.bknFrom, -1) };
    case 'BKN':
      return { effectiveFrom: routing.bknFrom };
    case 'MENPANRB':
      return routing.transition.effectiveFrom === undefined
        ? {}
        : { effectiveFrom: routing.transition.effectiveFrom };
  }
};

/** The supervisor that receives a Bawaslu forward made on `forwardedOn`. */
export const supervisorFor = (rulebook: Rulebook, forwardedOn: IsoDate): 'KASN' | 'BKN' =>
  compareDates(forwardedOn, rulebook.supervisorRouting.bknFrom) < 0 ? 'KASN' : 'BKN';

/**
 * Where a file left pending at KASN goes under SE MenPAN-RB 4/2024 as netra reads it: to
 * KemenPAN-RB if KASN had started processing it, otherwise to BKN. Applying the SE to Bawaslu
 * files is contested [R] (see the transition basis). Takes the rulebook so a later rule can
 * change it.
 */
export const rerouteKasnFile = (
  _rulebook: Rulebook,
  kasnProcessingStarted: boolean,
): 'MENPANRB' | 'BKN' => (kasnProcessingStarted ? 'MENPANRB' : 'BKN');
