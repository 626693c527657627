/**
 * Where Bawaslu's decision period starts is data (the DECIDE / DECIDE_EXTENDED rows' `anchor`):
 * Pemilu counts from registration (UU 7/2017 Pasal 454(7)), Pilkada from receipt by default
 * (UU 10/2016 Pasal 134(5)). Contested for Pilkada: an office can count from registration.
 */
import { deciderSpec } from '@netra/testing';
import { describe, expect, it } from 'vitest';
import { caseDecider, caseEventSchema } from '../../src/case/index.js';
import { createRulebook, defaultRulebook } from '../../src/rules/index.js';
import {
  completeRequirements,
  history,
  NOW,
  receiveReport,
  register,
  review,
  spec,
} from './builders.js';
import { PEMILU, PILKADA } from './fixtures.js';

const countingFromRegistration = createRulebook({
  deadlines: {
    PILKADA_2024: {
      DECIDE: { anchor: 'REGISTRATION' },
      DECIDE_EXTENDED: { anchor: 'REGISTRATION' },
    },
  },
});
const specFromRegistration = deciderSpec(
  caseDecider,
  {
    now: NOW,
    rulebook: countingFromRegistration,
    rulebookVersion: countingFromRegistration.version,
  },
  { validateEvent: (e) => void caseEventSchema.parse(e) },
);

/** A Pilkada report whose requirements were completed, registered two days after receipt. */
const s = PILKADA;
const slowIntake = history(
  receiveReport(s),
  review(s, { outcome: 'INCOMPLETE', missing: ['EVIDENCE'] }, '2024-08-09T13:00:00+07:00'),
  completeRequirements(s, ['EVIDENCE'], '2024-08-10T09:00:00+07:00'),
);
const registerOn11 = register(s, '2024-08-11T09:00:00+07:00');

describe('the decision clock', () => {
  it('Pilkada by default counts 3 days from receipt (8 Aug → 11 Aug), even when registration is late', () => {
    expect(defaultRulebook.deadlines.PILKADA_2024.DECIDE.anchor).toBe('RECEIPT');
    spec
      .given(slowIntake)
      .when(registerOn11)
      .thenMatches([
        { type: 'CaseRegistered', data: { registeredOn: '2024-08-11', decisionDue: '2024-08-11' } },
      ]);
  });

  it('Pilkada counted from registration when the office overrides the anchor (11 Aug → 14 Aug)', () => {
    expect(countingFromRegistration.version).not.toBe(defaultRulebook.version);
    specFromRegistration
      .given(slowIntake)
      .when(registerOn11)
      .thenMatches([
        { type: 'CaseRegistered', data: { registeredOn: '2024-08-11', decisionDue: '2024-08-14' } },
      ]);
  });

  it('Pemilu counts from registration by default', () => {
    expect(defaultRulebook.deadlines.PEMILU_2024.DECIDE.anchor).toBe('REGISTRATION');
    expect(defaultRulebook.deadlines.PEMILU_2024.DECIDE_EXTENDED.anchor).toBe('REGISTRATION');
    spec
      .given(history(receiveReport(PEMILU), review(PEMILU)))
      .when(register(PEMILU))
      .thenMatches([
        { data: { registeredOn: PEMILU.t.registeredOn, decisionDue: PEMILU.t.decisionDue } },
      ]);
  });
});
