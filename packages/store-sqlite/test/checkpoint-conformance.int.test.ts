import { describeCheckpointConformance } from '@netra/testing';
import { afterAll } from 'vitest';
import type { SqliteEventStore } from '../src/index.js';
import { openSqliteEventStore } from '../src/index.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('checkpoint-conformance');
afterAll(() => temp.cleanup());

let files = 0;

// A file per run; `reopen` opens the same file again, as a restarted process would.
describeCheckpointConformance({
  name: 'sqlite (file)',
  create: async () => {
    const path = temp.file(`checkpoints-${++files}.db`);
    const opened: SqliteEventStore[] = [rightOrThrow(openSqliteEventStore({ file: path }))];
    return {
      checkpoints: opened[0]!.checkpoints,
      reopen: async () => {
        const again = rightOrThrow(openSqliteEventStore({ file: path }));
        opened.push(again);
        return again.checkpoints;
      },
      close: async () => {
        for (const store of opened) await store.close();
      },
    };
  },
});
