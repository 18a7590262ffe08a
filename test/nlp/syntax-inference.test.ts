import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parseConllu } from '../../src/nlp/syntax/conllu.ts';
import { shippedSyntaxModel } from '../../src/nlp/syntax/index.ts';
import { decodeModel, encodeModel } from '../../src/nlp/syntax/model-codec.ts';
import type { SyntaxModel } from '../../src/nlp/syntax/syntax-model.ts';
import { trainSyntaxModel } from '../../src/nlp/syntax/train.ts';
import { winkLexicon } from '../../src/nlp/syntax/wink-lexicon.ts';
import { WordClusters } from '../../src/nlp/syntax/word-clusters.ts';
import { plainParse, plainTags } from './plain-path.ts';

// A loaded (16-bit) model tags and parses through tagger-inference.ts and parser-inference.ts, which
// score the features of one word ahead of the left-to-right walk. They must give what the plain
// per-token and per-move scoring (the training path, `Tagger.pass` and `Parser.bestMove`) gives,
// token for token, with and without word classes, one sentence at a time and in batches.
const treebank = new URL('../../../shared/ud-ewt/', import.meta.url);
const dev = parseConllu(readFileSync(new URL('en_ewt-ud-dev.conllu', treebank), 'utf8'), 'dev');

/** Tags, heads and labels by the plain path (test/nlp/plain-path.ts). */
function plainAnalysis(model: SyntaxModel, words: readonly string[]): string {
  const tags = plainTags(model, words);
  const parse = plainParse(model, words, tags);
  return words.map((_, i) => `${tags[i]}/${parse[i]}`).join(' ');
}

function lines(tags: Uint8Array, heads: Int32Array, labels: Int32Array, n: number): string {
  return Array.from({ length: n }, (_, i) => `${tags[i]}/${heads[i]}/${labels[i]}`).join(' ');
}

function assertSameAsPlain(model: SyntaxModel, sentences: readonly (readonly string[])[]): void {
  const plain = sentences.map((words) => plainAnalysis(model, words));
  sentences.forEach((words, k) => {
    const { tags, state } = model.analyzeWords(words);
    assert.equal(lines(tags, state.heads, state.labels, words.length), plain[k], words.join(' '));
  });
  for (let from = 0; from < sentences.length; from += 25) {
    model.analyzeMany(sentences.slice(from, from + 25), (k, tags, state) => {
      assert.equal(lines(tags, state.heads, state.labels, sentences[from + k].length), plain[from + k], sentences[from + k].join(' '));
    });
  }
}

test('the shipped model: the run-time path parses EWT dev as the plain path does', { timeout: 120_000 }, () => {
  assertSameAsPlain(shippedSyntaxModel(), [...dev.map((s) => s.words), [], ['.'], ['Hamas', 'said']]);
});

test('a model with word classes, the wink lexicon and case-marker templates: the same parses both ways after quantising', { timeout: 170_000 }, () => {
  const train = parseConllu(readFileSync(new URL('en_ewt-ud-train.conllu', treebank), 'utf8'), 'train').slice(0, 300);
  const classesUrl = new URL('../../data/models/word-clusters.tsv.gz', import.meta.url);
  const clusters = WordClusters.parse(gunzipSync(readFileSync(classesUrl)).toString('utf8'), classesUrl.pathname).withLexicon(winkLexicon());
  const header = { treebank: 'UD English EWT', commit: '-', licence: '-', trainingDataSha256: '-', trainingCodeSha256: '-', trainedAt: '-' };
  const trained = trainSyntaxModel(train, {
    taggerEpochs: 2, taggerBits: 14, taggerTwoPass: 1, parserEpochs: 2, parserBits: 15, labelBits: 12, jackknife: 0, exploreFrom: 1, explore: 0.9, seed: 11, clusters: 1, markerTemplates: 1, lexicon: 1,
  }, header, undefined, undefined, clusters);
  const model = decodeModel(encodeModel(trained), 'round trip');
  assert.ok(model.tagger.clusters?.lexicon);
  assert.equal(model.header.options.markerTemplates, 1);
  assertSameAsPlain(model, dev.slice(0, 500).map((s) => s.words));
});
