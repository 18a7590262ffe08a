import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import type { Alert } from '../../src/watch/index.ts';
import { makeReport, type Spec } from '../incidents/make-report.ts';
import { makeArticle, tempDir } from '../store/event-factory.ts';
import { cli } from './seed-store.ts';

// From stored articles to an alert: events linked into incidents (two outlets telling one attack count
// once), then watched; the alert quotes each report's sentence and says who asserts it.

const { dir, cleanup } = tempDir('watch-evidence');
after(cleanup);
const db = join(dir, 'e.db');
const rules = join(dir, 'rules.yaml');

const SPECS: readonly Spec[] = [
  { doc: 'reuters-1', date: '2020-03-11', killed: [2, null, 'at_least'] },
  { doc: 'ap-1', date: '2020-03-11', killed: [3, 3, 'exact'] },          // the same attack, another outlet
  { doc: 'bbc-1', date: '2020-03-14', place: 'balad', source: 'kataib-hezbollah' }, // claimed by the group
];

before(async () => {
  writeFileSync(rules, `rules:
  - id: two-attacks
    match: { actors: [kataib], targets: [USA] }
    when: { kind: threshold, measure: count, window_days: 7, at_least: 2 }
`);
  const store = await openStore(db);
  try {
    for (const spec of SPECS) {
      const r = makeReport(spec);
      const sentence = `${spec.doc} reports that militants attacked the base.`;
      await store.saveArticle(makeArticle(r.event.doc_id, sentence, { url: `https://${r.outlet}.example/x`, published: r.reportedAt }),
        [{ ...r.event, evidence: { sentence, span: [0, sentence.length] } }]);
    }
  } finally {
    await store.close();
  }
});

describe('watch over linked incidents', () => {
  it('counts incidents, not reports, and quotes the evidence with who says so', { timeout: 150_000 }, async () => {
    const link = await cli(['link-incidents', '--db', db]);
    assert.equal(link.code, 0, link.err);
    const r = await cli(['watch', '--rules', rules, '--db', db, '--until', '2020-03-16', '--days', '10', '--format', 'jsonl']);
    assert.equal(r.code, 0, r.err);
    const alerts = r.out.trim().split('\n').map((l) => JSON.parse(l) as Alert);
    // three reports but two incidents: the count of 2 is reached on 14 March, not on 11 March
    assert.deepEqual(alerts.map((a) => [a.fired_on, a.incident_ids.length, a.attribution]), [['2020-03-14', 2, 'mixed']]);
    const [claimed] = alerts[0].incidents.filter((i) => i.attribution === 'claimed');
    assert.deepEqual(claimed.evidence.map((e) => [e.source, e.sentence]), [['kataib-hezbollah', 'bbc-1 reports that militants attacked the base.']]);
    const [asserted] = alerts[0].incidents.filter((i) => i.attribution === 'asserted');
    assert.equal(asserted.killed, 3);
    assert.deepEqual(asserted.evidence.map((e) => e.sentence).sort(),
      ['ap-1 reports that militants attacked the base.', 'reuters-1 reports that militants attacked the base.']);
  });
});
