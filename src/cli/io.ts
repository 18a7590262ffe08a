import type { Command } from 'commander';

/** Output sinks, so tests can capture what a command prints. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Exit codes: 0 = done, 1 = nothing could be done, 2 = usage error, 3 = partial: some items were
 * dropped (each named on stderr) and the rest was processed and stored.
 */
export type ExitCode = 0 | 1 | 2 | 3;

/** The exit code of a batch: `ok` items done, `failed` items dropped with an error. */
export function batchExitCode(ok: number, failed: number): ExitCode {
  if (failed === 0) return 0;
  return ok === 0 ? 1 : 3;
}

export class UsageError extends Error {}

/** Each feature module adds its commands to the program and reports its exit code through `done`. */
export type RegisterCommands = (program: Command, io: Io, done: (code: ExitCode) => void) => void;

export const DEFAULT_DB = 'eventlens.db';
