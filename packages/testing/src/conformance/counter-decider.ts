import type { CommandMeta, Decider, DecisionContext, EventCodec } from '@netra/core';
import { either as E } from 'fp-ts';

/** A deliberately tiny domain, so that the handler-level checks test the store, not the law. */
export interface AddCommand {
  readonly meta: CommandMeta;
  readonly counterId: string;
  readonly amount: number;
}
export interface Added {
  readonly type: 'Added';
  readonly data: { readonly amount: number };
}
export interface Rejection {
  readonly code: 'INVALID' | 'TOO_LARGE';
  readonly message: string;
}

export const counterDecider: Decider<AddCommand, number, Added, DecisionContext, Rejection> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.amount,
  decide: (command, total) =>
    total + command.amount > 1000
      ? E.left({ code: 'TOO_LARGE', message: `the total would exceed 1000 (now ${total})` })
      : E.right([
          { type: 'Added', data: { amount: command.amount } },
          { type: 'Added', data: { amount: 0 } },
        ]),
};

export const counterCodec: EventCodec<Added> = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data }),
  decode: (stored) =>
    stored.type === 'Added' && typeof (stored.data as { amount?: unknown }).amount === 'number'
      ? E.right({ type: 'Added', data: stored.data as { amount: number } })
      : E.left({ message: `not an Added event: ${stored.type}` }),
};

export const parseAdd = (input: unknown): E.Either<Rejection, AddCommand> => {
  const candidate = input as Partial<AddCommand> | null;
  return candidate &&
    typeof candidate.counterId === 'string' &&
    typeof candidate.amount === 'number' &&
    candidate.meta
    ? E.right(candidate as AddCommand)
    : E.left({ code: 'INVALID', message: 'not an add command' });
};
