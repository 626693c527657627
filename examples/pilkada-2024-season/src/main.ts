/**
 * A Pilkada 2024 season in Kab. Bantul, Kab. Kulon Progo, Kota Banjar and Kab. Bekasi, moved
 * through intake to forwarding and, for some respondents, on to the PPK, an objection, a
 * sanction served and a criminal verdict; then what was due on one case when BKN blocked SIASN,
 * one case replayed event by event, and the next legal steps of one case, read as it stood
 * after registration, for each role.
 *
 *   pnpm demo                      history in .netra/pilkada-2024-season.db (SQLite)
 *   pnpm demo -- --memory          throw-away, in memory
 *   pnpm demo -- --db path/to.db   another SQLite file
 *
 * Running it again continues the same history: every step has a fixed command id, so steps
 * already recorded are recognised and nothing is appended twice.
 */
import { defaultRulebook, verifyStore } from '@netra/core';
import { either as E } from 'fp-ts';
import { BANTUL, BKN_WASDAL, KULON_PROGO, OFFICES, SATGAS_DINKES_BANTUL } from './offices.js';
import { printAsOf } from './print-as-of.js';
import { printDueBeforeBlock } from './print-due.js';
import { printNextSteps, type Viewer } from './print-next-steps.js';
import { printFunnel, printSanctionStatus, printWeek, printWorkload } from './print-read-models.js';
import { printReplay } from './print-replay.js';
import { loadCases, runSeason } from './run-season.js';
import { DIY_CASES } from './season-diy.js';
import { JABAR_CASES } from './season-jabar.js';
import { DEFAULT_DB, openDemoStore } from './store.js';
import { printSummary } from './summary.js';

const REPLAYED_CASE = 'pilkada24-bekasi-LP-001';

/** The read models read after the season's last legal step (a sanction served to its end). */
const READ_MODELS_NOW = new Date('2026-01-05T09:00:00+07:00');

/** Civil servants whose sanction status the demo shows (Kulon Progo's lurah, Bantul's teacher). */
const STATUS_NIPS = ['197011021996031002', '199203152023212011'];

/** Kulon Progo's D-6 case: the PPK's follow-up overdue under the office policy, then the block. */
const BLOCKED_CASE = 'pilkada24-kulonprogo-TM-001';

/** Bantul's KE-3 case after registration (version 3), the morning after: every role asks. */
const OPEN_CASE = {
  caseId: 'pilkada24-bantul-LP-001',
  version: 3,
  asOf: '2024-08-14T09:00:00+07:00',
};
const VIEWERS: readonly Viewer[] = [
  { label: 'bawaslu, in scope', actor: BANTUL.bawaslu },
  { label: 'bawaslu, another region', actor: KULON_PROGO.bawaslu },
  { label: 'reporter', actor: { id: 'pelapor-bantul-001', role: 'reporter', scope: {} } },
  { label: 'satgas', actor: SATGAS_DINKES_BANTUL },
  { label: 'supervisor', actor: BKN_WASDAL },
  {
    label: 'gakkumdu',
    actor: { id: 'gakkumdu-34.02', role: 'gakkumdu', scope: { regionCode: '34.02' } },
  },
  { label: 'auditor', actor: { id: 'inspektorat-bantul-01', role: 'auditor', scope: {} } },
];

const parseArgs = (argv: readonly string[]) => {
  const memory = argv.includes('--memory');
  const dbIndex = argv.indexOf('--db');
  const file = dbIndex >= 0 ? argv[dbIndex + 1] : DEFAULT_DB;
  if (file === undefined || file.startsWith('--')) throw new Error('--db needs a file path');
  return { memory, file };
};

const fail = (message: string): never => {
  console.error(`demo: ${message}`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  const opened = openDemoStore(parseArgs(process.argv.slice(2)));
  if (E.isLeft(opened)) return fail(opened.left);
  const { store, description } = opened.right;
  try {
    console.log('netra demo — Pilkada serentak 2024, neutrality of ASN (netralitas ASN)');
    console.log(`store: ${description}`);
    const cases = [...DIY_CASES, ...JABAR_CASES];
    const run = await runSeason(store, cases);
    console.log(
      `this run: ${run.appended} events appended, ${run.alreadyRecorded} steps already recorded earlier`,
    );
    for (const rejection of run.rejected) console.log(`  refused: ${rejection}`);
    const states = await loadCases(store);
    if (E.isLeft(states)) return fail(states.left);
    printSummary(OFFICES, cases, states.right);
    const verification = await verifyStore(store);
    if (E.isLeft(verification)) return fail(verification.left.message);
    const { streams, events, breaks } = verification.right;
    console.log(
      `  hash chains            ${streams} streams, ${events} events, ${breaks.length === 0 ? 'all verify' : `${breaks.length} BROKEN`}`,
    );
    const models = await opened.right.readModels();
    if (E.isLeft(models)) return fail(models.left);
    console.log(`\nread models: ${models.right.how}`);
    printWorkload(models.right.model, READ_MODELS_NOW);
    printSanctionStatus(models.right.model, STATUS_NIPS, READ_MODELS_NOW);
    printWeek(models.right.model, '34.02', '2024-W33');
    printFunnel(models.right.model);
    const asOf = await printAsOf(store, BLOCKED_CASE, '2024-12-10T23:59:59+07:00', 10);
    if (E.isLeft(asOf)) return fail(asOf.left);
    const due = await printDueBeforeBlock(
      store,
      BLOCKED_CASE,
      KULON_PROGO.policy?.rulebook ?? defaultRulebook,
    );
    if (E.isLeft(due)) return fail(due.left);
    const replay = await printReplay(store, REPLAYED_CASE);
    if (E.isLeft(replay)) return fail(replay.left);
    const next = await printNextSteps(
      store,
      OPEN_CASE.caseId,
      OPEN_CASE.version,
      OPEN_CASE.asOf,
      VIEWERS,
    );
    if (E.isLeft(next)) return fail(next.left);
    if (run.rejected.length > 0 || breaks.length > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
};

await main();
