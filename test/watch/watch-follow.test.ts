import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { tempDir } from '../store/event-factory.ts';
import { daily } from './make-incident.ts';
import { seedIncidents } from './seed-store.ts';

// `watch --follow` tails the store: incidents stored while it runs give their alert on the next pass,
// once; SIGTERM stops it with exit 0.

const BIN = fileURLToPath(new URL('../../bin/eventlens.js', import.meta.url));

describe('watch --follow', () => {
  it('alerts on incidents stored while it runs, then stops on SIGTERM', { timeout: 150_000 }, async () => {
    const { dir, cleanup } = tempDir('watch-follow');
    after(cleanup);
    const db = join(dir, 'f.db');
    const rules = join(dir, 'r.yaml');
    writeFileSync(rules, 'rules:\n  - id: two\n    group_by: country\n    when: { kind: threshold, measure: count, window_days: 3, at_least: 2 }\n');
    await seedIncidents(db, daily('2024-03-01', 1));
    const child = spawn(process.execPath, [BIN, 'watch', '--follow', '--interval', '1', '--rules', rules, '--db', db, '--until', '2024-03-05'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { err += c.toString('utf8'); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const until = async (test: () => boolean, what: string) => {
        for (let i = 0; i < 600 && !test(); i++) await new Promise((r) => setTimeout(r, 100));
        assert.ok(test(), `${what}; stdout: ${out}; stderr: ${err}`);
      };
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(out, '', 'one incident: no alert yet');
      await seedIncidents(db, daily('2024-03-02', 1, { country: 'IRQ' }));
      await until(() => out.includes('two  IRQ'), 'the alert after the new incident');
      await new Promise((r) => setTimeout(r, 2500)); // two more passes
      assert.equal(out.trim().split('\n').length, 1, 'printed once');
      child.kill('SIGTERM');
      assert.equal(await exited, 0, err);
      assert.match(err, /watch: stopped/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
