import { deciderSpec } from '@netra/testing';
import { describe, expect, it } from 'vitest';
import { caseDecider, caseEventSchema } from '../../src/case/index.js';
import { createRulebook, defaultRulebook } from '../../src/rules/index.js';
import { history, meta, NOW, receiveReport, register, spec } from './builders.js';
import { PEMILU, PILKADA, SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: receiving a report (laporan diterima)', (s) => {
  it('records the report, its local receipt date and the kajian awal deadline', () => {
    spec
      .given([])
      .when(receiveReport(s))
      .then([
        {
          type: 'ReportReceived',
          data: {
            caseId: s.caseId,
            regime: s.regime,
            timeZone: 'WIB',
            region: s.region,
            reporter: s.reporter,
            respondents: [...s.respondents],
            incident: s.incident,
            evidence: [...s.evidence],
            receivedAt: s.t.receivedAt,
            receivedOn: s.t.receivedOn,
            enteredBy: 'BAWASLU',
            reviewDue: s.t.reviewDue,
          },
        },
      ])
      .thenState({
        status: 'RECEIVED',
        origin: 'REPORT',
        openedOn: s.t.receivedOn,
        deadlines: {
          reviewDue: s.t.reviewDue,
          filingDue: null,
          noticeDue: null,
          completionDue: null,
          completionDueAt: null,
          decisionDue: null,
        },
      });
  });

  it('accepts a report filed online by the reporter (e.g. SIGAPLAPOR)', () => {
    spec
      .given([])
      .when(receiveReport(s, { meta: meta(s.reporterActor, s.t.receivedAt) }))
      .thenMatches([
        {
          type: 'ReportReceived',
          data: { enteredBy: 'REPORTER', reporter: { id: s.reporter.id } },
        },
      ]);
  });

  it('takes the receipt date in the office time zone, not UTC', () => {
    // 17:30 UTC on the day before is 00:30 WIB on the receipt day.
    const utcEvening = `${s.t.receivedOn}T00:30:00+07:00`;
    spec
      .given([])
      .when(receiveReport(s, { meta: meta(s.bawaslu, new Date(utcEvening).toISOString()) }))
      .thenMatches([{ data: { receivedOn: s.t.receivedOn, reviewDue: s.t.reviewDue } }]);
  });

  it('refuses to open a case twice', () => {
    spec
      .given(history(receiveReport(s)))
      .when(receiveReport(s))
      .thenRejectedWith('CASE_ALREADY_EXISTS', {
        field: 'caseId',
      });
  });

  it('refuses a step on a case that does not exist', () => {
    spec.given([]).when(register(s)).thenRejectedWith('CASE_NOT_FOUND');
  });

  it('refuses a step addressed to another case', () => {
    spec
      .given(history(receiveReport(s)))
      .when({ ...register(s), caseId: 'case-lain-0001' })
      .thenRejectedWith('WRONG_CASE', { field: 'caseId' });
  });
});

describe('the kajian awal deadline (rulebook 2024.2)', () => {
  it('Pilkada: 2 calendar days from receipt (8 Aug → 10 Aug); 2024.1 gave 3 (11 Aug)', () => {
    expect(defaultRulebook.version).toBe('2024.2');
    expect(defaultRulebook.deadlines.PILKADA_2024.PRELIMINARY_REVIEW).toMatchObject({
      days: 2,
      dayType: 'CALENDAR',
    });
    spec
      .given([])
      .when(receiveReport(PILKADA))
      .thenMatches([{ data: { receivedOn: '2024-08-08', reviewDue: '2024-08-10' } }]);
  });

  it('Pemilu is unchanged: 2 working days (Thu 18 Jan → Mon 22 Jan, over the weekend)', () => {
    spec
      .given([])
      .when(receiveReport(PEMILU))
      .thenMatches([{ data: { receivedOn: '2024-01-18', reviewDue: '2024-01-22' } }]);
  });

  it('an office following the 3-day reading (Bawaslu Kediri) overrides the contested row', () => {
    const kediri = createRulebook({
      deadlines: { PILKADA_2024: { PRELIMINARY_REVIEW: { days: 3 } } },
    });
    expect(kediri.version).not.toBe(defaultRulebook.version);
    deciderSpec(
      caseDecider,
      { now: NOW, rulebook: kediri, rulebookVersion: kediri.version },
      { validateEvent: (e) => void caseEventSchema.parse(e) },
    )
      .given([])
      .when(receiveReport(PILKADA))
      .thenMatches([{ data: { reviewDue: '2024-08-11' } }]);
  });
});
