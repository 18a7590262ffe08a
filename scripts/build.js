// Bundles src/ into a few files of dist/ with esbuild: each program's entry (the CLI, the coder thread, the modules
// benches import) is one file at its place under dist/ (dist/cli/main.js for src/cli/main.ts), and the code they
// share is split into chunks (dist/chunks/), so `await import()` per command still loads only that command. A
// start then loads a few dozen files instead of ~900 modules (the coder's start: ~0.35 s less CPU). Modules find
// the package's folders through src/paths.ts, never from their own place, which differs between src/ and dist/.
// Types are not checked here (`npm run typecheck` does that); esbuild only strips them (~1 s).
// Runs as `prepare` (so `npm ci` builds), `pretest` and `npm run build`. dist/BUILT is written last:
// bin/eventlens.js runs dist/ only when it exists and is newer than every file in src/.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');

// The programs: the CLI and the coder thread (src/paths.ts names its file), and the modules other programs
// import from dist/ (the benches, this script's warm-up below). Each keeps its place under dist/.
const ENTRIES = [
  'cli/main', 'workers/coder-worker',
  'core/index', 'knowledge/load', 'nlp/normalize', 'nlp/syntax/model-file', 'cli/compiler-flags',
  'ingest/pipeline/run-ingest', 'ingest/pipeline/tally', 'ingest/sources/read-inputs', 'store/index', 'store/incidents-link', 'stage-meter',
];

// Packages compiled into the bundle, with the packages they import, rather than loaded from node_modules at
// each start, module by module: zod is 94 ES modules, chrono-node 266, linkedom and what it imports ~200. The
// others (native ones, those a command loads late or never) stay imports of node_modules.
const BUNDLED_PACKAGES = ['zod', 'chrono-node', 'linkedom'];
const packageName = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
const packagesOutside = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const bundled = BUNDLED_PACKAGES.includes(packageName(args.path)) || args.importer.includes(`${sep}node_modules${sep}`);
      return bundled ? undefined : { path: args.path, external: true };
    });
  },
};

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const result = await build({
  entryPoints: ENTRIES.map((entry) => join(src, `${entry}.ts`)),
  outdir: dist,
  outbase: src,
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  plugins: [packagesOutside],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  absWorkingDir: root,
  logLevel: 'warning',
});
// Which modules each file of dist/ holds (test/cli/start-up.test.ts reads it to tell what a command loaded)
const contents = Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, { inputs }]) => [relative(dist, join(root, file)), Object.keys(inputs)]));
writeFileSync(join(dist, 'modules.json'), `${JSON.stringify(contents)}\n`);
writeFileSync(join(dist, 'BUILT'), `${new Date().toISOString()}\n`);
const modules = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('src/')).length;
const files = Object.keys(result.metafile.outputs).length;
console.error(`eventlens: bundled ${modules} modules into ${files} files of ${relative(process.cwd(), dist) || dist}/ in ${Date.now() - started} ms`);

// The knowledge base's caches (GeoNames cities, the merged PETRARCH names: see docs/knowledge.md) made now,
// in a child process, so the first command after `npm ci` starts as fast as the next ones. Best effort:
// without them every start only builds them itself.
const warmed = Date.now();
// The syntax model's un-gzipped copy too (nlp/syntax/model-cache.ts).
const warm = spawnSync(process.execPath, ['--input-type=module', '-e', "(await import(process.argv[1])).loadKnowledge(); (await import(process.argv[2])).shippedSyntaxModel()",
  pathToFileURL(join(dist, 'knowledge/load.js')).href, pathToFileURL(join(dist, 'nlp/syntax/model-file.js')).href], { encoding: 'utf8' });
if (warm.status === 0) console.error(`eventlens: knowledge-base caches ready in ${Date.now() - warmed} ms`);
else console.error(`eventlens: knowledge-base caches not made (${warm.stderr.trim().split('\n').pop()}); the first command makes them`);
