/**
 * intakeHistoryArb: a valid intake history for a random regime, region and legal path, as the
 * commands a Bawaslu office, a reporter, a satgas or a supervisor would send, with the status
 * the case must end in and a decision context whose clock is after the last command.
 *
 * Every command is meant to be accepted by the decider in turn; the property tests beside this
 * file check that it is, so a rejection there is a disagreement between this reading of the
 * rules and the decider's.
 *
 * The histories follow rulebook 2024.2 (defaultRulebook): the completion notice and the
 * completion period on the clock, a lapsed report taken up as a finding, status notices,
 * deliberations in Sentra Gakkumdu before a crime is declared and the forward to Polri
 * investigators, non-ASN respondents (village heads and officials, honorers, TNI and Polri
 * members) forwarded on the OTHER_LAW track to the authority over them, and hand-overs between
 * Bawaslu levels once core implements them (new-steps.test.ts checks each occurs).
 *
 * After a forward to the ASN supervisor, the respondent's proceedings (issue 15) follow: the
 * supervisor's outcome, SIASN blocks and their lifting, the PPK's sanction and its delivery, an
 * objection and its decision, the sanction served, the respondent's exit; after a forward to
 * Polri, the criminal track (proceedings-moves.ts; proceedings-steps.test.ts checks each occurs).
 */
import {
  type CaseCommand,
  type CaseContext,
  type CaseOrigin,
  type CaseStatus,
  defaultRulebook,
  type IsoDate,
  type Regime,
  type Reporter,
  type Respondent,
  type Rulebook,
  type SanctionCode,
} from '@netra/core';
import type fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';
import { drawDateBetween, plusDays } from './dates.js';
import { authorityOver, type CompetentAuthority, walkHandling } from './handling-walk.js';
import { maybeHandOver } from './handover-walk.js';
import { register, walkAfterDecline, walkReportIntake } from './intake-walk.js';
import { openCase } from './opening-walk.js';
import { drawAgency, drawReporter, drawRespondents } from './people.js';
import { fileHolder } from './proceedings-walk.js';
import { printedAs } from './readable.js';
import { drawJurisdiction, type Jurisdiction } from './regions.js';
import {
  type CriminalStepName,
  type ExitReason,
  type NoticedStatus,
  newRespondentModel,
  type RespondentModel,
  type SupervisorResult,
  type Walk,
  walkStart,
} from './walk-state.js';

export interface IntakeHistoryOptions {
  readonly regimes?: readonly Regime[];
  readonly origins?: readonly CaseOrigin[];
  /** The rulebook the history is decided under; defaultRulebook by default. */
  readonly rulebook?: Rulebook;
  /**
   * Walk the proceedings after the forwards on while any step of them is open (the walk does not
   * stop early there), for tests that need their later steps often; false by default.
   */
  readonly toTheEnd?: boolean;
}

/**
 * What the walk did in a forwarded respondent's proceedings (issue 15), as its own model has it:
 * the decider's state must agree.
 */
export interface ExpectedProceeding {
  /** The supervisor who verified the file, and what it found; null while it has not. */
  readonly supervisor: 'KASN' | 'BKN' | 'MENPANRB' | null;
  readonly outcome: SupervisorResult | null;
  /** How many SIASN blocks were placed, whether one is in place, how each lifted one was lifted. */
  readonly blocks: number;
  readonly blocked: boolean;
  readonly unblocks: readonly ('PPK_FOLLOWED_UP' | 'BLOCKED_IN_ERROR')[];
  readonly sanction: SanctionCode | null;
  /** Lighter than the recommendation, by the walk's reading of the catalogue. */
  readonly lighterThanRecommended: boolean | null;
  /** Delivered within 14 working days; null while not delivered. */
  readonly deliveredInTime: boolean | null;
  /** The objection filed, with whom, and how it was decided (null while undecided). */
  readonly objection: {
    readonly kind: 'KEBERATAN' | 'BANDING';
    readonly filedWith: 'PPK' | 'ATASAN_PEJABAT' | 'BPASN';
    readonly outcome: 'UPHELD' | 'REDUCED' | 'INCREASED' | 'CHANGED' | 'ANNULLED' | null;
  } | null;
  /** The sanction as it stands after any objection (null once annulled), once delivered. */
  readonly effective: SanctionCode | null;
  readonly served: boolean;
  readonly exit: ExitReason | null;
}

export interface IntakeHistory {
  readonly regime: Regime;
  readonly origin: CaseOrigin;
  readonly caseId: string;
  readonly jurisdiction: Jurisdiction;
  readonly reporter: Reporter | null;
  readonly respondents: readonly Respondent[];
  /** The commands, in order; every `meta.occurredAt` is later than the one before. */
  readonly commands: readonly CaseCommand[];
  /** One label per command, e.g. `CompletePreliminaryReview:INCOMPLETE`, for statistics. */
  readonly path: readonly string[];
  /** The status the case is in after the last command. */
  readonly expectedStatus: Exclude<CaseStatus, 'NONE'>;
  /** For each forwarded respondent, the supervisor the forward date calls for. */
  readonly expectedForwarding: Readonly<Record<string, 'KASN' | 'BKN'>>;
  /**
   * For each non-ASN respondent forwarded on the OTHER_LAW track, the authority their kind
   * goes to (a village head to the Bupati/Wali Kota, a TNI member to the command…).
   */
  readonly expectedAuthorities: Readonly<Record<string, CompetentAuthority>>;
  /**
   * For each respondent the supervisor has verified, or who left the service, what their
   * proceedings came to.
   */
  readonly expectedProceedings: Readonly<Record<string, ExpectedProceeding>>;
  /** For each respondent forwarded to Polri, the steps of the criminal track, in order. */
  readonly expectedCriminal: Readonly<Record<string, readonly CriminalStepName[]>>;
  /** The statuses announced by a status notice, in order. */
  readonly announced: readonly NoticedStatus[];
  /** The decision context: `now` after the last command, the rulebook in force. */
  readonly context: CaseContext;
}

/**
 * Incident windows per regime. Each straddles the candidate determination (13 Nov 2023;
 * 22 Sep 2024: SKB bakal calon vs calon items) and reaches past 23 Aug 2024, so forwards go to
 * KASN and to BKN in both regimes.
 */
const INCIDENT_WINDOWS: Readonly<Record<Regime, readonly [IsoDate, IsoDate]>> = {
  PEMILU_2024: ['2023-09-01', '2024-09-30'],
  PILKADA_2024: ['2024-06-01', '2024-11-30'],
};

/** Gives every step its metadata: ids, a trace sometimes, and the instant it was placed at. */
const toCommands = (w: Walk): CaseCommand[] =>
  w.steps.map((step, i): CaseCommand => {
    const commandId = `cmd-${w.caseId}-${i + 1}`;
    // Sometimes a workflow id and the command that caused this one, as an integrating system sends.
    const trace = w.c.chance(20)
      ? { correlationId: `corr-${w.caseId}`, causationId: `cmd-${w.caseId}-${Math.max(1, i)}` }
      : {};
    const meta = { commandId, actor: step.actor, occurredAt: step.occurredAt, ...trace };
    return { ...step.body, meta } as CaseCommand;
  });

export const drawIntakeHistory = (
  c: Chooser,
  options: IntakeHistoryOptions = {},
): IntakeHistory => {
  const rulebook = options.rulebook ?? defaultRulebook;
  const regime = c.pick(options.regimes ?? (['PEMILU_2024', 'PILKADA_2024'] as const));
  const origin = c.weighted<CaseOrigin>(
    (['REPORT', 'FINDING', 'INTERNAL'] as const)
      .filter((o) => options.origins?.includes(o) ?? true)
      .map((o) => [o === 'REPORT' ? 5 : o === 'FINDING' ? 3 : 2, o] as const),
  );
  const jurisdiction = drawJurisdiction(c);
  const [from, to] = INCIDENT_WINDOWS[regime];
  // Mostly anywhere in the window; sometimes around the candidate determination (the SKB stage
  // boundary) or just before the KASN → BKN transfer, where off-by-one errors would show.
  const determination = rulebook.elections[regime].candidateDetermination;
  const incidentOn = c.weighted<() => IsoDate>([
    [8, () => drawDateBetween(c, from, to)],
    [1, () => plusDays(determination, c.int(-3, 1))],
    [1, () => plusDays(rulebook.supervisorRouting.bknFrom, -c.int(1, 12))],
  ])();
  const code = jurisdiction.region.code.replace('.', '');
  const respondents = drawRespondents(c, {
    region: jurisdiction.region,
    asOf: incidentOn,
    idPrefix: `terlapor-${code}`,
    ...(origin === 'INTERNAL' ? { agency: drawAgency(c, jurisdiction.region) } : {}),
  });
  const model: Record<string, RespondentModel> = {};
  for (const respondent of respondents)
    model[respondent.respondentId] = newRespondentModel(respondent);
  const w: Walk = {
    c,
    rulebook,
    regime,
    jurisdiction,
    origin,
    caseId: `case-${regime === 'PEMILU_2024' ? 'pemilu' : 'pilkada'}-${code}-${String(c.int(1, 9999)).padStart(4, '0')}`,
    reporter: origin === 'REPORT' ? drawReporter(c, jurisdiction.region) : null,
    respondents,
    ...walkStart(incidentOn),
    model,
    toTheEnd: options.toTheEnd ?? false,
  };
  const lateFiling = openCase(w, plusDays(incidentOn, c.int(0, 4)));
  if (origin === 'REPORT') {
    walkReportIntake(w, lateFiling);
    if (w.status === 'NOT_REGISTERED') walkAfterDecline(w);
  } else if (origin === 'FINDING' && c.chance(90)) {
    maybeHandOver(w, 5);
    register(w);
  }
  if (w.status === 'REGISTERED') walkHandling(w);

  const commands = toCommands(w);
  const now = new Date(w.latestAt + c.int(1, 60 * 24 * 30) * 60_000);
  const expectedForwarding: Record<string, 'KASN' | 'BKN'> = {};
  const expectedAuthorities: Record<string, CompetentAuthority> = {};
  const expectedProceedings: Record<string, ExpectedProceeding> = {};
  const expectedCriminal: Record<string, readonly CriminalStepName[]> = {};
  for (const r of Object.values(model)) {
    const id = r.respondent.respondentId;
    if (r.forwardedTo !== null) expectedForwarding[id] = r.forwardedTo;
    if (r.authorityForwarded) expectedAuthorities[id] = authorityOver(r.respondent.kind);
    if (r.referred) expectedCriminal[id] = r.criminalSteps.map((s) => s.step);
    const p = r.proceeding;
    if (p.outcome !== null || p.exit !== null) {
      const { objection } = p;
      expectedProceedings[id] = {
        supervisor: p.outcome === null ? null : fileHolder(r),
        outcome: p.outcome,
        blocks: p.blocks,
        blocked: p.blocked,
        unblocks: [...p.unblocks],
        sanction: p.sanction,
        lighterThanRecommended: p.lighter,
        deliveredInTime: p.deliveredInTime,
        objection:
          objection === null
            ? null
            : { kind: objection.kind, filedWith: objection.filedWith, outcome: objection.outcome },
        effective: p.effective,
        served: p.served,
        exit: p.exit,
      };
    }
  }
  return printedAs(
    {
      regime,
      origin,
      caseId: w.caseId,
      jurisdiction,
      reporter: w.reporter,
      respondents,
      commands,
      path: w.steps.map((s) => s.label),
      expectedStatus: w.status,
      expectedForwarding,
      expectedAuthorities,
      expectedProceedings,
      expectedCriminal,
      announced: [...w.announced],
      context: { now, rulebook, rulebookVersion: rulebook.version },
    },
    printHistory,
  );
};

/** The history without the rulebook: path, status, clock and the commands as sent. */
export const printHistory = (h: IntakeHistory): string =>
  JSON.stringify(
    {
      path: h.path,
      expectedStatus: h.expectedStatus,
      now: h.context.now.toISOString(),
      rulebookVersion: h.context.rulebookVersion,
      commands: h.commands,
    },
    null,
    1,
  );

/** Valid intake histories (see the module comment). */
export const intakeHistoryArb = (options: IntakeHistoryOptions = {}): fc.Arbitrary<IntakeHistory> =>
  arbitraryOf((c) => drawIntakeHistory(c, options));
