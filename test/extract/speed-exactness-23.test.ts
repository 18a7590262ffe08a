import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Session 23 loaded zod from one vendored module of dist/ instead of its 94; since session 45 the build compiles
// zod, chrono-node and linkedom into the bundle itself (scripts/build.js BUNDLED_PACKAGES). What must hold: no file
// of dist/ still imports one of them from node_modules (that would load them module by module again, or twice).
// Skipped when there is no build.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUNDLED = ['zod', 'chrono-node', 'linkedom'];

test('the build imports none of the packages it compiles in', { timeout: 60_000, skip: !existsSync(join(DIST, 'BUILT')) }, () => {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const name of BUNDLED) assert.doesNotMatch(code, new RegExp(`(from|import\\()\\s*["']${name}(/[^"']*)?["']`), `${file} imports ${name}`);
  }
});
