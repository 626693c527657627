/**
 * One call from an act to the SKB 2022 items that apply to it (issue 14): the regime, the day
 * of the conduct and, optionally, the SKB code the reviewer has in mind.
 *
 * - The day gives the candidate stage (`candidateStage`: bakal calon before the regime's
 *   penetapan, calon from that day on; SKB 2022 Lampiran II, research §6 note 1).
 * - With a code, the answer is the one item to use at that stage: the code's own row when it
 *   fits the stage (or is bound to none), otherwise its stage counterpart (KE-4 → D-6 once the
 *   candidates are determined, D-6 → KE-4 before). Only that item passes the decider's stage
 *   rule without a reviewer's override (case/decide/decide-respondent.ts, SKB_STAGE_MISMATCH).
 * - Without a code, the answer is every item valid at that stage, in Lampiran II order, so a
 *   form offers only what the decider will accept.
 *
 * Every row, with its sanction level, basis and `contested` note, is read from `rulebook`, so an
 * office's `skbLevels` override shows here as it does everywhere else.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates, type IsoDate, isIsoDate } from '../time/local-date.js';
import { candidateStage } from './candidate-stage.js';
import { CLASSIFICATION_WINDOWS_2024 } from './classification-windows-2024.js';
import { type ClassifyActError, classifyActError } from './classify-act-error.js';
import { rulebookV1 } from './rulebook.js';
import { skbStageCounterpart } from './skb-2022.js';
import type { CandidateStage, Regime, Rulebook, SkbCode, SkbItem } from './types.js';

/** The act to classify. Checked at run time too: it may come straight from a form. */
export interface ActToClassify {
  readonly regime: Regime;
  /** The day of the conduct (tanggal perbuatan), `YYYY-MM-DD`. */
  readonly on: IsoDate;
  readonly code?: SkbCode;
}

interface Classified {
  readonly regime: Regime;
  readonly on: IsoDate;
  /** The candidate stage `on` falls in. */
  readonly stage: CandidateStage;
  /** The regime's penetapan, the day the stage turns to `CALON`. */
  readonly candidateDetermination: IsoDate;
  /** The rulebook the answer was read from (recorded on the decision's event too). */
  readonly rulebookVersion: string;
}

/** The item to use for a given code at the act's stage. */
export interface ItemClassification extends Classified {
  /** The code asked for; differs from `item.code` when its stage counterpart was chosen. */
  readonly requested: SkbCode;
  readonly item: SkbItem;
}

/** Every item valid at the act's stage: stage-bound items of that stage and the `ANY` items. */
export interface StageClassification extends Classified {
  readonly items: readonly SkbItem[];
}

const fitsStage = (item: SkbItem, stage: CandidateStage): boolean =>
  item.stage === 'ANY' || item.stage === stage;

const rowOf = (rulebook: Rulebook, code: string): SkbItem | undefined =>
  rulebook.skb.find((row) => row.code === code);

const classified = (
  act: ActToClassify,
  rulebook: Rulebook,
): Either<ClassifyActError, Classified> => {
  const { regime, on } = act;
  if (
    !Object.hasOwn(rulebook.elections, regime) ||
    !Object.hasOwn(CLASSIFICATION_WINDOWS_2024, regime)
  ) {
    return E.left(
      classifyActError(
        'UNKNOWN_REGIME',
        'regime',
        `Unknown regime ${String(regime)}; expected one of ${Object.keys(rulebook.elections).join(', ')}.`,
      ),
    );
  }
  if (typeof on !== 'string' || !isIsoDate(on)) {
    return E.left(
      classifyActError(
        'INVALID_DATE',
        'on',
        `The conduct date ${String(on)} is not a real date written YYYY-MM-DD.`,
      ),
    );
  }
  const window = CLASSIFICATION_WINDOWS_2024[regime];
  const before = compareDates(on, window.from) < 0;
  if (before || (window.until !== undefined && compareDates(on, window.until) > 0)) {
    const range =
      window.until === undefined ? `from ${window.from}` : `${window.from} to ${window.until}`;
    return E.left(
      classifyActError(
        'OUTSIDE_ELECTION_CALENDAR',
        'on',
        `Conduct on ${on} falls outside ${regime} as SKB 2022 covers it (${range}).`,
        window.basis,
      ),
    );
  }
  return E.right({
    regime,
    on,
    stage: candidateStage(rulebook, regime, on),
    candidateDetermination: rulebook.elections[regime].candidateDetermination,
    rulebookVersion: rulebook.version,
  });
};

const itemFor = (
  base: Classified,
  code: SkbCode,
  rulebook: Rulebook,
): Either<ClassifyActError, ItemClassification> => {
  const own = rowOf(rulebook, code);
  if (own === undefined) {
    return E.left(
      classifyActError(
        'UNKNOWN_SKB_CODE',
        'code',
        `${String(code)} is not an SKB 2022 item (KE-1…KE-7, D-1…D-13).`,
      ),
    );
  }
  if (fitsStage(own, base.stage)) return E.right({ ...base, requested: code, item: own });
  const counterpartCode = skbStageCounterpart(code);
  const counterpart = counterpartCode === undefined ? undefined : rowOf(rulebook, counterpartCode);
  if (counterpart === undefined || !fitsStage(counterpart, base.stage)) {
    // KE-6 and KE-7 have no discipline counterpart in the SKB as reported (legal-basis.md).
    return E.left(
      classifyActError(
        'NO_ITEM_AT_STAGE',
        'code',
        `SKB item ${code} applies at the ${own.stage} stage, conduct on ${base.on} falls in the ${base.stage} stage, and ${code} has no counterpart there; choose another item or record a reviewer's stage override.`,
        own.basis,
      ),
    );
  }
  return E.right({ ...base, requested: code, item: counterpart });
};

/**
 * The SKB 2022 item(s) for `act` under `rulebook`: with `act.code`, the one item to use at the
 * act's stage; without, every item valid at that stage. A bad regime, date or code, a date
 * outside the regime's window, or a code with no item at the stage is a typed error.
 */
export function classifyAct(
  act: ActToClassify & { readonly code: SkbCode },
  rulebook?: Rulebook,
): Either<ClassifyActError, ItemClassification>;
export function classifyAct(
  act: ActToClassify & { readonly code?: undefined },
  rulebook?: Rulebook,
): Either<ClassifyActError, StageClassification>;
export function classifyAct(
  act: ActToClassify,
  rulebook?: Rulebook,
): Either<ClassifyActError, ItemClassification | StageClassification>;
export function classifyAct(
  act: ActToClassify,
  rulebook: Rulebook = rulebookV1,
): Either<ClassifyActError, ItemClassification | StageClassification> {
  const base = classified(act, rulebook);
  if (E.isLeft(base)) return base;
  const { code } = act;
  if (code !== undefined) return itemFor(base.right, code, rulebook);
  return E.right({
    ...base.right,
    items: rulebook.skb.filter((item) => fitsStage(item, base.right.stage)),
  });
}
