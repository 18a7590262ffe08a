import type { Command } from 'commander';

/** Output sinks, so tests can capture what a command prints. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 = done (maybe with reported per-item errors), 1 = nothing could be done, 2 = usage error. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}

/** Each feature module adds its commands to the program and reports its exit code through `done`. */
export type RegisterCommands = (program: Command, io: Io, done: (code: ExitCode) => void) => void;

export const DEFAULT_DB = 'eventlens.db';
