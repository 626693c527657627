import { either as E } from 'fp-ts';
import { canonicalJson } from '../store/canonical-json.js';
import type { ActorRef } from './command-meta.js';
import type { HandlerError } from './handler-error.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const sameJson = (a: unknown, b: unknown): boolean => {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
};

/**
 * The actor comes from the host, which authenticated it, never from the command's body: the
 * handler is called as `handle(input, { actor })`. This checks that an actor was passed and
 * answers a function that puts it into the command's `meta.actor`. A body that names an actor
 * of its own must name exactly this one (a form echoing the signed-in user is fine; a body
 * claiming to be someone else is refused as `ACTOR_MISMATCH`, not silently overridden). The
 * actor's shape and role are checked after parsing, by the domain (`checkActor`).
 */
export const hostActor = <Rejection>(
  authenticated: unknown,
): E.Either<
  HandlerError<Rejection>,
  (input: unknown) => E.Either<HandlerError<Rejection>, unknown>
> => {
  const actor = isRecord(authenticated) ? authenticated.actor : undefined;
  if (!isRecord(actor)) {
    return E.left({
      code: 'ACTOR_REQUIRED',
      message:
        'No authenticated actor: call handle(input, { actor }) with the actor your application signed in ({ id, role, scope }). Nothing was recorded.',
    });
  }
  return E.right((input) => {
    if (!isRecord(input) || !isRecord(input.meta)) return E.right(input);
    const claimed = input.meta.actor;
    if (claimed !== undefined && !sameJson(claimed, actor)) {
      return E.left({
        code: 'ACTOR_MISMATCH',
        field: 'meta.actor',
        message:
          'The command names another actor in meta.actor than the one the host authenticated. Leave meta.actor out (the host supplies it). Nothing was recorded.',
      });
    }
    return E.right({ ...input, meta: { ...input.meta, actor: actor as unknown as ActorRef } });
  });
};
