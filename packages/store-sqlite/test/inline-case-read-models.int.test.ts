import type { CaseRow, ReadModel } from '@netra/core';
import {
  caseReadModels,
  createInMemoryCheckpointStore,
  nationalFunnel,
  runProjection,
} from '@netra/core';
import { loadSeason, modelPicture, nationalSeason } from '@netra/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('inline-case-read-models');
afterAll(() => temp.cleanup());

describe('the case read models inline on SQLite (a generated season)', () => {
  it('equal a rebuild from zero by the runner, and give the season its funnel', async () => {
    const file = temp.file('season.db');
    const store = rightOrThrow(
      openSqliteEventStore({ file, synchronous: 'OFF', inlineProjections: [caseReadModels] }),
    );
    try {
      const season = nationalSeason({ seed: 11, scale: 0.05 });
      await loadSeason(store, season);
      const inline = rightOrThrow(await store.readModel(caseReadModels.name)) as ReadModel<CaseRow>;
      expect(inline.position).toBe(rightOrThrow(await store.readHeadPosition()));
      const rebuilt = rightOrThrow(
        await runProjection({
          store,
          checkpoints: createInMemoryCheckpointStore(),
          projection: caseReadModels,
          batchSize: 333,
        }),
      );
      expect(modelPicture(caseReadModels, inline)).toEqual(
        modelPicture(caseReadModels, rebuilt.model),
      );
      expect(nationalFunnel(inline, 'PILKADA_2024')).toMatchObject(
        season.facts.funnel.PILKADA_2024 ?? {},
      );
      // What is stored in the file is the same model.
      const stored = rightOrThrow(await store.checkpoints.loadProjection(caseReadModels.name));
      expect(stored?.position).toBe(inline.position);
      expect(new Map(stored?.rows)).toEqual(new Map(inline.rows()));
    } finally {
      await store.close();
    }
  }, 120_000);
});
