import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

// The token every write to the API needs (POST /articles). In order: --token, EVENTLENS_TOKEN, or the
// token file in the user's config folder, made on the first `serve` with owner-only permissions (0600)
// and printed that once. The dashboard gets it from the page it is served (loopback clients only; see
// dashboard-page.ts) or from a #token=… link.

export interface ApiToken {
  readonly token: string;
  /** Where it came from: "--token", "EVENTLENS_TOKEN", or the file's path. */
  readonly from: string;
  /** True when this start made the file (the token is then printed). */
  readonly created: boolean;
}

export function tokenFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(config, 'eventlens', 'token');
}

export function resolveApiToken(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): ApiToken {
  if (flag !== undefined) return { token: checked(flag, '--token'), from: '--token', created: false };
  if (env.EVENTLENS_TOKEN) return { token: checked(env.EVENTLENS_TOKEN, 'EVENTLENS_TOKEN'), from: 'EVENTLENS_TOKEN', created: false };
  const path = tokenFile(env);
  try {
    return { token: checked(readFileSync(path, 'utf8').trim(), path), from: path, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(24).toString('base64url');
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // 'wx': two servers starting at once do not overwrite each other's token
  try {
    writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveApiToken(undefined, env);
    throw error;
  }
  chmodSync(path, 0o600);
  return { token, from: path, created: true };
}

function checked(token: string, from: string): string {
  if (!/^[\w.~+/=-]{16,200}$/.test(token)) throw new Error(`${from}: an API token is 16-200 letters, digits or -._~+/= (no spaces)`);
  return token;
}
