/**
 * Read model 3, deadlines: given the five interleaved cases, when an office asks what is due,
 * then it gets every case's due list (`dutiesDue`) put together, earliest first, filtered as
 * asked, with the lapses already noticed marked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dutiesDue } from '../../case/due/due-list.js';
import { defaultRulebook } from '../../rules/index.js';
import type { RecordedEvent } from '../../store/envelope.js';
import { endOfLocalDay } from '../../time/index.js';
import { createReadModel, type ReadModel } from '../read-model.js';
import {
  A,
  ASKED_AT,
  B,
  E_SCENARIO,
  projectedSeason,
  projectUpTo,
} from './case-histories.fixture.js';
import { caseReadModels } from './case-read-models.js';
import type { CaseRow } from './case-row.js';
import { type DeadlinesQuery, deadlines } from './deadlines.js';

const rulebook = defaultRulebook;

let events: RecordedEvent[];
let model: ReadModel<CaseRow>;
beforeAll(async () => {
  ({ events, model } = await projectedSeason());
});

const projectUpToFirst = (streamId: string, type: string): ReadModel<CaseRow> =>
  projectUpTo(
    events,
    events.findIndex((e) => e.streamId === streamId && e.type === type),
  );

const list = (query: Omit<DeadlinesQuery, 'rulebook'>, on = model) =>
  deadlines(on, { rulebook, ...query }).map((d) => [
    d.caseId,
    d.respondentId,
    d.duty,
    d.due,
    d.overdue,
  ]);

describe('what is due across the cases', () => {
  it('on 1 Nov 2024: the overdue status notices first, then the prosecution, the delivery, the served record; duties without a period last', () => {
    expect(list({ now: ASKED_AT })).toEqual([
      [B.caseId, null, 'ISSUE_STATUS_NOTICE', '2024-01-31', true],
      [E_SCENARIO.caseId, null, 'ISSUE_STATUS_NOTICE', '2024-08-14', true],
      [A.caseId, null, 'ISSUE_STATUS_NOTICE', '2024-08-15', true],
      ['case-finding-btl-0002', null, 'ISSUE_STATUS_NOTICE', '2024-08-17', true],
      [E_SCENARIO.caseId, 'e-01', 'PROSECUTION', '2024-08-27', true],
      ['case-finding-btl-0002', 'btl-01', 'DELIVER_SANCTION', '2024-10-04', true],
      [A.caseId, 'btl-01', 'RECORD_SANCTION_SERVED', '2025-10-29', false],
      [B.caseId, 'kp-01', 'PPK_FOLLOW_UP', null, false],
      [E_SCENARIO.caseId, 'e-01', 'FORWARD_TO_SUPERVISOR', null, false],
    ]);
  });

  it('each item is the due list’s own duty, with its case, the body that owes it and its last instant', () => {
    for (const now of [
      ASKED_AT,
      new Date('2024-08-20T03:00:00Z'),
      new Date('2026-01-01T00:00:00Z'),
    ]) {
      const items = deadlines(model, { now, rulebook });
      const expected = [...model.rows()].flatMap(([, row]) =>
        dutiesDue(row.state, now, rulebook).map((d) => ({
          caseId: row.state.caseId,
          respondentId: d.respondentId ?? null,
          duty: d.duty,
          who: d.who,
          due: d.due,
          dueAt: d.due === null ? null : (d.dueAt ?? endOfLocalDay(d.due, row.state.timeZone)),
          overdue: d.overdue,
          window: d.window === true,
          basis: d.basis,
        })),
      );
      expect(
        items.map(({ body, agencyId, what, regime, regionCode, breachNoticedAt, ...item }) => item),
      ).toEqual(expect.arrayContaining(expected));
      expect(items).toHaveLength(expected.length);
      const instants = items.map((i) =>
        i.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(i.dueAt),
      );
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
    }
  });

  it('the lapse the scheduler noticed is marked on that duty only', () => {
    const items = deadlines(model, { now: ASKED_AT, rulebook });
    expect(items.filter((i) => i.breachNoticedAt !== null)).toEqual([
      expect.objectContaining({
        caseId: B.caseId,
        duty: 'ISSUE_STATUS_NOTICE',
        breachNoticedAt: '2024-03-01T08:00:00+07:00',
        body: { kind: 'BAWASLU', id: 'KABKOTA:34.01' },
      }),
    ]);
  });

  it('a lapse noticed for another due date or another respondent is not this one', () => {
    const row = model.row(B.caseId) as CaseRow;
    const [noticed] = row.state.breaches;
    const marked = (breaches: CaseRow['state']['breaches']) => {
      const other = createReadModel(caseReadModels);
      other.reset(1, [[B.caseId, { ...row, state: { ...row.state, breaches } } as CaseRow]]);
      return deadlines(other, { now: ASKED_AT, rulebook, holder: 'BAWASLU' })[0]?.breachNoticedAt;
    };
    expect(noticed).toMatchObject({ duty: 'ISSUE_STATUS_NOTICE', respondentId: null });
    expect(marked(row.state.breaches)).toBe('2024-03-01T08:00:00+07:00');
    expect(
      marked([{ ...(noticed as (typeof row.state.breaches)[number]), due: '2024-01-30' }]),
    ).toBeNull();
    expect(
      marked([{ ...(noticed as (typeof row.state.breaches)[number]), respondentId: 'kp-01' }]),
    ).toBeNull();
  });
});

describe('filters', () => {
  it('by holder: what the PPKs owe', () => {
    expect(list({ now: ASKED_AT, holder: 'PPK' }).map(([c, , d]) => `${c} ${d}`)).toEqual([
      'case-finding-btl-0002 DELIVER_SANCTION',
      `${A.caseId} RECORD_SANCTION_SERVED`,
      `${B.caseId} PPK_FOLLOW_UP`,
    ]);
  });

  it('by office, by agency, by region (a province covers its kabupaten/kota), overdue only', () => {
    expect(list({ now: ASKED_AT, office: 'KABKOTA:34.01' })).toEqual([
      [B.caseId, null, 'ISSUE_STATUS_NOTICE', '2024-01-31', true],
    ]);
    expect(list({ now: ASKED_AT, agencyId: 'bantul-disdikpora' }).map(([, , d]) => d)).toEqual([
      'DELIVER_SANCTION',
      'RECORD_SANCTION_SERVED',
    ]);
    expect(list({ now: ASKED_AT, region: '34.01' }).map(([, , d]) => d)).toEqual([
      'ISSUE_STATUS_NOTICE',
      'PPK_FOLLOW_UP',
    ]);
    expect(list({ now: ASKED_AT, region: '34' })).toHaveLength(9);
    expect(list({ now: ASKED_AT, region: '35' })).toEqual([]);
    expect(list({ now: ASKED_AT, overdueOnly: true })).toHaveLength(6);
    expect(
      list({ now: ASKED_AT, holder: 'BAWASLU', region: '34.02', overdueOnly: true }).map(
        ([c]) => c,
      ),
    ).toEqual([E_SCENARIO.caseId, A.caseId, 'case-finding-btl-0002']);
  });
});

describe('windows and deadlines on the clock', () => {
  it("after A's delivery the respondent's keberatan window is listed while open (a right: never overdue) and gone after its last day", () => {
    const delivered = projectUpToFirst(A.caseId, 'SanctionDelivered');
    const open = deadlines(delivered, { now: new Date('2024-10-21T10:00:00+07:00'), rulebook });
    expect(open.find((i) => i.duty === 'FILE_KEBERATAN')).toMatchObject({
      caseId: A.caseId,
      respondentId: 'btl-01',
      who: 'RESPONDENT',
      body: { kind: 'RESPONDENT', id: 'btl-01' },
      window: true,
      overdue: false,
      // PP 79/2021: 14 working days from receipt (1 Oct).
      due: '2024-10-21',
    });
    const lapsed = deadlines(delivered, { now: new Date('2024-10-22T10:00:00+07:00'), rulebook });
    expect(lapsed.map((i) => i.duty)).not.toContain('FILE_KEBERATAN');
  });

  it('the forward to Polri is due 1×24 hours after the decision’s instant: its dueAt is that instant, overdue a minute after', () => {
    const decided = projectUpToFirst(E_SCENARIO.caseId, 'RespondentDecided');
    const item = (now: string) =>
      deadlines(decided, { now: new Date(now), rulebook, holder: 'BAWASLU' }).find(
        (i) => i.duty === 'FORWARD_TO_INVESTIGATORS',
      );
    expect(item('2024-08-13T16:00:00+07:00')).toMatchObject({
      respondentId: 'e-01',
      due: '2024-08-13',
      dueAt: '2024-08-13T16:00:00.000+07:00',
      overdue: false,
    });
    expect(item('2024-08-13T16:01:00+07:00')).toMatchObject({ overdue: true });
  });
});
