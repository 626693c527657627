/**
 * The auditor's two questions about one date, which get different answers whenever paper acts
 * are entered after they happen: what had legally happened by then (`occurredAt`), and what
 * the system knew by then (`recordedAt`). Every step of this demo is entered from the paper
 * history when the demo runs, so on the legal date the system knew nothing yet; and at the
 * instant a given step was entered, legally the case had long gone further.
 */
import { type CaseAsOf, type EventStore, storeCaseAsOf } from '@netra/core';
import { either as E } from 'fp-ts';

const describe = (view: CaseAsOf): string => {
  if (view.state.status === 'NONE') return `${view.included} events: no case yet`;
  const respondents = Object.values(view.state.respondents).map((r) => {
    const p = r.proceeding;
    const step =
      p.servedOn !== null
        ? `served ${p.servedOn}`
        : p.delivery !== null
          ? `sanction in force ${p.delivery.inForceOn}`
          : p.sanction !== null
            ? `sanction ${p.sanction.code} decided ${p.sanction.decidedOn}`
            : p.blocked !== null
              ? `SIASN blocked ${p.blocked.blockedOn}`
              : p.supervisorOutcome !== null
                ? `recommendation of ${p.supervisorOutcome.recordedOn}`
                : r.forwarding !== null
                  ? `forwarded ${r.forwarding.forwardedOn}`
                  : (r.decision?.outcome.outcome ?? 'undecided');
    return `${r.respondent.name}: ${step}`;
  });
  return `${view.included} events: ${view.state.status}; ${respondents.join('; ')}`;
};

export const printAsOf = async (
  store: EventStore,
  caseId: string,
  legalDate: string,
  enteredStep: number,
): Promise<E.Either<string, void>> => {
  const byLaw = await storeCaseAsOf(store, caseId, new Date(legalDate), 'occurredAt');
  if (E.isLeft(byLaw)) return E.left(byLaw.left.message);
  const known = await storeCaseAsOf(store, caseId, new Date(legalDate), 'recordedAt');
  if (E.isLeft(known)) return E.left(known.left.message);
  const events = byLaw.right.included + byLaw.right.excludedLater.length;
  const read = await store.readStream(caseId, { from: enteredStep, to: enteredStep });
  if (E.isLeft(read)) return E.left(read.left.message);
  const entered = read.right[0];
  console.log(`\nAs of a date, by both clocks: ${caseId} (${events} events)`);
  console.log(`  ${legalDate}, legal time        ${describe(byLaw.right)}`);
  console.log(`  ${legalDate}, what was recorded ${describe(known.right)}`);
  if (entered === undefined) return E.right(undefined);
  // The instant step `enteredStep` was entered: the system knew the steps up to it; legally
  // every step of the history had happened long before.
  const at = new Date(entered.metadata.recordedAt);
  const knewThen = await storeCaseAsOf(store, caseId, at, 'recordedAt');
  const lawThen = await storeCaseAsOf(store, caseId, at, 'occurredAt');
  if (E.isLeft(knewThen)) return E.left(knewThen.left.message);
  if (E.isLeft(lawThen)) return E.left(lawThen.left.message);
  console.log(
    `  when #${enteredStep} ${entered.type} (legal time ${entered.metadata.occurredAt}) was entered, ${entered.metadata.recordedAt}:`,
  );
  console.log(`    what was recorded  ${describe(knewThen.right)}`);
  console.log(`    legal time         ${describe(lawThen.right)}`);
  return E.right(undefined);
};
