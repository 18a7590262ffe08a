import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A paragraph that opens with its setting ("In August near Kabul, ...") dates and places the acts its later
// sentences tell without a time or place of their own; a blank line ends it. A demonym before "contractors"
// names the country's people (data/lexicon/nationals.tsv), so killing them is a political act.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string, published: string) => coder.code({ id: 'x', text, published, title: null });

const LEAD = 'Taliban fighters attacked an army base in Helmand on Monday, officials said.\n\n';
const CASES: Array<[string, string, string, string, string]> = [
  // [paragraph, published, trigger of the later act, its date, its place]
  ['In August near Kabul, three attacks within 24 hours left 30 people dead. One of the attacks killed two soldiers. Another killed three American contractors.',
    '2015-12-22', 'killed', '2015-08', 'Kabul'],
  ['In March near Mosul, Islamic State fighters stormed a checkpoint. The militants also killed four Iraqi soldiers.',
    '2017-06-10', 'killed', '2017-03', 'Mosul'],
  ['On Friday in Kandahar, the Taliban ambushed a police convoy. The insurgents later killed three Afghan policemen.',
    '2019-05-20', 'killed', '2019-05-17', 'Kandahār'],
];

for (const [paragraph, published, trigger, date, place] of CASES) {
  test(`paragraph setting — "${paragraph.slice(0, 60)}…"`, () => {
    const text = LEAD + paragraph;
    const last = code(text, published).filter((e) => e.trigger.text.startsWith(trigger) && e.evidence.span[0] > text.lastIndexOf('. ', text.length - 3));
    assert.equal(last.length, 1, 'the last sentence is an event');
    assert.equal(last[0].date?.value, date);
    assert.equal(last[0].location?.name, place);
    assert.ok(last[0].rules.includes('place:paragraph-setting'), 'place:paragraph-setting recorded');
  });
}

test('a blank line ends the setting: the next paragraph takes none of it', () => {
  const text = `${LEAD}In August near Kabul, militants stormed a checkpoint.\n\nThe militants later killed three American contractors.`;
  const last = code(text, '2015-12-22').find((e) => e.trigger.text.startsWith('killed'));
  assert.ok(last, 'an event');
  assert.ok(!last.rules.includes('place:paragraph-setting'));
});

test('killing contractors of a named nationality is an act on that country\'s people', () => {
  for (const text of ['Gunmen killed two Turkish contractors near the dam on Monday.', 'Militants kidnapped three Chinese contractors in the north on Sunday.', 'The rebels freed two Indian contractors on Friday.']) {
    const events = code(text, '2024-05-10');
    assert.ok(events.some((e) => e.target?.code?.endsWith('BUS')), `${text}: ${events.map((e) => e.target?.code).join(',')}`);
  }
});
