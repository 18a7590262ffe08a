import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { participantsOf } from '../../src/core/participants.ts';

// Headlines and wire leads in the present tense: a verb's -s form that is also a plural noun ("arrests", "strikes",
// "raids", "shells", "bans") right after its subject. The word tagger reads a noun; the coder parses again with the
// word a verb (src/extract/tree-repair/retag-verb.ts, HeldTags.canBeVerb for -s forms), counts the parse's verb
// reading (verb-reading.ts headlinePresent), and keeps the country apart from the name after the verb
// (resolve/actor-phrases.ts adjacent). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });
const names = (e: ReturnType<typeof code>[number], role: 'actor' | 'target') => participantsOf(e, role).map((p) => p.code ?? p.name).join('+');

const PRESENT: ReadonlyArray<readonly [string, string, string]> = [
  ['Iran arrests dozens of protesters in Zahedan.', 'COERCE', 'IRN'],
  ['Israel strikes Hezbollah targets in southern Lebanon.', 'ASSAULT', 'ISR'],
  ['Ukraine shells Russian positions near Donetsk.', 'ASSAULT', 'UKR'],
  ['Hamas releases three Thai hostages.', 'RETREAT', 'hamas'],
  ['The army raids rebel bases in the north.', 'ASSAULT', 'army'],
  ['Myanmar junta frees 5,000 prisoners.', 'RETREAT', 'MMR'],
  ["Turkey lifts veto on Sweden's NATO bid.", 'CONCEDE', 'TUR'],
];

for (const [sentence, type, actor] of PRESENT) {
  test(`present-tense verb: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence);
    assert.ok(events.some((e) => e.type === type && names(e, 'actor').toLowerCase().includes(actor.toLowerCase())), JSON.stringify(events.map((e) => [e.type, names(e, 'actor'), e.rules])));
  });
}

test('the country and the name after the verb are two participants', { timeout: 60_000 }, () => {
  const [e] = code('Israel strikes Hezbollah targets in southern Lebanon.');
  assert.equal(names(e, 'actor'), 'ISR');
  assert.equal(names(e, 'target'), 'hezbollah');
});

// plural nouns stay nouns: no subject of their own, or a determiner or possessor before them
const NOUNS: ReadonlyArray<readonly [string, number]> = [
  ['Police arrests in Dhaka continued on Sunday.', 1],
  ["Iran's attacks on shipping worried traders.", 1],
  ['The strikes on the port were the heaviest this year.', 0],
  ['Israel Defense Forces spokesmen gave no details.', 0],
];
for (const [sentence, n] of NOUNS) {
  test(`plural noun stays a noun: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence);
    assert.equal(events.length, n, JSON.stringify(events.map((e) => [e.type, names(e, 'actor'), e.rules])));
    // any event comes from a noun row, not a verb row read at the plural
    for (const e of events) assert.ok(!e.rules.some((r) => r.startsWith('pattern:data/patterns/verbs.tsv')), e.rules.join(','));
  });
}
