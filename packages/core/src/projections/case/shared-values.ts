/**
 * Memory: one instance of each small value that recurs across cases. Tens of thousands of
 * cases name the same region, the same agency, the same Bawaslu office, the same decision
 * tracks and candidate stage, the same SKB items and the same PPK; decoded from each event's
 * JSON they would be as many separate objects, kept for good in the case states. Before an
 * event is folded, those values in its decoded data are replaced by the one frozen instance
 * equal to them (compared field by field), which the folded state then shares.
 *
 * Only values from closed or slowly growing vocabularies are pooled (regions, agencies,
 * offices, tracks, a stage without an override reason, SKB item lists, the PPK a
 * recommendation is addressed to), so the pool stays small; one-off values (people, free
 * text) are left alone. Nothing observable changes: a shared value is equal to the one it
 * replaces, and case states are never mutated (they are replaced, event by event).
 */
import type { CaseEvent } from '../../case/schema/events.js';

const pools = {
  region: new Map<string, object>(),
  agency: new Map<string, object>(),
  office: new Map<string, object>(),
  tracks: new Map<string, object>(),
  stage: new Map<string, object>(),
  skbCodes: new Map<string, object>(),
  addressee: new Map<string, object>(),
};

/** The one frozen instance in `pool` under `key` (a value's content, written out), or `value`. */
const shared = <T extends object>(pool: Map<string, object>, key: string, value: T): T => {
  const known = pool.get(key);
  if (known !== undefined) return known as T;
  pool.set(key, Object.freeze(value));
  return value;
};

/** Field separator of a pool key: a character no recorded id, name or code contains. */
const SEP = '\u0000';

const office = <T extends object>(value: T): T =>
  shared(pools.office, JSON.stringify(value), value);

/**
 * The event with the recurring values of its data replaced by their shared instances. The
 * event itself is left as it is (a decoded event's data may be the store's own object, frozen
 * in the in-memory store): the parts that change are copied, the rest is reused.
 */
export const shareRecurringValues = (event: CaseEvent): CaseEvent => {
  switch (event.type) {
    case 'ReportReceived':
    case 'FindingRecorded':
    case 'InternalReportReceived': {
      const d = event.data;
      const data = {
        ...d,
        region: shared(pools.region, d.region.code + SEP + d.region.name, d.region),
        respondents: d.respondents.map((r) => ({
          ...r,
          agency: shared(pools.agency, r.agency.id + SEP + r.agency.name, r.agency),
        })),
      };
      if (d.handlingOffice !== undefined) data.handlingOffice = office(d.handlingOffice);
      if (event.type === 'FindingRecorded') {
        return {
          type: event.type,
          data: {
            ...(data as typeof event.data),
            supervisingOffice: office(event.data.supervisingOffice),
          },
        };
      }
      return { type: event.type, data } as CaseEvent;
    }
    case 'ReportTakenUpAsFinding':
      return {
        type: event.type,
        data: { ...event.data, supervisingOffice: office(event.data.supervisingOffice) },
      };
    case 'CaseHandedOver':
      return {
        type: event.type,
        data: {
          ...event.data,
          to: office(event.data.to),
          from: event.data.from === null ? null : office(event.data.from),
        },
      };
    case 'RespondentDecided': {
      const decision = event.data.decision;
      if (decision.outcome !== 'VIOLATION') return event;
      const { stage } = decision;
      return {
        type: event.type,
        data: {
          ...event.data,
          decision: {
            ...decision,
            tracks: shared(pools.tracks, decision.tracks.join(SEP), decision.tracks),
            stage:
              stage.overrideReason === null
                ? shared(pools.stage, stage.computed + SEP + stage.applied, stage)
                : stage,
          },
        },
      };
    }
    case 'SupervisorOutcomeRecorded': {
      const result = event.data.result;
      if (result.outcome !== 'PROVEN') return event;
      const { addressedTo } = result;
      return {
        type: event.type,
        data: {
          ...event.data,
          result: {
            ...result,
            skbCodes: shared(pools.skbCodes, result.skbCodes.join(SEP), result.skbCodes),
            addressedTo: shared(
              pools.addressee,
              addressedTo.agencyId + SEP + addressedTo.name,
              addressedTo,
            ),
          },
        },
      };
    }
    default:
      return event;
  }
};
