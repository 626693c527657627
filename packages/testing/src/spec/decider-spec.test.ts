import type { Decider } from '@netra/core';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { deciderSpec } from './decider-spec.js';

/** A toy tally: Add n (n > 0) emits Added, and Added of 0 cannot be evolved. */
type Command = { readonly type: 'Add'; readonly n: number };
type Event = { readonly type: 'Added'; readonly n: number };
type Rejection = { readonly code: 'NOT_POSITIVE' | 'TOO_LARGE'; readonly message: string };

const tally: Decider<Command, number, Event, { readonly limit: number }, Rejection> = {
  initialState: () => 0,
  evolve: (total, event) => {
    if (event.n === 0) throw new Error('cannot add nothing');
    return total + event.n;
  },
  decide: (command, total, { limit }) => {
    if (command.n < 0) return E.left({ code: 'NOT_POSITIVE', message: `n = ${command.n}` });
    if (total + command.n > limit) return E.left({ code: 'TOO_LARGE', message: 'over the limit' });
    return E.right([{ type: 'Added', n: command.n }]);
  },
};

const spec = deciderSpec(tally, { limit: 10 });
const added = (n: number): Event => ({ type: 'Added', n });

describe('deciderSpec', () => {
  it('passes when the produced events equal the expected ones, and exposes the state', () => {
    const result = spec
      .given([added(2)])
      .when({ type: 'Add', n: 3 })
      .then([added(3)]);
    expect(result.state).toBe(5);
    result.thenState((s) => s === 5);
  });

  it('fails when the produced events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Add', n: 3 })
        .then([added(4)]),
    ).toThrow();
  });

  it('fails when events were expected but the command was rejected', () => {
    expect(() => spec.given([]).when({ type: 'Add', n: -1 }).then([])).toThrow(/rejected/);
  });

  it('fails when the produced events cannot be evolved', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Add', n: 0 })
        .then([added(0)]),
    ).toThrow(/cannot add nothing/);
  });

  it('matches partial events with thenMatches, and requires the same count', () => {
    spec
      .given([])
      .when({ type: 'Add', n: 1 })
      .thenMatches([{ type: 'Added' }]);
    expect(() => spec.given([]).when({ type: 'Add', n: 1 }).thenMatches([])).toThrow();
  });

  it('checks the rejection code and details', () => {
    const rejection = spec
      .given([added(9)])
      .when({ type: 'Add', n: 2 })
      .thenRejectedWith('TOO_LARGE', {
        message: 'over the limit',
      });
    expect(rejection.code).toBe('TOO_LARGE');
    expect(() =>
      spec
        .given([added(9)])
        .when({ type: 'Add', n: 2 })
        .thenRejectedWith('NOT_POSITIVE'),
    ).toThrow();
    expect(() =>
      spec
        .given([added(9)])
        .when({ type: 'Add', n: 2 })
        .thenRejectedWith('TOO_LARGE', { message: 'other' }),
    ).toThrow();
  });

  it('fails a rejection spec when the command succeeded', () => {
    expect(() => spec.given([]).when({ type: 'Add', n: 1 }).thenRejectedWith('TOO_LARGE')).toThrow(
      /produced/,
    );
  });

  it('fails a state check that returns false or does not match', () => {
    const result = spec
      .given([])
      .when({ type: 'Add', n: 1 })
      .then([added(1)]);
    expect(() => result.thenState((s) => s === 2)).toThrow(/state check/);
    expect(() => result.thenState(2)).toThrow();
  });

  it('checks the state directly after a successful command', () => {
    spec
      .given([added(1)])
      .when({ type: 'Add', n: 2 })
      .thenState((s) => s === 3);
    expect(() =>
      spec
        .given([added(1)])
        .when({ type: 'Add', n: 2 })
        .thenState((s) => s === 4),
    ).toThrow();
    expect(() =>
      spec
        .given([])
        .when({ type: 'Add', n: -2 })
        .thenState(() => true),
    ).toThrow(/rejected/);
  });

  it('validates given and produced events with validateEvent', () => {
    const strict = deciderSpec(tally, () => ({ limit: 100 }), {
      validateEvent: (e) => {
        if (e.n > 50) throw new Error(`implausible event ${e.n}`);
      },
    });
    strict
      .given([added(1)])
      .when({ type: 'Add', n: 2 })
      .then([added(2)]);
    expect(() =>
      strict
        .given([added(60)])
        .when({ type: 'Add', n: 2 })
        .then([added(2)]),
    ).toThrow(/implausible/);
    expect(() =>
      strict
        .given([])
        .when({ type: 'Add', n: 70 })
        .then([added(70)]),
    ).toThrow(/implausible/);
  });
});
