/**
 * Read model 1 (agency workload), the employer's view: for an employing agency — a Pemkab's
 * BKPSDM, and each of its units (OPD: dinas, badan, kapanewon) with its neutrality satgas — how
 * many of its people named in cases stand at each stage (respondent-stage.ts), across every
 * case and both elections. Internal reports count here too, at WITH_EMPLOYER. Read by the
 * BKPSDM and the Sekda (Bantul's instruction to every OPD to form a satgas, seed `bantul`).
 *
 * Each number is one counter of the projection's totals (`agency:<agencyId>:<unit>:<stage>`,
 * unit `*` for the whole agency, empty when the report named no unit), so reading one agency
 * or unit is O(number of stages) whatever the size of the model.
 */
import type { ReadModel } from '../read-model.js';
import type { CaseRow } from './case-row.js';
import {
  ALL_UNITS,
  agencyStageKey,
  agencyStagePrefix,
  agencyTotalStageKey,
  unescapeKeyPart,
} from './keys.js';
import { RESPONDENT_STAGES, type RespondentStage } from './respondent-stage.js';

/** One agency's (or unit's) respondents by stage. */
export interface EmployerStages {
  readonly agencyId: string;
  /** The unit counted; null for the whole agency; '' for respondents named without a unit. */
  readonly unit: string | null;
  /** Respondents (one per respondent per case) at any stage. */
  readonly total: number;
  /** Every stage, zero included, in the order of RESPONDENT_STAGES. */
  readonly byStage: Readonly<Record<RespondentStage, number>>;
}

/** The respondents of `agencyId` (of one `unit`, or '' for none recorded; null: all) by stage. */
export const employerStages = (
  model: ReadModel<CaseRow>,
  agencyId: string,
  unit: string | null = null,
): EmployerStages => {
  const byStage = {} as Record<RespondentStage, number>;
  let total = 0;
  for (const stage of RESPONDENT_STAGES) {
    const n = model.total(
      unit === null
        ? agencyTotalStageKey(agencyId, stage)
        : agencyStageKey(agencyId, unit === '' ? null : unit, stage),
    );
    byStage[stage] = n;
    total += n;
  }
  return { agencyId, unit, total, byStage };
};

/** Every unit of `agencyId` with someone at any stage ('' first: no unit recorded), by name. */
export const employerUnits = (
  model: ReadModel<CaseRow>,
  agencyId: string,
): readonly EmployerStages[] => {
  const units = new Set<string>();
  for (const [key] of model.totals(agencyStagePrefix(agencyId))) {
    const rest = key.slice(agencyStagePrefix(agencyId).length);
    const unit = rest.slice(0, rest.lastIndexOf(':'));
    if (unit !== ALL_UNITS) units.add(unescapeKeyPart(unit));
  }
  return [...units].sort().map((unit) => employerStages(model, agencyId, unit));
};
