import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';

// Commands load only what they use: `--help`, `--version` and the store commands never load the
// coder (NLP model, knowledge base, patterns), which is most of a start-up.

const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const TRACE = new URL('./fixtures/trace-loads.mjs', import.meta.url).pathname;
const CODER_MODULES = /\/(src|dist)\/(core|extract|knowledge|nlp|resolve|provenance)\/|\/wink-nlp\/|\/chrono-node\//;

// The build bundles modules into a few files of dist/ (scripts/build.js), listed in dist/modules.json: a loaded
// file of dist/ counts as the loading of each module it holds (as /src/… paths, and /node_modules/… of packages).
const DIST = new URL('../../dist/', import.meta.url).pathname;
function modulesOf(url: string): string[] {
  const path = url.replace(/^file:\/\//, '');
  if (!path.startsWith(DIST) || !existsSync(join(DIST, 'modules.json'))) return [url];
  const held = (JSON.parse(readFileSync(join(DIST, 'modules.json'), 'utf8')) as Record<string, string[]>)[path.slice(DIST.length)];
  return [url, ...(held ?? []).map((m) => `/${m.replace(/^(\.\.\/)+/, '')}`)];
}

function loadedBy(args: string[], cwd: string): { code: number | null; out: string; loaded: string[] } {
  const r = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], { encoding: 'utf8', cwd });
  const loaded = r.stderr.split('\n').filter((l) => l.startsWith('loaded ')).flatMap((l) => modulesOf(l.slice(7)));
  return { code: r.status, out: r.stdout, loaded };
}

test('start-up: --help, --version and events load none of the coder', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-start-'));
  await (await openStore(join(dir, 'e.db'))).close(); // read commands need an existing database
  const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  for (const args of [['--help'], ['--version'], ['events', '--limit', '1', '--db', join(dir, 'e.db')], ['stats', '--db', join(dir, 'e.db')]]) {
    const r = loadedBy(args, dir);
    assert.equal(r.code, 0, args.join(' '));
    assert.ok(r.loaded.some((u) => u.includes('/cli/main.')), `the CLI itself is traced for ${args.join(' ')}`);
    assert.deepEqual(r.loaded.filter((u) => CODER_MODULES.test(u)), [], args.join(' '));
    if (args[0] === '--version') assert.equal(r.out.trim(), version);
  }
});

test('start-up: code loads the coder', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-start-'));
  const r = spawnSync(process.execPath, ['--import', TRACE, BIN, 'code', '-', '--published', '2024-05-01'], { encoding: 'utf8', cwd: dir, input: 'Russian forces shelled Kharkiv on Tuesday.' });
  assert.equal(r.status, 0, r.stderr.slice(-2000));
  assert.ok(r.stderr.split('\n').filter((l) => l.startsWith('loaded ')).flatMap((l) => modulesOf(l.slice(7))).some((m) => CODER_MODULES.test(m)));
  assert.match(r.stdout, /"type":"ASSAULT"/);
});

test('start-up: --help loads no schema library nor serve, events without --unit no incident code', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-start-'));
  await (await openStore(join(dir, 'e.db'))).close();
  const help = loadedBy(['--help'], dir);
  assert.deepEqual(help.loaded.filter((u) => /\/zod\/|\/dist\/vendor\/zod\.js|\/(src|dist)\/(serve|workers)\/(?!code-timeout)/.test(u)), []);
  for (const args of [['events', '--db', join(dir, 'e.db')], ['stats', '--unit', 'report', '--db', join(dir, 'e.db')]]) {
    const r = loadedBy(args, dir);
    assert.equal(r.code, 0, args.join(' '));
    assert.deepEqual(r.loaded.filter((u) => /\/(src|dist)\/incidents\/|\/cli\/incident-unit\./.test(u)), [], args.join(' '));
  }
  // and --unit incident still finds its code
  const incidents = loadedBy(['events', '--unit', 'incident', '--db', join(dir, 'e.db')], dir);
  assert.ok(incidents.loaded.some((u) => /\/cli\/incident-unit\./.test(u)), incidents.out);
});
