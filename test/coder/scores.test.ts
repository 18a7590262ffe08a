import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { resolveNameWith } from '../../src/cli/resolve-name.ts';
import { readAllGold, scoreDocuments } from '../../src/eval/index.ts';

// Floors under the project's own yardsticks, so a change that makes the coder worse fails here.
const kb = loadKnowledge();
const coder = createCoder(kb);
const score = async (file: string) => scoreDocuments(await readAllGold(file), (a) => coder.code(a), resolveNameWith(kb));

const SEED = new URL('../../../shared/seed/gold.jsonl', import.meta.url).pathname;
test('seed article: events F1 ≥ 0.85, actor+target F1 ≥ 0.6, date accuracy ≥ 0.8', { skip: !existsSync(SEED) && 'no ../shared/seed here' }, async () => {
  const r = await score(SEED);
  assert.ok(r.events.f1 >= 0.85, `events F1 ${r.events.f1}`);
  assert.ok(r.actor_target.f1 >= 0.6, `actor_target F1 ${r.actor_target.f1}`);
  assert.ok(r.date.accuracy >= 0.8, `date ${r.date.accuracy}`);
});

test('own conflict articles: events F1 ≥ 0.65, date accuracy ≥ 0.9', async () => {
  const r = await score(new URL('../corpus/articles.gold.jsonl', import.meta.url).pathname);
  assert.ok(r.events.f1 >= 0.65, `events F1 ${r.events.f1}`);
  assert.ok(r.date.accuracy >= 0.9, `date ${r.date.accuracy}`);
});

test('non-political articles: at most 1 false event per 20 articles', () => {
  const dir = new URL('../corpus/articles/', import.meta.url).pathname;
  let articles = 0;
  let events = 0;
  for (const file of readdirSync(dir)) {
    const a = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (a.topic === 'conflict' || a.topic === 'politics-domestic') continue;
    articles++;
    events += coder.code({ id: a.id, text: a.text, published: a.published, title: a.title }).length;
  }
  assert.ok(articles >= 30);
  assert.ok((events / articles) * 20 <= 1, `${events} false events in ${articles} articles`);
});
