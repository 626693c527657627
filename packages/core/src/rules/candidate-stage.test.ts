import { describe, expect, it } from 'vitest';
import { candidateStage } from './candidate-stage.js';
import { rulebookV1 } from './rulebook.js';

describe('candidateStage', () => {
  it('Pemilu 2024: bakal calon until 12 Nov 2023, calon from 13 Nov', () => {
    expect(candidateStage(rulebookV1, 'PEMILU_2024', '2023-11-12')).toBe('BAKAL_CALON');
    expect(candidateStage(rulebookV1, 'PEMILU_2024', '2023-11-13')).toBe('CALON');
    expect(candidateStage(rulebookV1, 'PEMILU_2024', '2024-02-10')).toBe('CALON');
  });

  it('Pilkada 2024: bakal calon until 21 Sep 2024, calon from 22 Sep', () => {
    expect(candidateStage(rulebookV1, 'PILKADA_2024', '2024-09-21')).toBe('BAKAL_CALON');
    expect(candidateStage(rulebookV1, 'PILKADA_2024', '2024-09-22')).toBe('CALON');
    // Pilkada conduct during the Pemilu campaign: still bakal calon for Pilkada.
    expect(candidateStage(rulebookV1, 'PILKADA_2024', '2024-01-10')).toBe('BAKAL_CALON');
  });
});

describe('election calendars', () => {
  it('pin the 2024 dates', () => {
    expect(rulebookV1.elections.PEMILU_2024).toMatchObject({
      candidateDetermination: '2023-11-13',
      campaignStart: '2023-11-28',
      campaignEnd: '2024-02-10',
      quietPeriodStart: '2024-02-11',
      quietPeriodEnd: '2024-02-13',
      votingDay: '2024-02-14',
    });
    expect(rulebookV1.elections.PILKADA_2024).toMatchObject({
      candidateDetermination: '2024-09-22',
      campaignStart: '2024-09-25',
      campaignEnd: '2024-11-23',
      quietPeriodStart: '2024-11-24',
      quietPeriodEnd: '2024-11-26',
      votingDay: '2024-11-27',
    });
  });

  it('each voting day is a VOTING_DAY holiday in the rulebook', () => {
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      const { votingDay } = rulebookV1.elections[regime];
      expect(rulebookV1.holidays.find((h) => h.date === votingDay)?.kind).toBe('VOTING_DAY');
    }
  });
});
