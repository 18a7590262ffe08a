import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { Event, type Provenance } from '../../src/schema/event.ts';
import { ACTOR_MENTION_SOURCE, MAIN_MENTION_SOURCE } from '../../src/provenance/merged-attribution.ts';

// One real event told in two sentences (src/core/coreference.ts): every mention keeps its own provenance, and the
// record's is chosen by src/provenance/merged-attribution.ts. Texts written for this file. A row: [class, text,
// the record's source (or "outlet"), its certainty, the sources of its mentions in text order].
const coder = createCoder(loadKnowledge());
const sourceOf = (p: Provenance | undefined) => (p === undefined ? 'none' : p.source === 'outlet' ? 'outlet' : p.source.text);

type Row = readonly [string, string, string, string, readonly string[]];
const ROWS: Row[] = [
  // the lead is a report: the main mention's speaker is named, the lead's certainty stays
  ['main-mention-source', 'The ministry said rebels attacked a convoy near Tessalit. A driver said rebels ambushed the convoy near Tessalit on Monday, killing three soldiers.',
    'A driver', 'claimed', ['ministry', 'A driver', 'A driver']],
  ['main-mention-source', 'Officials said the Taliban attacked a checkpoint in Kunduz. A police spokesman said Taliban fighters overran the checkpoint in Kunduz on Friday, killing six policemen.',
    'police spokesman', 'claimed', ['Officials', 'police spokesman', 'police spokesman']],
  ['main-mention-source', 'The army said militants attacked a base in Gao. Residents said jihadists overran the army base in Gao on Tuesday, killing ten soldiers.',
    'Residents', 'claimed', ['army', 'Residents', 'Residents']],
  // a hedged lead ("reportedly") whose source is named later: the source is named, the report stays unconfirmed
  ['main-mention-source', 'Al-Shabab fighters reportedly attacked a military base in Somalia. A police officer said al-Shabab fighters overran the military base in Baidoa on Friday, killing ten soldiers.',
    'police officer', 'alleged', ['outlet', 'police officer', 'police officer']],
  ['main-mention-source', 'Rebels reportedly seized a town near the border. A trader told VOA that rebels took control of the town of Kuda on Monday.',
    'A trader', 'alleged', ['outlet', 'A trader']],
  // the main mention names no actor: the mention that names who did it speaks (here the perpetrator's own claim)
  ['actor-mention-source', 'A police official said four soldiers were killed Monday in a bomb attack in Kandahar. The Taliban took credit for the attack.',
    'Taliban', 'claimed', ['police official', 'Taliban']],
  ['actor-mention-source', 'A hospital official said 12 people were killed in a suicide bombing in Mogadishu on Friday. Al-Shabab claimed the bombing.',
    'Al-Shabab', 'claimed', ['hospital official', 'Al-Shabab']],
  ['actor-mention-source', 'Officials said three policemen were killed in a roadside bombing in Peshawar on Sunday. The Pakistani Taliban assumed responsibility for the bombing.',
    'Pakistani Taliban', 'claimed', ['Officials', 'Pakistani Taliban']],
  // the lead is the outlet's own fact: a later sentence quoting someone on it does not make it a claim
  ['outlet-lead-stays', 'The Taliban attacked a checkpoint in Kunduz. A police spokesman said Taliban fighters overran the checkpoint in Kunduz on Friday, killing six policemen.',
    'outlet', 'asserted', ['outlet', 'police spokesman', 'police spokesman']],
  ['outlet-lead-stays', 'Militants attacked an army base in Gao. Residents said jihadists overran the army base in Gao on Tuesday, killing ten soldiers.',
    'outlet', 'asserted', ['outlet', 'Residents', 'Residents']],
  ['outlet-lead-stays', 'Al-Shabab fighters attacked a military base in Baidoa. A police officer said the fighters overran the military base in Baidoa on Friday, killing ten soldiers.',
    'outlet', 'asserted', ['outlet', 'police officer', 'police officer']],
];

for (const [kind, text, source, certainty, mentionSources] of ROWS) {
  test(`${kind}: ${text}`, () => {
    const events = coder.code({ id: 't', text, published: '2024-05-10', title: null }).filter((e) => e.type === 'ASSAULT');
    const e = events.find((x) => (x.mentions?.length ?? 0) >= 2);
    assert.ok(e, `the two sentences are one event: ${JSON.stringify(events.map((x) => x.trigger.text))}`);
    assert.deepEqual(e.mentions?.map((m) => sourceOf(m.provenance)), mentionSources, 'every mention keeps its own source');
    assert.equal(sourceOf(e.provenance), source, e.rules.join(','));
    assert.equal(e.provenance.certainty, certainty, e.rules.join(','));
    // the rule id says when the source is not the lead's, and why
    for (const id of [MAIN_MENTION_SOURCE, ACTOR_MENTION_SOURCE]) assert.equal(e.rules.includes(id), id === `provenance:${kind}`, e.rules.join(','));
    // the record's provenance and certainty rule ids are those of the mentions its attribution came from
    if (source === 'outlet') assert.ok(!e.rules.some((r) => r.startsWith('provenance:')), e.rules.join(','));
    // the source's offsets point at its words
    if (e.provenance.source !== 'outlet') assert.equal(text.slice(...e.provenance.source.span), e.provenance.source.text);
    // the per-mention provenance is part of the schema: a stored record validates and keeps it
    assert.deepEqual(Event.parse(JSON.parse(JSON.stringify(e))).mentions, e.mentions);
  });
}

test('an event told once carries its own provenance as its one mention', () => {
  for (const text of ['Witnesses said gunmen stormed a church in Kaduna on Sunday.', 'Police fired tear gas at students in Dhaka on Tuesday.', 'Kenya is accusing Somali militants of killing two police officers near Mandera.']) {
    const events = coder.code({ id: 't', text, published: '2024-05-10', title: null });
    assert.ok(events.length > 0, text);
    for (const e of events) assert.deepEqual(e.mentions?.map((m) => m.provenance), [e.provenance], text);
  }
});
