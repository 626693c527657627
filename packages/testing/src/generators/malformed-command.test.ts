import {
  type CaseContext,
  type CaseError,
  type CaseEvent,
  type CaseState,
  caseDecider,
  defaultRulebook,
  isRejection,
  parseCaseCommand,
} from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { isCaseErrorCode } from './error-codes.js';
import { caseHandlerFor } from './history-handler.js';
import type { MalformedCommand } from './malformed.js';
import { MUTATION_CLASSES, malformedCommandArb } from './malformed-command.js';
import { decideAll } from './replay-history.js';

const RUNS = 3000;

const hasActorObject = (input: unknown): boolean => {
  const actor = (input as { meta?: { actor?: unknown } } | null)?.meta?.actor;
  return actor !== null && typeof actor === 'object' && !Array.isArray(actor);
};

const show = (m: MalformedCommand): string =>
  `${m.mutation}\nafter ${m.prefix} of: ${m.history.path.join(' → ')}`;

/** The state the command is sent into; the history itself must be accepted. */
const stateBefore = (m: MalformedCommand): CaseState => {
  const prefix = decideAll(m.history.commands.slice(0, m.prefix), m.history.context);
  if (E.isLeft(prefix)) {
    return expect.fail(
      `the valid history was rejected at ${prefix.left.index}: ${prefix.left.error.message}`,
    );
  }
  return prefix.right.state;
};

/** parse, then decide: any exception is a failure of its own, never a rejection. */
const decideInput = (
  input: unknown,
  state: CaseState,
  context: CaseContext,
): E.Either<CaseError, readonly CaseEvent[]> => {
  try {
    return E.flatMap((command: Parameters<typeof caseDecider.decide>[0]) =>
      caseDecider.decide(command, state, context),
    )(parseCaseCommand(input));
  } catch (error) {
    return expect.fail(
      `an exception escaped: ${error instanceof Error ? error.stack : String(error)}`,
    );
  }
};

const expectRejection = (m: MalformedCommand, rejection: CaseError): void => {
  expect(isCaseErrorCode(rejection.code), `unknown code ${rejection.code}`).toBe(true);
  expect(typeof rejection.message === 'string' && rejection.message.trim().length > 0).toBe(true);
  expect(m.acceptable, `${rejection.code}: ${rejection.message}\n${show(m)}`).toContain(
    rejection.code,
  );
};

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('thousands of random malformed commands', { timeout: 180_000 }, () => {
  it('are refused with a known code, by the decider and by the handler, and append nothing', async () => {
    await fc.assert(
      fc.asyncProperty(malformedCommandArb(), async (m) => {
        const context = m.history.context;
        const decided = decideInput(m.input, stateBefore(m), context);
        if (E.isRight(decided)) {
          return expect.fail(`accepted, producing ${JSON.stringify(decided.right)}\n${show(m)}`);
        }
        expectRejection(m, decided.left);

        const { store, handle } = caseHandlerFor(context);
        for (const command of m.history.commands.slice(0, m.prefix)) {
          const applied = await handle(command)();
          if (E.isLeft(applied))
            return expect.fail(`prefix refused by the handler: ${applied.left.message}`);
        }
        const before = await store.readAll();
        const handled = await handle(m.input)();
        const after = await store.readAll();
        expect(E.isRight(before) && E.isRight(after) && after.right.length).toBe(
          E.isRight(before) && before.right.length,
        );
        if (E.isRight(handled)) return expect.fail(`the handler accepted it\n${show(m)}`);
        // The handler takes the actor beside the input; the test hands it the body's actor, so a
        // body without a usable actor object is a host that authenticated nobody.
        if (handled.left.code === 'ACTOR_REQUIRED' && !hasActorObject(m.input)) return;
        if (!isRejection(handled.left)) return expect.fail(`handler: ${handled.left.message}`);
        expectRejection(m, handled.left);
      }),
      { numRuns: RUNS },
    );
  });

  // Found by the property above: an instant whose local day fell before year 1 made
  // localDateOf write '00-1-12-31' and compareDates throw out of decide. Legal instants and
  // dates are now bounded to 1900–2999 at the boundary.
  it('an instant whose local day is before year 1 is refused with INVALID_COMMAND, not thrown', () => {
    const context = {
      now: new Date('2025-03-03T02:00:00Z'),
      rulebook: defaultRulebook,
      rulebookVersion: defaultRulebook.version,
    };
    const finding = {
      type: 'RecordFinding',
      caseId: 'case-pilkada-3402-0001',
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: { code: '34.02', name: 'Kabupaten Bantul' },
      supervisingOffice: { level: 'KABKOTA', name: 'Bawaslu Kabupaten Bantul' },
      discoveredOn: '2024-08-06',
      respondents: [
        {
          respondentId: 'terlapor-3402-1',
          name: 'Suparman',
          kind: 'VILLAGE_HEAD',
          agency: { id: 'desa-3402-timbulharjo', name: 'Pemerintah Desa Timbulharjo' },
        },
      ],
      incident: { occurredOn: '2024-08-05', place: 'Balai desa', description: 'Deklarasi.' },
      evidence: [],
      meta: {
        commandId: 'cmd-1',
        actor: {
          id: 'bawaslu-3402-pp-01',
          role: 'bawaslu',
          scope: { bawasluLevel: 'KABKOTA', regionCode: '34.02' },
        },
        occurredAt: '0000-01-01T00:00:00+14:00',
      },
    };
    const decided = decideInput(finding, caseDecider.initialState(), context);
    expect(decided).toEqual(
      E.left(expect.objectContaining({ code: 'INVALID_COMMAND', field: 'meta.occurredAt' })),
    );
  });

  it('covers every mutation class and junk', () => {
    const seen = new Set(
      fc.sample(malformedCommandArb(), 3000).map((m) => m.mutation.split(':')[0]),
    );
    for (const { name } of MUTATION_CLASSES) expect(seen).toContain(name);
    expect(seen).toContain('junk');
  });
});
