import { type ActorRef, createCaseCommandHandler, createInMemoryEventStore } from '@netra/core';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { commandOf, nextStep, recordCommand, startCase } from './live-case.js';
import { planSeason } from './plan.js';

describe('a season case, recorded directly', () => {
  it('records exactly what the command handler records for the same commands', {
    timeout: 60_000,
  }, async () => {
    const plans = planSeason(2024, 0.05);
    let steps = 0;
    for (const plan of plans.slice(0, 40)) {
      const live = startCase(2024, plan);
      // The handler on its own store, its clock and event ids those the season recorded with.
      let now = new Date(0);
      const ids: string[] = [];
      const handle = createCaseCommandHandler({
        store: createInMemoryEventStore(),
        clock: () => now,
        newEventId: () => ids.shift() ?? 'no id left',
      });
      for (let pending = nextStep(live); pending !== null; pending = nextStep(live)) {
        const command = commandOf(live, pending);
        const recorded = recordCommand(live, command, pending);
        now = new Date(pending.recordedAt);
        ids.push(...(recorded?.events.map((e) => e.id) ?? []));
        const handled = await handle(JSON.parse(JSON.stringify(command)), {
          actor: command.meta.actor as ActorRef,
        })();
        if (E.isLeft(handled)) return expect.fail(`${plan.seq}: ${handled.left.message}`);
        const events = handled.right.events.map(({ id, type, schemaVersion, data, metadata }) => ({
          id,
          type,
          schemaVersion,
          data,
          metadata,
        }));
        expect(events).toEqual(recorded?.events ?? []);
        steps += 1;
      }
    }
    expect(steps).toBeGreaterThan(200);
  });
});
