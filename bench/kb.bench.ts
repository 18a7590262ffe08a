import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Knowledge-base start-up, as every command and every coder thread pays it: each run is a fresh
// process that imports the loader and calls loadKnowledge(), timed in CPU time (process.cpuUsage, so
// other processes on a busy machine count less than in wall time), with the process's RSS after the
// load and at its peak. Then the phrase lookups of one article (actors, roles, agents, places).
//   npm run bench:kb [-- --runs 5]       (builds dist/ first, and times the built code)
// Runs: with the caches of node_modules/.cache/eventlens (the usual start), with an empty cache
// folder (the first start after an install or a data change: the caches are made), and with none.

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 5) || 5;
const built = join(root, 'dist/knowledge/load.js');
const loader = existsSync(built) ? built : join(root, 'src/knowledge/load.ts');
const devset = join(root, '../shared/devset/voa.jsonl');

// The child: plain JavaScript, so the built code runs without tsx (tsx only when there is no build)
const CHILD = `
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const start = cpu();
const { loadKnowledge } = await import(process.argv[1]);
const { normalizeWithMap } = await import(process.argv[1].replace(/knowledge\\/load\\.(js|ts)$/, 'nlp/normalize.$1'));
const imported = cpu();
const kb = loadKnowledge();
const loaded = cpu();
const rss = process.memoryUsage().rss;
const peak = process.resourceUsage().maxRSS;
const texts = process.argv[2] ? (await import('node:fs')).readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text) : [];
const before = cpu();
let matches = 0;
for (let round = 0; round < 3; round++) for (const text of texts) {
  const n = normalizeWithMap(text);
  for (const index of [kb.actors, kb.roles, kb.agents, kb.places]) matches += index.findAll(text, n).length;
}
const lookupMs = cpu() - before;
console.log(JSON.stringify({ importMs: imported - start, loadMs: loaded - imported, rssMB: rss / 2 ** 20, peakMB: peak / 1024,
  articlesPerS: texts.length ? (3 * texts.length) / (lookupMs / 1000) : null, frozen: kb.actors.frozenSize, matches }));
`;

interface Run { importMs: number; loadMs: number; rssMB: number; peakMB: number; articlesPerS: number | null; frozen: number }

function run(cacheDir: string | undefined): Run {
  const env = { ...process.env };
  if (cacheDir === undefined) delete env.EVENTLENS_CACHE_DIR;
  else env.EVENTLENS_CACHE_DIR = cacheDir;
  const args = [...(loader.endsWith('.ts') ? ['--import', 'tsx'] : []), '--input-type=module', '-e', CHILD, loader, existsSync(devset) ? devset : ''];
  const child = spawnSync(process.execPath, args, { env, encoding: 'utf8', cwd: root });
  if (child.status !== 0) throw new Error(`knowledge-base load failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as Run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (label: string, rs: Run[]) => {
  const articles = rs.map((r) => r.articlesPerS).filter((a): a is number => a !== null);
  console.log(`${label.padEnd(28)} load ${median(rs.map((r) => r.loadMs)).toFixed(0).padStart(5)} ms CPU  (import ${median(rs.map((r) => r.importMs)).toFixed(0)} ms)  `
    + `RSS ${median(rs.map((r) => r.rssMB)).toFixed(0)} MB, peak ${median(rs.map((r) => r.peakMB)).toFixed(0)} MB  `
    + `${rs[0].frozen ? `${rs[0].frozen} aliases read from the saved merge` : 'all aliases filed at load'}`
    + (articles.length ? `  lookups ${median(articles).toFixed(0)} articles/s` : ''));
};

console.log(`kb bench: ${loader.endsWith('.ts') ? 'sources through tsx (run npm run build for the built code)' : 'built code (dist/)'}; `
  + `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (a loaded machine inflates CPU times too)`);
run(undefined); // makes the usual caches if they are missing
line(`cached (median of ${runs})`, Array.from({ length: runs }, () => run(undefined)));
const fresh = mkdtempSync(join(tmpdir(), 'eventlens-kb-bench-'));
try {
  line('empty cache (makes it)', [run(fresh)]);
  line('cache off', [run('')]);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
if (!existsSync(devset)) console.log(`(no ${devset}: phrase lookups not timed)`);
// the limits issue 13 set: < 1.5 s and < 150 MB
const usual = run(undefined);
console.log(`limits: load < 1500 ms CPU ${usual.loadMs < 1500 ? 'met' : 'NOT met'}, peak RSS < 150 MB ${usual.peakMB < 150 ? 'met' : 'NOT met'} (one more run: ${usual.loadMs.toFixed(0)} ms, ${usual.peakMB.toFixed(0)} MB)`);
