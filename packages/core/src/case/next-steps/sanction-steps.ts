/**
 * Next steps of the PPK's office after a PROVEN recommendation (issue 15): the sanction, per
 * respondent the types of the catalogue that fit them today; its delivery, with the period it
 * answers and the day it would take force; and the sanction served to its end.
 */
import {
  effectiveOn,
  isLighterThanRecommendation,
  meetsLevel,
  type PersonKind,
  type Rulebook,
  type SanctionCode,
  sanctionsInForce,
  sanctionType,
} from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import { sanctionEndsOn } from '../decide/serving.js';
import type { RespondentState } from '../state.js';
import {
  anyOf,
  type Body,
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
  DeliveryOption,
  NextStepOf,
  SanctionChoice,
  SanctionOption,
  ServingOption,
} from './types.js';

/**
 * An official the PyBMH table grants `code` over a person of `kind` on `on` (for some position
 * class): the probe asks whether the sanction may be decided now, not who must sign it.
 */
const someOfficialFor = (rulebook: Rulebook, kind: PersonKind, code: SanctionCode, on: IsoDate) => {
  const row = rulebook.authority.find(
    (r) =>
      effectiveOn(r, on) &&
      r.respondentKinds.includes(kind) &&
      r.sanctions.includes(code) &&
      r.over.length > 0,
  );
  const position = row?.over[0];
  return row === undefined || position === undefined ? undefined : { row, position };
};

const sanctionBody = (p: Probe, r: RespondentState, code: SanctionCode): Body<'DecideSanction'> => {
  const grant = someOfficialFor(p.context.rulebook, r.respondent.kind, code, p.today);
  return {
    type: 'DecideSanction',
    respondentId: r.respondent.respondentId,
    sanction: code,
    imposedBy: {
      official: grant?.row.official ?? 'PPK',
      instance:
        grant === undefined || grant.row.instance === 'ANY' ? 'KABKOTA' : grant.row.instance,
      name: '(the official with authority)',
      ...(grant?.row.relation === undefined ? {} : { relation: grant.row.relation }),
    },
    respondentPosition: grant?.position ?? 'PELAKSANA',
    decreeNumber: '(to be numbered)',
  };
};

/**
 * Per respondent, every sanction of the catalogue that applies to their kind and is in force
 * today (rules `sanctionsInForce`, as decide-sanction.ts checks it), each asked of the decider
 * with an official the table grants it to; with the recommended level it is measured against.
 */
export const sanctionStep = (p: Probe): NextStepOf<'DecideSanction'> => {
  const { rulebook } = p.context;
  const respondents: SanctionOption[] = perRespondent(p, (r) => {
    const outcome = r.proceeding.supervisorOutcome?.result;
    const recommended = outcome?.outcome === 'PROVEN' ? outcome.level : null;
    const probes = sanctionsInForce(rulebook, p.today, r.respondent.kind).map((type) => ({
      type,
      decided: decideNow<'DecideSanction'>(p, sanctionBody(p, r, type.code)),
    }));
    const sanctions: SanctionChoice[] = probes.map(({ type, decided }) => ({
      value: type.code,
      ...verdictOf(decided),
      level: type.level,
      durationMonths: type.durationMonths,
      appealRoute: type.appealRoute,
      meetsRecommendation:
        recommended === null ? null : meetsLevel(rulebook, type.code, recommended),
      lighterThanRecommended:
        recommended === null ? null : isLighterThanRecommendation(rulebook, type.code, recommended),
    }));
    const decided = probes
      .map(({ decided }) => eventOf(decided, 'SanctionDecided'))
      .find((e) => e !== undefined);
    return {
      ...respondentOf(
        r,
        anyOf(sanctions, () =>
          verdictOf(decideNow<'DecideSanction'>(p, sanctionBody(p, r, 'TEGURAN_LISAN'))),
        ),
      ),
      kind: r.respondent.kind,
      recommended,
      sanctions,
      deliveryIfDecidedToday: proceedingFact(p, 'DELIVER_SANCTION', decided?.deliveryDue ?? null),
    };
  });
  return stepOfChoices('DecideSanction', respondents, { respondents }, respondents);
};

/** Probed as delivered in person now (receipt = delivery). */
export const deliveryStep = (p: Probe): NextStepOf<'DeliverSanction'> => {
  const respondents: DeliveryOption[] = perRespondent(p, (r) => {
    const decided = decideNow<'DeliverSanction'>(p, {
      type: 'DeliverSanction',
      respondentId: r.respondent.respondentId,
    });
    const { sanction } = r.proceeding;
    return {
      ...respondentOf(r, verdictOf(decided)),
      sanction: sanction?.code ?? null,
      delivery: proceedingFact(
        p,
        'DELIVER_SANCTION',
        r.proceeding.delivery === null ? (sanction?.deliveryDue ?? null) : null,
      ),
      inForceIfReceivedToday: eventOf(decided, 'SanctionDelivered')?.inForceOn ?? null,
    };
  });
  return stepOfChoices('DeliverSanction', respondents, { respondents }, respondents);
};

/**
 * The last day a sanction in force runs, as serving.ts counts it: its duration from the day it
 * took force (`sanctionEndsOn`), that day itself without one; none for a dismissal.
 */
const endsOnOf = (rulebook: Rulebook, r: RespondentState): IsoDate | null => {
  const { effective } = r.proceeding;
  if (effective === null || effective.code === null || effective.inForceOn === null) return null;
  const type = sanctionType(rulebook, effective.code);
  if (type.ends) return null;
  return sanctionEndsOn(type, effective.inForceOn);
};

export const servedStep = (p: Probe): NextStepOf<'RecordSanctionServed'> => {
  const respondents: ServingOption[] = perRespondent(p, (r) => {
    const decided = decideNow<'RecordSanctionServed'>(p, {
      type: 'RecordSanctionServed',
      respondentId: r.respondent.respondentId,
    });
    const { effective } = r.proceeding;
    return {
      ...respondentOf(r, verdictOf(decided)),
      sanction: effective?.code ?? null,
      inForceOn: effective?.inForceOn ?? null,
      endsOn: eventOf(decided, 'SanctionServed')?.endsOn ?? endsOnOf(p.context.rulebook, r),
    };
  });
  return stepOfChoices('RecordSanctionServed', respondents, { respondents }, respondents);
};
