/**
 * The walkers cover the respondent's proceedings after the forwards (issue 15): across a sample
 * of generated histories, replayed through the decider, every event occurs in both regimes, in
 * the sequences the law gives them (proceeding-facts.ts names them) — the supervisor's outcome
 * of each kind, from KASN, BKN and KemenPAN-RB (after the SE 4/2024 reroute); a SIASN block,
 * lifted as made in error and, after the sanction, as followed up; a sanction that carries out
 * the recommendation, one lighter than it (flagged), one whose official's authority needs a
 * stated relation, by the PPK and by an official below; a delivery in time and a late one; a
 * keberatan with the PPK and with the official's superior, a banding with BPASN against a
 * dismissal (and never another), decided with each outcome; the sanction served; the
 * respondent's exit for each reason; the criminal track to each end, the file returned once and
 * resubmitted. A walker that stops producing one of them fails here, by name.
 */
import type { CaseCommand } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { type IntakeHistory, intakeHistoryArb } from './intake-history.js';
import { proceedingFacts } from './proceeding-facts.js';
import { decideAll } from './replay-history.js';

/** The commands that start proceedings: a history without them shows no fact, so is not replayed. */
const FORWARDS: readonly CaseCommand['type'][] = [
  'ForwardToSupervisor',
  'ForwardToInvestigators',
  'ReferToGakkumdu',
];

const factsOf = (h: IntakeHistory): Set<string> => {
  if (!h.commands.some((c) => FORWARDS.includes(c.type))) return new Set();
  const replayed = decideAll(h.commands, h.context);
  if (E.isLeft(replayed)) {
    const { index, error } = replayed.left;
    return expect.fail(`command ${index + 1} (${h.path[index]}) rejected: ${error.message}`);
  }
  return proceedingFacts(replayed.right.events.flat(), h.respondents, h.context.rulebook);
};

/** The first steps: the supervisor's outcome, blocks, the sanction and its delivery. */
const FIRST_STEPS = [
  'SupervisorOutcomeRecorded',
  'PersonnelDataBlocked',
  'PersonnelDataUnblocked',
  'RespondentSummoned',
  'ExaminationRecorded',
  'ReleasedFromDuty',
  'SanctionDecided',
  'SanctionDelivered',
  'summons 1',
  'summons 2',
  'examination EXAMINED on summons 1',
  'examination ABSENT on summons 1',
  'examination EXAMINED on summons 2',
  'examination ABSENT on summons 2',
  'examined by a team',
  'released from duty',
  'outcome PROVEN',
  'outcome NOT_PROVEN',
  'outcome RETURNED',
  'outcome by KASN',
  'outcome by BKN',
  'outcome by MENPANRB',
  'outcome on a rerouted file',
  'unblocked BLOCKED_IN_ERROR',
  'unblocked PPK_FOLLOWED_UP',
  'unblocked as followed up after the sanction',
  'blocked again after a block lifted',
  'sanction lighter than recommended',
  'sanction not lighter than recommended',
  'sanction with a stated relation',
  'sanction by the PPK',
  'sanction below the PPK',
  'sanction by BUPATI_WALIKOTA',
  'sanction by KEPALA_DESA',
  'sanction by OPD_HEAD',
  'sanction on a VILLAGE_HEAD',
  'sanction on a NON_ASN',
  'sanction on the next step of a ladder',
  'sanction on a PNS',
  'sanction on a PPPK',
  'sanction after a block',
  'delivered in time',
  'delivered late',
  'received on the day of delivery',
  'received on a later day',
];

/** The later steps: objection, serving, exit, and the criminal track after the forward to Polri. */
const LATER_STEPS = [
  'ObjectionFiled',
  'ObjectionDecided',
  'SanctionServed',
  'RespondentExited',
  'CriminalStepRecorded',
  'KEBERATAN filed with PPK',
  'KEBERATAN filed with ATASAN_PEJABAT',
  'BANDING filed with BPASN',
  'BANDING against a dismissal',
  'objection UPHELD',
  'objection REDUCED',
  'objection INCREASED',
  'objection CHANGED',
  'objection ANNULLED',
  'objection decided in time',
  'objection decided late',
  'served on its last day',
  'served after its end',
  'served after an objection decided',
  'exited RETIRED',
  'exited DISMISSED_OTHER_GROUNDS',
  'exited RESIGNED',
  'exited DIED',
  'exited after the sanction',
  'criminal STOPPED',
  'criminal FILE_TO_PROSECUTOR → STOPPED',
  'criminal FILE_TO_PROSECUTOR → FILE_RETURNED → FILE_RESUBMITTED → INDICTED',
  'criminal FILE_TO_PROSECUTOR → FILE_RETURNED → STOPPED',
  'criminal FILE_TO_PROSECUTOR → INDICTED → DISTRICT_VERDICT → APPEAL_FILED → HIGH_COURT_VERDICT',
  'DISTRICT_VERDICT GUILTY',
  'DISTRICT_VERDICT ACQUITTED',
  'HIGH_COURT_VERDICT GUILTY',
  'HIGH_COURT_VERDICT ACQUITTED',
  'criminal step late',
  'CourtChallengeRecorded',
  'suit filed in PTUN',
  'suit filed in PT_TUN',
  'judgment SANCTION_UPHELD',
  'judgment SANCTION_ANNULLED final',
];

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('the walkers cover the proceedings after the forwards (issue 15)', {
  timeout: 120_000,
}, () => {
  it('every proceeding event, in its legal sequence, occurs in both regimes', () => {
    // The later steps lie deep in a history: a large sample, of which only the histories with a
    // forward are replayed.
    const histories = fc.sample(intakeHistoryArb(), 6000);
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      const seen = new Set(
        histories.filter((h) => h.regime === regime).flatMap((h) => [...factsOf(h)]),
      );
      const missing = [...FIRST_STEPS, ...LATER_STEPS].filter((fact) => !seen.has(fact));
      expect(missing, `${regime} never shows: ${missing.join(', ')}`).toEqual([]);
      const wrong = [...seen].filter((fact) => fact.startsWith('WRONG:'));
      expect(wrong, `${regime} shows: ${wrong.join(', ')}`).toEqual([]);
    }
  });
});
