import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { clarify, receiveReport, registered } from '../../test/intake/builders.js';
import { PEMILU } from '../../test/intake/fixtures.js';
import type { CaseCommand } from '../case/schema/commands.js';
import { createRulebook, defaultRulebook } from '../rules/index.js';
import { recordedCase } from './audit-histories.fixture.js';
import { replayCase } from './replay-case.js';

const s = PEMILU;

/** The case recorded by `commands`, each at its legal time: its head and its events. */
const record = (commands: readonly CaseCommand[]) => recordedCase(s.caseId, commands);

const lateClarification = clarify(
  s,
  { kind: 'REPORTER', name: s.reporter.name },
  '2024-02-01',
  '2024-02-01T10:00:00+07:00',
);

const duties = (step: { duties: readonly { duty: string; overdue: boolean }[] }) =>
  step.duties.map((d) => `${d.duty}${d.overdue ? ' (overdue)' : ''}`);

describe('replayCase', () => {
  it('shows after each step who acted, when, under which rules, and the duties then running', async () => {
    const { head, events } = await record([...registered(s), lateClarification]);
    const replayed = replayCase(events, { head });
    if (E.isLeft(replayed)) return expect.fail(replayed.left.message);
    const steps = replayed.right;
    expect(steps.map((step) => [step.type, step.state.status])).toEqual([
      ['ReportReceived', 'RECEIVED'],
      ['PreliminaryReviewCompleted', 'READY_TO_REGISTER'],
      ['CaseRegistered', 'REGISTERED'],
      ['ClarificationRecorded', 'REGISTERED'],
    ]);
    // The review duty appears with the report and is gone after the review; registration
    // starts the decision period (and owes the reporter a status notice), both of which the
    // late clarification finds already overdue.
    expect(steps.map(duties)).toEqual([
      ['PRELIMINARY_REVIEW'],
      [],
      ['ISSUE_STATUS_NOTICE', 'DECIDE', 'DECIDE'],
      ['ISSUE_STATUS_NOTICE (overdue)', 'DECIDE (overdue)', 'DECIDE (overdue)'],
    ]);
    expect(steps[0]!.duties[0]).toMatchObject({ due: s.t.reviewDue, who: 'BAWASLU' });
    expect(steps[2]!.duties[1]).toMatchObject({ due: s.t.decisionDue });
    expect(steps[3]).toMatchObject({
      streamVersion: 4,
      actor: s.bawaslu,
      rulebookVersion: defaultRulebook.version,
      occurredAt: '2024-02-01T10:00:00+07:00',
      recordedAt: '2024-02-01T03:00:00.000Z',
    });
  });

  it('counts what the state does not record with the rulebook of each step, when asked', async () => {
    const { events } = await record([receiveReport(s)]);
    const asked: string[] = [];
    const replayed = replayCase(events, {
      rulebook: (version) => {
        asked.push(version);
        return createRulebook();
      },
    });
    expect(E.isRight(replayed)).toBe(true);
    expect(asked).toEqual([defaultRulebook.version]);
  });

  it('refuses a history that does not reach the recorded head (a deleted tail)', async () => {
    const { head, events } = await record(registered(s));
    expect(replayCase(events.slice(0, 2), { head })).toEqual(
      E.left(
        expect.objectContaining({
          code: 'CHAIN_BROKEN',
          reason: 'HEAD_MISMATCH',
          streamVersion: 3,
        }),
      ),
    );
  });

  it('stops at an altered event, naming its version', async () => {
    const { events } = await record(registered(s));
    const altered = [...events];
    altered[1] = {
      ...altered[1]!,
      metadata: { ...altered[1]!.metadata, occurredAt: s.t.receivedAt },
    };
    expect(replayCase(altered)).toEqual(
      E.left(
        expect.objectContaining({
          code: 'CHAIN_BROKEN',
          reason: 'HASH_MISMATCH',
          streamVersion: 2,
        }),
      ),
    );
  });
});
