import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { InputError } from './input-error.ts';

// Shared with readJsonl: the same wording for the same mistakes whatever the input format.
export function statInput(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw fsInputError(path, error);
  }
  if (stats.isDirectory()) throw new InputError(path, 'is a directory');
  if (!stats.isFile()) throw new InputError(path, 'not a regular file');
  return stats;
}

export function fsInputError(path: string, error: unknown): InputError {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR': return new InputError(path, 'no such file');
    case 'EISDIR': return new InputError(path, 'is a directory');
    case 'EACCES':
    case 'EPERM': return new InputError(path, 'permission denied');
    default: return new InputError(path, error instanceof Error ? error.message : String(error));
  }
}
