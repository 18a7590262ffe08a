import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readAllGold, type GoldDoc } from '../../src/eval/index.ts';
import { goldLine } from './make-event.ts';

const SEED = new URL('../../../shared/seed/gold.jsonl', import.meta.url).pathname; // ../shared beside the repository
const foldQuotes = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');

test('readGold: seed gold has 1 document with 16 events, all located in the text', async () => {
  const items = await readAllGold(SEED);
  const docs = items.filter((i): i is GoldDoc => i.kind === 'gold-doc');
  assert.equal(items.length, 1);
  assert.equal(docs.length, 1);
  const doc = docs[0];
  assert.equal(doc.events.length, 16);
  assert.equal(doc.errors.length, 0);
  assert.equal(doc.events.filter((e) => e.optional).length, 3);
  for (const e of doc.events) {
    assert.ok(e.span !== null, `event #${e.index} not located`);
    assert.equal(foldQuotes(doc.article.text.slice(e.span[0], e.span[1])), foldQuotes(e.evidence));
  }
});

test('readGold: malformed lines name file:line, the rest are still read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-eval-'));
  const path = join(dir, 'gold.jsonl');
  const text = 'Kata’ib Hezbollah warned Trump. Iran denied it.';
  writeFileSync(path, [
    goldLine('ok', text, [{ type: 'THREATEN', evidence: "Kata'ib Hezbollah warned Trump" }]),
    '{"id": "broken", ',
    JSON.stringify({ id: 'no-events', text, gold: {} }),
    '',
    goldLine('bad-type', text, [{ type: 'PUNCH', evidence: 'Iran denied it' }]),
    goldLine('lost', text, [{ type: 'REJECT', evidence: 'Iran denied it' }, { type: 'ACCUSE', evidence: 'Iran blamed Israel' }]),
  ].join('\n') + '\n');

  const items = await readAllGold(path);
  assert.deepEqual(items.map((i) => `${i.kind}@${i.line}`),
    ['gold-doc@1', 'line-error@2', 'line-error@3', 'line-error@5', 'gold-doc@6']);
  const errors = items.filter((i) => i.kind === 'line-error');
  assert.match(errors[0].message, new RegExp(`^${path}:2: invalid JSON`));
  assert.match(errors[1].message, /:3: .*gold\.events/);
  assert.match(errors[2].message, /:5: .*type/);

  // Straight apostrophe in the gold, curly in the text: found after folding quotes.
  const first = items[0] as GoldDoc;
  assert.deepEqual(first.events[0].span, [0, 30]);

  const lost = items[4] as GoldDoc;
  assert.equal(lost.events[0].span?.[0], 32);
  assert.equal(lost.events[1].span, null);
  assert.equal(lost.errors.length, 1);
  assert.match(lost.errors[0].message, /:6: doc lost event #1 \(ACCUSE\): evidence not found/);
});
