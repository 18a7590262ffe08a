import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../src/core/index.ts';
import { linkReports, outletOf, reconcile, reportKey, type LinkedIncident } from '../src/incidents/index.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Event } from '../src/schema/event.ts';
import { openStore, type SaveItem } from '../src/store/index.ts';
import { loadActorHierarchy } from '../src/store/incidents-actors.ts';
import { linkNewEvents, relinkAll } from '../src/store/incidents-link.ts';
import { withIncidentIndex } from '../src/store/open-incidents.ts';
import { codeCorpus, readCorpus, readIncidentGold, scoreExtraction, scoreIncidentFigures, scorePairs, type Coded, type CorpusArticle, type PairScore } from './incidents-corpus.ts';
import { syntheticReports } from './incidents-synthetic.ts';

// `npm run bench:incidents [-- --events 100000] [--orders 3]`:
//  1. the multi-report corpus (test/incidents/fixtures): pairwise linking precision and recall, casualty
//     extraction accuracy and incident figure accuracy, linked at once and article by article through
//     a SQLite store in shuffled orders (which must give the same incidents);
//  2. synthetic events: link time of the pure core, then through a SQLite store: a full link of
//     `--events` stored events (goal: under a minute) and incremental linking of new articles.

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const EVENTS = flag('--events', 100_000);
const ORDERS = flag('--orders', 3);
const dir = mkdtempSync(join(tmpdir(), 'eventlens-incidents-bench-'));
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const hierarchy = loadActorHierarchy();

try {
  await corpusBench();
  await syntheticBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function corpusBench(): Promise<void> {
  const coder = createCoder(loadKnowledge());
  for (const split of ['dev', 'held-out', 'all'] as const) {
    const corpus = readCorpus(split);
    const coded = codeCorpus(corpus, coder);
    const linked = linkReports(coded.reports, { hierarchy });
    console.log(`corpus (${split}): ${corpus.length} articles, ${coded.goldMentions} gold mentions of ${coded.goldIncidents.size} incidents; `
      + `the coder made ${coded.reports.length} events, ${coded.labels.size} inside a gold mention (${coded.codedMentions} mentions coded)`);
    console.log(`  linking, all at once: ${pairText(scorePairs(coded, incidentMap(linked)))}`);
    if (split === 'all') {
      const batchGroups = groups(incidentMap(linked));
      for (let seed = 1; seed <= ORDERS; seed++) {
        const incremental = await incrementalRun(corpus, coded, seed);
        console.log(`  linking, one article at a time (order ${seed}): ${pairText(scorePairs(coded, incremental))}; same incidents as all at once: ${groups(incremental) === batchGroups ? 'yes' : 'NO'}`);
      }
    }
    const extraction = scoreExtraction(corpus);
    console.log(`  casualty/arrest/crowd figures read from the gold sentences (numbers.ts): ${extraction.correct}/${extraction.total} = ${pct(extraction.correct / extraction.total)}`);
    for (const miss of extraction.misses) console.log(`    miss: ${miss}`);
    const figures = scoreIncidentFigures(coded, linked.map(reconcile), readIncidentGold());
    console.log(`  incident figures after coding, linking and reconciling: ${figures.correct}/${figures.total} = ${pct(figures.correct / figures.total)}`);
    for (const miss of figures.misses) console.log(`    miss: ${miss}`);
  }
}

// Store the coded articles in a shuffled order, linking after each one as ingest would.
async function incrementalRun(corpus: readonly CorpusArticle[], coded: Coded, seed: number): Promise<Map<string, string>> {
  const store = await openStore(join(dir, `corpus-${seed}.db`));
  try {
    const byDoc = new Map<string, Event[]>();
    for (const r of coded.reports) byDoc.set(r.event.doc_id, [...(byDoc.get(r.event.doc_id) ?? []), r.event]);
    for (const { article } of shuffle(corpus, seed)) {
      await store.saveArticle(article, byDoc.get(article.id) ?? []);
      await linkNewEvents(store, [article.id], { hierarchy });
    }
    return await withIncidentIndex(store, (index) => index.incidentIdsOf());
  } finally {
    await store.close();
  }
}

async function syntheticBench(): Promise<void> {
  const items = [...syntheticReports(EVENTS)];
  const reports = items.map((it, i) => ({ key: reportKey(it.article.id, 0), eventId: i, event: it.event, outlet: outletOf({ docId: it.article.id, url: it.article.url }), reportedAt: it.article.published }));
  let started = performance.now();
  const linked = linkReports(reports, { hierarchy });
  const linkSeconds = seconds(started);
  started = performance.now();
  linked.forEach(reconcile);
  console.log(`\nsynthetic: ${EVENTS} events telling ${new Set(items.map((i) => i.truth)).size} incidents`);
  console.log(`  pure core: link ${linkSeconds} s, reconcile ${seconds(started)} s → ${linked.length} incidents; `
    + `pairwise vs the generator's truth: ${pairText(truthPairs(items.map((it) => [reportKey(it.article.id, 0), it.truth]), incidentMap(linked)))}`);

  const store = await openStore(join(dir, 'synthetic.db'));
  try {
    const held = Math.min(1000, Math.floor(EVENTS / 100));
    started = performance.now();
    for (let i = 0; i < items.length - held; i += 2000) {
      await store.saveMany(items.slice(i, Math.min(i + 2000, items.length - held)).map((it): SaveItem => ({ article: it.article, events: [it.event] })));
    }
    console.log(`  stored ${items.length - held} events in ${seconds(started)} s (setup, not linking)`);
    started = performance.now();
    const full = await relinkAll(store, { hierarchy });
    const fullSeconds = (performance.now() - started) / 1000;
    console.log(`  link all ${full.events} stored events (read, link, reconcile, write ${full.incidents} incidents): ${fullSeconds.toFixed(1)} s `
      + `${fullSeconds < 60 ? '(goal: under a minute — met)' : '(goal: under a minute — MISSED)'}`);
    started = performance.now();
    const rest = items.slice(items.length - held);
    for (let i = 0; i < rest.length; i += 100) {
      const batch = rest.slice(i, i + 100);
      await store.saveMany(batch.map((it) => ({ article: it.article, events: [it.event] })));
      await linkNewEvents(store, batch.map((it) => it.article.id), { hierarchy });
    }
    const ms = performance.now() - started;
    console.log(`  then ${held} new articles saved and linked in batches of 100 into the ${items.length - held}-event store: ${(ms / held).toFixed(1)} ms per article`);
  } finally {
    await store.close();
  }
}

function incidentMap(linked: readonly LinkedIncident[]): Map<string, string> {
  return new Map(linked.flatMap((i) => i.reports.map((r) => [r.key, i.id] as const)));
}

// A partition as text, independent of incident ids: sorted groups of sorted keys.
function groups(incidentOf: ReadonlyMap<string, string>): string {
  const byId = new Map<string, string[]>();
  for (const [key, id] of incidentOf) byId.set(id, [...(byId.get(id) ?? []), key]);
  return [...byId.values()].map((g) => g.sort().join(' ')).sort().join('\n');
}

function truthPairs(truth: readonly (readonly [string, string])[], predicted: ReadonlyMap<string, string>): PairScore {
  const byTruth = new Map<string, string[]>();
  for (const [key, t] of truth) byTruth.set(t, [...(byTruth.get(t) ?? []), key]);
  const byPredicted = new Map<string, string[]>();
  for (const [key, id] of predicted) byPredicted.set(id, [...(byPredicted.get(id) ?? []), key]);
  const truthOf = new Map(truth);
  let gold = 0;
  for (const g of byTruth.values()) gold += (g.length * (g.length - 1)) / 2;
  let tp = 0;
  let linkedPairs = 0;
  for (const g of byPredicted.values()) {
    linkedPairs += (g.length * (g.length - 1)) / 2;
    const counts = new Map<string, number>();
    for (const key of g) counts.set(truthOf.get(key)!, (counts.get(truthOf.get(key)!) ?? 0) + 1);
    for (const n of counts.values()) tp += (n * (n - 1)) / 2;
  }
  const precision = linkedPairs === 0 ? 1 : tp / linkedPairs;
  const recall = gold === 0 ? 1 : tp / gold;
  return { tp, fp: linkedPairs - tp, fn: gold - tp, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function pairText(s: PairScore): string {
  return `precision ${pct(s.precision)} (${s.tp}/${s.tp + s.fp} linked pairs), recall ${pct(s.recall)} (${s.tp}/${s.tp + s.fn} true pairs)`;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed * 2654435761;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
