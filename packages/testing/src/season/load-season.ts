/**
 * loadSeason: appends a generated season to a store, append by append, each with the expected
 * version the season gives it, and fails loudly on the first store error (naming the stream,
 * the append and the store's answer).
 */
import type { EventStore } from '@netra/core';
import type { SeasonAppend } from './national-season.js';

export interface LoadProgress {
  readonly events: number;
  readonly appends: number;
  readonly streams: number;
}

export interface LoadSeasonOptions {
  /** Called every `progressEvery` appends (default 1,000) and once at the end. */
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly progressEvery?: number;
}

export interface LoadedSeason {
  readonly events: number;
  readonly streams: number;
  readonly appends: number;
}

export const loadSeason = async (
  store: EventStore,
  season: Iterable<SeasonAppend>,
  options: LoadSeasonOptions = {},
): Promise<LoadedSeason> => {
  const every = options.progressEvery ?? 1000;
  let events = 0;
  let appends = 0;
  let streams = 0;
  for (const append of season) {
    const result = await store.append(append.streamId, append.events, {
      expectedVersion: append.expectedVersion,
    });
    if (result._tag === 'Left') {
      const { code, message } = result.left;
      throw new Error(
        `loadSeason: append ${appends + 1} to ${append.streamId} (expected version ${append.expectedVersion}) failed: ${code}: ${message}`,
      );
    }
    appends += 1;
    events += append.events.length;
    if (append.expectedVersion === 'no_stream') streams += 1;
    if (appends % every === 0) options.onProgress?.({ events, appends, streams });
  }
  options.onProgress?.({ events, appends, streams });
  return { events, streams, appends };
};
