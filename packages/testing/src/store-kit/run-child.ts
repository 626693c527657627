import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';

/** An appended batch as the writer child acknowledged it. */
export interface Ack {
  readonly batch: string;
  readonly stream: string;
  readonly from: number;
  readonly to: number;
}

/** The lines every writer child says (its `done` line is its own). */
export type ChildLine =
  | { readonly ready: true }
  | { readonly ack: string; readonly stream: string; readonly from: number; readonly to: number }
  | { readonly failed: string };

export interface RunningChild<Line> {
  readonly process: ChildProcessWithoutNullStreams;
  /** Resolves when the child has opened the store; rejects if it exits or fails first. */
  readonly ready: Promise<void>;
  readonly exited: Promise<{
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
  }>;
  readonly acks: Ack[];
  readonly lines: Line[];
  readonly stderr: () => string;
}

export interface RunAppenderOptions {
  /**
   * The child's event that settles `exited`: 'close' comes after stdout has been read to its
   * end, so every line the child wrote (every acknowledgement) is parsed by then; 'exit' may
   * come before.
   */
  readonly settleOn: 'exit' | 'close';
}

/**
 * Starts a writer child, `node script <config as JSON>`; every complete stdout line is parsed,
 * a torn last line ignored.
 */
export const runAppender = <Line extends object>(
  script: string,
  config: { readonly tag: string },
  options: RunAppenderOptions,
): RunningChild<Line> => {
  const child = spawn(process.execPath, [script, JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acks: Ack[] = [];
  const lines: Line[] = [];
  let stderr = '';
  let pending = '';
  let onReady: () => void = () => {};
  let onFail: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onFail = reject;
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const text of complete) {
      const parsed = JSON.parse(text) as Line;
      lines.push(parsed);
      const line = parsed as ChildLine;
      if ('ready' in line) onReady();
      if ('ack' in line)
        acks.push({ batch: line.ack, stream: line.stream, from: line.from, to: line.to });
      if ('failed' in line) onFail(new Error(`child ${config.tag} failed: ${line.failed}`));
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const settle = (code: number | null, signal: NodeJS.Signals | null): void => {
      onFail(
        new Error(`child ${config.tag} exited (${code ?? signal}) before it was ready: ${stderr}`),
      );
      resolve({ code, signal });
    };
    if (options.settleOn === 'close') child.on('close', settle);
    else child.on('exit', settle);
  });
  return { process: child, ready, exited, acks, lines, stderr: () => stderr };
};
