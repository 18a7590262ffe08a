import { test } from 'node:test';
import assert from 'node:assert/strict';
import { purposeClause } from '../../src/extract/tree-clauses/purpose-clause.ts';
import { isOpenQuestion } from '../../src/extract/tree-clauses/open-question.ts';
import { TreeView } from '../../src/extract/tree-roles/tree-view.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Token } from '../../src/nlp/types.ts';

// Clause readers of src/extract/tree-clauses (purpose, open question) on hand-built parses of sentences written for this
// file, as the tree-repair tests: a token is "word/UPOS/head/label" (head -1: the root).
const lexicon = loadKnowledge().lexicon;
function view(spec: string): { view: TreeView; at: (word: string) => number } {
  const parts = spec.split(' ').map((t) => t.split('/'));
  const tokens = parts.map(([w, upos], i) => ({ index: i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), pos: upos, start: i, end: i + 1, sentence: 0 })) as Token[];
  const tree = { offset: 0, heads: Int32Array.from(parts.map((p) => Number(p[2]))), labels: parts.map((p) => p[3]), upos: parts.map((p) => p[1]) };
  return { view: new TreeView(tree, tokens), at: (word) => tokens.findIndex((t) => t.text === word) };
}

// [case, parse, the verb asked about, is it inside a purpose clause]
const CASES: Array<[string, string, string, boolean]> = [
  ['an infinitive hung on the last name of a list inside an act noun\'s phrase', 'Violence/NOUN/1/nsubj rose/VERB/-1/root after/ADP/4/case an/DET/4/det offensive/NOUN/1/obl by/ADP/6/case Chad/PROPN/4/nmod and/CCONJ/8/cc Niger/PROPN/6/conj to/PART/10/mark retake/VERB/8/acl towns/NOUN/10/obj',
    'retake', true],
  ['an infinitive hung on the name after "by"', 'Residents/NOUN/1/nsubj fled/VERB/-1/root before/ADP/4/case a/DET/4/det push/NOUN/1/obl by/ADP/6/case Kenya/PROPN/4/nmod to/PART/8/mark capture/VERB/6/acl the/DET/10/det port/NOUN/8/obj',
    'capture', true],
  ['an infinitive hung on a two-word name', 'Fighting/NOUN/1/nsubj grew/VERB/-1/root during/ADP/4/case a/DET/4/det campaign/NOUN/1/obl by/ADP/7/case South/PROPN/7/compound Sudan/PROPN/4/nmod to/PART/9/mark seize/VERB/7/acl oilfields/NOUN/9/obj',
    'seize', true],
  ['an infinitive on a name that is the subject is no purpose of a noun', 'Kenya/PROPN/1/nsubj sent/VERB/-1/root Haiti/PROPN/3/nsubj to/PART/4/mark fight/VERB/1/ccomp', 'fight', false],
];

for (const [name, spec, verb, inside] of CASES) {
  test(`purpose clause — ${name}`, () => {
    const { view: v, at } = view(spec);
    assert.equal(purposeClause(v, at(verb), lexicon) !== null, inside);
  });
}

// [case, parse, the verb asked about, is it inside a question the sentence leaves open]
const QUESTIONS: Array<[string, string, string, boolean]> = [
  ['"clear" tagged a verb, the question its xcomp', 'It/PRON/4/nsubj was/AUX/4/cop not/PART/4/advmod immediately/ADV/4/advmod clear/VERB/-1/root how/ADV/6/advmod many/ADJ/7/amod rebels/NOUN/9/obj troops/NOUN/9/nsubj killed/VERB/4/xcomp',
    'killed', true],
  ['"unclear" with a "whether" xcomp', 'It/PRON/2/nsubj remained/VERB/-1/root unclear/ADJ/1/xcomp whether/SCONJ/5/mark police/NOUN/5/nsubj detained/VERB/2/xcomp anyone/PRON/5/obj', 'detained', true],
  ['"not known" with a "how" xcomp', 'It/PRON/3/nsubj:pass is/AUX/3/aux:pass not/PART/3/advmod known/VERB/-1/root how/ADV/5/advmod many/ADJ/7/nsubj:pass were/AUX/7/aux:pass wounded/VERB/3/xcomp', 'wounded', true],
  ['an infinitive xcomp is no question', 'Troops/NOUN/1/nsubj tried/VERB/-1/root to/PART/3/mark storm/VERB/1/xcomp the/DET/5/det town/NOUN/3/obj', 'storm', false],
];

for (const [name, spec, verb, open] of QUESTIONS) {
  test(`open question — ${name}`, () => {
    const { view: v, at } = view(spec);
    assert.equal(isOpenQuestion(v, at(verb)), open);
  });
}
