import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Who says so (src/provenance): each class of construction that names the source of a reported act, on
// sentences written for this file. A row: [class, sentence, type, a participant fragment that picks the event,
// the source's text (or "outlet"), certainty].
const coder = createCoder(loadKnowledge());
const who = (a: Event['actor'] | Event['target']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();
const sourceOf = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);

type Row = readonly [string, string, string, string, string, string];
const ROWS: Row[] = [
  // provenance:trailing-speaker: the noun phrase between the last comma and a closing reporting verb
  ['trailing-speaker', 'Gunmen attacked a police station in Kano on Monday, killing three officers, witnesses said.', 'ASSAULT', 'station', 'witnesses', 'claimed'],
  ['trailing-speaker', 'Rebels shelled the airport in Goma overnight, aid workers say.', 'ASSAULT', 'airport', 'aid workers', 'claimed'],
  ['trailing-speaker', 'Four soldiers were wounded when militants ambushed a convoy near Gao on Friday, officials said.', 'ASSAULT', 'convoy', 'officials', 'claimed'],
  ['trailing-speaker', 'Police fired tear gas at students in Dhaka on Tuesday, local journalists reported.', 'ASSAULT', 'students', 'local journalists', 'claimed'],
  // provenance:unknown-speaker: a common noun no gazetteer knows speaks too
  ['unknown-speaker', 'Witnesses said gunmen stormed a church in Kaduna on Sunday.', 'ASSAULT', 'church', 'Witnesses', 'claimed'],
  ['unknown-speaker', 'Doctors say the army shelled a clinic in Idlib on Tuesday.', 'ASSAULT', 'clinic', 'Doctors', 'claimed'],
  ['unknown-speaker', 'Shopkeepers in the market told reporters that soldiers beat protesters in Harare.', 'ASSAULT', 'protesters', 'Shopkeepers in the market', 'claimed'],
  // nested reporting: the innermost speaker's frame opens last and wins over a trailing outer one
  ['nested-innermost', 'Kenya is accusing Somali militants of killing two police officers near Mandera, Reuters reported.', 'ASSAULT', 'officers', 'Kenya', 'alleged'],
  ['nested-innermost', 'The ministry said rebels attacked a convoy in Tessalit, state television reported.', 'ASSAULT', 'convoy', 'ministry', 'claimed'],
  ['nested-innermost', 'Ukraine says Russian drones struck a power plant in Odesa, the agency reported on Monday.', 'ASSAULT', 'plant', 'Ukraine', 'claimed'],
];

for (const [kind, sentence, type, pick, source, certainty] of ROWS) {
  test(`${kind}: ${sentence}`, () => {
    const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
    const e = events.find((x) => x.type === type && (who(x.target).includes(pick) || who(x.actor).includes(pick)));
    assert.ok(e, JSON.stringify(events.map((x) => `${x.type} ${who(x.actor)} > ${who(x.target)}`)));
    assert.equal(sourceOf(e), source, e.rules.join(','));
    assert.equal(e.provenance.certainty, certainty, e.rules.join(','));
  });
}

// Not a trailing speaker: a pronoun after the comma is left to anaphora, and a reduced relative clause
// ("an amnesty the government says ...") reports nothing about the act before it
test('trailing speaker needs a noun phrase after a comma', () => {
  const events = coder.code({ id: 't', text: 'The army freed 20 prisoners in Yangon as part of an amnesty the government says is aimed at unity.', published: '2024-05-10', title: null });
  for (const e of events) assert.equal(sourceOf(e), 'outlet', e.rules.join(','));
});
