import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { TraceDrop } from '../../src/core/trace.ts';
import type { Event } from '../../src/schema/event.ts';

// Two classes of the type and certainty work, on sentences written for this file:
//  - what talks are about is negotiated, not done (src/core/governed.ts, CONSULT over cooperative content);
//  - a government voice speaks for its state: the state's verbal act is its own, asserted (src/core/speaks-for.ts).
const drops: TraceDrop[] = [];
const coder = createCoder(loadKnowledge(), { trace: (d) => drops.push(d) });
const code = (text: string) => {
  drops.length = 0;
  return coder.code({ id: 't', text, published: '2024-05-10', title: null });
};
const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();
const show = (es: readonly Event[]) => JSON.stringify(es.map((e) => `${e.type} ${who(e.actor)} ${e.provenance.certainty} [${e.rules.join(',')}]`));

// [sentence, the negotiated act's words the trace must drop, the talks that stay]
const TOPICS: Array<[string, string]> = [
  ['The government has been holding talks on a peace deal with the rebels.', 'peace deal'],
  ['Sudan and South Sudan held talks in Addis Ababa on a prisoner exchange.', 'prisoner exchange'],
  ['Egypt and Sudan began negotiations on the withdrawal of troops from Halaib.', 'withdrawal'],
  ['Israel and Egypt held talks in Cairo on a cease-fire in Gaza.', 'cease-fire'],
];
for (const [sentence, topic] of TOPICS) {
  test(`what talks are about is not done: ${sentence}`, () => {
    const events = code(sentence);
    assert.deepEqual(events.map((e) => e.type), ['CONSULT'], show(events));
    assert.ok(drops.some((d) => d.reason === 'candidate:governed-by-CONSULT' && d.trigger.text.includes(topic)), JSON.stringify(drops));
  });
}

test('an act beside the talks, not their topic, stays', () => {
  const events = code('Kenya and Somalia met in Nairobi and signed a border agreement on Tuesday.');
  // (a signing is AGREE, coding guide rule 4, session 47)
  assert.ok(events.some((e) => e.type === 'AGREE' && who(e.actor).includes('ken')), show(events));
  const after = code('After talks in Doha, the Taliban released two American hostages.');
  assert.ok(after.some((e) => e.type === 'RETREAT'), show(after));
});

// [sentence, type, actor fragment, certainty]
const VOICES: Array<[string, string, string, string]> = [
  ['"Iran has demanded that the United States lift all sanctions," an Iranian government spokesman said.', 'REQUEST', 'irn', 'asserted'],
  ['"Turkey rejects the proposal," a Turkish government spokesman said on Monday.', 'REJECT', 'tur', 'asserted'],
  ['Ethiopia accepts the peace agreement with Eritrea, Prime Minister Abiy Ahmed said on Tuesday.', 'AGREE', 'eth', 'asserted'],
  // the speaker's own side, named after the speaker
  ['President Zelensky said his side will not take part in negotiations with Russia.', 'REJECT', 'his side', 'asserted'],
  ['The Iranian foreign minister said his government would not take part in talks with Washington.', 'REJECT', 'his government', 'asserted'],
  ['The Kremlin said Ukraine will not take part in the talks in Istanbul.', 'REJECT', 'ukr', 'claimed'],
  // another state's act told by a government voice stays that voice's claim
  ['A Russian foreign ministry spokeswoman said Ukraine had demanded that NATO supply more tanks.', 'REQUEST', 'ukr', 'claimed'],
  ['Iraqi officials said the United States had asked Baghdad to expel the militias.', 'REQUEST', 'usa', 'claimed'],
];
for (const [sentence, type, actor, certainty] of VOICES) {
  test(`a government voice speaks for its state: ${sentence}`, () => {
    const events = code(sentence);
    const e = events.find((x) => x.type === type && who(x.actor).includes(actor));
    assert.ok(e, show(events));
    assert.equal(e.provenance.certainty, certainty, show(events));
  });
}
