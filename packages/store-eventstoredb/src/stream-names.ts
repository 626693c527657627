/**
 * netra stream `x` is the EventStoreDB stream `${category}-x`: ESDB's default category
 * separator is '-', so `$ce-${category}` (the by-category projection) holds exactly netra's
 * events, and a stream-name prefix filter `${category}-` selects them in `$all`. Checkpoints
 * live in `${category}.checkpoint-<name>`, whose category is `${category}.checkpoint`: outside
 * that prefix, so reading the log never returns them.
 */
export interface StreamNames {
  readonly category: string;
  /** `${category}-`: the prefix of every netra stream in `$all`. */
  readonly prefix: string;
  readonly esdbStream: (streamId: string) => string;
  /** The netra stream id of an ESDB stream, or undefined for a stream that is not netra's. */
  readonly netraStream: (esdbStream: string) => string | undefined;
  /** The ESDB metadata stream of a netra stream (`$$${category}-x`). */
  readonly metaStream: (streamId: string) => string;
  readonly checkpointStream: (name: string) => string;
}

const CATEGORY = /^[A-Za-z][A-Za-z0-9_.]{0,49}$/;

/** Throws a TypeError for a category ESDB would not read as one (no '-', no '$'). */
export const streamNames = (category: string): StreamNames => {
  if (typeof category !== 'string' || !CATEGORY.test(category)) {
    throw new TypeError(
      `netra EventStoreDB store: category must be 1–50 letters, digits, '_' or '.', starting with a letter (no '-'), not ${JSON.stringify(category)}`,
    );
  }
  const prefix = `${category}-`;
  return {
    category,
    prefix,
    esdbStream: (streamId) => `${prefix}${streamId}`,
    netraStream: (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : undefined),
    metaStream: (streamId) => `$$${prefix}${streamId}`,
    checkpointStream: (name) => `${category}.checkpoint-${name}`,
  };
};
