import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { parserTodo } from './parser-known-failures.ts';

// A hedge on the act makes it alleged; a hedge on its doer does not (src/core/hedged-act.ts,
// data/lexicon/clause-cues.tsv effects "hedge" and "suspicion"). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const who = (a: Event['actor'] | Event['target']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();

// [sentence, type, a target or actor fragment that picks the event, certainty]
const ROWS: Array<[string, string, string, string]> = [
  ['Officials said suspected Israeli air strikes killed six fighters near Damascus.', 'ASSAULT', 'fighters', 'alleged'],
  ['An apparent Russian missile strike hit a school in Kharkiv on Sunday.', 'ASSAULT', 'rus', 'alleged'],
  ['Two members of the militia became suspects in the killing of a police officer in Goma.', 'ASSAULT', 'officer', 'alleged'],
  // the doer is hedged, the act is stated
  ['Suspected Boko Haram militants attacked a village in Borno state on Monday.', 'ASSAULT', 'village', 'asserted'],
  ['Yemeni officials said suspected militants killed 13 soldiers at an army base.', 'ASSAULT', 'soldiers', 'claimed'],
];

for (const [sentence, type, pick, certainty] of ROWS) {
  test(`a hedge on the act, not on its doer: ${sentence}`, () => {
    const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
    const e = events.find((x) => x.type === type && (who(x.target).includes(pick) || who(x.actor).includes(pick)));
    assert.ok(e, JSON.stringify(events.map((x) => `${x.type} ${who(x.actor)} > ${who(x.target)}`)));
    assert.equal(e.provenance.certainty, certainty, e.rules.join(','));
  });
}

// Unattributed hearsay (src/provenance/frames.ts, provenance:hearsay): "reports said", "over reports that" make
// what they tell alleged; a named source claims; "report" as a verb after its subject is no hearsay noun.
const HEARSAY: Array<[string, string, string, string]> = [
  ['Separately, reports said a Taliban attack on a police post in Kunduz killed six officers.', 'ASSAULT', 'post', 'alleged'],
  ['The minister expressed concern on Monday over reports that Russian troops had shelled the town of Bakhmut.', 'ASSAULT', 'bakhmut', 'alleged'],
  ['Aid groups voiced alarm amid rumours that the army had bombed a camp near Goma.', 'ASSAULT', 'camp', 'alleged'],
  ['Officials report that the militants attacked a checkpoint near Gao on Monday.', 'ASSAULT', 'checkpoint', 'claimed'],
  ['The army confirmed reports that militants had attacked a checkpoint near Gao.', 'ASSAULT', 'checkpoint', 'claimed'],
  // opening the sentence, the tagger reads the capitalised noun as a name: still hearsay
  ['Reports said gunmen attacked a police station in Zamfara on Friday.', 'ASSAULT', 'station', 'alleged'],
  ['Reports say government troops shelled a market in Idlib on Tuesday.', 'ASSAULT', 'market', 'alleged'],
  ['Rumours said soldiers had raided a village near Butembo.', 'ASSAULT', 'village', 'alleged'],
];
for (const [sentence, type, pick, certainty] of HEARSAY) {
  test(`hearsay is alleged, a named source claims: ${sentence}`, parserTodo(sentence), () => {
    const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
    const e = events.find((x) => x.type === type && (who(x.target).includes(pick) || who(x.actor).includes(pick)));
    assert.ok(e, JSON.stringify(events.map((x) => `${x.type} ${who(x.actor)} > ${who(x.target)}`)));
    assert.equal(e.provenance.certainty, certainty, e.rules.join(','));
  });
}

test('"according to reports, two people died": the speaker ends at the comma', () => {
  const events = coder.code({ id: 't', text: 'According to reports, two people died after gunmen fired into the crowd in Port-au-Prince.', published: '2024-05-10', title: null });
  const e = events.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.provenance.certainty, 'claimed');
  // the words after "according to" are who says so (src/provenance/frames.ts), never the dead after the comma
  assert.notEqual(e.provenance.source, 'outlet');
  assert.equal(e.provenance.source === 'outlet' ? null : e.provenance.source.text, 'reports');
});

// a plan cue inside a participle clause set off by commas plans that clause's act, not the act after it
const PARENTHESES: Array<[string, string, string, string]> = [
  ['Kenyan police, trying to clear the road, fired live rounds at the protesters in Nairobi on Friday.', 'ASSAULT', 'protesters', 'asserted'],
  ['Police, seeking to disperse the crowd, fired tear gas at the protesters in Basra on Sunday.', 'ASSAULT', 'protesters', 'asserted'],
  ['Congolese soldiers, trying to retake the bridge, shelled rebel positions near Goma on Monday.', 'ASSAULT', 'positions', 'asserted'],
  ['The army is seeking to retake the town of Kole.', 'ASSAULT', 'kole', 'planned'],
];
for (const [sentence, type, pick, certainty] of PARENTHESES) {
  test(`a plan in a parenthesis plans only its own act: ${sentence}`, () => {
    const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
    const e = events.find((x) => x.type === type && (who(x.target).includes(pick) || who(x.actor).includes(pick)));
    assert.ok(e, JSON.stringify(events.map((x) => `${x.type} ${x.trigger.text} ${who(x.actor)} > ${who(x.target)}`)));
    assert.equal(e.provenance.certainty, certainty, e.rules.join(','));
  });
}
