import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CAPACITY } from '../../src/nlp/syntax/form-cache.ts';
import { shippedSyntaxModel } from '../../src/nlp/syntax/index.ts';
import type { SyntaxModel } from '../../src/nlp/syntax/syntax-model.ts';
import { TokenTable } from '../../src/nlp/syntax/token-table.ts';
import { plainParse as plainParseOf } from './plain-path.ts';

// The run-time parser keeps the row sums of the templates that read one word alone, by the word's spelling
// and tag, from sentence to sentence (word-move-sums.ts). A spelling read with two tags in one sentence shares
// one slot, and the shared form cache gives a row to another spelling when it starts over: neither may change
// a parse.

/** Heads and labels by the plain path (test/nlp/plain-path.ts), on the given tags. */
const plainParse = (model: SyntaxModel, words: readonly string[], tags: Uint8Array) => plainParseOf(model, words, tags).join(' ');

function runTimeParse(model: SyntaxModel, words: readonly string[]): { tags: Uint8Array; parse: string } {
  const { tags, state } = model.analyzeWords(words);
  return { tags: tags.slice(0, words.length), parse: words.map((_, i) => `${state.heads[i]}/${state.labels[i]}`).join(' ') };
}

// each sentence has a spelling the tagger reads with two tags (a subordinator and a determiner, a verb and a noun)
const twoTags = [
  { words: 'Officials said that that plan would fail .', word: 'that' },
  { words: 'The minister said that that decision was final and that the talks would resume .', word: 'that' },
  { words: 'Police use tear gas and defend the use of force .', word: 'use' },
  { words: 'Soldiers who fire at protesters set a fire near the station .', word: 'fire' },
].map((s) => ({ ...s, words: s.words.split(' ') }));

test('a spelling read with two tags in one sentence: parsed as the plain path parses it', { timeout: 120_000 }, () => {
  const model = shippedSyntaxModel();
  for (const { words, word } of twoTags) {
    const { tags, parse } = runTimeParse(model, words);
    const read = new Set(words.flatMap((w, i) => (w === word ? [tags[i]] : [])));
    assert.ok(read.size > 1, `"${word}" read with two tags in: ${words.join(' ')}`);
    assert.equal(parse, plainParse(model, words, tags), words.join(' '));
  }
});

test('a batch across the form cache starting over: parsed as the plain path parses it', { timeout: 120_000 }, () => {
  const model = shippedSyntaxModel();
  const news = ['Troops shelled the border town overnight , the army said .', 'The envoy met rebel leaders in Doha on Monday .'].map((s) => s.split(' '));
  for (const words of news) model.analyzeWords(words); // their spellings' sums are kept
  const generation = new TokenTable(model.tagger.clusters).formCache.generation;
  const filler: string[][] = [];
  for (let s = 0; s * 100 < CAPACITY + 5000; s++) filler.push(Array.from({ length: 100 }, (_, i) => `${i % 3 === 0 ? 'Qv' : 'qv'}${s}y${i}${i % 4 === 0 ? 'ed' : ''}`));
  const batch = [...news, ...filler.slice(0, 3), ...filler, ...news];
  const got: string[] = [], tagsOf: Uint8Array[] = [];
  model.analyzeMany(batch, (k, tags, state) => {
    tagsOf[k] = tags.slice(0, batch[k].length);
    got[k] = batch[k].map((_, i) => `${state.heads[i]}/${state.labels[i]}`).join(' ');
  });
  assert.ok(new TokenTable(model.tagger.clusters).formCache.generation > generation, 'the form cache started over');
  for (const k of [0, 1, 2, 3, 4, batch.length - 3, batch.length - 2, batch.length - 1]) assert.equal(got[k], plainParse(model, batch[k], tagsOf[k]), batch[k].slice(0, 8).join(' '));
  // and after it, one sentence at a time (the rows of the news words now hold other spellings)
  for (const words of news) assert.equal(runTimeParse(model, words).parse, plainParse(model, words, runTimeParse(model, words).tags));
});
