import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensureWebBundle, sourceHash } from '../../src/serve/index.ts';

// The dashboard bundle: built from web/ into a folder named after its sources, self-contained
// (nothing loaded from the internet), and type-checked with the DOM library.

test('the bundle is named after its sources and is built once', { timeout: 120_000 }, async () => {
  const dir = await ensureWebBundle();
  assert.equal(basename(dir), sourceHash());
  const built = statSync(join(dir, 'index.html')).mtimeMs;
  assert.equal(await ensureWebBundle(), dir);
  // found, not built again (a time budget said this before, and failed on a loaded machine)
  assert.equal(statSync(join(dir, 'index.html')).mtimeMs, built, 'the second call finds the bundle');
});

test('the bundle loads nothing from the internet', { timeout: 120_000 }, async () => {
  const dir = await ensureWebBundle();
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /(src|href|action)="https?:/);
  assert.match(html, /src="\.\/assets\/index-[\w-]+\.js"/);
  for (const file of readdirSync(join(dir, 'assets'))) {
    const code = readFileSync(join(dir, 'assets', file), 'utf8');
    const urls = [...code.matchAll(/https?:\/\/[\w.-]+/g)].map((m) => m[0]);
    // XML namespaces are names, not requests.
    assert.deepEqual(urls.filter((u) => !/^http:\/\/www\.w3\.org$/.test(u)), [], file);
  }
});

test('the dashboard sources type-check (web/tsconfig.json, DOM library)', { timeout: 120_000 }, () => {
  const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', new URL('../../web/tsconfig.json', import.meta.url).pathname], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
