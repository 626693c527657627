/**
 * What officers act on, read from the case read models (docs/read-models.md): each body's
 * workload, the sanction status of a few civil servants by NIP, and one week of a region's
 * monitoring, as Kab. Bantul reviews it weekly with KPU, Bawaslu and Forkopimda.
 */
import {
  agencyWorkload,
  type CaseRow,
  defaultRulebook,
  type IsoWeek,
  nationalFunnel,
  type ReadModel,
  sanctionStatus,
  WEEKLY_MEASURES,
  weeklyFigures,
} from '@netra/core';

const pad = (text: string, width: number): string => text.padEnd(width);

export const printWorkload = (model: ReadModel<CaseRow>, now: Date): void => {
  console.log(
    `\nAgency workload on ${now.toISOString().slice(0, 10)} (waiting · overdue · oldest)`,
  );
  for (const load of agencyWorkload(model, { now, rulebook: defaultRulebook })) {
    const oldest = load.oldest;
    console.log(
      `  ${pad(`${load.body.kind} ${load.body.id}`, 34)} ${String(load.waiting).padStart(2)} · ${String(load.overdue).padStart(2)} · ${oldest.stage} of ${oldest.caseId}, waiting since ${oldest.since}`,
    );
  }
};

export const printSanctionStatus = (
  model: ReadModel<CaseRow>,
  nips: readonly string[],
  now: Date,
): void => {
  console.log(`\nSanction status by NIP on ${now.toISOString().slice(0, 10)}`);
  for (const nip of nips) {
    const status = sanctionStatus(model, nip, now);
    if (status === null) {
      console.log(`  ${nip}: in no case`);
      continue;
    }
    const current = status.current;
    const inForce = current.inForce.map((s) => s.code).join(', ') || 'none';
    console.log(
      `  ${nip} ${status.name}: ${status.cases.length} case(s), stage ${current.latestStage}, in force: ${inForce}${current.blocked ? ', SIASN blocked' : ''}${status.repeatOffender ? ', repeat offender' : ''}`,
    );
    for (const record of status.cases) {
      const sanction = record.sanction
        ? `, sanction ${record.sanction.code} decided ${record.sanction.decidedOn}`
        : '';
      const recommendation = record.recommendation
        ? `, ${record.recommendation.supervisor} ${record.recommendation.outcome}${record.recommendation.level ? ` ${record.recommendation.level}` : ''}`
        : '';
      console.log(`    ${record.caseId}: ${record.stage}${recommendation}${sanction}`);
    }
  }
};

export const printWeek = (model: ReadModel<CaseRow>, region: string, week: IsoWeek): void => {
  const figures = weeklyFigures(model, { region }, week);
  console.log(`\nWeekly monitoring, region ${region}, week ${week} (from ${figures.monday})`);
  for (const measure of WEEKLY_MEASURES) {
    const m = figures.measures[measure];
    console.log(
      `  ${pad(measure, 11)} ${m.ALL} (ethics ${m.ETHICS}, discipline ${m.DISCIPLINE}, unclassified ${m.UNCLASSIFIED})`,
    );
  }
};

export const printFunnel = (model: ReadModel<CaseRow>): void => {
  const f = nationalFunnel(model, 'PILKADA_2024');
  console.log(
    `\nFunnel, Pilkada 2024 (ASN): reported ${f.reported} → proven ${f.proven} → recommended ${f.recommended} → sanctioned ${f.sanctioned}`,
  );
};
