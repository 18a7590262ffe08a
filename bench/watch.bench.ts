import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Incident } from '../src/incidents/index.ts';
import { linkNewEvents } from '../src/store/incidents-link.ts';
import { openAlertStore } from '../src/store/open-alerts.ts';
import { watchStoredIncidents } from '../src/watch/hook/index.ts';
import { evaluateRules, lookbackDays, readRules, Rule } from '../src/watch/index.ts';
import { EVENTS_PER_ARTICLE, generateBatch } from './store-data.ts';
import { watchBenchStore } from './watch-store.ts';
import { dayAfter, makeIncident } from '../test/watch/make-incident.ts';

// `npm run bench:watch [-- --incidents 1000000] [--events 1000000] [--db PATH] [--runs 5]`: the preset
// rules (HDX fatalities per country, dyad escalation) plus a 7-day count per country:
//  1. in memory, `--incidents` synthetic incidents over three years, 60 countries and 40 × 40 dyads: one
//     watch evaluation (the last 7 days) and a one-year backtest;
//  2. over a SQLite file of `--events` stored events and their incidents (watch-store.ts; made in a temp
//     folder and deleted, or kept at --db PATH and reused by the next run): a watch run, and the ingest
//     hook after one new article, each timed over --runs runs.

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const IN_MEMORY = flag('--incidents', 1_000_000);
const STORED = flag('--events', 1_000_000);
const RUNS = flag('--runs', 5);
const DB = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
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
if (IN_MEMORY > 0) {
  const t = performance.now();
  const incidents = synthetic(IN_MEMORY);
  console.log(`in memory: ${incidents.length} incidents generated in ${seconds(t)} s`);
  evaluate(incidents, 'watch (last 7 days)', dayAfter(LAST, -6));
  evaluate(incidents, 'backtest (365 days)', dayAfter(LAST, -364));
}

// 2. Over a SQLite file of --events stored events: what one `eventlens watch` run does (read the
// incidents its rules look back over, evaluate), and what the ingest hook adds to storing one new
// article (link its events, evaluate the enabled rules on the days they touch, store what fires).
if (STORED > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-watch-bench-'));
  try {
    const store = await watchBenchStore(DB ?? join(dir, 'bench.db'), STORED, (line) => console.log(line));
    const alerts = openAlertStore(store);
    const last = '2024-12-31';
    const from = dayAfter(last, -6);
    const back = lookbackDays(rules);
    console.log(`watch run (${rules.length} rules, the 7 days up to ${last}, ${back} days looked back), ${RUNS} runs:`);
    const runs = await timed(async () => {
      const read = await alerts.incidents(back === null ? null : dayAfter(from, -back), last);
      return `${read.length.toLocaleString('en')} incidents read, ${evaluateRules(read, rules, { from, to: last }).length} alerts`;
    });
    console.log(`  per evaluation: median ${runs.median} s, fastest ${runs.fastest} s (${runs.note})`);

    await alerts.enableRules(rules, 'bench', null, new Date().toISOString());
    let next = await store.countArticles();
    console.log(`ingest hook: one new article of ${EVENTS_PER_ARTICLE} events stored, linked and watched, ${RUNS} articles:`);
    const hooks = await timed(async () => {
      const [item] = generateBatch(next++, 1);
      await store.saveMany([item]);
      const linked = await linkNewEvents(store, [item.article.id]);
      const fired = await watchStoredIncidents(store, linked.incidentIds, { today: last });
      return `${linked.incidentIds.length} incidents touched, ${fired.alerts.length} new alerts`;
    });
    console.log(`  per article: median ${hooks.median} s, fastest ${hooks.fastest} s (${hooks.note})`);
    await alerts.disableRules(rules.map((r) => r.id));
    await alerts.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Wall seconds of RUNS calls (CPU seconds beside: on a shared machine the wall time is mostly waiting).
async function timed(run: () => Promise<string>): Promise<{ median: string; fastest: string; note: string }> {
  const times: number[] = [];
  let note = '';
  const cpu = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    note = await run();
    times.push((performance.now() - t) / 1000);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const perRunCpu = ((used.user + used.system) / 1e6 / RUNS).toFixed(2);
  return { median: times[Math.floor(times.length / 2)].toFixed(2), fastest: times[0].toFixed(2), note: `${note}; CPU ${perRunCpu} s a run` };
}
