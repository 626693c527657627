/**
 * Read model 2, sanction status (DESIGN.md §3): one respondent, by NIP, across every case that
 * names them — per case the supervisor's recommendation, the sanction and its decree, when it
 * took (or takes) force, was served or annulled, the objection and its decision, the court,
 * the SIASN block now and before, the exit from the service; over all cases the repeat
 * offences and where the person stands now. Read by the BKPSDM before a promotion or a
 * transfer, by BKN when it blocks or unblocks SIASN (Perban 1/2023), by the PPK deciding a
 * repeat offence ("a repeat of the same kind is heavier than the last", research §3.4 step 5).
 *
 * The cases are found through the index (`nip:<nip>`); only ASN respondents (PNS, CPNS,
 * PPPK) carry a NIP. Everything else is read from the folded state of those cases.
 */

import type { RespondentKind } from '../../case/schema/primitives.js';
import type { OpenCaseState, RespondentProceeding, RespondentState } from '../../case/state.js';
import { respondentsOf } from '../../case/state.js';
import type {
  RecommendationLevel,
  Regime,
  SanctionCode,
  SanctionLevel,
  SkbCode,
} from '../../rules/index.js';
import { compareDates, type IsoDate, localDateOf } from '../../time/index.js';
import type { ReadModel } from '../read-model.js';
import type { CaseRow } from './case-row.js';
import { nipKey } from './keys.js';
import {
  FINAL_RESPONDENT_STAGES,
  type RespondentStage,
  respondentStage,
} from './respondent-stage.js';
import { rowsUnder } from './rows-for.js';

type Proceeding = RespondentProceeding;
type Outcome = NonNullable<Proceeding['supervisorOutcome']>;

/** One case of the respondent, as far as it has gone. */
export interface CaseSanctionRecord {
  readonly caseId: string;
  readonly respondentId: string;
  readonly regime: Regime;
  readonly regionCode: string;
  readonly openedOn: IsoDate;
  /** The agency and unit named in this case (a person may move between cases). */
  readonly agency: { readonly id: string; readonly name: string };
  readonly unit: string | null;
  readonly stage: RespondentStage;
  /** Bawaslu's decision on the respondent. */
  readonly decision: {
    readonly outcome: 'VIOLATION' | 'NOT_A_VIOLATION' | 'STOPPED';
    readonly skbCode: SkbCode | null;
    readonly decidedOn: IsoDate;
  } | null;
  /** The supervisor's verification: PROVEN with the level recommended, NOT_PROVEN, RETURNED. */
  readonly recommendation: {
    readonly supervisor: Outcome['supervisor'];
    readonly outcome: Outcome['result']['outcome'];
    readonly level: RecommendationLevel | null;
    readonly skbCodes: readonly SkbCode[];
    readonly recordedOn: IsoDate;
  } | null;
  /** The sanction decided (the last one, when a ladder went on to a heavier step). */
  readonly sanction: {
    readonly code: SanctionCode;
    readonly level: SanctionLevel;
    readonly decreeNumber: string;
    readonly decidedOn: IsoDate;
    readonly lighterThanRecommended: boolean;
    readonly repeatOf: { readonly caseId: string; readonly sanction: SanctionCode } | null;
  } | null;
  /** Sanctions decided earlier in this case and followed by a heavier step. */
  readonly earlierSanctions: Proceeding['earlierSanctions'];
  readonly deliveredOn: IsoDate | null;
  /** The sanction as any objection or judgment left it (code null: annulled). */
  readonly effective: {
    readonly code: SanctionCode | null;
    readonly inForceOn: IsoDate | null;
  } | null;
  /** In force on `now`'s date in the case's zone: force date come, not served, not annulled. */
  readonly inForce: boolean;
  readonly servedOn: IsoDate | null;
  readonly annulled: boolean;
  readonly objection: Proceeding['objection'];
  readonly court: Proceeding['court'];
  /** SIASN (Perban 1/2023): the block now, if any, and every block with its lifting. */
  readonly siasn: {
    readonly blocked: Proceeding['blocked'];
    readonly history: Proceeding['blocks'];
  };
  readonly exit: Proceeding['exit'];
}

/** Where the person stands over all their cases. */
export interface CurrentSanctionStatus {
  /** The stage in the case opened last (the latest matter). */
  readonly latestStage: RespondentStage;
  /** Cases whose stage is not final (something is still expected). */
  readonly openCases: number;
  /** Sanctions in force today: the case and the sanction as it stands. */
  readonly inForce: readonly { readonly caseId: string; readonly code: SanctionCode }[];
  /** True while any case holds a SIASN block. */
  readonly blocked: boolean;
  /** True once any case recorded the exit from the service. */
  readonly exited: boolean;
}

/** One person, by NIP, over every case that names them. */
export interface RespondentSanctionStatus {
  readonly nip: string;
  /** As named in the case opened last. */
  readonly name: string;
  readonly kind: RespondentKind;
  /** Every case naming the NIP, oldest first (opening date, then case id). */
  readonly cases: readonly CaseSanctionRecord[];
  /** Cases in which the respondent was found to violate (Bawaslu's VIOLATION) or sanctioned. */
  readonly offences: number;
  /** More than one offence, or a sanction the PPK recorded as a repeat (`repeatOf`). */
  readonly repeatOffender: boolean;
  /** The sanctions recorded as repeats, and of what. */
  readonly repeats: readonly {
    readonly caseId: string;
    readonly of: { readonly caseId: string; readonly sanction: SanctionCode };
  }[];
  readonly current: CurrentSanctionStatus;
}

const recordOf = (s: OpenCaseState, r: RespondentState, now: Date): CaseSanctionRecord => {
  const p = r.proceeding;
  const outcome = p.supervisorOutcome;
  const decided = r.decision?.outcome;
  const effective = p.effective;
  const today = localDateOf(now, s.timeZone);
  const annulled = p.sanction !== null && effective !== null && effective.code === null;
  return {
    caseId: s.caseId,
    respondentId: r.respondent.respondentId,
    regime: s.regime,
    regionCode: s.region.code,
    openedOn: s.openedOn,
    agency: r.respondent.agency,
    unit: r.respondent.unit ?? null,
    stage: respondentStage(s, r),
    decision:
      r.decision === null || decided === undefined
        ? null
        : {
            outcome: decided.outcome,
            skbCode: decided.outcome === 'VIOLATION' ? decided.skbCode : null,
            decidedOn: r.decision.decidedOn,
          },
    recommendation:
      outcome === null
        ? null
        : {
            supervisor: outcome.supervisor,
            outcome: outcome.result.outcome,
            level: outcome.result.outcome === 'PROVEN' ? outcome.result.level : null,
            skbCodes: outcome.result.outcome === 'PROVEN' ? outcome.result.skbCodes : [],
            recordedOn: outcome.recordedOn,
          },
    sanction:
      p.sanction === null
        ? null
        : {
            code: p.sanction.code,
            level: p.sanction.level,
            decreeNumber: p.sanction.decreeNumber,
            decidedOn: p.sanction.decidedOn,
            lighterThanRecommended: p.sanction.lighterThanRecommended,
            repeatOf: p.sanction.repeatOf,
          },
    earlierSanctions: p.earlierSanctions,
    deliveredOn: p.delivery?.deliveredOn ?? null,
    effective,
    inForce:
      effective !== null &&
      effective.code !== null &&
      effective.inForceOn !== null &&
      compareDates(effective.inForceOn, today) <= 0 &&
      p.servedOn === null &&
      p.exit === null,
    servedOn: p.servedOn,
    annulled,
    objection: p.objection,
    court: p.court,
    siasn: { blocked: p.blocked, history: p.blocks },
    exit: p.exit,
  };
};

const earlier = (a: CaseSanctionRecord, b: CaseSanctionRecord): number =>
  a.openedOn !== b.openedOn ? (a.openedOn < b.openedOn ? -1 : 1) : a.caseId < b.caseId ? -1 : 1;

/**
 * The sanction status of the respondent with this NIP at `now` (whose date, in each case's
 * zone, decides what is in force), or null when no case names the NIP.
 */
export const sanctionStatus = (
  model: ReadModel<CaseRow>,
  nip: string,
  now: Date,
): RespondentSanctionStatus | null => {
  const found: { record: CaseSanctionRecord; r: RespondentState }[] = [];
  for (const row of rowsUnder(model, nipKey(nip))) {
    for (const r of respondentsOf(row.state)) {
      if (r.respondent.nip === nip) found.push({ record: recordOf(row.state, r, now), r });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => earlier(a.record, b.record));
  const cases = found.map((f) => f.record);
  const latest = found[found.length - 1] as (typeof found)[number];
  const offences = cases.filter(
    (c) => c.decision?.outcome === 'VIOLATION' || c.sanction !== null,
  ).length;
  const repeats = cases.flatMap((c) =>
    c.sanction?.repeatOf == null ? [] : [{ caseId: c.caseId, of: c.sanction.repeatOf }],
  );
  return {
    nip,
    name: latest.r.respondent.name,
    kind: latest.r.respondent.kind,
    cases,
    offences,
    repeatOffender: offences > 1 || repeats.length > 0,
    repeats,
    current: {
      latestStage: latest.record.stage,
      openCases: cases.filter((c) => !FINAL_RESPONDENT_STAGES.includes(c.stage)).length,
      inForce: cases.flatMap((c) =>
        c.inForce && c.effective?.code != null
          ? [{ caseId: c.caseId, code: c.effective.code }]
          : [],
      ),
      blocked: cases.some((c) => c.siasn.blocked !== null),
      exited: cases.some((c) => c.exit !== null),
    },
  };
};
