import { describe, expect, it } from 'vitest';
import { CASE_LIST_CEILINGS, DEFAULT_CASE_LIST_LIMITS, resolveCaseListLimits } from './limits.js';

describe('resolveCaseListLimits', () => {
  it('fills what an office leaves out with the defaults', () => {
    expect(resolveCaseListLimits()).toEqual({ respondents: 1000, evidence: 500 });
    expect(resolveCaseListLimits({ evidence: 20 })).toEqual({ respondents: 1000, evidence: 20 });
    expect(resolveCaseListLimits({ respondents: undefined })).toEqual(DEFAULT_CASE_LIST_LIMITS);
  });

  it('accepts each ceiling and refuses one more', () => {
    expect(resolveCaseListLimits(CASE_LIST_CEILINGS)).toEqual(CASE_LIST_CEILINGS);
    expect(() => resolveCaseListLimits({ evidence: CASE_LIST_CEILINGS.evidence + 1 })).toThrow(
      new TypeError("case list limit 'evidence' must be an integer from 1 to 5000, not 5001"),
    );
  });

  it('every default lies within its ceiling', () => {
    expect(DEFAULT_CASE_LIST_LIMITS.respondents).toBeLessThanOrEqual(
      CASE_LIST_CEILINGS.respondents,
    );
    expect(DEFAULT_CASE_LIST_LIMITS.evidence).toBeLessThanOrEqual(CASE_LIST_CEILINGS.evidence);
  });
});
