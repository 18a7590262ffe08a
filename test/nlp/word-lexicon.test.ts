import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseConllu } from '../../src/nlp/syntax/conllu.ts';
import { decodeModel, encodeModel, featureSignature } from '../../src/nlp/syntax/model-codec.ts';
import { TAGGER_LEXICON_TEMPLATES } from '../../src/nlp/syntax/tagger-features.ts';
import { Tagger } from '../../src/nlp/syntax/tagger.ts';
import { TokenTable } from '../../src/nlp/syntax/token-table.ts';
import { trainSyntaxModel } from '../../src/nlp/syntax/train.ts';
import { winkLexicon } from '../../src/nlp/syntax/wink-lexicon.ts';
import { WordClusters } from '../../src/nlp/syntax/word-clusters.ts';
import { NO_LEXICON_CLASS, WordLexicon } from '../../src/nlp/syntax/word-lexicon.ts';

// The tagger's lexicon (word-lexicon.ts): what tags a word can have, from the wink English model's 81k
// forms, read by the tagger as one class per word; a model trained with it carries it in its file.
const ENTRIES = [
  ['attack', 'NOUN', ['NOUN', 'VERB']], ['strike', 'NOUN', ['NOUN', 'VERB']], ['reinstated', 'VERB', ['VERB']],
  ['US', 'PROPN', ['PROPN']], ['us', 'PRON', ['PRON']], ['1990s', 'NOUN', ['NOUN']],
] as const;
const CLASSES = WordClusters.parse('hamas\t0\t0\t0\nkilled\t1\t1\t1\n', 'classes.tsv');

test('spellings of one form share a class: the lowercase spelling\'s likely tag, the union of the tag sets', () => {
  const lexicon = WordLexicon.fromEntries(ENTRIES);
  const name = (w: string) => lexicon.classNames[lexicon.classOf.get(w)!];
  assert.equal(name('us'), 'PRON:PRON PROPN');
  assert.equal(name('attack'), 'NOUN:NOUN VERB');
  assert.equal(lexicon.classOf.get('attack'), lexicon.classOf.get('strike'));
  assert.equal(name('0000s'), 'NOUN:NOUN'); // digits normalised as the tagger's forms are
  const back = WordLexicon.fromJSON(lexicon.toJSON());
  assert.deepEqual([...back.classOf].sort(), [...lexicon.classOf].sort());
  assert.deepEqual(back.classNames, lexicon.classNames);
});

test('the token table reads each word\'s class; a word the lexicon lacks gets NO_LEXICON_CLASS', () => {
  const lexicon = WordLexicon.fromEntries(ENTRIES);
  const table = new TokenTable(CLASSES.withLexicon(lexicon));
  table.fill(['US', 'troops', 'reinstated', 'the', 'Attack']);
  const id = (w: string) => lexicon.classOf.get(w)!;
  assert.deepEqual([...table.lexicon.subarray(0, 5)], [id('us'), NO_LEXICON_CLASS, id('reinstated'), NO_LEXICON_CLASS, id('attack')]);
  assert.equal(new TokenTable(CLASSES).clusters?.lexicon, null);
});

test('the wink lexicon knows the common words of news, not the names', { timeout: 60_000 }, () => {
  const lexicon = winkLexicon();
  const name = (w: string) => lexicon.classNames[lexicon.classOf.get(w) ?? -1];
  assert.ok(lexicon.classOf.size >= 50_000, `${lexicon.classOf.size} forms`);
  assert.match(name('attack'), /^NOUN:.*\bVERB\b/);
  assert.match(name('reinstated'), /^VERB:/);
  assert.match(name('unprecedented'), /^ADJ:ADJ$/);
  assert.match(name('that'), /SCONJ/);
  for (const w of ['london', 'obama', 'hezbollah_']) assert.equal(lexicon.classOf.get(w), undefined, w);
});

test('a model trained with the lexicon keeps it in its file, reads it as features and tags the same after reloading', { timeout: 170_000 }, () => {
  const treebank = new URL('../../../shared/ud-ewt/', import.meta.url);
  const train = parseConllu(readFileSync(new URL('en_ewt-ud-train.conllu', treebank), 'utf8'), 'train').slice(0, 150);
  const lexicon = WordLexicon.fromEntries(ENTRIES);
  const header = { treebank: 'UD English EWT', commit: '-', licence: '-', trainingDataSha256: '-', trainingCodeSha256: '-', trainedAt: '-' };
  const options = {
    taggerEpochs: 1, taggerBits: 14, taggerTwoPass: 1, parserEpochs: 1, parserBits: 15, labelBits: 12, jackknife: 0, exploreFrom: 1, explore: 0.9, seed: 11, clusters: 1, lexicon: 1,
  };
  const model = trainSyntaxModel(train, options, header, undefined, undefined, CLASSES.withLexicon(lexicon));
  assert.notEqual(featureSignature(true, 0, true), featureSignature(true, 0, false));
  assert.ok(TAGGER_LEXICON_TEMPLATES.count >= 5);
  // Without lexicon: 1 the same classes train a tagger that does not read it.
  assert.equal(trainSyntaxModel(train.slice(0, 20), { ...options, lexicon: 0 }, header, undefined, undefined, CLASSES.withLexicon(lexicon)).tagger.clusters?.lexicon, null);
  const reloaded = decodeModel(encodeModel(model), 'round trip');
  assert.equal(reloaded.tagger.clusters?.lexicon?.classOf.get('reinstated'), lexicon.classOf.get('reinstated'));
  const words = ['The', 'US', 'reinstated', 'the', 'attack', 'order', '.'];
  const tags = [...model.analyzeWords(words).tags.subarray(0, words.length)];
  assert.deepEqual([...reloaded.analyzeWords(words).tags.subarray(0, words.length)], tags);
  assert.throws(() => trainSyntaxModel(train.slice(0, 5), options, header, undefined, undefined, CLASSES), /lexicon: 1 needs/);
  // The same weights reading another lexicon (every word "reinstated"-like) tag some words otherwise.
  const { tagger } = reloaded;
  const everyWordAVerb = WordLexicon.fromEntries(train.flatMap((s) => s.words.map((w) => [w, 'VERB', ['VERB']] as const)));
  const other = new Tagger(tagger.model, tagger.tagNames, tagger.dictionary, tagger.second, CLASSES.withLexicon(everyWordAVerb));
  const tagAll = (t: Tagger) => train.map((s) => {
    const table = new TokenTable(t.clusters);
    table.fill(s.words);
    const out = new Uint8Array(s.words.length);
    t.tag(table, out);
    return [...out].join(' ');
  });
  const before = tagAll(tagger), after = tagAll(other);
  assert.ok(before.some((line, i) => line !== after[i]), 'the lexicon changed no tag');
});
