/**
 * Read model 5, the national funnel: given the five interleaved cases plus one naming a village
 * head, then reported → proven → recommended → sanctioned counts ASN respondents only, per
 * election; and given a generated national season shaped like Pilkada 2020 (KASN: 2,034
 * reported, 1,597 proven, 1,450 sanctioned), the funnel is exactly that.
 */
import { loadSeason, nationalSeason } from '@netra/testing';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { receiveReport } from '../../../test/intake/builders.js';
import { PILKADA } from '../../../test/intake/fixtures.js';
import { createInMemoryEventStore } from '../../store/in-memory/in-memory-store.js';
import { projectEvents } from '../read-model.js';
import { BTL_02, CASES, interleave, readAllEvents, record } from './case-histories.fixture.js';
import { caseReadModels } from './case-read-models.js';
import { nationalFunnel, nationalFunnels } from './national-funnel.js';

describe('the funnel of the fixture cases', () => {
  it('Pilkada: 8 ASN reported (the village head not among them), 3 proven, 2 recommended, 2 sanctioned; Pemilu: 2, 2, 1, 0', async () => {
    const villageCase = {
      ...PILKADA,
      caseId: 'case-pilkada-btl-0050',
      respondents: [PILKADA.villageHead, BTL_02] as const,
    };
    const { events } = await record(interleave([...CASES, [receiveReport(villageCase)]]));
    const model = projectEvents(caseReadModels, events);
    if (E.isLeft(model)) return expect.fail(model.left.message);
    expect(nationalFunnels(model.right)).toEqual([
      {
        regime: 'PEMILU_2024',
        reported: 2,
        proven: 2,
        recommended: 1,
        sanctioned: 0,
        rates: { proven: 1, recommended: 0.5, sanctioned: 0 },
      },
      {
        regime: 'PILKADA_2024',
        reported: 8,
        proven: 3,
        recommended: 2,
        sanctioned: 2,
        rates: { proven: 3 / 8, recommended: 2 / 3, sanctioned: 1 },
      },
    ]);
  });

  it('an empty model: zeros, and no rate where nothing came before', () => {
    const model = projectEvents(caseReadModels, []);
    if (E.isLeft(model)) return expect.fail(model.left.message);
    expect(nationalFunnel(model.right, 'PILKADA_2024')).toEqual({
      regime: 'PILKADA_2024',
      reported: 0,
      proven: 0,
      recommended: 0,
      sanctioned: 0,
      rates: { proven: null, recommended: null, sanctioned: null },
    });
  });
});

describe('a generated national season (Pilkada 2020 shape, scale 1)', () => {
  it('yields exactly 2,034 reported, 1,597 proven, 1,597 recommended, 1,450 sanctioned', {
    timeout: 120_000,
  }, async () => {
    const season = nationalSeason({ seed: 2024 });
    const store = createInMemoryEventStore();
    await loadSeason(store, season);
    const model = projectEvents(caseReadModels, await readAllEvents(store));
    if (E.isLeft(model)) return expect.fail(model.left.message);
    const funnel = nationalFunnel(model.right, 'PILKADA_2024');
    expect(funnel).toMatchObject({
      reported: 2034,
      proven: 1597,
      recommended: 1597,
      sanctioned: 1450,
    });
    expect(funnel).toMatchObject(season.facts.funnel.PILKADA_2024 ?? {});
    expect(model.right.size).toBe(season.facts.cases);
  });
});
