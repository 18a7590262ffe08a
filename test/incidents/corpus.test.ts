import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { codeCorpus, readCorpus, readIncidentGold, scoreExtraction, scoreIncidentFigures, scorePairs } from '../../bench/incidents-corpus.ts';
import { createCoder } from '../../src/core/index.ts';
import { linkReports, reconcile } from '../../src/incidents/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Event } from '../../src/schema/event.ts';
import { openStore } from '../../src/store/index.ts';
import { loadActorHierarchy } from '../../src/store/incidents-actors.ts';
import { linkNewEvents } from '../../src/store/incidents-link.ts';
import { withIncidentIndex } from '../../src/store/open-incidents.ts';
import { tempDir } from '../store/event-factory.ts';

// The multi-report corpus (fixtures/*.jsonl) end to end: coder, linker, reconciliation. The floors are
// below today's scores (npm run bench:incidents prints them) so a change to the coder shows up here
// when it costs linking quality, not at every small shift.

const { dir, cleanup } = tempDir('incidents-corpus');
after(cleanup);
const corpus = readCorpus();
const coded = codeCorpus(corpus, createCoder(loadKnowledge()));
const hierarchy = loadActorHierarchy();
const linked = linkReports(coded.reports, { hierarchy });
const batch = new Map(linked.flatMap((i) => i.reports.map((r) => [r.key, i.id] as const)));

test('corpus: linking precision and recall over reports of the same events', () => {
  const score = scorePairs(coded, batch);
  assert.ok(score.precision >= 0.9, `precision ${score.precision}`);
  assert.ok(score.recall >= 0.6, `recall ${score.recall}`);
});

test('corpus: casualty, arrest and crowd figures, numbers in words and digits', () => {
  const score = scoreExtraction(corpus);
  assert.ok(score.correct / score.total >= 0.95, score.misses.join('\n'));
  const incidents = scoreIncidentFigures(coded, linked.map(reconcile), readIncidentGold());
  assert.ok(incidents.correct / incidents.total >= 0.7, incidents.misses.join('\n'));
});

test('corpus: article by article through a store, last to first, gives the same incidents', async () => {
  const store = await openStore(join(dir, 'corpus.db'));
  try {
    const events = new Map<string, Event[]>();
    for (const r of coded.reports) events.set(r.event.doc_id, [...(events.get(r.event.doc_id) ?? []), r.event]);
    for (const { article } of [...corpus].reverse()) {
      await store.saveArticle(article, events.get(article.id) ?? []);
      await linkNewEvents(store, [article.id], { hierarchy });
    }
    const incremental = await withIncidentIndex(store, (index) => index.incidentIdsOf());
    const groups = (m: ReadonlyMap<string, string>) => {
      const byId = new Map<string, string[]>();
      for (const [key, id] of m) byId.set(id, [...(byId.get(id) ?? []), key]);
      return [...byId.values()].map((g) => g.sort().join(' ')).sort();
    };
    assert.deepEqual(groups(incremental), groups(batch));
  } finally {
    await store.close();
  }
});
