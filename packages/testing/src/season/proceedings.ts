/**
 * What follows the forwards, per respondent as planned (issue 15; research/legal-process.md
 * §3.3–§3.6):
 * - the supervisor verifies each forwarded file and recommends a sanction (PROVEN), at the level
 *   the SKB 2022 item sets (moral for the ethics items of the bakal calon stage). KASN verifies
 *   before it ceases on 23 Aug 2024; a KASN file it did not reach is rerouted under SE MenPAN-RB
 *   4/2024 (to KemenPAN-RB if KASN had started on it, to BKN if not);
 * - a respondent to be sanctioned: now and then BKN first blocks their data in SIASN; the PPK
 *   summons and examines them (a team for a heavy recommendation; an absence means a second
 *   summons, two mean a decision on the evidence), may release them from duty, and the official
 *   with authority decides the sanction; a block is then lifted; the decision is mostly
 *   delivered, sometimes objected to and the objection decided, and the sanction is recorded
 *   served when it has run;
 * - a respondent whose PPK does not follow up: nothing more, or a SIASN block that stays;
 * - a village head, a village official or an honorer forwarded to the authority over them may be
 *   sanctioned by it (the village ladder's first step, or the contract's).
 * The steps of the respondents of one case interleave; serving, which waits months, comes last.
 */
import {
  type ActorRef,
  type IsoDate,
  type RecommendationLevel,
  SKB_CODES,
  type SkbCode,
  skbItem,
} from '@netra/core';
import { drawRerouteActor } from '../generators/actors.js';
import { authoritySanction, mayAuthoritySanction } from '../generators/authority-sanction-walk.js';
import { mayRecordCriminalStep, recordCriminalStep } from '../generators/criminal-walk.js';
import { drawDateBetween, isAfter, laterOf, plusDays } from '../generators/dates.js';
import {
  mayRelease,
  recordExamination,
  releaseFromDuty,
  summonForExamination,
} from '../generators/examination-walk.js';
import {
  decideObjection,
  fileObjection,
  mayDecideObjection,
  mayObject,
} from '../generators/objection-walk.js';
import {
  blockPersonnelData,
  decideSanction,
  deliverSanction,
  fileHolder,
  type Holder,
  proceedingDue,
  provenResult,
  unblockPersonnelData,
} from '../generators/proceedings-walk.js';
import { mayServe, recordSanctionServed, sanctionEndsOn } from '../generators/serving-walk.js';
import { addStep, type RespondentModel, respondentModels } from '../generators/walk-state.js';
import { act, type CaseScript } from './act.js';
import type { SeasonWalk } from './case-walk.js';
import { inLanes } from './lanes.js';

/**
 * The season's records reach into mid-2026: a sanction that runs until later is not recorded
 * served (within weeks of its end, a sanction that ends by this day is).
 */
const LAST_END: IsoDate = '2026-05-15';

/** The desks that verify files: KASN's, BKN's centre and regional offices, KemenPAN-RB's. */
const supervisorActor = (w: SeasonWalk, holder: Holder): ActorRef => {
  const { c } = w;
  if (c.chance(8)) return { id: 'netra-siasn-sync', role: 'system', scope: {} };
  const id =
    holder === 'KASN'
      ? `kasn-pengawasan-0${c.int(1, 4)}`
      : holder === 'MENPANRB'
        ? 'menpanrb-asdep-01'
        : c.chance(40)
          ? `bkn-wasdal-0${c.int(1, 5)}`
          : `bkn-kanreg-${c.pick(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv'])}-01`;
  return { id, role: 'supervisor', scope: {} };
};

/** The level the supervisor recommends for conduct under `code` (SKB 2022 Lampiran II). */
const recommendationFor = (w: SeasonWalk, code: SkbCode): RecommendationLevel => {
  const { c } = w;
  const { level } = skbItem(w.rulebook, code);
  switch (level) {
    case 'MORAL':
      return c.chance(60) ? 'MORAL_TERTUTUP' : 'MORAL_TERBUKA';
    case 'SATGAS_DECIDES':
      return c.pick(['LIGHT', 'MODERATE'] as const);
    case 'HEAVY':
      return c.chance(85) ? 'HEAVY' : 'MODERATE';
    case 'MODERATE':
      return c.chance(85) ? 'MODERATE' : 'LIGHT';
    default:
      return level;
  }
};

/** The supervisor's recommendation: PROVEN, as every forwarded file of the season is. */
const recordOutcome = (w: SeasonWalk, r: RespondentModel): void => {
  const { c } = w;
  const holder = fileHolder(r);
  if (holder === null) throw new Error(`${r.respondent.respondentId} was not forwarded`);
  const kasnLastDay = plusDays(w.rulebook.supervisorRouting.bknFrom, -1);
  const on =
    holder === 'KASN'
      ? drawDateBetween(c, w.cursor, kasnLastDay)
      : plusDays(w.cursor, c.chance(50) ? c.int(1, 14) : c.int(15, 75));
  const found = r.skbCode ?? w.plan.skbCode;
  const level = recommendationFor(w, found);
  addStep(w, {
    on,
    actor: supervisorActor(w, holder),
    body: {
      type: 'RecordSupervisorOutcome',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      result: provenResult(w, r, {
        holder,
        on,
        level,
        skbCodes: c.chance(15) ? [found, c.pick(SKB_CODES.filter((s) => s !== found))] : [found],
      }),
    },
    label: `RecordSupervisorOutcome:PROVEN:${holder}`,
  });
  r.proceeding.outcome = 'PROVEN';
  r.proceeding.recommended = level;
  r.proceeding.followUpDue = proceedingDue(w, 'PPK_FOLLOW_UP', w.cursor);
};

/** SE MenPAN-RB 4/2024: the KASN files of the case still unverified, rerouted in one letter. */
const reroute = (w: SeasonWalk, files: readonly RespondentModel[]): void => {
  const { c } = w;
  const from = laterOf(w.cursor, w.rulebook.supervisorRouting.transition.seSignedOn);
  const kasnProcessingStarted = c.chance(40);
  addStep(w, {
    on: plusDays(from, c.int(0, 10)),
    actor: drawRerouteActor(c),
    body: {
      type: 'RerouteKasnFile',
      caseId: w.caseId,
      respondentIds: files.map((r) => r.respondent.respondentId),
      kasnProcessingStarted,
    },
    label: `RerouteKasnFile:${kasnProcessingStarted ? 'MENPANRB' : 'BKN'}`,
  });
  for (const r of files) {
    r.rerouted = true;
    r.reroutedTo = kasnProcessingStarted ? 'MENPANRB' : 'BKN';
  }
};

/** What the walk means to do for one respondent, drawn once. */
interface Intent {
  block: boolean;
  release: boolean;
  deliver: boolean;
  object: boolean;
  serve: boolean;
  criminal: boolean;
  failures: number;
}

type Action =
  | 'outcome'
  | 'block'
  | 'unblock'
  | 'summon'
  | 'examine'
  | 'release'
  | 'sanction'
  | 'deliver'
  | 'object'
  | 'decide objection'
  | 'serve'
  | 'authority sanction'
  | 'criminal';

const fateOf = (w: SeasonWalk, r: RespondentModel) => w.fates.get(r.respondent.respondentId)?.fate;

/** The next step of `r`'s discipline proceedings, or null when nothing more happens there. */
const disciplineAction = (w: SeasonWalk, r: RespondentModel, intent: Intent): Action | null => {
  const p = r.proceeding;
  const fate = fateOf(w, r);
  if (fate === 'OTHER_LAW_SANCTIONED') {
    return p.sanction === null && mayAuthoritySanction(w, r) ? 'authority sanction' : null;
  }
  if (r.forwardedTo === null || p.exit !== null) return null;
  if (p.outcome === null) return 'outcome';
  if (fate === 'NOT_FOLLOWED_UP') return intent.block && p.blocks === 0 ? 'block' : null;
  if (fate !== 'SANCTIONED') return null;
  if (p.sanction === null) {
    if (intent.block && p.blocks === 0) return 'block';
    if (p.examination === null) {
      if (intent.release && mayRelease(w, r)) return 'release';
      return p.pendingExamOn === null ? 'summon' : 'examine';
    }
    return 'sanction';
  }
  if (p.blocked) return 'unblock';
  if (p.deliveredInTime === null) return intent.deliver ? 'deliver' : null;
  if (intent.object && p.objection === null && mayObject(w, r)) return 'object';
  if (mayDecideObjection(r)) return 'decide objection';
  const endsOn = sanctionEndsOn(w, r);
  return intent.serve && mayServe(w, r) && endsOn !== undefined && !isAfter(endsOn, LAST_END)
    ? 'serve'
    : null;
};

/**
 * The next step of `r`'s proceedings, or null when nothing more happens to them: the criminal
 * track (Sentra Gakkumdu, then the courts) runs beside the discipline.
 */
const nextAction = (w: SeasonWalk, r: RespondentModel, intent: Intent): Action | null => {
  const discipline = disciplineAction(w, r, intent);
  const criminal = intent.criminal && mayRecordCriminalStep(w, r);
  return criminal && (discipline === null || w.c.chance(40)) ? 'criminal' : discipline;
};

/** The walker of each action (they take the respondents they may choose from: just `r`). */
const TAKE: Readonly<Record<Action, (w: SeasonWalk, pending: readonly RespondentModel[]) => void>> =
  {
    outcome: (w, [r]) => recordOutcome(w, r as RespondentModel),
    block: blockPersonnelData,
    unblock: unblockPersonnelData,
    summon: summonForExamination,
    examine: recordExamination,
    release: releaseFromDuty,
    sanction: decideSanction,
    deliver: deliverSanction,
    object: fileObjection,
    'decide objection': decideObjection,
    serve: recordSanctionServed,
    'authority sanction': authoritySanction,
    criminal: recordCriminalStep,
  };

/** After a walker declined to act (no step added): give that step up, or fail if it is owed. */
const declined = (w: SeasonWalk, r: RespondentModel, action: Action, intent: Intent): void => {
  if (action === 'object') intent.object = false;
  else if (action === 'criminal') intent.criminal = false;
  else if (action === 'serve') intent.serve = false;
  else if (++intent.failures > 8) {
    throw new Error(`${w.caseId}: ${action} for ${r.respondent.respondentId} cannot be taken`);
  }
};

/** The KASN files: verified before KASN ceased, or (the rest) rerouted after SE 4/2024. */
function* kasnFiles(w: SeasonWalk): CaseScript {
  const { bknFrom } = w.rulebook.supervisorRouting;
  const atKasn = respondentModels(w).filter((r) => r.forwardedTo === 'KASN');
  const late: RespondentModel[] = [];
  for (const r of atKasn) {
    if (!isAfter(bknFrom, w.cursor) || w.c.chance(35)) late.push(r);
    else yield* act(w, () => recordOutcome(w, r));
  }
  if (late.length > 0) yield* act(w, () => reroute(w, late));
}

/** One respondent's proceedings, on a walk of their own (lanes.ts merges the respondents'). */
function* respondentProceedings(w: SeasonWalk, r: RespondentModel): CaseScript {
  const { c } = w;
  const fate = fateOf(w, r);
  const intent: Intent = {
    block: fate === 'NOT_FOLLOWED_UP' ? c.chance(45) : c.chance(12),
    release: c.chance(30),
    deliver: c.chance(88),
    object: c.chance(12),
    serve: c.chance(65),
    criminal: true,
    failures: 0,
  };
  for (let guard = 0; guard < 200; guard++) {
    const action = nextAction(w, r, intent);
    if (action === null) return;
    const added = yield* act(w, () => TAKE[action](w, [r]));
    if (!added) declined(w, r, action, intent);
  }
  throw new Error(`${w.caseId}: the proceedings of ${r.respondent.respondentId} did not end`);
}

/**
 * The proceedings of every forwarded respondent of the case: the KASN files first, then each
 * respondent on their own clock (the PPK acts on one while the supervisor still verifies
 * another), the steps merged in time.
 */
export function* proceed(w: SeasonWalk): CaseScript {
  yield* kasnFiles(w);
  yield* inLanes(
    w,
    respondentModels(w).map((r) => (lane: SeasonWalk) => respondentProceedings(lane, r)),
  );
}
