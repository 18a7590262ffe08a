import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { TreeView, type DependencyTree } from '../../src/extract/tree-roles/index.ts';
import { subjectNode } from '../../src/extract/tree-roles/subject-node.ts';
import { descriptionOf } from '../../src/extract/tree-clauses/index.ts';
import { isStatedOccurrence } from '../../src/core/stated-occurrence.ts';
import type { Token } from '../../src/nlp/types.ts';
import { parserTodo } from './parser-known-failures.ts';

// Tree readers that hold when a parser attaches a phrase elsewhere than the treebank would (they were
// checked when the word-class syntax model replaced the first one, see data/models/README.md):
//  - a relative clause hung from a verb still describes the nominal before its pronoun (subject-node.ts);
//  - "supporters of X" act for X's side, like "members of X" (participants.ts);
//  - a name the window read as the target, which the tree marks as a setting ("in northeastern Nigeria"),
//    gives way to the thing the verb acts on, which it codes (tree-targets.ts, inSetting);
//  - a time word read as a second subject is no subject (subject-node.ts);
//  - an -ing word before a noun after "during" classifies it, as amod too (tree-clauses/description.ts);
//  - an event noun whose verb also has a relative-pronoun subject is only described (core/stated-occurrence.ts).
// Sentences written for this test.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

function view(words: string[], heads: number[], labels: string[], upos: string[]): TreeView {
  const tokens = words.map((w, i) => ({ index: i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), pos: upos[i], start: i, end: i + 1, sentence: 0 })) as Token[];
  const tree: DependencyTree = { offset: 0, heads: Int32Array.from(heads), labels, upos };
  return new TreeView(tree, tokens);
}

test('a relative clause hung from a verb describes the nominal before its pronoun', () => {
  // soldiers shot at villagers Friday who had gathered at the market ("gathered" read as acl:relcl of "shot")
  const shot = view(['soldiers', 'shot', 'at', 'villagers', 'Friday', 'who', 'had', 'gathered'], [1, -1, 3, 1, 1, 7, 7, 1],
    ['nsubj', 'root', 'case', 'obl', 'obl:tmod', 'nsubj', 'aux', 'acl:relcl'], ['NOUN', 'VERB', 'ADP', 'NOUN', 'PROPN', 'PRON', 'AUX', 'VERB']);
  assert.equal(subjectNode(shot, 7)?.node, 3);
  // the army detained students , who marched to parliament ("marched" hung from "detained")
  const detained = view(['army', 'detained', 'students', ',', 'who', 'marched', 'to', 'parliament'], [1, -1, 1, 5, 5, 1, 7, 5],
    ['nsubj', 'root', 'obj', 'punct', 'nsubj', 'acl:relcl', 'case', 'obl'], ['NOUN', 'VERB', 'NOUN', 'PUNCT', 'PRON', 'VERB', 'ADP', 'NOUN']);
  assert.equal(subjectNode(detained, 5)?.node, 2);
  // police dispersed the farmers that blocked the highway ("blocked" hung from "dispersed")
  const dispersed = view(['police', 'dispersed', 'the', 'farmers', 'that', 'blocked', 'the', 'highway'], [1, -1, 3, 1, 5, 1, 7, 5],
    ['nsubj', 'root', 'det', 'obj', 'nsubj', 'acl:relcl', 'det', 'obj'], ['NOUN', 'VERB', 'DET', 'NOUN', 'PRON', 'VERB', 'DET', 'NOUN']);
  assert.equal(subjectNode(dispersed, 5)?.node, 3);
  // on a nominal it stays the nominal: the rebels , who stormed the town
  const group = view(['rebels', ',', 'who', 'stormed', 'town'], [-1, 3, 3, 0, 3], ['root', 'punct', 'nsubj', 'acl:relcl', 'obj'], ['NOUN', 'PUNCT', 'PRON', 'VERB', 'NOUN']);
  assert.equal(subjectNode(group, 3)?.node, 0);
});

// [sentence, event type, fragment of the expected actor (code, name or text, lowercase)]
const FOLLOWERS: Array<[string, string, string]> = [
  ['Supporters of Kizza Besigye marched through Kampala on Monday.', 'PROTEST', 'besigye'],
  ['Followers of Moqtada al-Sadr stormed the parliament building in Baghdad on Saturday.', 'ASSAULT', 'sadr'],
  ['Loyalists of Ouattara attacked a police station in Abidjan on Friday.', 'ASSAULT', 'ouattara'],
];

for (const [text, type, actor] of FOLLOWERS) {
  test(`a following acts for whom it follows — "${text}"`, { timeout: 60_000 }, () => {
    const events = code(text).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type}: ${code(text).map((e) => e.type).join(' ')}`);
    const named = events[0].actor ? [events[0].actor.code, events[0].actor.name, events[0].actor.text].join(' ').toLowerCase() : '';
    assert.ok(named.includes(actor), `actor ${named}`);
  });
}

// [sentence, expected target text]: the thing attacked, not the country or region it stands in
const SETTINGS: Array<[string, string]> = [
  ['Jihadists attacked a police post in northern Burkina Faso on Sunday.', 'a police post'],
  ['Gunmen attacked a village in southwestern Niger, killing 12 people.', 'a village'],
  ['Rebels stormed an army base in eastern Congo overnight.', 'an army base'],
];

for (const [text, target] of SETTINGS) {
  test(`a place the tree marks as a setting is not the target — "${text}"`, { timeout: 60_000 }, () => {
    const events = code(text).filter((e) => e.type === 'ASSAULT');
    assert.ok(events.length > 0, 'no ASSAULT');
    assert.equal(events[0].target?.text, target);
  });
}

test('a time word read as a second subject is passed over for the relative pronoun', () => {
  // troops fired at students Tuesday who marched ("Tuesday" and "who" both nsubj of "marched")
  const fired = view(['troops', 'fired', 'at', 'students', 'Tuesday', 'who', 'marched'], [1, -1, 3, 1, 6, 6, 3],
    ['nsubj', 'root', 'case', 'obl', 'nsubj', 'nsubj', 'acl:relcl'], ['NOUN', 'VERB', 'ADP', 'NOUN', 'PROPN', 'PRON', 'VERB']);
  assert.equal(subjectNode(fired, 6)?.node, 3);
  // police beat farmers overnight who blocked roads
  const beat = view(['police', 'beat', 'farmers', 'overnight', 'who', 'blocked', 'roads'], [1, -1, 1, 5, 5, 2, 5],
    ['nsubj', 'root', 'obj', 'nsubj', 'nsubj', 'acl:relcl', 'obj'], ['NOUN', 'VERB', 'NOUN', 'ADV', 'PRON', 'VERB', 'NOUN']);
  assert.equal(subjectNode(beat, 5)?.node, 2);
  // guards detained monks Saturday who prayed
  const detained = view(['guards', 'detained', 'monks', 'Saturday', 'who', 'prayed'], [1, -1, 1, 5, 5, 2],
    ['nsubj', 'root', 'obj', 'nsubj', 'nsubj', 'acl:relcl'], ['NOUN', 'VERB', 'NOUN', 'PROPN', 'PRON', 'VERB']);
  assert.equal(subjectNode(detained, 5)?.node, 2);
});

test('an -ing word before its noun after "during" classifies the noun, read as amod or compound', () => {
  const noStative = { stativeVerbs: new Set<string>() };
  const words = ['losses', 'during', 'fighting', 'season'];
  const upos = ['NOUN', 'ADP', 'VERB', 'NOUN'];
  assert.equal(descriptionOf(view(words, [-1, 3, 3, 0], ['root', 'case', 'amod', 'nmod'], upos), 2, noStative), 'adjective');
  assert.equal(descriptionOf(view(words, [-1, 3, 3, 0], ['root', 'case', 'compound', 'nmod'], upos), 2, noStative), 'modifier');
  // "curfews during campaigning hours": the same after "during"
  assert.equal(descriptionOf(view(['curfews', 'during', 'campaigning', 'hours'], [-1, 3, 3, 0], ['root', 'case', 'amod', 'nmod'], upos), 2, noStative), 'adjective');
  // after "of" an -ing word is a verb with its object: "accused the army of shelling villages"
  assert.equal(descriptionOf(view(['accused', 'of', 'shelling', 'villages'], [-1, 2, 0, 2], ['root', 'mark', 'amod', 'obj'], ['VERB', 'ADP', 'VERB', 'NOUN']), 2, noStative), null);
});

test('an event noun whose verb has a relative-pronoun subject after it is not stated to occur', () => {
  const verbs = new Map<string, 'active' | 'passive'>([['break out', 'active'], ['erupt', 'active'], ['take place', 'active']]);
  // The clashes, which erupted in May, have killed dozens ("clashes" and "which" both nsubj of "erupted")
  const erupted = view(['clashes', ',', 'which', 'erupt', 'in', 'May'], [3, 0, 3, -1, 5, 3], ['nsubj', 'punct', 'nsubj', 'root', 'case', 'obl'], ['NOUN', 'PUNCT', 'PRON', 'VERB', 'ADP', 'PROPN']);
  assert.equal(isStatedOccurrence(erupted, 0, verbs), false);
  // The protest, which took place on Friday, ...
  const took = view(['protest', ',', 'which', 'take', 'place'], [3, 0, 3, -1, 3], ['nsubj', 'punct', 'nsubj', 'root', 'obj'], ['NOUN', 'PUNCT', 'PRON', 'VERB', 'NOUN']);
  assert.equal(isStatedOccurrence(took, 0, verbs), false);
  // The riots, which broke out overnight, ...
  const broke = view(['riots', ',', 'which', 'break', 'out'], [3, 0, 3, -1, 3], ['nsubj', 'punct', 'nsubj', 'root', 'compound:prt'], ['NOUN', 'PUNCT', 'PRON', 'VERB', 'ADP']);
  assert.equal(isStatedOccurrence(broke, 0, verbs), false);
  // without the pronoun the clashes did erupt
  const plain = view(['clashes', 'erupt', 'in', 'May'], [1, -1, 3, 1], ['nsubj', 'root', 'case', 'obl'], ['NOUN', 'VERB', 'ADP', 'PROPN']);
  assert.equal(isStatedOccurrence(plain, 0, verbs), true);
});

// a family is not whom it is named by (session 16: "relatives of soldiers" are no army, "families of Boko Haram
// hostages" no Boko Haram): civilians of the place, the reading test/coder/roles-classes-16.test.ts holds
const FAMILIES: Array<[string, string, string]> = [
  ['Families of detained Reuters journalists protested outside the court in Yangon on Monday.', 'reuters', 'mmrcvl'],
  ['Relatives of jailed Hamas members rallied in Ramallah on Sunday.', 'hamas', 'psecvl'],
  ['Families of kidnapped Boko Haram hostages marched in Abuja on Friday.', 'boko', 'ngacvl'],
];

for (const [text, kin, actor] of FAMILIES) {
  test(`a family is not whom it is named by — "${text}"`, { timeout: 60_000, ...parserTodo(text) }, () => {
    const events = code(text).filter((e) => e.type === 'PROTEST');
    assert.ok(events.length > 0, 'no PROTEST');
    const named = events[0].actor ? [events[0].actor.code, events[0].actor.name, events[0].actor.text].join(' ').toLowerCase() : '';
    assert.ok(named.includes(actor) && !named.includes(kin), `actor ${named}`);
  });
}
