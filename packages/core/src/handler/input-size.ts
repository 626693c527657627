import { either as E } from 'fp-ts';

export interface InputLimits {
  /** The most bytes the command may take as UTF-8 JSON (default 256 KiB). */
  readonly maxBytes: number;
  /** The deepest nesting of objects and arrays (default 32). */
  readonly maxDepth: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxBytes: 256 * 1024, maxDepth: 32 };

export interface InputTooLarge {
  readonly field: string;
  readonly limit: number;
  readonly problem: string;
}

class Stop {
  constructor(readonly reason: InputTooLarge) {}
}

/**
 * Measures raw input as the JSON it would be, stopping as soon as a limit is passed: a 10 MiB
 * string, a million-element list or a cycle costs no more than the limit to refuse. Runs before
 * any schema sees the input. The same object used twice (one agency for two respondents) is
 * fine; an object inside itself is a cycle and is refused.
 */
export const checkInputSize = (
  input: unknown,
  limits: InputLimits,
): E.Either<InputTooLarge, number> => {
  let bytes = 0;
  const ancestors = new Set<object>();
  // The keys and indexes down to the value being measured; written out as `a.b.0` only when a
  // limit is passed (building the string at every node cost more than the measuring).
  const trail: (string | number)[] = [];
  const here = (): string => trail.join('.');
  const add = (n: number): void => {
    bytes += n;
    if (bytes > limits.maxBytes) {
      const path = here();
      throw new Stop({
        field: path,
        limit: limits.maxBytes,
        problem: `the command is larger than ${limits.maxBytes} bytes (reached at ${path || 'the top'})`,
      });
    }
  };
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      // Count before converting: a huge string is refused by its length alone.
      add(value.length > limits.maxBytes ? value.length : Buffer.byteLength(value, 'utf8') + 2);
      return;
    }
    if (value === null || typeof value !== 'object') {
      add(8);
      return;
    }
    if (ancestors.has(value)) {
      const path = here();
      throw new Stop({
        field: path,
        limit: limits.maxDepth,
        problem: `${path || 'the input'} contains itself (a cycle), which JSON cannot hold`,
      });
    }
    if (depth >= limits.maxDepth) {
      const path = here();
      throw new Stop({
        field: path,
        limit: limits.maxDepth,
        problem: `${path || 'the input'} nests deeper than ${limits.maxDepth} levels`,
      });
    }
    ancestors.add(value);
    add(2);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        add(1);
        trail.push(i);
        visit(value[i], depth + 1);
        trail.pop();
      }
    } else {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        add(Buffer.byteLength(key, 'utf8') + 4);
        trail.push(key);
        visit((value as Record<string, unknown>)[key], depth + 1);
        trail.pop();
      }
    }
    ancestors.delete(value);
  };
  try {
    visit(input, 0);
    return E.right(bytes);
  } catch (error) {
    if (error instanceof Stop) return E.left(error.reason);
    throw error;
  }
};
