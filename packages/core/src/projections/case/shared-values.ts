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

/** Shares the recurring values of a decoded event's data, in place (the data is the decoder's own copy). */
export const shareRecurringValues = (event: CaseEvent): void => {
  switch (event.type) {
    case 'ReportReceived':
    case 'FindingRecorded':
    case 'InternalReportReceived': {
      const d = event.data;
      d.region = shared(pools.region, d.region.code + SEP + d.region.name, d.region);
      if (d.handlingOffice !== undefined) d.handlingOffice = office(d.handlingOffice);
      for (const r of d.respondents) {
        r.agency = shared(pools.agency, r.agency.id + SEP + r.agency.name, r.agency);
      }
      if (event.type === 'FindingRecorded') {
        event.data.supervisingOffice = office(event.data.supervisingOffice);
      }
      return;
    }
    case 'ReportTakenUpAsFinding':
      event.data.supervisingOffice = office(event.data.supervisingOffice);
      return;
    case 'CaseHandedOver':
      event.data.to = office(event.data.to);
      if (event.data.from !== null) event.data.from = office(event.data.from);
      return;
    case 'RespondentDecided': {
      const decision = event.data.decision;
      if (decision.outcome === 'VIOLATION') {
        decision.tracks = shared(pools.tracks, decision.tracks.join(SEP), decision.tracks);
        const { stage } = decision;
        if (stage.overrideReason === null) {
          decision.stage = shared(pools.stage, stage.computed + SEP + stage.applied, stage);
        }
      }
      return;
    }
    case 'SupervisorOutcomeRecorded': {
      const result = event.data.result;
      if (result.outcome === 'PROVEN') {
        result.skbCodes = shared(pools.skbCodes, result.skbCodes.join(SEP), result.skbCodes);
        const { addressedTo } = result;
        result.addressedTo = shared(
          pools.addressee,
          addressedTo.agencyId + SEP + addressedTo.name,
          addressedTo,
        );
      }
      return;
    }
    default:
      return;
  }
};
