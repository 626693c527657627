/**
 * Holiday corrections by configuration: an office adds, removes or moves a holiday (a regional
 * holiday, an isbat that shifts a religious date, a cancelled cuti bersama), with its source,
 * without waiting for a new rulebook release. The corrections are applied in order to the
 * published tables; one that could not apply (nothing to remove) or would change nothing (a
 * second holiday of the same kind on a day) is refused with the typed error naming its key, so
 * no correction in the rulebook is a no-op.
 *
 * `decreedOn` (the day a correction was decreed):
 * - an `ADD` carries it on its holiday row, as any decree does;
 * - a `MOVE` puts it on the moved row (or keeps the row's own when absent, the move then reading
 *   as an erratum of the original decree), so time/day-counting's `holidaysDecreedBy` does not
 *   see the new date before the correction was decreed;
 * - a `REMOVE` records it on the correction only. The corrected table says which days offices
 *   are closed; a removed holiday is not one, whatever the day a deadline is computed. A deadline
 *   computed before the removal is not recomputed: events carry their computed deadlines and the
 *   rulebook version they were computed under (DESIGN.md §2), and that version still has the
 *   holiday. What was known before a removal (or before a move, at the old date) is therefore
 *   reconstructed from the rulebook of the version the event recorded, not by
 *   `holidaysDecreedBy` on the corrected table, which can only hide rows decreed later, never
 *   bring back a row that is gone.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates } from '../time/local-date.js';
import { canonicalJson } from './overrides-hash.js';
import type { HolidayCorrectionOption } from './rulebook-options.js';
import { type RulebookOptionsError, rulebookOptionRefused } from './rulebook-options-error.js';
import type { Holiday, LegalBasis } from './types.js';

/** The tables after the corrections, and the corrections as applied (normalised). */
export interface CorrectedHolidays {
  /** The holidays in force, by date (then kind and content, so equal content is equal order). */
  readonly holidays: readonly Holiday[];
  /**
   * The corrections that were applied. Normalised: `extraHolidays` become `ADD`s; the `ADD`s
   * before the first `REMOVE` or `MOVE` (which commute) come first, sorted by date and content;
   * a `REMOVE` or `MOVE` names the `kind` it affected when all its rows had one kind; keys left
   * undefined are dropped. Equal effective corrections therefore give equal lists.
   */
  readonly applied: readonly HolidayCorrectionOption[];
}

type Kind = Holiday['kind'];

/** Date, then kind, then content: the one order of a holiday table. */
export const compareHolidays = (a: Holiday, b: Holiday): number => {
  const byDate = compareDates(a.date, b.date);
  if (byDate !== 0) return byDate;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
};

const cite = (basis: LegalBasis): string =>
  basis.article === undefined ? basis.instrument : `${basis.instrument} ${basis.article}`;

const NAME_SHOWN_MAX = 64;

/** The rows on a date, for a message; names are shortened, so a huge one cannot make a huge message. */
const described = (rows: readonly Holiday[]): string =>
  rows
    .map((h) => {
      const name = h.name.length > NAME_SHOWN_MAX ? `${h.name.slice(0, NAME_SHOWN_MAX)}…` : h.name;
      return `${h.kind} '${name}'`;
    })
    .join(', ');

/** The one kind all `rows` share, or undefined when they are of several. */
const sharedKind = (rows: readonly Holiday[]): Kind | undefined => {
  const kinds = new Set(rows.map((h) => h.kind));
  return kinds.size === 1 ? rows[0]?.kind : undefined;
};

const withoutUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The row at its new date, its basis recording the move and what it was published as. */
const moved = (row: Holiday, c: Extract<HolidayCorrectionOption, { action: 'MOVE' }>): Holiday =>
  withoutUndefined({
    ...row,
    date: c.to,
    basis: {
      ...c.basis,
      note: [
        `moved from ${c.from} by ${cite(c.basis)}: ${c.reason}`,
        `published as ${cite(row.basis)}`,
        c.basis.note,
      ]
        .filter((part) => part !== undefined)
        .join('; '),
    },
    decreedOn: c.decreedOn ?? row.decreedOn,
  });

/**
 * The extra holidays of 2024.1's `extraHolidays` that add something: a row identical to one
 * already in the tables (or earlier in the list) changes no count and is dropped.
 */
const newRows = (table: readonly Holiday[], extra: readonly Holiday[]): Holiday[] => {
  const seen = new Set(table.map(canonicalJson));
  const out: Holiday[] = [];
  for (const h of extra) {
    const key = canonicalJson(h);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out;
};

/**
 * `published` with `extraHolidays` added and then `corrections` applied in order, or the
 * refusal of the first correction that cannot apply, naming its key
 * (`holidayCorrections.<index>.<key>`):
 * - an `ADD` on a date that already has a holiday of the same kind (`….holiday.date`);
 * - a `REMOVE` or `MOVE` of a date with no holiday (`….date`, `….from`), or none of the `kind`
 *   named (`….kind`);
 * - a `MOVE` onto its own date, or onto a date that already has a holiday of a kind it moves
 *   (`….to`).
 */
export const applyHolidayCorrections = (
  published: readonly Holiday[],
  corrections: readonly HolidayCorrectionOption[],
  extraHolidays: readonly Holiday[] = [],
): Either<RulebookOptionsError, CorrectedHolidays> => {
  let table: Holiday[] = [...published];
  const leadingAdds: Holiday[] = newRows(published, extraHolidays);
  table.push(...leadingAdds);
  const rest: HolidayCorrectionOption[] = [];
  for (const [index, c] of corrections.entries()) {
    const refuse = (key: readonly PropertyKey[], problem: string) =>
      E.left(rulebookOptionRefused(['holidayCorrections', index, ...key], problem));
    switch (c.action) {
      case 'ADD': {
        const same = table.filter((h) => h.date === c.holiday.date && h.kind === c.holiday.kind);
        if (same.length > 0) {
          return refuse(
            ['holiday', 'date'],
            `${c.holiday.date} already has ${described(same)}: another ${c.holiday.kind} there ` +
              'would change no count (MOVE or REMOVE the existing one instead)',
          );
        }
        table.push(c.holiday);
        if (rest.length === 0) leadingAdds.push(c.holiday);
        else rest.push(c);
        break;
      }
      case 'REMOVE': {
        const onDate = table.filter((h) => h.date === c.date);
        const matching = onDate.filter((h) => c.kind === undefined || h.kind === c.kind);
        if (onDate.length === 0) {
          return refuse(['date'], `there is no holiday on ${c.date} to remove`);
        }
        if (matching.length === 0) {
          return refuse(
            ['kind'],
            `there is no ${c.kind} on ${c.date} to remove (it has ${described(onDate)})`,
          );
        }
        table = table.filter((h) => !matching.includes(h));
        rest.push(withoutUndefined({ ...c, kind: sharedKind(matching) }));
        break;
      }
      case 'MOVE': {
        if (c.from === c.to) {
          return refuse(
            ['to'],
            `is the same date as from (${c.from}): a move must change the date`,
          );
        }
        const onDate = table.filter((h) => h.date === c.from);
        const matching = onDate.filter((h) => c.kind === undefined || h.kind === c.kind);
        if (onDate.length === 0) {
          return refuse(['from'], `there is no holiday on ${c.from} to move`);
        }
        if (matching.length === 0) {
          return refuse(
            ['kind'],
            `there is no ${c.kind} on ${c.from} to move (it has ${described(onDate)})`,
          );
        }
        const kinds = new Set(matching.map((h) => h.kind));
        const taken = table.filter((h) => h.date === c.to && kinds.has(h.kind));
        if (taken.length > 0) {
          return refuse(
            ['to'],
            `${c.to} already has ${described(taken)}: REMOVE it first, or move another kind`,
          );
        }
        table = table.map((h) => (matching.includes(h) ? moved(h, c) : h));
        rest.push(withoutUndefined({ ...c, kind: sharedKind(matching) }));
        break;
      }
    }
  }
  const adds: HolidayCorrectionOption[] = [...leadingAdds]
    .sort(compareHolidays)
    .map((holiday) => ({ action: 'ADD', holiday }));
  return E.right({ holidays: table.sort(compareHolidays), applied: [...adds, ...rest] });
};
