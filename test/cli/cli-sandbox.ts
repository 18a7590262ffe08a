import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';

const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;

/**
 * A scratch directory and a PostgreSQL schema name of this run's own for tests that drive the real CLI in a
 * child process; both are removed after the file's tests. `run` is bounded (killed past 90 s), so a hung
 * command fails its test instead of the whole run.
 */
export function cliSandbox(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `eventlens-${prefix}-`));
  const pgUrl = process.env.EVENTLENS_PG_URL;
  const schema = `${prefix.replace(/\W/g, '_')}${process.pid}`;
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!pgUrl) return;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  const run = (args: readonly string[], input?: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 90_000, killSignal: 'SIGKILL' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  return { dir, pgUrl, schema, run };
}
