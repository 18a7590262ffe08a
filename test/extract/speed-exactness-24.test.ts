import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { phraseKey, phraseWords } from '../../src/knowledge/phrase-key.ts';
import { unzippedModelBytes } from '../../src/nlp/syntax/model-cache.ts';
import { decodeModel, readModelParts } from '../../src/nlp/syntax/model-codec.ts';
import { MODEL_URL } from '../../src/nlp/syntax/model-file.ts';
import { WordClusters } from '../../src/nlp/syntax/word-clusters.ts';

// Session 24's speed work changes how the coder starts, never what it computes: the syntax model read from its
// un-gzipped cached copy, and the word classes packed straight from the model file, are the same model.

const SENTENCES = [
  'Soldiers fired on a crowd of farmers outside the provincial office, witnesses said.',
  'The opposition leader, freed on bail last month, was detained again at the airport.',
  'Hospital staff in the northern city walked out over unpaid wages on Thursday.',
];
const words = (s: string) => s.match(/\w+|[^\s\w]/g)!;
const analysis = (model: ReturnType<typeof decodeModel>, s: string) => {
  const { tags, state } = model.analyzeWords(words(s));
  const n = words(s).length;
  return { tags: [...tags.subarray(0, n)], heads: [...state.heads.subarray(0, n)], labels: [...state.labels.subarray(0, n)] };
};

test('the un-gzipped model is cached once and read back as the same bytes and the same parses', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-model-cache-'));
  const before = process.env.EVENTLENS_CACHE_DIR;
  process.env.EVENTLENS_CACHE_DIR = dir;
  try {
    const gzipped = readFileSync(MODEL_URL);
    const first = unzippedModelBytes(MODEL_URL);
    assert.deepEqual(first, gunzipSync(gzipped));
    const files = readdirSync(dir);
    assert.equal(files.length, 1, files.join(' '));
    assert.ok(files[0].startsWith('syntax-') && !files[0].endsWith('.tmp'));
    const again = unzippedModelBytes(MODEL_URL);
    assert.deepEqual(again, first);
    const fromCache = decodeModel(again, 'cached');
    const fromFile = decodeModel(gzipped, 'shipped');
    for (const s of SENTENCES) assert.deepEqual(analysis(fromCache, s), analysis(fromFile, s), s);
    // off with an empty EVENTLENS_CACHE_DIR: nothing written, the same bytes
    rmSync(join(dir, files[0]));
    process.env.EVENTLENS_CACHE_DIR = '';
    assert.deepEqual(unzippedModelBytes(MODEL_URL), first);
    // (decoding the model saved its word classes beside it since session 25: word-class-cache.ts)
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('syntax-')).length, 0);
  } finally {
    if (before === undefined) delete process.env.EVENTLENS_CACHE_DIR;
    else process.env.EVENTLENS_CACHE_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(!existsSync(dir));
});

test('word classes packed straight from the model file look up every word as the two maps did', { timeout: 120_000 }, () => {
  const { manifest } = readModelParts(readFileSync(MODEL_URL), 'shipped');
  const json = manifest.clusters!;
  assert.ok(json.lexicon, 'the shipped model has a lexicon');
  const packed = WordClusters.fromJSON(json);
  // the two maps made as before, packed by the constructor
  const fineOf = new Map<string, number>();
  json.words.forEach((list, fine) => { if (list) for (const w of list.split(' ')) fineOf.set(w, fine); });
  const built = new WordClusters(fineOf, Int32Array.from(json.mid), Int32Array.from(json.coarse), packed.lexicon);
  assert.deepEqual([...packed.classesOf!].sort(), [...built.classesOf!].sort());
  assert.deepEqual([...packed.fineOf], [...fineOf]);
  assert.deepEqual(packed.toJSON(), json);
});

// phraseKey before its ASCII path: every alias read with Unicode classes
function unicodeKey(alias: string): ReturnType<typeof phraseKey> {
  const words = phraseWords(alias).filter(Boolean);
  const exactLetters = /^[A-Z][A-Z.]{0,5}$/.test(alias.trim()) ? alias.replace(/[^A-Za-z]/g, '') : null;
  const aliasWords = alias.replace(/^the\s+/i, '').replace(/['’ʼ‘`´]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let capitals = 0;
  if (aliasWords.length === words.length) aliasWords.forEach((w, k) => { if (k < 31 && /^\p{Lu}/u.test(w)) capitals |= 1 << k; });
  return { words, capitals, exactLetters };
}

test('an ASCII alias is filed with the words, capitals and exact letters the Unicode reading gives', { timeout: 60_000 }, () => {
  const aliases = [
    'The Hague', 'the  Red Crescent', "Kata'ib Hezbollah", 'KH', 'U.S.', 'U.N. Security Council', 'al-Asad Air Base', '`Ali Sabri', "O'Neill's men",
    'the the Front', 'the', '', '_Blue_Helmets', 'Rapid Support Forces (RSF)', '3rd Armoured Brigade', 'M23', 'a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F',
    'São Tomé', 'Kyiv’s militia', 'Łódź Voivodeship', 'Ελλάδα', 'Ğazi Osman Paşa', 'ʼAbd al-Qadir', '´Amran',
  ];
  for (const alias of aliases) assert.deepEqual(phraseKey(alias), unicodeKey(alias), JSON.stringify(alias));
  // and every alias of our own actors and places files
  for (const file of ['actors/roles.tsv', 'actors/blockers.txt', 'actors/petrarch/actors.tsv', 'actors/petrarch/agents.tsv', 'places/rivers.tsv']) {
    for (const line of readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8').split('\n')) {
      const alias = line.split('\t')[0];
      assert.deepEqual(phraseKey(alias), unicodeKey(alias), `${file}: ${JSON.stringify(alias)}`);
    }
  }
});
