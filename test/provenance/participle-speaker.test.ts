import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// provenance:participle-speaker: ", saying ...", ", adding that ...", ", claiming ...": a reporting participle after a
// comma speaks for the subject of the sentence's main clause; what it says is that speaker's claim, also after a
// denial ("dismissed reports that ..., saying ...": the act after "saying" is claimed, not denied).
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const sourceOf = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);

// [sentence, type of the event the participle reports, its source, its certainty]
const ROWS: Array<[string, string, string, string]> = [
  ['The governor dismissed reports that the town had fallen, saying a counteroffensive was underway to recapture the town.', 'ASSAULT', 'The governor', 'claimed'],
  ['The defense ministry denied the base had been abandoned, saying troops were fighting to hold it.', 'ASSAULT', 'defense ministry', 'claimed'],
  ['The army rejected claims that it had withdrawn, adding that its soldiers had shelled rebel positions overnight.', 'ASSAULT', 'army', 'claimed'],
  ['Kenya closed its border with Somalia on Monday, saying al-Shabab fighters had attacked a police post near Mandera.', 'ASSAULT', 'Kenya', 'claimed'],
];

for (const [text, type, source, certainty] of ROWS) {
  test(`participle speaker: "${text}"`, () => {
    const e = code(text).find((x) => x.type === type && x.rules.includes('provenance:participle-speaker'));
    assert.ok(e, `a ${type} event reported by the participle`);
    assert.equal(sourceOf(e), source);
    assert.equal(e.provenance.certainty, certainty);
  });
}

// no comma, or no participle: the frames before stay as they were
test('participle speaker: a participle that modifies a noun reports nothing', () => {
  const events = code('A statement saying that rebels had shelled the town was read on state radio.');
  assert.ok(events.every((e) => !e.rules.includes('provenance:participle-speaker')));
});

// a reporting verb after a word that opens a clause ("after", "before", "since"), which the tagger reads as a
// preposition: the phrase right before the verb speaks (src/provenance/subordinate-speaker.ts)
const SUBORDINATE: Array<[string, string, string]> = [
  ['The ceasefire collapsed a day after senior Yemeni officials said Houthi fighters had shelled a border post.', 'ASSAULT', 'Yemeni officials'],
  ['The talks resumed hours after the Kenyan army said al-Shabab militants attacked a convoy near Lamu.', 'ASSAULT', 'the Kenyan army'],
  ['Markets fell sharply since Israeli officials said Hezbollah fired rockets at Haifa.', 'ASSAULT', 'Israeli officials'],
];
for (const [text, type, source] of SUBORDINATE) {
  test(`subordinate clause speaker: "${text}"`, () => {
    const e = code(text).find((x) => x.type === type);
    assert.ok(e, `a ${type} event`);
    assert.equal(sourceOf(e), source);
    assert.equal(e.provenance.certainty, 'claimed');
  });
}
