import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { articleAnalyzer } from '../../src/core/analyze-article.ts';
import { parseSentence } from '../../src/nlp/syntax/index.ts';
import { repairedTree } from '../../src/extract/tree-repair/index.ts';
import { coderPublishedOn, expectAll, expectCodes, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 44 classes of the tree, the tagger and headlines, each on texts written for this file, with negatives that
// must keep their reading. 9 June 2025 is a Monday. A headline is a single line with no final stop, coded as a text
// of its own.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const sourceOf = (text: string, trigger: string) => {
  const source = find(code(text), trigger).provenance.source;
  return typeof source === 'string' ? source : source.text;
};
// the words as the coder reads them: with the knowledge base's names, then parsed and repaired
const analyze = articleAnalyzer(loadKnowledge());
const treeOf = (text: string) => {
  const doc = analyze(text);
  return { doc, tree: repairedTree(parseSentence(doc, doc.sentences[0]), doc.tokens) };
};
const arcOf = (text: string, word: string) => {
  const { doc, tree } = treeOf(text);
  const at = doc.tokens.findIndex((t) => t.text === word), head = tree.heads[at - tree.offset];
  return `${tree.labels[at - tree.offset]} ${head < 0 ? 'ROOT' : doc.tokens[head].text}`;
};
const uposOf = (text: string, word: string) => {
  const { doc, tree } = treeOf(text);
  return tree.upos[doc.tokens.findIndex((t) => t.text === word) - tree.offset];
};

// "Army: 40 militants killed in raid", "Ruto: We will not negotiate with the protesters": a headline's opening noun
// phrase and its colon name who says what the clause after it tells, as "the army said ..." would, and the clause's
// "we" is that speaker; the outlet was the source and "we" nobody. The label must be an actor phrase of a speaking
// kind, or a place that names a government ("Kremlin:"); a country ("Sudan:" opens a topic), a capital's dateline
// ("NAIROBI:") and a page label ("Key points:") speak for nobody (provenance/colon-speaker.ts).
test('the label before a headline\'s colon is the source of what follows it', T, () => {
  for (const [text, trigger, source] of [
    ['Army: 40 militants killed in raid', 'killed', 'Army'],
    ['Kenyan police: Gunmen killed six farmers in Lamu', 'killed', 'Kenyan police'],
    ['Hamas: Israeli strikes killed 30 in Gaza', 'strikes', 'Hamas'],
    ['Rights group: Security forces detained 200 activists', 'detained', 'Rights group'],
    ['Kremlin: Ukrainian drones hit Moscow', 'hit', 'Kremlin'],
    ['The army: we killed 40 militants', 'killed', 'army'],
  ] as const) assert.equal(sourceOf(text, trigger), source, text);
});
expectCodes(code, 'the "we" after a headline\'s colon is the labelled speaker', [
  ['Ruto: We will not negotiate with the protesters', 'will not negotiate', 'KENGOV'],
]);
// "Report: Israel struck Iranian radar site": a report no one is named for, as a label, is hearsay (alleged, as "reports
// said ..."); an owner before it ("UN report:") is the source
test('a report before a headline\'s colon makes what follows hearsay, or its owner\'s word', T, () => {
  for (const text of ['Report: Israel struck Iranian radar site', 'Reports: Gunmen kidnapped 30 students in Kaduna', 'Report: Police detained the opposition leader in Dhaka']) {
    const e = code(text).find((x) => x.type === 'ASSAULT' || x.type === 'COERCE');
    assert.ok(e, text);
    assert.equal(e.provenance.certainty, 'alleged', text);
    assert.ok(e.rules.includes('provenance:hearsay'), text);
  }
  assert.equal(sourceOf('UN report: Sudanese troops killed 40 civilians in Darfur', 'killed'), 'UN');
});
test('a dateline, a country or a page label before a colon is no source', T, () => {
  for (const [text, trigger] of [
    ['NAIROBI: Police arrested 20 protesters on Monday.', 'arrested'],
    ['Nairobi: Police arrested 20 protesters', 'arrested'],
    ['MOSCOW: Ukrainian drones hit an oil depot', 'hit'],
    ['Key points: Israel struck Gaza overnight.', 'struck'],
  ] as const) assert.equal(sourceOf(text, trigger), 'outlet', text);
});

// "Said Abdullah was arrested", "He Lifeng met Scott Bessent", "Young urged calm", "May called for talks": a name
// that is also a common word (data/lexicon/common-word-names.tsv, now with "he", "young" and "may") opening the sentence
// was read as that word: a verb (reporting, with no speaker before it: the coder failed), a pronoun (the actor "He"),
// an adjective or a modal. It is the name before a family name the lexicon knows no other way (a modal so placed asks:
// "Will Ruto sign the bill?") and, as an adjective or a modal, before an inflected verb (nlp/common-word-names.ts).
expectAll(code, 'a common-word name opening the sentence is the name', [
  ['Said Abdullah was arrested in Mogadishu.', ['COERCE null > Said Abdullah']],
  ['Said Hassan was detained at the airport on Sunday.', ['COERCE null > Said Hassan']],
  ['Chinese Vice Premier He Lifeng met Scott Bessent in Geneva.', ['CONSULT Chinese Vice Premier He Lifeng > Scott Bessent']],
  ['He Lifeng, China\'s vice premier, met Treasury Secretary Scott Bessent in Geneva.', ['CONSULT He Lifeng > Treasury Secretary Scott Bessent']],
  ['China\'s vice premier He Lifeng arrived in Geneva on Saturday. He Lifeng met Scott Bessent on Sunday.', ['CONSULT He Lifeng > Scott Bessent']],
]);
test('a common-word name before an inflected verb is a proper noun; the common readings stay', T, () => {
  for (const [text, word] of [['Young urged calm after the riots.', 'Young'], ['May called for talks with the unions.', 'May'], ['Rich urged calm after the riots.', 'Rich']] as const) {
    assert.equal(uposOf(text, word), 'PROPN', text);
  }
  assert.equal(uposOf('Will Ruto sign the bill?', 'Will'), 'AUX');
  assert.equal(uposOf('Young people protested in Nairobi.', 'Young'), 'ADJ');
  assert.equal(uposOf('He met Ruto in Nairobi.', 'He'), 'PRON');
});
// a verb of saying opening its sentence has no speaker words before it (the speaker search read past the text's start)
expectAll(code, 'a sentence opened by a verb of saying is coded', [
  ['Said the minister: we will not negotiate.', ['REJECT']],
  ['Accused of plotting a coup, three officers were arrested.', ['COERCE null > officers']],
]);
expectAll(code, 'the common readings keep their coding', [
  ['Young people protested in Nairobi.', ['PROTEST people > null']],
  ['He met Ruto in Nairobi.', ['CONSULT He > Ruto']],
  ['Rich countries pledged aid to Sudan.', ['AGREE Rich countries > Sudan']],
]);

// "Protesters threw stones and police fired tear gas", "attacked a checkpoint and soldiers killed three of them": two
// clauses with subjects of their own read as one verb taking a clause whose subject is coordinated ("threw [stones and
// police] fired"), or the second verb as describing the first's object ("an army post ... killed five"); the first act
// lost its object, the second doer was a conjunct of it. After a verb that takes no bare clause, the object is the
// first verb's and the conjunct ending right before the second, inflected, verb its subject
// (tree-repair/object-read-as-subject.ts).
expectAll(code, 'each of two coordinated clauses is its own subject\'s act', [
  ['Protesters threw stones and police fired tear gas.', ['PROTEST Protesters > null', 'ASSAULT police > null']],
  ['Militants attacked a checkpoint and soldiers killed three of them.', ['ASSAULT Militants > a checkpoint', 'ASSAULT soldiers > them']],
  ['Insurgents attacked an army post and troops killed five of them.', ['ASSAULT Insurgents > an army post', 'ASSAULT troops > them']],
]);
test('the second clause\'s subject is its own verb\'s', T, () => {
  assert.equal(arcOf('Protesters threw stones and police fired tear gas.', 'stones'), 'obj threw');
  assert.equal(arcOf('Protesters threw stones and police fired tear gas.', 'police'), 'nsubj fired');
  assert.equal(arcOf('Protesters threw stones and police fired tear gas.', 'fired'), 'conj threw');
  assert.equal(arcOf('Youths threw petrol bombs and soldiers opened fire.', 'soldiers'), 'nsubj opened');
  assert.equal(arcOf('Insurgents attacked an army post and troops killed five of them.', 'troops'), 'nsubj killed');
  // a verb that takes a clause keeps it; a base form after a causative is no second clause
  assert.equal(arcOf('Officials said police and soldiers killed ten rebels.', 'police'), 'nsubj killed');
  assert.equal(arcOf('The rebels made the town and its people suffer.', 'people'), 'conj town');
});

// "Having seized the town, the rebels burned the market": an act done in a participle clause that opens the sentence
// ("Having ...", "After ...ing") is an act of its own of the main clause's subject, not one event with the main act
// (core/coordinated-acts.ts); a subject the parse listed with the participle's object ("the village, troops") is the
// main verb's, and so the participle's (tree-repair/opening-participle-clause.ts). A fronted clause that tells no act
// ("Armed with machetes", "Backed by drones", "With the capital surrounded") adds none.
expectAll(code, 'a fronted participle clause\'s act is its own event, of the main clause\'s subject', [
  ['Having seized the town, the rebels burned the market.', ['ASSAULT the rebels > the town', 'ASSAULT the rebels > the market']],
  ['Having arrested the mayor, police raided his office.', ['COERCE police > the mayor', 'COERCE police > his office']],
  ['Having shelled the village, troops stormed it.', ['ASSAULT troops > the village']],
  ['After seizing the airport, the rebels shelled the capital.', ['ASSAULT the rebels > the airport', 'ASSAULT the rebels > the capital']],
]);
expectNone('a fronted clause of manner or support adds no act', 'SUPPORT', ['Backed by drones, troops stormed the village.', 'Supported by air strikes, government forces retook the airport.']);
expectNone('a fronted clause of arms adds no act', 'MOBILIZE', ['Armed with machetes, the attackers killed nine people.']);
expectAll(code, 'the main clause after a fronted clause keeps its coding', [
  ['Armed with machetes, the attackers killed nine people.', ['ASSAULT the attackers > people']],
  ['With the capital surrounded, the rebels demanded talks.', ['REQUEST the rebels > null']],
]);

// "Israeli strike on Gaza school kills 12": a headline whose subject is a noun with its own phrase after it, the verb an
// -s present read as a noun ("school kills 12"), so the act noun's target ran over the verb and its count. Held to a
// verb, the parse hung it on the root noun as a modifier; a present -s form describes no noun, so it is the predicate
// with the root noun its subject, however far the noun stands (tree-repair/predicate-read-as-modifier.ts).
expectAll(code, 'a headline\'s -s verb after a long subject ends the target before it', [
  ['Israeli strike on Gaza school kills 12', ['ASSAULT Israeli > Gaza school']],
  ['Israeli strike on Nuseirat school kills 14', ['ASSAULT Israeli > Nuseirat school']],
  ['Israeli strike on Gaza tent camp kills 25', ['ASSAULT Israeli > Gaza tent camp']],
]);
expectAll(code, 'a verb read as one keeps its reading', [
  ['Israeli strike on Gaza school kills 12 people', ['ASSAULT Israeli > people']],
  ['Russian missile attack on Kyiv kills five', ['ASSAULT Russian > Kyiv']],
]);
