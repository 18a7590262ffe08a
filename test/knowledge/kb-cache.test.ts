import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { dictionaryActors } from '../../src/knowledge/dictionary-files.ts';
import { normalizeWithMap } from '../../src/nlp/normalize.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';

// The PETRARCH names are merged once and saved (dictionary-cache.ts); later starts read the saved
// table. Both ways must answer alike, and a changed input must be merged afresh.

const dir = mkdtempSync(join(tmpdir(), 'eventlens-kbcache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function loadWithCache(cache: string, dataDir?: string): Knowledge {
  const before = process.env.EVENTLENS_CACHE_DIR;
  process.env.EVENTLENS_CACHE_DIR = cache;
  try {
    return loadKnowledge(dataDir);
  } finally {
    if (before === undefined) delete process.env.EVENTLENS_CACHE_DIR;
    else process.env.EVENTLENS_CACHE_DIR = before;
  }
}

const codes = (kb: Knowledge, name: string) => kb.actors.lookup(name).map((e) => `${e.id} ${e.code} ${JSON.stringify(e.dated ?? null)}`);

test('the saved merge gives the same actors as merging at load, for every kind of name', { timeout: 170_000 }, () => {
  const eager = loadWithCache('');
  const cache = join(dir, 'same');
  const first = loadWithCache(cache);
  const saved = loadWithCache(cache);
  assert.equal(eager.actors.frozenSize, 0);
  assert.equal(first.actors.frozenSize, 0, 'the first load merges');
  assert.ok(saved.actors.frozenSize > 20_000, 'the second reads the saved merge');
  assert.equal(saved.actors.size, eager.actors.size);

  // every 25th dictionary row: its name and aliases; plus our own names the dictionary shares
  const rows = dictionaryActors('actors.tsv', readFileSync(join(DATA_DIR, 'actors/petrarch/actors.tsv'), 'utf8'));
  const names = rows.filter((_, i) => i % 25 === 0).flatMap((r) => r.aliases);
  names.push('Sergey Lavrov', 'Russian Foreign Minister Sergey Lavrov', 'Hamid Karzai', 'the United Nations', 'NATO', 'US', 'Iraqi', 'Islamic State', 'no such actor at all');
  for (const name of names) assert.deepEqual(codes(saved, name), codes(eager, name), name);

  // whole texts: the names in sentences, in capitals and in lower case
  const text = names.slice(0, 400).map((n, i) => (i % 3 === 2 ? `officials of ${n.toLowerCase()} met` : `${n} said on Monday.`)).join(' ');
  const spans = (kb: Knowledge) => kb.actors.findAll(text, normalizeWithMap(text)).map((m) => `${m.start}-${m.end} ${m.values.map((v) => v.id).join(',')}`);
  assert.deepEqual(spans(saved), spans(eager));
});

test('a changed dictionary or a changed actor of ours is merged afresh', { timeout: 170_000 }, () => {
  const data = join(dir, 'data');
  cpSync(DATA_DIR, data, { recursive: true });
  const cache = join(dir, 'changed');
  loadWithCache(cache, data);
  assert.equal(readdirSync(cache).filter((f) => f.startsWith('petrarch-merge')).length, 1);

  appendFileSync(join(data, 'actors/petrarch/actors.tsv'), 'Zorblax Quentin\tQuentin Zorblax\tFRAGOV@2001-01-01..2003-12-31\tperson\ttest:1\n');
  const changed = loadWithCache(cache, data);
  assert.equal(changed.actors.frozenSize, 0, 'a new dictionary is merged, not read from the old save');
  assert.deepEqual(codes(loadWithCache(cache, data), 'Quentin Zorblax'), ['phoenix:test:1 FRAGOV [{"code":"FRAGOV","from":"2001-01-01","to":"2003-12-31"}]']);

  // one of our people gains the dictionary's name: ours wins from then on
  const people = JSON.parse(readFileSync(join(data, 'actors/people.json'), 'utf8')) as unknown[];
  writeFileSync(join(data, 'actors/people.json'), JSON.stringify([...people, { name: 'Zorblax Quentin', country: 'FRA', role: 'GOV', title: 'adviser' }]));
  const ours = loadWithCache(cache, data);
  assert.equal(ours.actors.frozenSize, 0);
  assert.deepEqual(loadWithCache(cache, data).actors.lookup('Quentin Zorblax').map((e) => e.source), ['data/actors/people.json']);
});

test('a damaged saved merge is merged afresh, with the same answers', { timeout: 170_000 }, () => {
  const cache = join(dir, 'damaged');
  const eager = loadWithCache(cache);
  for (const file of readdirSync(cache)) if (file.startsWith('petrarch-merge')) writeFileSync(join(cache, file), Buffer.from([9, 0, 0, 0, 123]));
  const again = loadWithCache(cache);
  assert.equal(again.actors.frozenSize, 0);
  assert.deepEqual(codes(again, 'Sergey Lavrov'), codes(eager, 'Sergey Lavrov'));
  assert.ok(loadWithCache(cache).actors.frozenSize > 0, 'and saved again');
});
