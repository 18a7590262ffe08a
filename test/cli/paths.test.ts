import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFiles, coderWorkerFile, EXAMPLES_DIR, PACKAGE_CACHE_DIR, PACKAGE_DATA_DIR, PACKAGE_ROOT, packageRequire, packageVersion, RUNNING_SOURCES, sourceModulesOf, WEB_DIR } from '../../src/paths.ts';

// src/paths.ts is the one module that knows where the package is (the build moves every other module into
// bundled files of dist/). Its answers must be the package's folders, from the sources as from the build.

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

test('the package root and its folders are this checkout\'s', { timeout: 30_000 }, () => {
  assert.equal(PACKAGE_ROOT, root);
  assert.equal(PACKAGE_DATA_DIR, join(root, 'data'));
  assert.equal(EXAMPLES_DIR, join(root, 'examples'));
  assert.equal(WEB_DIR, join(root, 'web'));
  assert.equal(PACKAGE_CACHE_DIR, join(root, 'node_modules/.cache/eventlens'));
  assert.ok(existsSync(join(PACKAGE_DATA_DIR, 'models')));
  assert.equal(packageVersion(), (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
});

test('packages resolve from the root, and the worker file exists', { timeout: 30_000 }, () => {
  assert.ok(existsSync(packageRequire.resolve('world-countries/countries.json')));
  assert.equal(RUNNING_SOURCES, true); // this test runs the sources through tsx
  assert.equal(coderWorkerFile(), join(root, 'src/workers/coder-worker-entry.js'));
  assert.ok(existsSync(coderWorkerFile()));
});

test('a cache\'s code files are the sources, in name order', { timeout: 30_000 }, () => {
  const modules = sourceModulesOf('knowledge');
  assert.ok(modules.includes('knowledge/phrase-table.ts') && modules.every((m) => m.startsWith('knowledge/') && m.endsWith('.ts')));
  assert.deepEqual(modules, [...modules].sort());
  assert.deepEqual(codeFiles(['nlp/normalize.ts']), [join(root, 'src/nlp/normalize.ts')]);
  assert.deepEqual(sourceModulesOf('no-such-folder'), []);
});
