/**
 * Read model 3, deadlines (DESIGN.md §3): what is due, for whom, by when, and what is already
 * breached, across every case — the case's own due list (`dutiesDue`, issue 15) at `now`, put
 * together and sorted earliest first. Read by each office every morning (what falls due this
 * week), by the scheduler that records lapses (`RecordBreachNoticed`), and by auditors.
 *
 * Each item is exactly a duty of `dutiesDue(state, now, rulebook)`: the same duties, due dates,
 * holders, bases and overdue flags (duties-cache.ts), plus the case it belongs to, the body
 * that owes it (bodies.ts) and whether the lapse was already noticed (the case's `breaches`).
 * Internal reports (WITH_EMPLOYER) owe nothing here: the due list gives them no duty.
 */
import type { DutyCode } from '../../case/due/due-list.js';
import type { DutyHolder } from '../../case/due/duties.js';
import { respondentIn } from '../../case/state.js';
import type { LegalBasis, Regime, Rulebook } from '../../rules/index.js';
import { endOfLocalDay, type IsoDate } from '../../time/index.js';
import type { ReadModel } from '../read-model.js';
import { type ActingBody, bodyOf } from './bodies.js';
import type { CaseRow } from './case-row.js';
import { dutiesAt } from './duties-cache.js';
import { employerKey, officeKey, regionKey } from './keys.js';
import { rowsUnder } from './rows-for.js';

/** One duty running on one case. */
export interface DeadlineItem {
  readonly caseId: string;
  /** The respondent it is about; null for a step on the whole case. */
  readonly respondentId: string | null;
  readonly regime: Regime;
  /** The case's region (Kemendagri code). */
  readonly regionCode: string;
  readonly duty: DutyCode;
  /** Who owes it (the due list's holder). */
  readonly who: DutyHolder;
  /** Which one of them (bodies.ts): the office, the supervisor, the agency, the region. */
  readonly body: ActingBody;
  /** The respondent's agency, for the duties an agency's PPK or official owes. */
  readonly agencyId: string | null;
  readonly what: string;
  /** The last day to act; null when the law sets no period (never overdue, listed last). */
  readonly due: IsoDate | null;
  /**
   * The last instant to act: the deadline on the clock where the law counts in hours, else
   * the end of `due` in the case's time zone; null without a period.
   */
  readonly dueAt: string | null;
  readonly overdue: boolean;
  /** A right that lapses (the respondent's objection, the criminal appeal), not a duty. */
  readonly window: boolean;
  readonly basis: LegalBasis;
  /** When the lapse of this very duty (same respondent, same due date) was noticed, if it was. */
  readonly breachNoticedAt: string | null;
}

/** What to list: the clock and rules, and the filters (all optional, combined with and). */
export interface DeadlinesQuery {
  readonly now: Date;
  readonly rulebook: Rulebook;
  /** Only duties this holder owes. */
  readonly holder?: DutyHolder;
  /** Only the Bawaslu duties of this office (`RI`, `PROVINSI:34`, `KABKOTA:34.02`, …). */
  readonly office?: string;
  /** Only duties about respondents of this agency (its PPK's, its officials', theirs). */
  readonly agencyId?: string;
  /** Only cases of this region: a province code (`34`) covers its kabupaten/kota. */
  readonly region?: string;
  /** Only what is overdue at `now`. */
  readonly overdueOnly?: boolean;
}

const regionCovers = (scope: string, code: string): boolean =>
  code === scope || code.startsWith(`${scope}.`);

const byTime = (
  a: { item: DeadlineItem; last: number },
  b: { item: DeadlineItem; last: number },
) =>
  a.last !== b.last
    ? a.last < b.last
      ? -1
      : 1
    : a.item.caseId !== b.item.caseId
      ? a.item.caseId < b.item.caseId
        ? -1
        : 1
      : 0;

/**
 * Every duty running at `now` on the cases the query selects, earliest last instant first
 * (duties without a period last; ties by case id, then in the case's own order).
 */
export const deadlines = (
  model: ReadModel<CaseRow>,
  query: DeadlinesQuery,
): readonly DeadlineItem[] => {
  const index =
    query.office !== undefined
      ? officeKey(query.office)
      : query.agencyId !== undefined
        ? employerKey(query.agencyId)
        : query.region !== undefined && /^\d{2}\.\d{2}$/.test(query.region)
          ? regionKey(query.region)
          : undefined;
  const found: { item: DeadlineItem; last: number }[] = [];
  for (const row of rowsUnder(model, index)) {
    const s = row.state;
    if (query.region !== undefined && !regionCovers(query.region, s.region.code)) continue;
    for (const { duty, last } of dutiesAt(row, query.now, query.rulebook)) {
      if (query.overdueOnly === true && !duty.overdue) continue;
      if (query.holder !== undefined && duty.who !== query.holder) continue;
      const body = bodyOf(s, duty);
      if (query.office !== undefined && !(body.kind === 'BAWASLU' && body.id === query.office)) {
        continue;
      }
      const respondent =
        duty.respondentId === undefined ? undefined : respondentIn(s, duty.respondentId);
      const agencyId = duty.agencyId ?? respondent?.respondent.agency.id ?? null;
      if (query.agencyId !== undefined && agencyId !== query.agencyId) continue;
      const respondentId = duty.respondentId ?? null;
      const breach = s.breaches.find(
        (b) => b.duty === duty.duty && b.respondentId === respondentId && b.due === duty.due,
      );
      found.push({
        last,
        item: {
          caseId: s.caseId,
          respondentId,
          regime: s.regime,
          regionCode: s.region.code,
          duty: duty.duty,
          who: duty.who,
          body,
          agencyId,
          what: duty.what,
          due: duty.due,
          dueAt: duty.due === null ? null : (duty.dueAt ?? endOfLocalDay(duty.due, s.timeZone)),
          overdue: duty.overdue,
          window: duty.window === true,
          basis: duty.basis,
          breachNoticedAt: breach?.noticedAt ?? null,
        },
      });
    }
  }
  return found.sort(byTime).map((f) => f.item);
};
