#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci`, `npm test` and `npm run build`). When there is no
// build, or a file in src/ is newer than it (you edited the code and did not rebuild), it runs the
// TypeScript sources through tsx instead: slower to start, never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// The commands that code articles on this thread (`ingest` and `serve` code in worker threads, which get their
// heap sizes from src/workers/worker-pool.ts). The coder allocates ~5 MB per article that is garbage a sentence
// later; with V8's default young generation it is collected every few articles, and each collection copies what
// is still alive. 64 MB semi-spaces (V8 grows them only as needed) took 200 bench articles from 73 collections
// to 18. V8 reads the size once, at start-up, so these commands run again in a node started with it (~50 ms).
const CODING_COMMANDS = new Set(['code', 'eval', 'demo']);
const SEMI_SPACE = '--max-semi-space-size';
const SEMI_SPACE_MB = 64;

/** The command named on the command line: its first word that is no option (`--kb` takes a value). */
function commandOf(args) {
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--kb') k++;
    else if (!args[k].startsWith('-')) return args[k];
  }
  return undefined;
}

function heapIsSet() {
  return process.execArgv.some((a) => a.startsWith(SEMI_SPACE)) || (process.env.NODE_OPTIONS ?? '').includes(SEMI_SPACE);
}

/** Runs this script again in a node with the larger young generation; this process exits as the child does. */
async function rerunWithCoderHeap() {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, `${SEMI_SPACE}=${SEMI_SPACE_MB}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // a signal sent to this process only (a terminal's Ctrl-C reaches both) is passed on; this one waits for the child
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`eventlens: cannot start node again for ${SEMI_SPACE} (${e.message})\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

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

if (CODING_COMMANDS.has(commandOf(process.argv.slice(2))) && !heapIsSet()) {
  void rerunWithCoderHeap();
} else if (buildIsCurrent()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
