#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci`, `npm test` and `npm run build`). When there is no
// build, or a file in src/ is newer than it (you edited the code and did not rebuild), it runs the
// TypeScript sources through tsx instead: slower to start, never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function buildIsCurrent() {
  const built = join(root, 'dist', 'BUILT');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const src = join(root, 'src');
  // ~230 files: a few milliseconds
  for (const entry of readdirSync(src, { recursive: true })) {
    if (statSync(join(src, entry)).mtimeMs > builtAt) return false;
  }
  return true;
}

if (buildIsCurrent()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
