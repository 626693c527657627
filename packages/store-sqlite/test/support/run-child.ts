import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import type { AppenderConfig, AppenderLine } from '../children/appender.js';

export interface Ack {
  readonly batch: string;
  readonly stream: string;
  readonly from: number;
  readonly to: number;
}

export interface RunningChild {
  readonly process: ChildProcessWithoutNullStreams;
  /** Resolves when the child has opened the store; rejects if it exits or fails first. */
  readonly ready: Promise<void>;
  readonly exited: Promise<{
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
  }>;
  readonly acks: Ack[];
  readonly lines: AppenderLine[];
  readonly stderr: () => string;
}

/** Starts an appender child; every complete stdout line is parsed, a torn last line ignored. */
export const runAppender = (script: string, config: AppenderConfig): RunningChild => {
  const child = spawn(process.execPath, [script, JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acks: Ack[] = [];
  const lines: AppenderLine[] = [];
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
      const line = JSON.parse(text) as AppenderLine;
      lines.push(line);
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
    child.on('exit', (code, signal) => {
      onFail(
        new Error(`child ${config.tag} exited (${code ?? signal}) before it was ready: ${stderr}`),
      );
      resolve({ code, signal });
    });
  });
  return { process: child, ready, exited, acks, lines, stderr: () => stderr };
};
