import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WEB_DIR } from '../paths.ts';

// The dashboard is built by Vite from web/ into web/dist/<hash of the sources>/ (git-ignored).
// Naming the output by its sources makes the bundle self-checking: after `npm ci`, after a pull,
// after editing web/, the first `eventlens serve` (or test) builds it once, and every later start
// finds it. Concurrent builders (parallel test files) never overwrite a bundle another one serves:
// each builds into its own temporary folder and the first rename wins.

export { WEB_DIR };
const DIST_DIR = join(WEB_DIR, 'dist');

/** Returns the folder of the built dashboard for the current sources, building it if needed. */
export async function ensureWebBundle(log: (line: string) => void = () => {}): Promise<string> {
  const hash = sourceHash();
  const target = join(DIST_DIR, hash);
  if (existsSync(join(target, 'index.html'))) return target;
  log(`building the dashboard (web/ → ${relative(process.cwd(), target) || target}) ...`);
  const started = Date.now();
  const temp = join(DIST_DIR, `.build-${process.pid}-${Date.now()}`);
  mkdirSync(DIST_DIR, { recursive: true });
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('the dashboard is not built and Vite is not installed: run `npm ci` (with dev dependencies), then `npm run build:web`');
  }
  try {
    await vite.build({
      root: WEB_DIR,
      configFile: join(WEB_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: temp, emptyOutDir: true },
    });
    try {
      renameSync(temp, target);
    } catch (error) {
      // Another process finished the same build first; its copy is identical.
      if (!existsSync(join(target, 'index.html'))) throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  pruneOld(hash);
  log(`dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return target;
}

/** A digest of every source file of the dashboard (not dist/). */
export function sourceHash(): string {
  const digest = createHash('sha256');
  for (const file of sourceFiles(WEB_DIR)) {
    digest.update(relative(WEB_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return digest.digest('hex').slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(dir === WEB_DIR && entry.name === 'dist') && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

// Bundles of older sources, kept an hour in case a server started before the edit still serves one.
function pruneOld(current: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(DIST_DIR)) {
    const path = join(DIST_DIR, name);
    if (name !== current && statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}
