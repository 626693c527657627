/**
 * evolve: the next state after one event. Events are facts the decider already accepted, so
 * evolve never refuses. An event that cannot apply at all (a registration before any case, a
 * decision on an unknown respondent) means a corrupt or foreign stream: that is a programming
 * or storage fault, not something a user can cause, and it throws.
 */

import { localDateOf } from '../time/index.js';
import type { CaseEvent, CaseEventOf } from './schema/events.js';
import type { Respondent } from './schema/primitives.js';
import {
  type CaseState,
  handlingStatus,
  NO_PROCEEDING,
  type OpenCaseState,
  type RespondentProceeding,
  type RespondentState,
  respondentIn,
} from './state.js';

/**
 * A new, empty respondents record: an object without a prototype. Every case names its own
 * respondent ids, so as an ordinary object each case's record would get a hidden class of its
 * own, and V8 copies such objects through its generic slow path (about 0.75 µs for one key,
 * and lookups miss their caches). A prototype-less object is a hash table from the start:
 * setting and copying a key costs a few hundredths of that. It also has no inherited names, so
 * an id such as '__proto__' or 'constructor' is an ordinary own key. It reads as any record
 * (`Object.values`, `Object.hasOwn`, `in`, JSON); only `Object.prototype` methods are absent.
 */
const emptyRespondents = (): Record<string, RespondentState> =>
  Object.create(null) as Record<string, RespondentState>;

const respondentMap = (respondents: readonly Respondent[]): Record<string, RespondentState> => {
  const map = emptyRespondents();
  for (const respondent of respondents) {
    map[respondent.respondentId] = respondentShape({
      respondent,
      decision: null,
      forwarding: null,
      reroute: null,
      gakkumdu: null,
      deliberations: [],
      otherLawForward: null,
      proceeding: NO_PROCEEDING,
      criminal: [],
    });
  }
  return map;
};

const NO_DEADLINES = {
  reviewDue: null,
  filingDue: null,
  noticeDue: null,
  completionDue: null,
  completionDueAt: null,
  decisionDue: null,
};

const opened = (
  e: CaseEventOf<'ReportReceived' | 'FindingRecorded' | 'InternalReportReceived'>,
): Omit<OpenCaseState, 'status' | 'origin' | 'openedOn' | 'incident' | 'deadlines'> => ({
  caseId: e.data.caseId,
  regime: e.data.regime,
  region: e.data.region,
  timeZone: e.data.timeZone,
  reporter: null,
  supervisingOffice: null,
  internalSource: null,
  evidence: e.data.evidence,
  respondents: respondentMap(e.data.respondents),
  review: null,
  requirementsCompletedOn: null,
  registration: null,
  extended: false,
  withdrawal: null,
  declined: null,
  clarifications: [],
  breaches: [],
  handlingOffice: e.type === 'InternalReportReceived' ? null : (e.data.handlingOffice ?? null),
  handovers: [],
  completionNotice: null,
  statusNotices: [],
  takenUpFrom: null,
});

const openCase = (state: CaseState, event: CaseEvent): OpenCaseState => {
  if (state.status === 'NONE') {
    throw new Error(`evolveCase: ${event.type} cannot apply to a case that was never opened`);
  }
  return state;
};

/** One respondent's state through one literal: see {@link caseStateShape}. */
const respondentShape = (
  r: RespondentState,
  proceeding: RespondentProceeding = r.proceeding,
): RespondentState => ({
  respondent: r.respondent,
  decision: r.decision,
  forwarding: r.forwarding,
  reroute: r.reroute,
  gakkumdu: r.gakkumdu,
  deliberations: r.deliberations,
  otherLawForward: r.otherLawForward,
  proceeding,
  criminal: r.criminal,
});

/** One respondent's proceedings through one literal: see {@link caseStateShape}. */
const proceedingShape = (p: RespondentProceeding): RespondentProceeding => ({
  supervisorOutcome: p.supervisorOutcome,
  blocked: p.blocked,
  blocks: p.blocks,
  summonses: p.summonses,
  examination: p.examination,
  releasedFromDuty: p.releasedFromDuty,
  earlierSanctions: p.earlierSanctions,
  sanction: p.sanction,
  delivery: p.delivery,
  objection: p.objection,
  effective: p.effective,
  servedOn: p.servedOn,
  court: p.court,
  exit: p.exit,
});

/**
 * Replaces one respondent's state, `build` making the new one from the current one (through
 * the respondent's literal); throws if the stream names a respondent the case lacks.
 */
const putRespondent = (
  state: OpenCaseState,
  respondentId: string,
  build: (r: RespondentState) => RespondentState,
): OpenCaseState => {
  const current = respondentIn(state, respondentId);
  if (current === undefined) {
    throw new Error(`evolveCase: case ${state.caseId} has no respondent ${respondentId}`);
  }
  const respondents = emptyRespondents();
  // Own keys only: a record read back from JSON has Object.prototype, which for-in would walk.
  for (const id of Object.keys(state.respondents)) {
    respondents[id] = state.respondents[id] as RespondentState;
  }
  respondents[respondentId] = build(current);
  const next = caseStateShape(state, respondents) as {
    -readonly [K in keyof OpenCaseState]: OpenCaseState[K];
  };
  next.status = handlingStatus(next);
  return next;
};

/** Replaces one respondent's state. */
const withRespondent = (
  state: OpenCaseState,
  respondentId: string,
  change: (r: RespondentState) => RespondentState,
): OpenCaseState => putRespondent(state, respondentId, (r) => respondentShape(change(r)));

/** Replaces one respondent's proceedings. */
const withProceeding = (
  state: OpenCaseState,
  respondentId: string,
  change: (p: RespondentProceeding) => RespondentProceeding,
): OpenCaseState =>
  putRespondent(state, respondentId, (r) =>
    respondentShape(r, proceedingShape(change(r.proceeding))),
  );

const evolveStep = (state: CaseState, event: CaseEvent): CaseState => {
  switch (event.type) {
    case 'ReportReceived': {
      const d = event.data;
      return {
        ...opened(event),
        status: 'RECEIVED',
        origin: 'REPORT',
        reporter: d.reporter,
        openedOn: d.receivedOn,
        incident: { ...d.incident, discoveredOn: null },
        deadlines: { ...NO_DEADLINES, reviewDue: d.reviewDue },
      };
    }
    case 'FindingRecorded': {
      const d = event.data;
      return {
        ...opened(event),
        status: 'FINDING_RECORDED',
        origin: 'FINDING',
        supervisingOffice: d.supervisingOffice,
        openedOn: d.setOn,
        incident: { ...d.incident, knownOn: null, discoveredOn: d.discoveredOn },
        deadlines: NO_DEADLINES,
      };
    }
    case 'InternalReportReceived': {
      const d = event.data;
      return {
        ...opened(event),
        status: 'WITH_EMPLOYER',
        origin: 'INTERNAL',
        internalSource: d.source,
        openedOn: d.receivedOn,
        incident: { ...d.incident, discoveredOn: null },
        deadlines: NO_DEADLINES,
      };
    }
    case 'PreliminaryReviewCompleted': {
      const s = openCase(state, event);
      const { result } = event.data;
      const incomplete = result.outcome === 'INCOMPLETE';
      return {
        ...s,
        status:
          result.outcome === 'COMPLETE'
            ? 'READY_TO_REGISTER'
            : incomplete
              ? 'AWAITING_COMPLETION'
              : 'NOT_REGISTRABLE',
        review: {
          outcome: result.outcome,
          missing: incomplete ? result.missing : [],
          reviewedOn: event.data.reviewedOn,
          withinDeadline: event.data.reviewedWithinDeadline,
        },
        deadlines: {
          ...s.deadlines,
          filingDue: event.data.filing.due,
          noticeDue: incomplete ? (result.noticeDue ?? null) : null,
          completionDue: incomplete ? (result.completionDue ?? null) : null,
        },
      };
    }
    case 'RequirementsCompleted': {
      const s = openCase(state, event);
      return {
        ...s,
        status: 'READY_TO_REGISTER',
        requirementsCompletedOn: event.data.completedOn,
        evidence: [...s.evidence, ...event.data.evidence],
      };
    }
    case 'CaseRegistered': {
      const s = openCase(state, event);
      return {
        ...s,
        status: 'REGISTERED',
        registration: {
          number: event.data.registrationNumber,
          registeredOn: event.data.registeredOn,
        },
        deadlines: { ...s.deadlines, decisionDue: event.data.decisionDue },
      };
    }
    case 'RegistrationDeclined': {
      const s = openCase(state, event);
      return {
        ...s,
        status: 'NOT_REGISTERED',
        declined: { reason: event.data.reason, declinedOn: event.data.declinedOn },
      };
    }
    case 'ReportWithdrawn': {
      const s = openCase(state, event);
      const d = event.data;
      return {
        ...s,
        status: d.effect === 'CASE_CLOSED' ? 'WITHDRAWN' : s.status,
        withdrawal: { withdrawnOn: d.withdrawnOn, effect: d.effect, recordedBy: d.recordedBy },
      };
    }
    case 'ClarificationRecorded': {
      const s = openCase(state, event);
      return { ...s, clarifications: [...s.clarifications, event.data] };
    }
    case 'DecisionPeriodExtended': {
      const s = openCase(state, event);
      return {
        ...s,
        extended: true,
        deadlines: { ...s.deadlines, decisionDue: event.data.decisionDue },
      };
    }
    case 'RespondentDecided': {
      const d = event.data;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        decision: {
          outcome: d.decision,
          decidedOn: d.decidedOn,
          decidedAt: d.decidedAt ?? null,
          withinDeadline: d.decidedWithinDeadline,
        },
      }));
    }
    case 'ForwardedToSupervisor': {
      const d = event.data;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        forwarding: { supervisor: d.supervisor, forwardedOn: d.forwardedOn },
      }));
    }
    case 'KasnFileRerouted': {
      const d = event.data;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        reroute: {
          to: d.to,
          kasnProcessingStarted: d.kasnProcessingStarted,
          reroutedOn: d.reroutedOn,
        },
      }));
    }
    case 'ReferredToGakkumdu': {
      const d = event.data;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        gakkumdu: {
          referredOn: d.referredOn,
          due: d.referralDue,
          withinDeadline: d.referredWithinDeadline,
          forwardedAt: null,
          dueAt: null,
        },
      }));
    }
    case 'ForwardedToInvestigators': {
      const d = event.data;
      const s = openCase(state, event);
      return withRespondent(s, d.respondentId, (r) => ({
        ...r,
        gakkumdu: {
          referredOn: d.forwardedOn,
          due: localDateOf(d.dueAt, s.timeZone),
          withinDeadline: d.forwardedWithinDeadline,
          forwardedAt: d.forwardedAt,
          dueAt: d.dueAt,
        },
      }));
    }
    case 'GakkumduDeliberationHeld': {
      const d = event.data;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        deliberations: [
          ...r.deliberations,
          { stage: d.stage, conclusion: d.conclusion, heldOn: d.heldOn },
        ],
      }));
    }
    case 'ForwardedToCompetentAuthority': {
      const d = event.data;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        otherLawForward: {
          authority: d.authority,
          addressee: d.addressee,
          forwardedOn: d.forwardedOn,
        },
      }));
    }
    case 'CompletionNoticeSent': {
      const s = openCase(state, event);
      const d = event.data;
      return {
        ...s,
        completionNotice: {
          sentOn: d.sentOn,
          receivedAt: d.receivedAt,
          withinDeadline: d.sentWithinDeadline,
        },
        deadlines: {
          ...s.deadlines,
          completionDue: d.completionDue,
          completionDueAt: d.completionDueAt,
        },
      };
    }
    case 'StatusNoticeIssued': {
      const s = openCase(state, event);
      const d = event.data;
      return {
        ...s,
        statusNotices: [
          ...s.statusNotices,
          { status: d.status, issuedOn: d.issuedOn, withinDeadline: d.issuedWithinDeadline },
        ],
      };
    }
    case 'ReportTakenUpAsFinding': {
      const s = openCase(state, event);
      const d = event.data;
      return {
        ...s,
        status: 'FINDING_RECORDED',
        origin: 'FINDING',
        supervisingOffice: d.supervisingOffice,
        openedOn: d.setOn,
        incident: { ...s.incident, discoveredOn: d.discoveredOn },
        review: null,
        requirementsCompletedOn: null,
        declined: null,
        completionNotice: null,
        deadlines: NO_DEADLINES,
        takenUpFrom: {
          receivedOn: d.lapsedReport.receivedOn,
          declinedOn: d.lapsedReport.declinedOn,
        },
      };
    }
    case 'SupervisorOutcomeRecorded': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        supervisorOutcome: {
          supervisor: d.supervisor,
          result: d.result,
          recordedOn: d.recordedOn,
          followUpDue: d.followUpDue,
        },
      }));
    }
    case 'PersonnelDataBlocked': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        blocked: { blockedOn: d.blockedOn, reason: d.reason },
        blocks: [...p.blocks, { blockedOn: d.blockedOn, unblockedOn: null, unblockReason: null }],
      }));
    }
    case 'PersonnelDataUnblocked': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        blocked: null,
        blocks: p.blocks.map((b, i) =>
          i === p.blocks.length - 1
            ? { ...b, unblockedOn: d.unblockedOn, unblockReason: d.reason }
            : b,
        ),
      }));
    }
    case 'RespondentSummoned': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        summonses: [
          ...p.summonses,
          {
            summons: d.summons,
            letterOn: d.letterOn,
            examinationOn: d.examinationOn,
            letterWithinDeadline: d.letterWithinDeadline,
            outcome: null,
            outcomeOn: null,
          },
        ],
      }));
    }
    case 'ExaminationRecorded': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        summonses: p.summonses.map((x) =>
          x.summons === d.summons ? { ...x, outcome: d.outcome, outcomeOn: d.on } : x,
        ),
        examination:
          d.outcome === 'EXAMINED'
            ? {
                kind: 'EXAMINED',
                on: d.on,
                bapReference: d.bapReference ?? '',
                team: d.team !== null,
              }
            : d.summons === 2
              ? { kind: 'ABSENT_TWICE', on: d.on }
              : p.examination,
      }));
    }
    case 'ReleasedFromDuty': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        releasedFromDuty: { releasedOn: d.releasedOn, endedOn: null },
      }));
    }
    case 'CourtChallengeRecorded': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => {
        if (d.step === 'FILED') {
          return { ...p, court: { court: d.court, filedOn: d.on, judgments: [] } };
        }
        if (p.court === null) return p;
        const judgments = [...p.court.judgments, { outcome: d.outcome, final: d.final, on: d.on }];
        const annulled = d.final && d.outcome === 'SANCTION_ANNULLED';
        return {
          ...p,
          court: { ...p.court, judgments },
          effective: annulled ? { code: null, inForceOn: null } : p.effective,
        };
      });
    }
    case 'BreachNoticed': {
      const s = openCase(state, event);
      const d = event.data;
      return {
        ...s,
        breaches: [
          ...s.breaches,
          { duty: d.duty, respondentId: d.respondentId, due: d.due, noticedAt: d.noticedAt },
        ],
      };
    }
    case 'SanctionDecided': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        earlierSanctions:
          p.sanction === null
            ? p.earlierSanctions
            : [...p.earlierSanctions, { code: p.sanction.code, decidedOn: p.sanction.decidedOn }],
        releasedFromDuty:
          p.releasedFromDuty === null ? null : { ...p.releasedFromDuty, endedOn: d.decidedOn },
        delivery: null,
        objection: null,
        effective: null,
        servedOn: null,
        sanction: {
          code: d.sanction,
          level: d.level,
          decidedOn: d.decidedOn,
          decreeNumber: d.decreeNumber,
          imposedByPpk: d.imposedBy.official === 'PPK',
          imposedByPresident: d.imposedBy.official === 'PRESIDEN',
          lighterThanRecommended: d.lighterThanRecommended,
          deliveryDue: d.deliveryDue,
          repeatOf: d.repeatOf,
        },
      }));
    }
    case 'SanctionDelivered': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        delivery: {
          deliveredOn: d.deliveredOn,
          receivedOn: d.receivedOn,
          withinDeadline: d.deliveredWithinDeadline,
          inForceOn: d.inForceOn,
        },
        effective: { code: p.sanction?.code ?? null, inForceOn: d.inForceOn },
      }));
    }
    case 'ObjectionFiled': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        objection: {
          kind: d.kind,
          filedWith: d.filedWith,
          filedOn: d.filedOn,
          decisionDue: d.decisionDue,
          decision: null,
        },
        // Pasal 38(2): an objected sanction takes force per the objection's decision.
        effective: { code: p.sanction?.code ?? null, inForceOn: null },
      }));
    }
    case 'ObjectionDecided': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        objection:
          p.objection === null
            ? null
            : {
                ...p.objection,
                decision: {
                  outcome: d.outcome,
                  decidedOn: d.decidedOn,
                  withinDeadline: d.decidedWithinDeadline,
                },
              },
        effective: { code: d.sanction, inForceOn: d.inForceOn },
      }));
    }
    case 'SanctionServed': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        servedOn: d.servedOn,
      }));
    }
    case 'RespondentExited': {
      const d = event.data;
      return withProceeding(openCase(state, event), d.respondentId, (p) => ({
        ...p,
        exit: { reason: d.reason, exitedOn: d.exitedOn },
      }));
    }
    case 'CriminalStepRecorded': {
      const d = event.data;
      const c = d.criminal;
      return withRespondent(openCase(state, event), d.respondentId, (r) => ({
        ...r,
        criminal: [
          ...r.criminal,
          {
            step: c.step,
            on: d.recordedOn,
            withinDeadline: d.withinDeadline,
            ...('verdict' in c ? { verdict: c.verdict } : {}),
          },
        ],
      }));
    }
    case 'CaseHandedOver': {
      const s = openCase(state, event);
      const d = event.data;
      return {
        ...s,
        handlingOffice: d.to,
        handovers: [
          ...s.handovers,
          { kind: d.kind, from: d.from, to: d.to, handedOverOn: d.handedOverOn },
        ],
      };
    }
  }
};

/**
 * The state with its fields laid out by one object literal, in one order. Each event kind
 * builds the next state at its own site (`{ ...s, registration }`, `{ ...s, respondents }`),
 * and V8 gives each site's objects their own hidden class; with dozens of them, every spread
 * of a state fell back to V8's slow generic copy (about a microsecond per state, the largest
 * single cost of a rebuild). Passing every state through this one literal keeps a single
 * hidden class, so the next event's spread is a fast clone. Same fields, same order, same
 * values: nothing observable changes.
 */
const caseStateShape = (
  s: OpenCaseState,
  respondents: OpenCaseState['respondents'] = s.respondents,
): OpenCaseState => ({
  caseId: s.caseId,
  regime: s.regime,
  region: s.region,
  timeZone: s.timeZone,
  reporter: s.reporter,
  supervisingOffice: s.supervisingOffice,
  internalSource: s.internalSource,
  evidence: s.evidence,
  respondents,
  review: s.review,
  requirementsCompletedOn: s.requirementsCompletedOn,
  registration: s.registration,
  extended: s.extended,
  withdrawal: s.withdrawal,
  declined: s.declined,
  clarifications: s.clarifications,
  breaches: s.breaches,
  handlingOffice: s.handlingOffice,
  handovers: s.handovers,
  completionNotice: s.completionNotice,
  statusNotices: s.statusNotices,
  takenUpFrom: s.takenUpFrom,
  status: s.status,
  origin: s.origin,
  openedOn: s.openedOn,
  incident: s.incident,
  deadlines: s.deadlines,
});

export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  const next = evolveStep(state, event);
  return next.status === 'NONE' ? next : caseStateShape(next);
};
