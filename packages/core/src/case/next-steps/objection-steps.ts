/**
 * Next steps of an administrative objection against a sanction (PP 79/2021; issue 15): filing a
 * keberatan or a banding, each with its availability for this sanction and this body and its
 * periods; and the decision on it, with the outcomes and resulting sanctions the decider accepts.
 */
import { type SanctionCode, sanctionsInForce } from '../../rules/index.js';
import { proceedingDue } from '../decide/proceeding-deadline.js';
import type { CaseCommandOf } from '../schema/commands.js';
import type { RespondentState } from '../state.js';
import {
  anyOf,
  decideNow,
  eventOf,
  type Probe,
  perRespondent,
  proceedingFact,
  respondentOf,
  stepOfChoices,
  verdictOf,
} from './probe.js';
import type {
  NextStepOf,
  ObjectionDecisionOption,
  ObjectionFilingOption,
  ObjectionKind,
  ObjectionKindChoice,
  ObjectionOutcome,
  ObjectionOutcomeChoice,
} from './types.js';

const KINDS: readonly ObjectionKind[] = ['KEBERATAN', 'BANDING'];
const OUTCOMES: readonly ObjectionOutcome[] = [
  'UPHELD',
  'REDUCED',
  'INCREASED',
  'CHANGED',
  'ANNULLED',
];
const FILE = { KEBERATAN: 'FILE_KEBERATAN', BANDING: 'FILE_BANDING' } as const;
const DECIDE = { KEBERATAN: 'DECIDE_KEBERATAN', BANDING: 'DECIDE_BANDING' } as const;

/**
 * Per respondent, each kind: the remedy must be the sanction's (rulebook `appealRoute`, none
 * against the President's) and the actor the body it is filed with, which the decider answers;
 * the filing period counted from the receipt, as objection.ts counts it (`proceedingDue`).
 */
export const fileObjectionStep = (p: Probe): NextStepOf<'FileObjection'> => {
  const respondents: ObjectionFilingOption[] = perRespondent(p, (r) => {
    const { sanction, delivery } = r.proceeding;
    const kinds: ObjectionKindChoice[] = KINDS.map((kind) => {
      const decided = decideNow<'FileObjection'>(p, {
        type: 'FileObjection',
        respondentId: r.respondent.respondentId,
        kind,
      });
      const filed = eventOf(decided, 'ObjectionFiled');
      return {
        value: kind,
        ...verdictOf(decided),
        filing:
          delivery === null
            ? null
            : proceedingFact(
                p,
                FILE[kind],
                proceedingDue(p.context, p.state.regime, FILE[kind], delivery.receivedOn).due,
              ),
        decisionIfFiledToday: proceedingFact(p, DECIDE[kind], filed?.decisionDue ?? null),
      };
    });
    return {
      ...respondentOf(r, anyOf(kinds)),
      sanction: sanction?.code ?? null,
      receivedOn: delivery?.receivedOn ?? null,
      kinds,
    };
  });
  return stepOfChoices('FileObjection', respondents, { respondents }, respondents);
};

type Outcome = CaseCommandOf<'DecideObjection'>['outcome'];

const outcomeOf = (value: ObjectionOutcome, sanction: SanctionCode): Outcome =>
  value === 'UPHELD' || value === 'ANNULLED' ? { outcome: value } : { outcome: value, sanction };

/**
 * Per outcome: UPHELD and ANNULLED asked as they are; REDUCED, INCREASED and CHANGED asked with
 * every sanction of the catalogue for this kind in force today (the decider's own list), and
 * offered with those it accepts.
 */
const outcomeChoices = (p: Probe, r: RespondentState): ObjectionOutcomeChoice[] => {
  const respondentId = r.respondent.respondentId;
  const current = r.proceeding.sanction?.code ?? 'TEGURAN_LISAN';
  const candidates = sanctionsInForce(p.context.rulebook, p.today, r.respondent.kind).map(
    (s) => s.code,
  );
  const ask = (value: ObjectionOutcome, sanction: SanctionCode) =>
    verdictOf(
      decideNow<'DecideObjection'>(p, {
        type: 'DecideObjection',
        respondentId,
        outcome: outcomeOf(value, sanction),
      }),
    );
  return OUTCOMES.map((value) => {
    if (value === 'UPHELD' || value === 'ANNULLED') {
      return { value, ...ask(value, current), sanctions: null };
    }
    const asked = candidates.map((sanction) => ({ sanction, ...ask(value, sanction) }));
    return {
      value,
      ...anyOf(asked, () => ask(value, current)),
      sanctions: asked.filter((a) => a.available).map((a) => a.sanction),
    };
  });
};

export const decideObjectionStep = (p: Probe): NextStepOf<'DecideObjection'> => {
  const respondents: ObjectionDecisionOption[] = perRespondent(p, (r) => {
    const { sanction, objection } = r.proceeding;
    const outcomes = outcomeChoices(p, r);
    return {
      ...respondentOf(r, anyOf(outcomes)),
      sanction: sanction?.code ?? null,
      objection:
        objection === null
          ? null
          : { kind: objection.kind, filedWith: objection.filedWith, filedOn: objection.filedOn },
      decision:
        objection === null || objection.decision !== null
          ? null
          : proceedingFact(p, DECIDE[objection.kind], objection.decisionDue),
      outcomes,
    };
  });
  return stepOfChoices('DecideObjection', respondents, { respondents }, respondents);
};
