import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * In a child process: writes `line` to stdout as one JSON line, synchronously, so that it has
 * left the process before the child does anything else (a kill right after cannot lose it).
 */
export const sayLine = (line: unknown): void => {
  writeSync(1, `${JSON.stringify(line)}\n`);
};

/** In a child process: resolves at the first line on stdin (the parent's `go`). */
export const goSignal = (): Promise<void> =>
  new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.once('line', () => {
      lines.close();
      resolve();
    });
  });

/**
 * In a child process: runs `main` with the config the parent passed (argv[2], JSON) and exits
 * with the code it answers; a throw is said as `failed` and exits 4.
 */
export const runChildMain = <Config>(main: (config: Config) => Promise<number>): void => {
  const config = JSON.parse(process.argv[2] ?? '{}') as Config;
  main(config).then(
    (code) => process.exit(code),
    (error: unknown) => {
      sayLine({ failed: String(error) });
      process.exit(4);
    },
  );
};

/**
 * A writer child's acknowledgement of batch `batch`, appended to `stream` as `appended`: the
 * versions it was given, from its first event's to the stream's new version.
 */
export const ackLine = (
  batch: string,
  stream: string,
  appended: {
    readonly events: readonly { readonly streamVersion: number }[];
    readonly nextExpectedVersion: number;
  },
): {
  readonly ack: string;
  readonly stream: string;
  readonly from: number;
  readonly to: number;
} => ({
  ack: batch,
  stream,
  from: appended.events[0]?.streamVersion ?? 0,
  to: appended.nextExpectedVersion,
});
