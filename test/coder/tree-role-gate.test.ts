import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { participantsOf } from '../../src/core/participants.ts';
import type { Token } from '../../src/nlp/types.ts';
import type { ActorPhrase } from '../../src/resolve/types.ts';
import type { SentenceContext } from '../../src/extract/context.ts';
import { TreeView, type DependencyTree } from '../../src/extract/tree-roles/index.ts';
import { treeVerbRoles } from '../../src/extract/tree-roles/tree-actors.ts';

// Whether an actor role is filled is read off the tree (docs/tree-roles.md, "The tree fills the role"): the
// subject the tree names fills the role on its own when both taggers agree on the verbs and the subject, even
// where the old token window saw none ("after Hamas held talks": the window took "after" for a preposition).
const coder = createCoder(loadKnowledge());
const code = (text: string, published = '2024-05-10') => coder.code({ id: 'x', text, published, title: null });
const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();

// [construction class, sentence, event type, expected actor (code or name fragment), an actor it must not be]
const CASES: Array<[string, string, string, string, string | null]> = [
  ['subject after a word that opens a clause', 'The deal was reached after Hamas held long talks with Egyptian mediators in Cairo.', 'CONSULT', 'hamas', null],
  ['subject after a word that opens a clause', 'Villagers fled after Boko Haram fighters attacked Gwoza on Monday.', 'ASSAULT', 'boko', 'villagers'],
  ['subject after a word that opens a clause', 'Markets closed early in Mogadishu after al-Shabab militants attacked a police station on Monday.', 'ASSAULT', 'al-shabaab', null],
  ['clause opener read as a preposition on the subject', 'Residents fled shortly before rebels stormed the town of Goma on Tuesday.', 'ASSAULT', 'rebels', 'residents'],
  ['"with" + noun + -ing clause (absolute construction)', 'A rally was held in Minsk on Sunday with protesters demanding the release of detained activists.', 'REQUEST', 'protesters', null],
  ['"with" + noun + -ing clause (absolute construction)', 'The summit opened in Doha with Qatar demanding the return of all captives.', 'REQUEST', 'QAT', null],
  ['"with" + noun + -ing clause (absolute construction)', 'Protesters marched through Khartoum on Sunday with students demanding the release of detained activists.', 'REQUEST', 'students', 'protesters'],
];

for (const [name, sentence, type, actor, notActor] of CASES) {
  test(`tree fills the role — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    const got = JSON.stringify(events.map((e) => `${e.actor?.text ?? '-'} [${e.rules.join(',')}]`));
    assert.ok(events.some((e) => who(e.actor).includes(actor.toLowerCase())), `no ${type} by ${actor} in ${got}`);
    if (notActor) assert.ok(!events.some((e) => who(e.actor).includes(notActor)), `${notActor} read as the actor in ${got}`);
  });
}

// A sentence with no date of its own continues the previous sentence's date only when that date lies in the
// story's time: not a plan after publication, not history years before it.
const DATE_CASES: Array<[string, string, string]> = [
  ['history years before publication', 'The alliance was founded in June 2005 by five states. Gunmen attacked a police post in Kano.', '2005'],
  ['history years before publication', 'The dam was built in March 1998. Rebels attacked the dam in Sennar province.', '1998'],
  ['a plan after publication', 'The vote will be held in 90 days. Troops attacked a rebel camp in Darfur.', '2024-08'],
];
for (const [name, text, wrong] of DATE_CASES) {
  test(`carried date — ${name}: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text).filter((e) => e.type === 'ASSAULT');
    assert.ok(events.length > 0, 'no ASSAULT');
    for (const e of events) assert.ok(!(e.date?.value ?? '').startsWith(wrong), `date ${e.date?.value} carried from ${wrong}`);
  });
}

test('a date of the story does carry to the next sentence', { timeout: 60_000 }, () => {
  const events = code('On Saturday, police barred the marches in Minsk. Rebels attacked a police post in Gomel.').filter((e) => e.type === 'ASSAULT');
  assert.ok(events.some((e) => e.date?.value === '2024-05-04'), JSON.stringify(events.map((e) => e.date)));
});

// A reciprocal act ("meet") by a plural or coordinated subject needs no object: every side is an actor.
const RECIPROCAL_CASES: Array<[string, string[]]> = [
  ['Rebel and government delegations met in Doha on Friday.', ['REB', 'GOV']],
  ['Sudanese army and RSF commanders met in Jeddah on Saturday.', ['SDNMIL', 'rapid']],
  ['Israeli and Palestinian negotiators met in Cairo on Sunday.', ['ISR', 'PSE']],
];
for (const [sentence, sides] of RECIPROCAL_CASES) {
  test(`reciprocal act with a plural subject — ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === 'CONSULT');
    const actors = events.flatMap((e) => participantsOf(e, 'actor'));
    for (const side of sides) assert.ok(actors.some((a) => who(a).includes(side.toLowerCase())), `no CONSULT by ${side} in ${JSON.stringify(actors.map((a) => a.code))}`);
  });
}

test('a single subject of "meet" with no object is still no event', { timeout: 60_000 }, () => {
  assert.deepEqual(code('The minister met in Paris on Monday.').filter((e) => e.type === 'CONSULT'), []);
});

// The tree fills a role alone only on a parse both taggers agree with (hand-built trees: no parser involved).
test('treeVerbRoles is sure only when both taggers read the verbs as verbs and the subject as a nominal', () => {
  const kb = loadKnowledge();
  const make = (subjectPos: string, verbPos: string) => {
    const words = ['militants', 'attacked', 'posts'];
    const pos = [subjectPos, verbPos, 'NOUN'];
    let at = 0;
    const tokens = words.map((w, i) => {
      const t = { index: i, text: w, lower: w, lemma: w, pos: pos[i], start: at, end: at + w.length, sentence: 0 } as Token;
      at += w.length + 1;
      return t;
    });
    const text = words.join(' ');
    const tree: DependencyTree = { offset: 0, heads: Int32Array.from([1, -1, 1]), labels: ['nsubj', 'root', 'obj'], upos: ['NOUN', 'VERB', 'NOUN'] };
    const phrase: ActorPhrase = { start: 0, end: 9, text: 'militants', name: 'militants', code: null, kind: 'role', plural: true, entry: null, locative: false, rule: 'test' };
    const view = new TreeView(tree, tokens);
    const ctx = { doc: { text, sentences: [], tokens }, sentence: { index: 0, start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 3 }, kb, phraseAt: new Map([[0, phrase]]), skip: new Set<number>(), tree: () => view } as SentenceContext;
    return treeVerbRoles(view, ctx, 1);
  };
  assert.equal(make('NOUN', 'VERB')?.sure, true);
  assert.equal(make('VERB', 'VERB')?.sure, false, 'the pipeline tags the subject as a verb');
  assert.equal(make('NOUN', 'NOUN')?.sure, false, 'the pipeline tags the verb as a noun');
});
