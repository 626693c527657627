import type { RunningChild as KitRunningChild } from '@netra/testing';
import { runAppender as runChild } from '@netra/testing';
import type { AppenderConfig, AppenderLine } from '../children/appender.js';

export type { Ack } from '@netra/testing';
export type RunningChild = KitRunningChild<AppenderLine>;

/** Starts an appender child (see @netra/testing's `runAppender`). */
export const runAppender = (script: string, config: AppenderConfig): RunningChild =>
  runChild<AppenderLine>(script, config, { settleOn: 'exit' });
