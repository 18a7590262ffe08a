import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounRetaggedTree, type NounLook } from '../../src/extract/tree-repair/retag-noun.ts';
import { parse } from './repair-cases.ts';

// A noun the tagger read as a preposition before a second preposition ("a rebel | post near"), on hand-built parses
// of sentences written for this file; the tagger and parser are stood in for (`margin`: the lead of the word's tag
// over NOUN; `again`: the parse with the word held to NOUN). Real-model sentences: test/coder/retag-verb.test.ts.
const PREPOSITIONS = new Set(['near', 'outside', 'past', 'of', 'to', 'from']);
const NOUNS = new Set(['post', 'round', 'station', 'out']);

function run(plain: string, margin: number, again: string | null) {
  const { tokens, tree } = parse(plain);
  const look: NounLook = {
    canBe: (i, tag) => (tag === 'NOUN' ? NOUNS.has(tokens[i].lower) : PREPOSITIONS.has(tokens[i].lower)),
    margin: () => margin,
    parse: () => {
      assert.ok(again, 'no second parse expected');
      return parse(again).tree;
    },
  };
  return { tokens, result: nounRetaggedTree(tree, tokens, look) };
}

const KEPT: ReadonlyArray<readonly [string, string, string]> = [
  ['an army post before "near"',
    'Rebels/NOUN/1/nsubj stormed/VERB/-1/root an/DET/3/det army/NOUN/1/obj post/ADP/6/case near/ADJ/6/amod Goma/PROPN/3/nmod',
    'Rebels/NOUN/1/nsubj stormed/VERB/-1/root an/DET/4/det army/NOUN/4/compound post/NOUN/1/obj near/ADP/6/case Goma/PROPN/4/nmod'],
  ['a police station before "outside"',
    'Gunmen/NOUN/1/nsubj torched/VERB/-1/root a/DET/3/det police/NOUN/1/obj station/ADP/6/case outside/ADV/6/advmod Kano/PROPN/3/nmod',
    'Gunmen/NOUN/1/nsubj torched/VERB/-1/root a/DET/4/det police/NOUN/4/compound station/NOUN/1/obj outside/ADP/6/case Kano/PROPN/4/nmod'],
  ['a second round before "of"',
    'Envoys/NOUN/1/nsubj began/VERB/-1/root a/DET/4/det second/ADJ/4/amod round/ADP/6/case of/ADP/6/case talks/NOUN/1/obj',
    'Envoys/NOUN/1/nsubj began/VERB/-1/root a/DET/4/det second/ADJ/4/amod round/NOUN/1/obj of/ADP/6/case talks/NOUN/4/nmod'],
];

for (const [name, plain, again] of KEPT) {
  test(`retag noun — ${name}`, { timeout: 10_000 }, () => {
    const { tokens, result } = run(plain, 15_000, again);
    assert.ok(result);
    const k = tokens.findIndex((t) => NOUNS.has(t.lower));
    assert.equal(result.tree.upos[k], 'NOUN');
    assert.equal(result.id, 'tree-repair:retag-noun');
    assert.ok(result.moved.has(k));
  });
}

const UNCHANGED: ReadonlyArray<readonly [string, string, number, string | null]> = [
  ['a confident preposition ("pulled out of")', 'Troops/NOUN/1/nsubj pulled/VERB/-1/root out/ADP/4/case of/ADP/4/case Gao/PROPN/1/obl', 90_000, null],
  ['a preposition after a verb ("marched up to")', 'Crowds/NOUN/1/nsubj marched/VERB/-1/root up/ADP/4/case to/ADP/4/case Kano/PROPN/1/obl', 10_000, null],
  ['a second parse that does not make the word a noun of its clause',
    'Rebels/NOUN/1/nsubj stormed/VERB/-1/root an/DET/3/det army/NOUN/1/obj post/ADP/6/case near/ADJ/6/amod Goma/PROPN/3/nmod', 15_000,
    'Rebels/NOUN/1/nsubj stormed/VERB/-1/root an/DET/3/det army/NOUN/1/obj post/NOUN/3/compound near/ADP/6/case Goma/PROPN/3/nmod'],
];

for (const [name, plain, margin, again] of UNCHANGED) {
  test(`retag noun — not: ${name}`, { timeout: 10_000 }, () => {
    assert.equal(run(plain, margin, again).result, null);
  });
}
