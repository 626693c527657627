/**
 * The walkers cover the steps rulebook 2024.2 added: across a sample of generated histories,
 * replayed through the decider, every new event occurs in both regimes, in the sequences the
 * law gives them (a completion notice, then completion in time or a lapse, a decline, the
 * report taken up as a finding, registered and decided; deliberations before a crime is
 * declared, then the forward to Polri, also under the 2024.1 name; OTHER_LAW to each
 * authority; status notices of every status). A walker that stops producing one of them fails
 * here, by name.
 */
import type { CaseCommand, CaseEvent } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { handOverImplemented } from './handover-walk.js';
import { type IntakeHistory, intakeHistoryArb } from './intake-history.js';
import { decideAll } from './replay-history.js';

/** The facts one history shows: event types, and sequences named below. */
const factsOf = (h: IntakeHistory): Set<string> => {
  const replayed = decideAll(h.commands, h.context);
  if (E.isLeft(replayed)) {
    const { index, error } = replayed.left;
    return expect.fail(`command ${index + 1} (${h.path[index]}) rejected: ${error.message}`);
  }
  const facts = new Set<string>();
  const seen: CaseEvent['type'][] = [];
  const after = (type: CaseEvent['type']) => seen.includes(type);
  replayed.right.events.forEach((events, i) => {
    const command = h.commands[i] as CaseCommand;
    for (const e of events) {
      facts.add(e.type);
      switch (e.type) {
        case 'RequirementsCompleted':
          facts.add(
            after('CompletionNoticeSent')
              ? 'completed in time after the notice'
              : 'completed before any notice',
          );
          break;
        case 'RegistrationDeclined':
          if (after('CompletionNoticeSent') && e.data.reason === 'REQUIREMENTS_NOT_COMPLETED')
            facts.add('declined once the notice period lapsed');
          break;
        case 'ReportTakenUpAsFinding':
          if (after('RegistrationDeclined')) facts.add('lapsed report taken up as a finding');
          break;
        case 'CaseRegistered':
          if (after('ReportTakenUpAsFinding')) facts.add('taken-up finding registered');
          break;
        case 'RespondentDecided': {
          if (after('ReportTakenUpAsFinding')) facts.add('taken-up finding decided');
          const d = e.data.decision;
          if (d.outcome === 'VIOLATION') {
            if (d.tracks.includes('CRIMINAL') && after('GakkumduDeliberationHeld'))
              facts.add('crime declared after deliberation');
            if (d.tracks.includes('OTHER_LAW')) {
              const kind = h.respondents.find((r) => r.respondentId === e.data.respondentId)?.kind;
              facts.add(`OTHER_LAW for ${kind}`);
            }
          }
          break;
        }
        case 'GakkumduDeliberationHeld':
          facts.add(`deliberation ${e.data.stage} ${e.data.conclusion}`);
          break;
        case 'ForwardedToInvestigators':
          facts.add(`to investigators by ${command.type}`);
          facts.add(`to investigators ${e.data.forwardedWithinDeadline ? 'in time' : 'late'}`);
          break;
        case 'ForwardedToCompetentAuthority':
          facts.add(`to ${e.data.authority}`);
          break;
        case 'StatusNoticeIssued':
          facts.add(`status notice ${e.data.status}`);
          if (e.data.status === 'NOT_REGISTERED' && after('ReportTakenUpAsFinding'))
            facts.add('non-registration announced after the take-up');
          break;
        case 'CompletionNoticeSent':
          facts.add(`completion notice ${e.data.sentWithinDeadline ? 'in time' : 'late'}`);
          break;
        case 'CaseHandedOver':
          facts.add(`hand-over ${e.data.kind}`);
          break;
        default:
          break;
      }
      seen.push(e.type);
    }
  });
  return facts;
};

const EXPECTED = [
  'CompletionNoticeSent',
  'StatusNoticeIssued',
  'ReportTakenUpAsFinding',
  'GakkumduDeliberationHeld',
  'ForwardedToInvestigators',
  'ForwardedToCompetentAuthority',
  'completion notice in time',
  'completion notice late',
  'completed in time after the notice',
  'completed before any notice',
  'declined once the notice period lapsed',
  'lapsed report taken up as a finding',
  'taken-up finding registered',
  'taken-up finding decided',
  'status notice REGISTERED',
  'status notice NOT_REGISTERED',
  'status notice DECIDED',
  'status notice FORWARDED',
  'status notice CLOSED',
  'non-registration announced after the take-up',
  'deliberation FIRST PROCEED',
  'deliberation FIRST STOP',
  'deliberation SECOND PROCEED',
  'crime declared after deliberation',
  'to investigators by ForwardToInvestigators',
  'to investigators by ReferToGakkumdu',
  'to investigators in time',
  'to investigators late',
  'OTHER_LAW for NON_ASN',
  'OTHER_LAW for VILLAGE_HEAD',
  'OTHER_LAW for VILLAGE_OFFICIAL',
  'OTHER_LAW for TNI',
  'OTHER_LAW for POLRI',
  'to BUPATI_WALIKOTA',
  'to KEPALA_DESA',
  'to PPK_OR_OPD_HEAD',
  'to TNI_COMMAND',
  'to POLRI_COMMAND',
];

/** Hand-overs only once core implements them (the walkers probe the decider the same way). */
const HANDOVER = ['CaseHandedOver', 'hand-over PELIMPAHAN', 'hand-over PENGAMBILALIHAN'];

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('the walkers cover the steps of rulebook 2024.2', { timeout: 60_000 }, () => {
  it('every new event, in its legal sequence, occurs in both regimes', () => {
    const histories = fc.sample(intakeHistoryArb(), 5000);
    const expected = [...EXPECTED, ...(handOverImplemented() ? HANDOVER : [])];
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      const seen = new Set(
        histories.filter((h) => h.regime === regime).flatMap((h) => [...factsOf(h)]),
      );
      const missing = expected.filter((fact) => !seen.has(fact));
      expect(missing, `${regime} never shows: ${missing.join(', ')}`).toEqual([]);
    }
  });
});
