/**
 * Rulebook 2024.2 corrections that change a decision (legal review 2026-11 §5.1), pinned through
 * the decider. The data rows themselves are pinned in src/rules/legal-corrections-2024.2.test.ts;
 * the new steps have their own files (notices, take-up, non-asn, gakkumdu-deliberation,
 * handover, kecamatan).
 */
import { describe, expect, it } from 'vitest';
import { decide, history, registered, spec, violation } from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: corrections of 2024.2 that change decisions', (s) => {
  // §5.1 item 1: KE-7 (attending the declaration or campaign of one's spouse who is a calon) was
  // bound to the bakal calon stage, which refused it for every campaign-period case. It is now
  // bound to no stage.
  it(`KE-7 is accepted at the ${s.stage} stage without a stage override`, () => {
    spec
      .given(history(...registered(s)))
      .when(decide(s, s.respondents[0].respondentId, violation(s, { skbCode: 'KE-7' })))
      .thenMatches([
        {
          type: 'RespondentDecided',
          data: {
            decision: {
              outcome: 'VIOLATION',
              skbCode: 'KE-7',
              stage: { computed: s.stage, applied: s.stage, overrideReason: null },
            },
          },
        },
      ]);
  });

  // §5.1 item 8 / §4: the suggestion of the ADMINISTRATIVE track for a village head is gone; a
  // non-ASN respondent is refused on it with the reason and a basis.
  it('ADMINISTRATIVE is refused for a village head, with the OTHER_LAW track named', () => {
    const withVillageHead = history(
      ...registered({ ...s, respondents: [s.villageHead, s.respondents[1]] }),
    );
    const error = spec
      .given(withVillageHead)
      .when(
        decide(
          { ...s, respondents: [s.villageHead, s.respondents[1]] },
          s.villageHead.respondentId,
          violation(s, { skbCode: undefined, tracks: ['ADMINISTRATIVE'] }),
        ),
      )
      .thenRejectedWith('TRACK_NOT_APPLICABLE', { field: 'decision.tracks' });
    expect(error.message).toContain('OTHER_LAW');
    expect(error.legalBasis).toBeDefined();
  });
});
