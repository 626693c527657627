/**
 * One planned case, walked step by step: its intake, then (once registered) its handling to the
 * forwards, then the proceedings after them. The script stops after each step (act.ts).
 */
import type { CaseScript } from './act.js';
import type { SeasonWalk } from './case-walk.js';
import { handle } from './handling.js';
import { takeIn } from './intake.js';
import { proceed } from './proceedings.js';

export function* caseScript(w: SeasonWalk): CaseScript {
  yield* takeIn(w);
  if (w.status !== 'REGISTERED') return;
  yield* handle(w);
  yield* proceed(w);
}
