import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseConllu } from '../../src/nlp/syntax/conllu.ts';
import { type FeatureTemplates, hashFeature, hashString } from '../../src/nlp/syntax/hash.ts';
import { LABEL_CLUSTER_TEMPLATES, LABEL_TEMPLATES } from '../../src/nlp/syntax/label-features.ts';
import { PARSER_CLUSTER_TEMPLATES, PARSER_MARKER_TEMPLATES, PARSER_TEMPLATES } from '../../src/nlp/syntax/parser-features.ts';
import { LOOKAHEAD_TEMPLATES, TAGGER_CLUSTER_TEMPLATES, TAGGER_LEXICON_TEMPLATES, TAGGER_TEMPLATES } from '../../src/nlp/syntax/tagger-features.ts';
import { decodeModel } from '../../src/nlp/syntax/model-codec.ts';
import { MODEL_URL } from '../../src/nlp/syntax/model-file.ts';
import { shippedSyntaxModel } from '../../src/nlp/syntax/index.ts';
import { TokenTable } from '../../src/nlp/syntax/token-table.ts';
import { normalizeForm } from '../../src/nlp/syntax/word-form.ts';

// The tagger and parser read per-token hashes computed without building strings, and hash their feature
// templates from tables of atoms. Both must give exactly what the plain string code gave: the model was
// trained on those values, and one changed bucket changes parses.
const treebank = new URL('../../../shared/ud-ewt/', import.meta.url);
const dev = parseConllu(readFileSync(new URL('en_ewt-ud-dev.conllu', treebank), 'utf8'), 'dev');

/** The plain string definitions the fast paths replace. */
function referenceNormalize(word: string): string {
  if (/^(?:[“”„«»"]|''|``|‘‘|’’|‘’)$/.test(word)) return '"';
  if (/^(?:[—–―]|-{2,})$/.test(word)) return '--';
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
  if (/\d/.test(w)) w = w.replace(/\d/g, '0');
  return w;
}
function referenceShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length && shape.length < 8; i++) {
    const ch = word[i];
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}
function referenceRow(raw: string): number[] {
  const w = referenceNormalize(raw);
  const lower = hashString(w);
  const cased = raw.toLowerCase() === raw ? lower : hashString(w === raw.toLowerCase() ? raw : w + '^');
  return [lower, cased, ...[-1, -2, -3, -4].map((k) => hashString(w.slice(k))), hashString(raw.slice(0, 1)), hashString(w.slice(0, 3)), hashString(referenceShape(raw))];
}

const TRICKY = ['', '"', "''", '``', '“', '—', '--', '---', '-', "'s", "n't", 'don’t', 'U.S.', 'McDonald', 'İstanbul', 'ÉCOLE', 'straße',
  '1,200', 'COVID-19', 'e-mail', 'Kata’ib', '😀', 'A', 'ab', 'abc', 'abcd', 'abcde', '3:30', 'x86', 'ЁЖИК', 'ǅ', '٣٤', 'ⅷ'];

test('token hashes equal the string-building definitions (treebank words and awkward ones)', () => {
  const words = [...new Set(dev.flatMap((s) => s.words))].concat(TRICKY);
  const table = new TokenTable();
  table.fill(words);
  // A second table reads the spellings back from the shared form cache, shuffled: the same values.
  const again = new TokenTable();
  again.fill([...words].reverse());
  const last = words.length - 1;
  words.forEach((word, i) => {
    assert.equal(normalizeForm(word), referenceNormalize(word), word);
    assert.equal(again.forms[last - i], referenceNormalize(word), word);
    assert.deepEqual([again.lower[last - i], again.cased[last - i], again.suffix3[last - i], again.shape[last - i]], referenceRow(word).filter((_, j) => [0, 1, 4, 8].includes(j)), word);
    const row = [table.lower[i], table.cased[i], table.suffix1[i], table.suffix2[i], table.suffix3[i], table.suffix4[i], table.prefix1[i], table.prefix3[i], table.shape[i]];
    assert.deepEqual(row, referenceRow(word), `hashes of ${JSON.stringify(word)}`);
  });
});

test('hashFeature is the documented mix (so template tables and direct calls agree)', () => {
  assert.equal(hashFeature(1, 12345), hashFeature(1, 12345, 0, 0));
  assert.notEqual(hashFeature(18, 7, 9), hashFeature(18, 9, 7));
  assert.equal(hashFeature(36, -5, 3, 201), 0x60d71f6c | 0);
});

test('compiled template sets write hashFeature of their atoms, masked, for every template of every set', () => {
  const sets: FeatureTemplates[] = [PARSER_TEMPLATES, PARSER_MARKER_TEMPLATES, PARSER_CLUSTER_TEMPLATES, LABEL_TEMPLATES, LABEL_CLUSTER_TEMPLATES,
    TAGGER_TEMPLATES, LOOKAHEAD_TEMPLATES, TAGGER_CLUSTER_TEMPLATES, TAGGER_LEXICON_TEMPLATES];
  let seed = 3;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
  const atoms = new Int32Array(64);
  for (let trial = 0; trial < 50; trial++) {
    for (let i = 1; i < atoms.length; i++) atoms[i] = trial === 0 ? i : next(); // slot 0 stays 0
    for (const set of sets) {
      const out = new Int32Array(set.count + 2);
      const mask = trial % 2 ? 0xfffff : 0xffff;
      assert.equal(set.hash(atoms, mask, out, 2), set.count + 2);
      set.rows.forEach((r, i) => assert.equal(out[i + 2], hashFeature(r[0], atoms[r[1] ?? 0], atoms[r[2] ?? 0], atoms[r[3] ?? 0]) & mask, `template ${r[0]}`));
    }
  }
});

// Tags, heads and labels of every EWT dev word by the shipped model, hashed. Speed work must leave it
// unchanged; a retrained model changes it (update it together with the model's README scores).
const DEV_PARSES_SHA256 = '907de2173f49b658';

test('the shipped model parses EWT dev exactly as recorded', { timeout: 120_000 }, () => {
  const model = shippedSyntaxModel();
  const lines = dev.map((s) => {
    const { tags, state } = model.analyzeWords(s.words);
    return Array.from(s.words, (_, i) => `${tags[i]}/${state.heads[i]}/${state.labels[i]}`).join(' ');
  });
  assert.equal(createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16), DEV_PARSES_SHA256);
});

test('a model file trained with other feature templates is refused with the file named', { timeout: 60_000 }, () => {
  const raw = gunzipSync(readFileSync(MODEL_URL));
  const newline = raw.indexOf(10, raw.indexOf(10) + 1);
  const manifest = JSON.parse(raw.subarray(raw.indexOf(10) + 1, newline).toString('utf8'));
  const head = Buffer.from(`${raw.subarray(0, raw.indexOf(10) + 1).toString('utf8')}${JSON.stringify({ ...manifest, features: 12345 })}\n`, 'utf8');
  const altered = gzipSync(Buffer.concat([head, raw.subarray(newline + 1)]), { level: 1 });
  assert.throws(() => decodeModel(altered, 'other-templates.bin.gz'), /other-templates\.bin\.gz: trained with other feature templates/);
  assert.doesNotThrow(() => decodeModel(gzipSync(raw, { level: 1 }), 'same.bin.gz'));
});
