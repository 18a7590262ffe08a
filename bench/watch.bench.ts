import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Incident } from '../src/incidents/index.ts';
import { openStore } from '../src/store/index.ts';
import { openAlertStore } from '../src/store/open-alerts.ts';
import { openIncidentIndex } from '../src/store/open-incidents.ts';
import { evaluateRules, lookbackDays, readRules, Rule } from '../src/watch/index.ts';
import { dayAfter, makeIncident } from '../test/watch/make-incident.ts';

// `npm run bench:watch [-- --incidents 1000000] [--stored 200000]`: the preset rules (HDX fatalities
// per country, dyad escalation) plus a 7-day count per country, over synthetic incidents spread over
// three years, 60 countries and 40 × 40 dyads:
//  1. in memory, `--incidents` of them: one watch evaluation (the last 7 days) and a one-year backtest;
//  2. through a SQLite store holding `--stored` of them: reading the incidents a watch run needs, then
//     evaluating (what `eventlens watch` does per run).

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const IN_MEMORY = flag('--incidents', 1_000_000);
const STORED = flag('--stored', 200_000);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

const rules: Rule[] = [];
for (const file of ['hdx-fatalities.yaml', 'dyad-escalation.yaml']) {
  const read = readRules(readFileSync(new URL(`../data/rules/${file}`, import.meta.url), 'utf8'), file);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  rules.push(...read.rules);
}
rules.push(Rule.parse({ id: 'week-count', group_by: 'country', when: { kind: 'threshold', measure: 'count', window_days: 7, at_least: 400 } }));

// A small deterministic generator (mulberry32), so runs compare.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const CODES = Array.from({ length: 60 }, (_, i) => `C${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
const START = '2022-01-01';
const DAYS = 3 * 365;
const LAST = dayAfter(START, DAYS - 1);

function synthetic(n: number): Incident[] {
  return Array.from({ length: n }, (_, k) => makeIncident({
    id: `inc-${k.toString(16).padStart(12, '0')}`,
    day: dayAfter(START, Math.floor(random() * DAYS)),
    country: CODES[Math.floor(random() * CODES.length)],
    actor: `${CODES[Math.floor(random() * 40)]}${random() < 0.5 ? 'MIL' : ''}`,
    target: CODES[Math.floor(random() * 40)],
    goldstein: random() < 0.6 ? -10 : 3,
    killed: random() < 0.2 ? Math.floor(random() * 20) : undefined,
    asserted: random() < 0.8,
  }));
}

// CPU time beside wall time: on a shared machine the wall time is mostly waiting for a core.
function evaluate(incidents: readonly Incident[], label: string, from: string): void {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const alerts = evaluateRules(incidents, rules, { from, to: LAST });
  const used = process.cpuUsage(cpu);
  console.log(`  ${label}: ${seconds(t)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s), ${alerts.length} alerts`);
}

console.log(`${rules.length} rules; incidents over ${START}..${LAST}`);
{
  const t = performance.now();
  const incidents = synthetic(IN_MEMORY);
  console.log(`in memory: ${incidents.length} incidents generated in ${seconds(t)} s`);
  evaluate(incidents, 'watch (last 7 days)', dayAfter(LAST, -6));
  evaluate(incidents, 'backtest (365 days)', dayAfter(LAST, -364));
}

if (STORED > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-watch-bench-'));
  try {
    const url = join(dir, 'bench.db');
    const store = await openStore(url);
    const index = openIncidentIndex(store);
    const t = performance.now();
    const incidents = synthetic(STORED);
    for (let i = 0; i < incidents.length; i += 20_000) {
      await index.commit(await index.version(), { remove: [], write: incidents.slice(i, i + 20_000).map((incident) => ({ incident, reports: [] })) });
    }
    await index.close();
    console.log(`stored: ${STORED} incidents written in ${seconds(t)} s`);
    const alerts = openAlertStore(store);
    const from = dayAfter(LAST, -6);
    const back = lookbackDays(rules);
    const r = performance.now();
    const read = await alerts.incidents(back === null ? null : dayAfter(from, -back));
    console.log(`  read for a watch run (${back} days back): ${read.length} incidents in ${seconds(r)} s`);
    evaluate(read, 'watch (last 7 days)', from);
    await alerts.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
