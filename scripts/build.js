// Compiles src/**/*.ts to dist/**/*.js, one file per module with the same layout, so
// `import.meta.url`-relative paths (../../data, ../../web, ../../examples) resolve to the same package
// folders from dist/ as from src/, and `await import()` per command still loads only that command.
// Types are not checked here (`npm run typecheck` does that); esbuild only strips them (~1 s).
// Runs as `prepare` (so `npm ci` builds), `pretest` and `npm run build`. dist/BUILT is written last:
// bin/eventlens.js runs dist/ only when it exists and is newer than every file in src/.
import { build } from 'esbuild';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');

const entryPoints = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
  .map((e) => join(e.parentPath, e.name));

// Packages loaded from one file of dist/vendor/ rather than their own many modules: zod is 94 ES modules,
// whose loading was ~12 % of the CPU of `eventlens events --limit 1` (0.44 s → 0.39 s with one file).
const VENDORED = ['zod'];
const vendorFile = (name) => join(dist, 'vendor', `${name}.js`);

// Every import stays an import: relative ones are pointed at the compiled .js file, vendored packages at
// their file in dist/vendor/, other packages at node_modules. (bundle: true is only there so esbuild lets
// this plugin see the import paths.)
const keepImports = {
  name: 'keep-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (VENDORED.includes(args.path)) {
        const from = dirname(join(dist, relative(src, args.importer)));
        const path = relative(from, vendorFile(args.path)).split(sep).join('/');
        return { path: path.startsWith('.') ? path : `./${path}`, external: true };
      }
      const relativeTs = /^\.\.?\//.test(args.path) && args.path.endsWith('.ts');
      return { path: relativeTs ? `${args.path.slice(0, -3)}.js` : args.path, external: true };
    });
  },
};

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: dist,
  outbase: src,
  bundle: true,
  plugins: [keepImports],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// each vendored package as one module: everything it exports, from node_modules as installed
for (const name of VENDORED) {
  await build({
    stdin: { contents: `export * from '${name}';`, resolveDir: root },
    outfile: vendorFile(name),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}
writeFileSync(join(dist, 'BUILT'), `${new Date().toISOString()}\n`);
console.error(`eventlens: built ${entryPoints.length} modules into ${relative(process.cwd(), dist) || dist}/ in ${Date.now() - started} ms`);

// The knowledge base's caches (GeoNames cities, the merged PETRARCH names: see docs/knowledge.md) made now,
// in a child process, so the first command after `npm ci` starts as fast as the next ones. Best effort:
// without them every start only builds them itself.
const warmed = Date.now();
// The syntax model's un-gzipped copy too (nlp/syntax/model-cache.ts).
const warm = spawnSync(process.execPath, ['--input-type=module', '-e', "(await import(process.argv[1])).loadKnowledge(); (await import(process.argv[2])).shippedSyntaxModel()",
  pathToFileURL(join(dist, 'knowledge/load.js')).href, pathToFileURL(join(dist, 'nlp/syntax/model-file.js')).href], { encoding: 'utf8' });
if (warm.status === 0) console.error(`eventlens: knowledge-base caches ready in ${Date.now() - warmed} ms`);
else console.error(`eventlens: knowledge-base caches not made (${warm.stderr.trim().split('\n').pop()}); the first command makes them`);
