import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The one module that knows where the package is. Every other module builds its paths (data/, web/, examples/,
// the cache folder, the worker file, packages' JSON files) from here, never from its own location: the build
// bundles the code into a few files of dist/ (scripts/build.js), so a module's own place differs between the
// sources (src/knowledge/load.ts) and the build (dist/chunks/chunk-….js), while the package root does not.

const here = fileURLToPath(import.meta.url);

/** The nearest folder above this file holding a package.json: the package root, from src/ and dist/ alike. */
function packageRootAbove(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`eventlens: no package.json above ${file}`);
  }
}

export const PACKAGE_ROOT = packageRootAbove(here);

/** True when the TypeScript sources run (through tsx: tests, or a build older than src/), false from dist/. */
export const RUNNING_SOURCES = here.endsWith('.ts');

/** The bundled knowledge files (EVENTLENS_DATA is read where a module lets it replace them). */
export const PACKAGE_DATA_DIR = join(PACKAGE_ROOT, 'data');
export const EXAMPLES_DIR = join(PACKAGE_ROOT, 'examples');
export const WEB_DIR = join(PACKAGE_ROOT, 'web');
/** The default folder of derived tables kept between runs (EVENTLENS_CACHE_DIR replaces it). */
export const PACKAGE_CACHE_DIR = join(PACKAGE_ROOT, 'node_modules/.cache/eventlens');

/** `require` resolving packages as the package root does (JSON files of packages: world-countries, …). */
export const packageRequire = createRequire(join(PACKAGE_ROOT, 'package.json'));

let version: string | undefined;
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * The coder thread's module: from the build, the compiled worker; from the sources, an entry that registers
 * tsx in the new thread first (worker threads do not inherit the main thread's loader).
 */
export function coderWorkerFile(): string {
  return RUNNING_SOURCES ? join(PACKAGE_ROOT, 'src/workers/coder-worker-entry.js') : join(PACKAGE_ROOT, 'dist/workers/coder-worker.js');
}

/**
 * The files of code a cache depends on, as paths under src/ ('knowledge/phrase-table.ts'): the sources
 * themselves, which the build compiles, so the sources through tsx and the build share one cache. Where the
 * sources are not shipped, the build's own stamp (dist/BUILT) stands for them: every build then caches afresh.
 */
export function codeFiles(sourcePaths: readonly string[]): string[] {
  const sources = sourcePaths.map((path) => join(PACKAGE_ROOT, 'src', path));
  if (RUNNING_SOURCES || sources.every((file) => existsSync(file))) return sources;
  return [join(PACKAGE_ROOT, 'dist/BUILT')];
}

/** Every .ts module of a folder under src/ ('knowledge'), as codeFiles takes them, in name order. */
export function sourceModulesOf(folder: string): string[] {
  const dir = join(PACKAGE_ROOT, 'src', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).sort().map((name) => `${folder}/${name}`);
}
