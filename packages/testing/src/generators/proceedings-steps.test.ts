/**
 * The walkers cover the respondent's proceedings after the forward (issue 15): across a sample
 * of generated histories, replayed through the decider, every new event occurs in both regimes,
 * in the sequences the law gives them — the supervisor's outcome of each kind, from KASN, BKN
 * and KemenPAN-RB (after the SE 4/2024 reroute); a SIASN block, lifted as made in error and,
 * after the sanction, as followed up; a sanction that carries out the recommendation, one
 * lighter than it (flagged), one whose official's authority needs a stated relation, by the PPK
 * and by an official below; a delivery in time and a late one. A walker that stops producing
 * one of them fails here, by name.
 */
import type { CaseEvent } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { type IntakeHistory, intakeHistoryArb } from './intake-history.js';
import { decideAll } from './replay-history.js';

/** The facts one history shows about the proceedings: event types, and sequences named below. */
const factsOf = (h: IntakeHistory): Set<string> => {
  const replayed = decideAll(h.commands, h.context);
  if (E.isLeft(replayed)) {
    const { index, error } = replayed.left;
    return expect.fail(`command ${index + 1} (${h.path[index]}) rejected: ${error.message}`);
  }
  const facts = new Set<string>();
  // What happened to each respondent so far, by event type.
  const seen = new Map<string, CaseEvent['type'][]>();
  const before = (respondentId: string, type: CaseEvent['type']) =>
    seen.get(respondentId)?.includes(type) ?? false;
  const kindOf = (respondentId: string) =>
    h.respondents.find((r) => r.respondentId === respondentId)?.kind;
  for (const e of replayed.right.events.flat()) {
    if (!('respondentId' in e.data)) continue;
    const { respondentId } = e.data;
    switch (e.type) {
      case 'SupervisorOutcomeRecorded':
        facts.add(e.type);
        facts.add(`outcome ${e.data.result.outcome}`);
        facts.add(`outcome by ${e.data.supervisor}`);
        if (before(respondentId, 'KasnFileRerouted')) facts.add('outcome on a rerouted file');
        break;
      case 'PersonnelDataBlocked':
        facts.add(e.type);
        if (before(respondentId, 'PersonnelDataUnblocked'))
          facts.add('blocked again after a block lifted');
        break;
      case 'PersonnelDataUnblocked':
        facts.add(e.type);
        facts.add(`unblocked ${e.data.reason}`);
        if (e.data.reason === 'PPK_FOLLOWED_UP' && before(respondentId, 'SanctionDecided'))
          facts.add('unblocked as followed up after the sanction');
        break;
      case 'SanctionDecided': {
        facts.add(e.type);
        const { imposedBy } = e.data;
        facts.add(
          e.data.lighterThanRecommended
            ? 'sanction lighter than recommended'
            : 'sanction not lighter than recommended',
        );
        if (imposedBy.relation !== undefined) facts.add('sanction with a stated relation');
        facts.add(imposedBy.official === 'PPK' ? 'sanction by the PPK' : 'sanction below the PPK');
        facts.add(`sanction on a ${kindOf(respondentId)}`);
        if (before(respondentId, 'PersonnelDataBlocked')) facts.add('sanction after a block');
        break;
      }
      case 'SanctionDelivered':
        facts.add(e.type);
        facts.add(`delivered ${e.data.deliveredWithinDeadline ? 'in time' : 'late'}`);
        facts.add(
          e.data.receivedOn === e.data.deliveredOn
            ? 'received on the day of delivery'
            : 'received on a later day',
        );
        break;
      default:
        break;
    }
    seen.set(respondentId, [...(seen.get(respondentId) ?? []), e.type]);
  }
  return facts;
};

const EXPECTED = [
  'SupervisorOutcomeRecorded',
  'PersonnelDataBlocked',
  'PersonnelDataUnblocked',
  'SanctionDecided',
  'SanctionDelivered',
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
  'sanction on a PNS',
  'sanction on a PPPK',
  'sanction after a block',
  'delivered in time',
  'delivered late',
  'received on the day of delivery',
  'received on a later day',
];

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('the walkers cover the proceedings after the forward (issue 15)', {
  timeout: 60_000,
}, () => {
  it('every proceeding event, in its legal sequence, occurs in both regimes', () => {
    const histories = fc.sample(intakeHistoryArb(), 5000);
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      const seen = new Set(
        histories.filter((h) => h.regime === regime).flatMap((h) => [...factsOf(h)]),
      );
      const missing = EXPECTED.filter((fact) => !seen.has(fact));
      expect(missing, `${regime} never shows: ${missing.join(', ')}`).toEqual([]);
    }
  });
});
