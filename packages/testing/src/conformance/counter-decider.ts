import type {
  ActorRef,
  CommandMeta,
  Decider,
  DecisionContext,
  EventCodec,
  EventStore,
} from '@netra/core';
import { createCommandHandler } from '@netra/core';
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

/** Only a known role may add; anyone else is refused before any result is returned. */
export const authorizeAdd = (command: AddCommand): E.Either<Rejection, void> =>
  command.meta.actor.role === 'bawaslu'
    ? E.right(undefined)
    : E.left({ code: 'INVALID', message: `a ${command.meta.actor.role} may not add` });

/** The actor the suites' host authenticates. */
export const OFFICER: ActorRef = { id: 'officer-1', role: 'bawaslu', scope: {} };

/** The counter's command handler on `store`; `authorize` adds the role check. */
export const counterHandler = (
  store: EventStore,
  options: { readonly authorize?: boolean; readonly retryOnVersionConflict?: number } = {},
) =>
  createCommandHandler({
    store,
    decider: counterDecider,
    codec: counterCodec,
    parse: parseAdd,
    ...(options.authorize ? { authorize: authorizeAdd } : {}),
    streamIdOf: (command) => command.counterId,
    context: (now) => ({ now, rulebookVersion: 'conformance' }),
    clock: () => new Date('2024-10-01T02:00:00Z'),
    retryOnVersionConflict: options.retryOnVersionConflict ?? 0,
  });

/** An add command as a host sends it (the actor goes beside it). */
export const addCommand = (counterId: string, commandId: string, amount = 5) => ({
  counterId,
  amount,
  meta: { commandId, occurredAt: '2024-10-01T09:00:00+07:00' },
});
