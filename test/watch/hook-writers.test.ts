import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodedArticle } from '../../src/serve/index.ts';
import type { StoredAlert } from '../../src/store/alerts-store.ts';
import { openStore } from '../../src/store/index.ts';
import { conflictArticles, listen } from '../serve/fixture.ts';
import { tempDir } from '../store/event-factory.ts';
import { cli } from './seed-store.ts';

// Every writer runs the watch rules enabled on its store: `ingest`, `import` and POST /articles (the
// queue worker calls the same hook once its queue is drained). The real CLI in a child process, the
// real coder on the conflict articles of the test corpus.

const { dir, cleanup } = tempDir('hook-writers');
after(cleanup);
const rules = join(dir, 'rules.yaml');
const corpus = join(dir, 'articles.jsonl');
const articles = conflictArticles();

before(() => {
  // any incident fires it; an episode is one alert (a window overlapping the last alert is not made again)
  writeFileSync(rules, 'rules:\n  - id: any-incident\n    when: { kind: threshold, measure: count, window_days: 7, at_least: 1 }\n');
  writeFileSync(corpus, articles.slice(1).map((a) => JSON.stringify(a)).join('\n'));
});

const newAlerts = (out: string) => Number(/watch: 1 enabled rule, (\d+) new alerts?/.exec(out)?.[1] ?? NaN);

async function enabledStore(name: string): Promise<string> {
  const db = join(dir, name);
  await (await openStore(db)).close();
  const enabled = await cli(['watch', 'enable', '--rules', rules, '--db', db]);
  assert.equal(enabled.code, 0, enabled.err);
  assert.match(enabled.out, /1 rule enabled: any-incident/);
  const listed = await cli(['watch', 'rules', '--db', db]);
  assert.match(listed.out, /^any-incident\tthreshold\t-\t/);
  return db;
}

describe('writers run the enabled watch rules', () => {
  it('ingest: the new incidents alert once; the same ingest again alerts nothing', { timeout: 180_000 }, async () => {
    const db = await enabledStore('ingest.db');
    const first = await cli(['ingest', corpus, '--db', db, '--workers', '1', '--no-progress']);
    assert.equal(first.code, 0, first.err);
    const fired = newAlerts(first.out);
    assert.ok(fired >= 1, first.out);
    const listed = await cli(['watch', 'list', '--db', db, '--format', 'jsonl']);
    assert.equal(listed.out.trim().split('\n').length, fired);
    const again = await cli(['ingest', corpus, '--db', db, '--workers', '1', '--no-progress']);
    assert.equal(again.code, 0, again.err);
    assert.doesNotMatch(again.out, /new alert/, 'nothing new stored: nothing evaluated');
    assert.equal((await cli(['watch', 'list', '--db', db, '--format', 'jsonl'])).out, listed.out);

    // import: the export of that store into another with the rule enabled fires the same alerts
    const exported = join(dir, 'export.jsonl');
    assert.equal((await cli(['export', '--db', db, '--format', 'jsonl', '--out', exported])).code, 0);
    const target = await enabledStore('import.db');
    const imported = await cli(['import', exported, '--db', target]);
    assert.equal(imported.code, 0, imported.err);
    assert.equal(newAlerts(imported.out), fired, imported.out);
  });

  it('POST /articles: the answer names the alerts the article fired, and GET /alerts lists them', { timeout: 180_000 }, async () => {
    const db = await enabledStore('serve.db');
    const store = await openStore(db);
    const api = await listen({ store });
    try {
      const r = await api.post<CodedArticle>('/articles', { text: articles[0].text, published: articles[0].published });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.ok(r.body.events.length > 0);
      assert.ok((r.body.alerts ?? []).length >= 1, JSON.stringify(r.body.alerts));
      const listed = await api.get<{ items: StoredAlert[] }>('/alerts');
      assert.deepEqual(listed.body.items.map((s) => s.alert.id).sort(), [...r.body.alerts!].sort());
      const again = await api.post<CodedArticle>('/articles', { text: articles[0].text, published: articles[0].published });
      assert.equal(again.body.status, 'duplicate');
      assert.equal(again.body.alerts, undefined);
    } finally {
      await api.app.close();
      await store.close();
    }
  });

  it('enable and disable: usage and unknown rules', { timeout: 120_000 }, async () => {
    const db = await enabledStore('enable.db');
    assert.equal((await cli(['watch', 'enable', '--db', db])).code, 2);
    const missing = await cli(['watch', 'disable', 'no-such-rule', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /rule no-such-rule is not enabled/);
    const off = await cli(['watch', 'disable', '--rules', rules, '--db', db]);
    assert.equal(off.code, 0, off.err);
    assert.match(off.out, /disabled: any-incident/);
    assert.equal((await cli(['watch', 'rules', '--db', db])).out, '');
  });
});
