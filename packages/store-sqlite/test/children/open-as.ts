/*
 * Opens a store the way the parent asks and reports what happened, as one JSON line: run as an
 * unprivileged user by test/write-access.int.test.ts, since permissions do not stop root (bundled
 * from the sources by test/support/child-bundle.ts).
 */
import { writeSync } from 'node:fs';
import { openSqliteEventStore } from '../../src/index.js';
import { eventWith } from '../support/events.js';

export interface OpenAsConfig {
  readonly file: string;
  readonly readonly: boolean;
}

export interface OpenAsReport {
  /** 'opened', or the open error's code. */
  readonly open: string;
  readonly message?: string;
  readonly events?: number;
  /** 'appended', or the append's error code. */
  readonly append?: string;
}

const report = async (config: OpenAsConfig): Promise<OpenAsReport> => {
  const opened = openSqliteEventStore({ file: config.file, readonly: config.readonly });
  if (opened._tag === 'Left') return { open: opened.left.code, message: opened.left.message };
  const store = opened.right;
  try {
    const all = await store.readAll();
    const appended = await store.append('probe', [eventWith({ probe: true })], {
      expectedVersion: 'any',
    });
    return {
      open: 'opened',
      events: all._tag === 'Right' ? all.right.length : -1,
      append: appended._tag === 'Right' ? 'appended' : appended.left.code,
      ...(appended._tag === 'Left' ? { message: appended.left.message } : {}),
    };
  } finally {
    await store.close();
  }
};

report(JSON.parse(process.argv[2] ?? '{}') as OpenAsConfig).then(
  (line) => {
    writeSync(1, `${JSON.stringify(line)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    writeSync(1, `${JSON.stringify({ open: 'threw', message: String(error) })}\n`);
    process.exit(1);
  },
);
