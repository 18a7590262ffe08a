import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { normalizeWithMap } from '../../src/nlp/index.ts';
import { PhraseIndex } from '../../src/knowledge/phrase-index.ts';
import { fileAliases } from '../../src/knowledge/alias-table-cache.ts';
import { readModelParts } from '../../src/nlp/syntax/model-codec.ts';
import { MODEL_URL } from '../../src/nlp/syntax/model-file.ts';
import { cachedWordClasses } from '../../src/nlp/syntax/word-class-cache.ts';
import { WordClusters } from '../../src/nlp/syntax/word-clusters.ts';

// Session 25's speed work changes how the coder starts, never what it computes: the place aliases filed as a
// saved frozen table, a frozen table's first word found by its run of keys, the word classes read back packed.

const ALIASES: Array<[string, string]> = [
  ['Port Harcourt', 'town'], ['the Niger Delta', 'region'], ['Delta', 'state'], ['Delta State', 'state'], ['Niger', 'country'],
  ['Niger', 'river'], ['New York', 'city'], ['New York City', 'city'], ['New', 'bogus'], ['York', 'england'], ['US', 'acronym'],
  ['Nuevo León', 'mexico'], ['Nuevo Leon', 'mexico-ascii'], ['Beşiktaş', 'district'], ['Al-Asad airbase', 'site'], ['al Asad', 'person-like'],
  ['Kata’ib Hezbollah', 'group'], ["Hawke's Bay", 'region'], ['Red Sea', 'sea'], ['Red Sea governorate', 'governorate'], ['', 'empty'],
  ['the', 'article'], ['Saint-Denis', 'town'], ['St. Louis', 'city'], ['Mong Kok', 'district'], ['mong', 'lower-case'], ['Port', 'word'],
];
const SENTENCES = [
  'Gunmen attacked a pipeline near Port Harcourt in the Niger Delta on Tuesday, officials in Delta State said.',
  'The US envoy flew from New York City to York, then to Nuevo Leon and later to Nuevo León.',
  'Police in Beşiktaş and Mong Kok dispersed crowds; the mong and port words in lower case are no names.',
  'Rockets struck Al-Asad Airbase, and Kataib Hezbollah and Kata’ib Hezbollah both denied it; Hawke’s Bay and Hawkes Bay flooded.',
  'Ships in the Red Sea avoided the Red Sea Governorate coast, near Saint Denis and St Louis; the us delegation left.',
];

function matches(index: PhraseIndex<string>): string[] {
  return SENTENCES.flatMap((s) => index.findAll(s, normalizeWithMap(s)).map((m) => `${s.slice(m.start, m.end)}=${m.values.join('|')}`));
}

test('place aliases filed as a saved frozen table match and look up as the trie filed them one by one', { timeout: 60_000 }, () => {
  const trie = new PhraseIndex<string>();
  for (const [alias, value] of ALIASES) trie.add(alias, value);
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-places-'));
  try {
    const made = new PhraseIndex<string>();
    fileAliases(made, ALIASES, dir, 'places');
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('places-')).length, 1, 'saved');
    const read = new PhraseIndex<string>();
    fileAliases(read, ALIASES, dir, 'places');
    const uncached = new PhraseIndex<string>();
    fileAliases(uncached, ALIASES, null, 'places');
    const expected = matches(trie);
    assert.ok(expected.length >= 15, expected.join('\n'));
    for (const index of [made, read, uncached]) {
      assert.equal(index.size, trie.size);
      assert.deepEqual(matches(index), expected);
      for (const [alias] of [...ALIASES, ['New York State', ''], ['Red', ''], ['sea', '']]) assert.deepEqual(index.lookup(alias), trie.lookup(alias), alias);
    }
    // another alias list is filed afresh, not read from the first one's file
    const other = new PhraseIndex<string>();
    fileAliases(other, [...ALIASES, ['Lagos', 'city']], dir, 'places');
    assert.deepEqual(other.lookup('lagos'), ['city']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the word classes read back packed answer every word as the map built from the model file lists', { timeout: 120_000 }, () => {
  const { manifest } = readModelParts(readFileSync(MODEL_URL), 'shipped');
  const json = manifest.clusters!;
  const built = new Map<string, number>();
  json.words.forEach((list, fine) => { if (list) for (const w of list.split(' ')) built.set(w, fine + 1); });
  json.lexicon!.words.forEach((list, id) => { if (list) for (const w of list.split(' ')) built.set(w, ((built.get(w) ?? 0) & 0xffff) + ((id + 1) << 16)); });
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-word-classes-'));
  const before = process.env.EVENTLENS_CACHE_DIR;
  process.env.EVENTLENS_CACHE_DIR = dir;
  try {
    const lists = [String(json.words.length), ...json.words, ...json.lexicon!.words];
    const first = cachedWordClasses(lists, () => new Map(built));
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('word-classes-')).length, 1, 'saved');
    const again = cachedWordClasses(lists, () => assert.fail('read from the saved file'));
    for (const packed of [first, again]) {
      assert.equal(packed.size, built.size);
      for (const [word, value] of built) if (packed.get(word) !== value) assert.fail(`${word}: ${packed.get(word)} ≠ ${value}`);
      for (const absent of ['', 'zzzzqqq', 'hezbollahs-x', '\u00e9t\u00e9\u00e9']) assert.equal(packed.get(absent), built.get(absent), absent);
    }
    // the model's own WordClusters: the same classes, and fineOf in the lists' order
    const clusters = WordClusters.fromJSON(json);
    const fineOf = new Map<string, number>();
    json.words.forEach((list, fine) => { if (list) for (const w of list.split(' ')) fineOf.set(w, fine); });
    assert.deepEqual([...clusters.fineOf], [...fineOf]);
    assert.deepEqual(clusters.toJSON(), json);
  } finally {
    if (before === undefined) delete process.env.EVENTLENS_CACHE_DIR;
    else process.env.EVENTLENS_CACHE_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  }
});
