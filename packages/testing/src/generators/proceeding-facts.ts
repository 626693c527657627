/**
 * The facts a replayed history shows about the respondents' proceedings after Bawaslu's
 * forwards (issue 15): each event type, and the sequences and variants the law gives them (an
 * outcome on a rerouted file, a block lifted after the sanction, a banding against a dismissal,
 * a file returned and then resubmitted…), by name, for proceedings-steps.test.ts to require.
 * A fact starting with `WRONG:` is one no legal history may show.
 */
import type { CaseEvent, Respondent, Rulebook, SanctionCode } from '@netra/core';
import { sanctionOf } from './sanction-authority.js';

type Seen = (respondentId: string, type: CaseEvent['type']) => boolean;

interface Context {
  readonly before: Seen;
  readonly kindOf: (respondentId: string) => Respondent['kind'] | undefined;
  readonly sanctionOf: (respondentId: string) => SanctionCode | undefined;
  readonly rulebook: Rulebook;
}

/** The facts of the first steps: outcome, blocks, the sanction and its delivery. */
const firstSteps = (e: CaseEvent, id: string, x: Context): string[] => {
  switch (e.type) {
    case 'SupervisorOutcomeRecorded':
      return [
        `outcome ${e.data.result.outcome}`,
        `outcome by ${e.data.supervisor}`,
        ...(x.before(id, 'KasnFileRerouted') ? ['outcome on a rerouted file'] : []),
      ];
    case 'PersonnelDataBlocked':
      return x.before(id, 'PersonnelDataUnblocked') ? ['blocked again after a block lifted'] : [];
    case 'PersonnelDataUnblocked':
      return [
        `unblocked ${e.data.reason}`,
        ...(e.data.reason === 'PPK_FOLLOWED_UP' && x.before(id, 'SanctionDecided')
          ? ['unblocked as followed up after the sanction']
          : []),
      ];
    case 'SanctionDecided': {
      const { imposedBy } = e.data;
      return [
        e.data.lighterThanRecommended
          ? 'sanction lighter than recommended'
          : 'sanction not lighter than recommended',
        ...(imposedBy.relation === undefined ? [] : ['sanction with a stated relation']),
        imposedBy.official === 'PPK'
          ? 'sanction by the PPK'
          : ['BUPATI_WALIKOTA', 'KEPALA_DESA', 'OPD_HEAD'].includes(imposedBy.official)
            ? `sanction by ${imposedBy.official}`
            : 'sanction below the PPK',
        ...(x.before(id, 'SanctionDecided') ? ['sanction on the next step of a ladder'] : []),
        `sanction on a ${x.kindOf(id)}`,
        ...(x.before(id, 'PersonnelDataBlocked') ? ['sanction after a block'] : []),
      ];
    }
    case 'RespondentSummoned':
      return [`summons ${e.data.summons}`];
    case 'ExaminationRecorded':
      return [
        `examination ${e.data.outcome} on summons ${e.data.summons}`,
        ...(e.data.team === null ? [] : ['examined by a team']),
      ];
    case 'ReleasedFromDuty':
      return ['released from duty'];
    case 'SanctionDelivered':
      return [
        `delivered ${e.data.deliveredWithinDeadline ? 'in time' : 'late'}`,
        e.data.receivedOn === e.data.deliveredOn
          ? 'received on the day of delivery'
          : 'received on a later day',
      ];
    default:
      return [];
  }
};

/** The facts of the later steps: objection, serving, exit, the criminal track. */
const laterSteps = (e: CaseEvent, id: string, x: Context): string[] => {
  switch (e.type) {
    case 'ObjectionFiled': {
      const code = x.sanctionOf(id);
      const dismissal = code !== undefined && sanctionOf(x.rulebook, code).ends;
      const fits = (e.data.kind === 'BANDING') === dismissal;
      return [
        `${e.data.kind} filed with ${e.data.filedWith}`,
        ...(e.data.kind === 'BANDING' && dismissal ? ['BANDING against a dismissal'] : []),
        ...(fits ? [] : [`WRONG: ${e.data.kind} against ${code}`]),
      ];
    }
    case 'CourtChallengeRecorded':
      return e.data.step === 'FILED'
        ? [`suit filed in ${e.data.court}`]
        : [`judgment ${e.data.outcome}${e.data.final ? ' final' : ''}`];
    case 'ObjectionDecided':
      return [
        `objection ${e.data.outcome}`,
        `objection decided ${e.data.decidedWithinDeadline ? 'in time' : 'late'}`,
      ];
    case 'SanctionServed':
      return [
        e.data.endsOn === e.data.servedOn ? 'served on its last day' : 'served after its end',
        ...(x.before(id, 'ObjectionDecided') ? ['served after an objection decided'] : []),
      ];
    case 'RespondentExited':
      return [
        `exited ${e.data.reason}`,
        ...(x.before(id, 'SanctionDecided') ? ['exited after the sanction'] : []),
      ];
    case 'CriminalStepRecorded': {
      const { step } = e.data.criminal;
      return [
        `criminal ${step}`,
        ...('verdict' in e.data.criminal ? [`${step} ${e.data.criminal.verdict}`] : []),
        ...(e.data.withinDeadline === false ? ['criminal step late'] : []),
      ];
    }
    default:
      return [];
  }
};

/** The facts of a replayed history's events (`respondents`: the case's). */
export const proceedingFacts = (
  events: readonly CaseEvent[],
  respondents: readonly Respondent[],
  rulebook: Rulebook,
): Set<string> => {
  const facts = new Set<string>();
  // What happened to each respondent so far, by event type, and the sanction they were given.
  const seen = new Map<string, CaseEvent['type'][]>();
  const sanctions = new Map<string, SanctionCode>();
  const x: Context = {
    before: (id, type) => seen.get(id)?.includes(type) ?? false,
    kindOf: (id) => respondents.find((r) => r.respondentId === id)?.kind,
    sanctionOf: (id) => sanctions.get(id),
    rulebook,
  };
  // The criminal steps of each respondent, in order, for the sequences of the track.
  const criminal = new Map<string, string[]>();
  for (const e of events) {
    const id = 'respondentId' in e.data ? e.data.respondentId : undefined;
    if (typeof id !== 'string') continue;
    facts.add(e.type);
    for (const fact of [...firstSteps(e, id, x), ...laterSteps(e, id, x)]) facts.add(fact);
    if (e.type === 'SanctionDecided') sanctions.set(id, e.data.sanction);
    if (e.type === 'CriminalStepRecorded') {
      const steps = [...(criminal.get(id) ?? []), e.data.criminal.step];
      criminal.set(id, steps);
      facts.add(`criminal ${steps.join(' → ')}`);
    }
    seen.set(id, [...(seen.get(id) ?? []), e.type]);
  }
  return facts;
};
