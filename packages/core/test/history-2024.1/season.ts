/**
 * The Pilkada 2024 season as the code of rulebook 2024.1 recorded it (commit 02c0629; see
 * ../fixtures/rulebook-2024.1/README.md), and the few commands the tests send on top of it.
 * Read from the files, never rebuilt: the point is that these bytes came from the old code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActorRef } from '../../src/handler/command-meta.js';
import type { RecordedEvent } from '../../src/store/envelope.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/rulebook-2024.1/${name}`, import.meta.url));

export const SEASON_FILE = fixture('season.ndjson');

/** Every event of the demo's store, in global order, as recorded. */
export const SEASON: readonly RecordedEvent[] = readFileSync(SEASON_FILE, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as RecordedEvent);

export interface StateStep {
  readonly streamVersion: number;
  readonly type: string;
  readonly state: unknown;
}

/**
 * The one change of vocabulary since 2024.1 (issue 14): the case state names its deadlines as
 * the events always did, `<step>Due`. State is derived and never stored, so no stored event
 * changes and no upcaster is involved; the recorded states are read in today's names, and every
 * value must still be the same.
 */
const DEADLINE_NAMES: Readonly<Record<string, string>> = {
  preliminaryReview: 'reviewDue',
  filing: 'filingDue',
  completion: 'completionDue',
  decision: 'decisionDue',
};

const inTodaysNames = (state: unknown): unknown => {
  const deadlines = (state as { deadlines?: Record<string, unknown> } | null)?.deadlines;
  if (deadlines === undefined) return state;
  const renamed = Object.fromEntries(
    Object.entries(deadlines).map(([key, value]) => [DEADLINE_NAMES[key] ?? key, value]),
  );
  return { ...(state as object), deadlines: renamed };
};

type Json = Record<string, unknown>;

/**
 * Rulebook 2024.2 added state for the steps it introduced (notices, hand-over, the lapsed
 * report, Gakkumdu deliberation, the non-ASN forward, the proceedings after the forward) and
 * the instants it now records. A 2024.1 history has none of those steps, so each new field must fold to its empty value:
 * the recorded state gets exactly these fields added, and every recorded value stays as it was.
 */
const ADDED_IN_2024_2: Json = {
  handlingOffice: null,
  handovers: [],
  completionNotice: null,
  statusNotices: [],
  takenUpFrom: null,
  breaches: [],
};
const DEADLINES_ADDED_IN_2024_2: Json = { noticeDue: null, completionDueAt: null };
const RESPONDENT_ADDED_IN_2024_2: Json = {
  criminal: [],
  deliberations: [],
  otherLawForward: null,
  proceeding: {
    supervisorOutcome: null,
    blocked: null,
    blocks: [],
    summonses: [],
    examination: null,
    releasedFromDuty: null,
    earlierSanctions: [],
    sanction: null,
    delivery: null,
    objection: null,
    effective: null,
    servedOn: null,
    court: null,
    exit: null,
  },
};

const inTodaysShape = (state: unknown): unknown => {
  const s = inTodaysNames(state) as Json;
  if (s.status === 'NONE') return s;
  const respondents = Object.fromEntries(
    Object.entries(s.respondents as Record<string, Json>).map(([id, r]) => [
      id,
      {
        ...r,
        ...RESPONDENT_ADDED_IN_2024_2,
        decision: r.decision === null ? null : { ...(r.decision as Json), decidedAt: null },
        gakkumdu:
          r.gakkumdu === null ? null : { ...(r.gakkumdu as Json), forwardedAt: null, dueAt: null },
      },
    ]),
  );
  return {
    ...s,
    ...ADDED_IN_2024_2,
    deadlines: { ...(s.deadlines as Json), ...DEADLINES_ADDED_IN_2024_2 },
    respondents,
  };
};

/**
 * Per stream, the state after each event as the 2024.1 decider folded it, in today's names and
 * shape (the fields added since hold their empty values).
 */
export const STATES: Readonly<Record<string, readonly StateStep[]>> = Object.fromEntries(
  Object.entries(
    JSON.parse(readFileSync(fixture('states.json'), 'utf8')) as Record<string, StateStep[]>,
  ).map(([streamId, steps]) => [
    streamId,
    steps.map((step) => ({ ...step, state: inTodaysShape(step.state) })),
  ]),
);

/** The streams in the order their first event was recorded. */
export const STREAM_IDS: readonly string[] = [...new Set(SEASON.map((e) => e.streamId))];

export const eventsOf = (streamId: string): readonly RecordedEvent[] =>
  SEASON.filter((e) => e.streamId === streamId);

/** The case the continuation tests carry on: both respondents decided, nothing handed over. */
export const BEKASI_CASE = 'pilkada24-bekasi-LP-001';

/**
 * The global prefix up to BEKASI_CASE's eighth event (its second decision): the store as it
 * stood midway through the demo run, the last moment a case of it had a next legal step
 * (every case ends handed over or closed). It is season-2024.1-midway.db of store-sqlite.
 */
export const MIDWAY: readonly RecordedEvent[] = SEASON.slice(
  0,
  SEASON.findIndex((e) => e.streamId === BEKASI_CASE && e.streamVersion === 8) + 1,
);

/** Bawaslu Kabupaten Bekasi's clerk, as the demo's offices.ts defines it. */
export const BEKASI_BAWASLU: ActorRef = {
  id: 'bawaslu-kabbekasi-pp-01',
  role: 'bawaslu',
  scope: { bawasluLevel: 'KABKOTA', regionCode: '32.16' },
};

/**
 * Step 9 of the Bekasi script (examples/pilkada-2024-season/src/season-jabar.ts), as the demo
 * sent it: the body without the actor, which the host passes beside it.
 */
export const bekasiStep9 = {
  type: 'ReferToGakkumdu',
  caseId: BEKASI_CASE,
  respondentId: 'bekasi-kabid-02',
  meta: {
    commandId: `${BEKASI_CASE}/step-9`,
    occurredAt: '2024-10-26T10:00:00+07:00',
  },
} as const;

/**
 * A new step on the midway case, under a command id the old code never saw: the village head's
 * referral, sent the way step 10 of the script was, after the case's last event.
 */
export const referVillageHead = {
  type: 'ReferToGakkumdu',
  caseId: BEKASI_CASE,
  respondentId: 'bekasi-kades-05',
  meta: {
    commandId: `${BEKASI_CASE}/after-2024.1/refer-kades`,
    occurredAt: '2024-10-26T10:30:00+07:00',
  },
} as const;

/** A clock a minute after the last recordedAt of the fixture: the continuation comes later. */
export const afterSeason = (): Date =>
  new Date(Date.parse(SEASON.at(-1)?.metadata.recordedAt ?? '') + 60_000);
