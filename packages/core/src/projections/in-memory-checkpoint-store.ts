import { either as E } from 'fp-ts';
import type { JsonValue } from '../store/json-value.js';
import type { CheckpointStore, StoredProjection } from './checkpoint-store.js';
import { checkCheckpointName, checkCheckpointPosition } from './checkpoint-store.js';

interface Entry {
  position: number;
  version: number | null;
  rows: Map<string, string>;
}

/**
 * The checkpoint port in memory, for tests and short-lived tools. Rows are kept as JSON text,
 * as a durable store keeps them, so a read model loaded from it never shares objects with the
 * one that wrote it.
 */
export const createInMemoryCheckpointStore = (): CheckpointStore => {
  const entries = new Map<string, Entry>();
  return {
    async load(name) {
      checkCheckpointName(name);
      return E.right(entries.get(name)?.position ?? 0);
    },
    async save(name, position) {
      checkCheckpointName(name);
      checkCheckpointPosition(position);
      const entry = entries.get(name);
      if (entry === undefined) entries.set(name, { position, version: null, rows: new Map() });
      else entry.position = position;
      return E.right(undefined);
    },
    async loadProjection(name) {
      checkCheckpointName(name);
      const entry = entries.get(name);
      if (entry === undefined || entry.version === null) return E.right(null);
      const stored: StoredProjection = {
        version: entry.version,
        position: entry.position,
        rows: [...entry.rows].map(([id, text]) => [id, JSON.parse(text) as JsonValue] as const),
      };
      return E.right(stored);
    },
    async commitProjection(name, commit) {
      checkCheckpointName(name);
      checkCheckpointPosition(commit.position);
      // Serialise first: a row that is not JSON fails before anything changes.
      const written = commit.rows.map(
        ([id, row]) => [id, row === null ? null : JSON.stringify(row)] as const,
      );
      const entry = entries.get(name) ?? { position: 0, version: null, rows: new Map() };
      if (commit.reset) entry.rows.clear();
      for (const [id, text] of written) {
        if (text === null) entry.rows.delete(id);
        else entry.rows.set(id, text);
      }
      entry.position = commit.position;
      entry.version = commit.version;
      entries.set(name, entry);
      return E.right(undefined);
    },
  };
};
