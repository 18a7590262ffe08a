import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { prenominalParticiple } from '../../src/extract/prenominal-participle.ts';
import { TreeView, type DependencyTree } from '../../src/extract/tree-roles/index.ts';
import type { Token } from '../../src/nlp/types.ts';

// A past participle before its noun ("supporters of jailed opposition leader X", "the detained activists") describes
// the noun: the subject of the sentence did not do it, and nobody is named as doing it
// (src/extract/prenominal-participle.ts: the participle's `amod`, or a subjectless clause misread after a `det`/`case`).
// Sentences written for this test.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, the participle, the actor it must not get]
const PARTICIPLES: Array<[string, string, string]> = [
  ['Thousands of supporters of jailed opposition leader Ousmane Sonko marched in Dakar on Friday.', 'jailed', 'supporters'],
  ['Opposition supporters of abducted Nigerian schoolgirls protested outside the parliament in Abuja on Tuesday.', 'abducted', 'Opposition supporters'],
  ['Belarusian opposition lawyers for the detained activists demanded their release in Minsk on Monday.', 'detained', 'Belarusian opposition lawyers'],
  ['Kenyan police arrested relatives of jailed opposition leader Raila Odinga in Nairobi on Monday.', 'jailed', 'Kenyan police'],
  ['Families of imprisoned journalists rallied outside the court in Istanbul on Thursday.', 'imprisoned', 'Families'],
  ['Relatives of the kidnapped aid workers gathered outside the ministry in Bamako on Sunday.', 'kidnapped', 'Relatives'],
];

for (const [text, participle, notActor] of PARTICIPLES) {
  test(`a participle before its noun names no actor — "${text}"`, () => {
    const events = code(text);
    const labels = events.map((e) => `${e.type} ${e.actor?.text ?? '—'} "${e.trigger.text}"`).join(' | ');
    assert.ok(events.length > 0, 'no event');
    for (const e of events.filter((x) => x.trigger.text.startsWith(participle))) assert.equal(e.actor, null, labels);
    // the sentence's own act keeps its subject
    assert.ok(events.some((e) => e.actor?.text.endsWith(notActor) && !e.trigger.text.startsWith(participle)) || events.every((e) => e.actor?.text !== notActor), labels);
  });
}

test('a participle after "by" or in a verb phrase still has its subject ("police detained activists")', () => {
  const events = code('Police detained activists in Minsk on Monday.');
  assert.ok(events.some((e) => e.type === 'COERCE' && e.actor?.text === 'Police'), events.map((e) => `${e.type} ${e.actor?.text}`).join(' | '));
});

// The rule on hand-built trees (a retrained parser cannot change what is tested): src/extract/prenominal-participle.ts
function view(words: string[], heads: number[], labels: string[], upos: string[]): TreeView {
  const tokens = words.map((w, i) => ({ index: i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase().replace(/e?d$/, ''), pos: upos[i], start: i, end: i + 1, sentence: 0 })) as Token[];
  const tree: DependencyTree = { offset: 0, heads: Int32Array.from(heads), labels, upos };
  return new TreeView(tree, tokens);
}

// [reading, words, heads, labels, upos, the trigger, the noun it describes or null]
const TREES: Array<[string, string[], number[], string[], string[], number, number | null]> = [
  ['`amod` of the noun after it', ['the', 'detained', 'activists', 'rallied'], [2, 2, 3, -1], ['det', 'amod', 'nsubj', 'root'], ['DET', 'VERB', 'NOUN', 'VERB'], 1, 2],
  ['`amod` after "of"', ['families', 'of', 'abducted', 'girls', 'marched'], [4, 3, 3, 0, -1], ['nsubj', 'case', 'amod', 'nmod', 'root'], ['NOUN', 'ADP', 'VERB', 'NOUN', 'VERB'], 2, 3],
  ['misread as a clause opened by "of", its object the noun', ['supporters', 'of', 'jailed', 'critic', 'Navalny', 'marched'], [5, 5, 5, 2, 3, -1], ['nsubj', 'mark', 'csubj', 'obj', 'flat', 'root'], ['NOUN', 'ADP', 'VERB', 'NOUN', 'PROPN', 'VERB'], 2, 3],
  ['a verb with its own subject misread as `amod` is the clause', ['police', 'arrested', 'relatives'], [1, 2, -1], ['nsubj:pass', 'amod', 'root'], ['NOUN', 'VERB', 'NOUN'], 1, null],
  ['a clause misread with its object as the root: the subject hangs on the noun', ['UN', 'delivered', 'food'], [2, 2, -1], ['nsubj', 'amod', 'root'], ['PROPN', 'VERB', 'NOUN'], 1, null],
  ['a verb after a bare subject misread as `amod`', ['troops', 'shelled', 'rebel', 'positions'], [-1, 3, 3, 0], ['root', 'amod', 'compound', 'obj'], ['NOUN', 'VERB', 'NOUN', 'NOUN'], 1, null],
  ['a name misread as a `compound` before the participle is its subject', ['the', 'United', 'Nations', 'imposed', 'sanctions'], [2, 2, 4, 4, -1], ['det', 'amod', 'compound', 'amod', 'root'], ['DET', 'ADJ', 'PROPN', 'VERB', 'NOUN'], 3, null],
  ['a noun misread as a `compound` before the participle is its subject', ['the', 'army', 'detained', 'activists'], [3, 3, 3, -1], ['det', 'compound', 'amod', 'root'], ['DET', 'NOUN', 'VERB', 'NOUN'], 2, null],
  ['a name with its own compound misread the same way', ['Kenyan', 'police', 'arrested', 'protesters'], [1, 3, 3, -1], ['amod', 'compound', 'amod', 'root'], ['ADJ', 'NOUN', 'VERB', 'NOUN'], 2, null],
  ['inside the phrase after a number', ['two', 'abducted', 'girls', 'escaped'], [2, 2, 3, -1], ['nummod', 'amod', 'nsubj', 'root'], ['NUM', 'VERB', 'NOUN', 'VERB'], 1, 2],
  ['the sentence verb', ['police', 'detained', 'activists'], [1, -1, 1], ['nsubj', 'root', 'obj'], ['NOUN', 'VERB', 'NOUN'], 1, null],
  ['an -ing form acts', ['the', 'attacking', 'forces', 'withdrew'], [2, 2, 3, -1], ['det', 'amod', 'nsubj', 'root'], ['DET', 'VERB', 'NOUN', 'VERB'], 1, null],
  ['"by" opens an agent, not a modified noun', ['seized', 'by', 'armed', 'men'], [-1, 3, 3, 0], ['root', 'case', 'amod', 'obl'], ['VERB', 'ADP', 'ADJ', 'NOUN'], 0, null],
];
for (const [reading, words, heads, labels, upos, trigger, noun] of TREES) {
  test(`prenominalParticiple on the tree — ${reading}`, () => {
    assert.equal(prenominalParticiple(view(words, heads, labels, upos), trigger), noun);
  });
}
