/**
 * The due list (dutiesDue, issue 15 item 9) of one case at the moment a SIASN block was
 * recorded, folded from the events before it: what BKN saw when it blocked the respondent's
 * personnel data. Under the office's follow-up policy the PPK's follow-up is listed overdue;
 * under the default rulebook it is listed with no period and never overdue.
 */
import {
  type CaseState,
  caseDecider,
  caseEventCodec,
  type Duty,
  describeOffice,
  dutiesDue,
  type EventStore,
  type Rulebook,
  readCase,
} from '@netra/core';
import { either as E } from 'fp-ts';

const holderOf = (d: Duty): string => {
  switch (d.who) {
    case 'PPK':
      return `PPK of ${d.agencyId ?? 'the agency'}`;
    case 'SUPERVISOR':
      return d.supervisor ?? 'supervisor';
    case 'BAWASLU':
      return d.office === undefined ? 'Bawaslu' : describeOffice(d.office);
    default:
      return d.who.toLowerCase();
  }
};

const lineOf = (d: Duty): string => {
  const about = [d.status, d.respondentId].filter((x) => x !== undefined).join(', ');
  const due =
    d.due === null
      ? 'no period set, never overdue'
      : `due ${d.dueAt ?? d.due}${d.overdue ? ', OVERDUE' : ', in time'}`;
  const basis = `${d.basis.instrument}${d.basis.article ? ` ${d.basis.article}` : ''}`;
  return `   ${d.duty} — ${holderOf(d)}: ${d.what}${about === '' ? '' : ` [${about}]`} — ${due} (basis ${basis})`;
};

export const printDueBeforeBlock = async (
  store: EventStore,
  caseId: string,
  rulebook: Rulebook,
): Promise<E.Either<string, readonly Duty[]>> => {
  const view = await readCase(store, caseId);
  if (E.isLeft(view)) return E.left(view.left.message);
  const events = view.right.events;
  const at = events.findIndex((e) => e.type === 'PersonnelDataBlocked');
  if (at < 0) return E.left(`${caseId}: no SIASN block recorded`);
  const block = events[at];
  if (block === undefined) return E.left(`${caseId}: no SIASN block recorded`);
  let state: CaseState = caseDecider.initialState();
  for (const recorded of events.slice(0, at)) {
    const event = caseEventCodec.decode(recorded);
    if (E.isLeft(event)) return E.left(event.left.message);
    state = caseDecider.evolve(state, event.right);
  }
  const when = block.metadata.occurredAt;
  const duties = dutiesDue(state, new Date(when), rulebook);
  console.log(
    `\nDue on ${caseId} when BKN blocked SIASN (${when}), before the block (dutiesDue, rulebook ${rulebook.version}):`,
  );
  if (duties.length === 0) console.log('   nothing');
  for (const d of duties) console.log(lineOf(d));
  if (state.status !== 'NONE') {
    const rule = rulebook.proceedings[state.regime].PPK_FOLLOW_UP;
    console.log(
      `   the PPK's follow-up period in this rulebook: ${rule.days === null ? 'none (the law sets none: nothing due, never overdue)' : `${rule.days} ${rule.dayType.toLowerCase()} days from the recommendation (office policy; the law sets none)`}`,
    );
  }
  return E.right(duties);
};
