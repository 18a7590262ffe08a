import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { Event } from '../../src/schema/event.ts';

// In-article event coreference through the whole coder: a lead and the sentences that restate or
// elaborate it become one event listing every mention; distinct occasions stay distinct.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'c', text, published: '2024-03-14', title: null });
const sentences = (text: string) => text.split(/(?<=\.) /);

// [class, text, type, actor code of the merged record]: every sentence of the text is one mention of it
const ONE_EVENT: ReadonlyArray<readonly [string, string, string, string]> = [
  ['lead + elaboration', 'Al-Shabab militants attacked an army base in Somalia on Tuesday. The militants stormed the base at dawn.', 'ASSAULT', 'al-shabaab'],
  ['lead + elaboration', 'Protesters marched in Khartoum on Thursday. The protesters marched to the presidential palace in Khartoum.', 'PROTEST', 'SDNOPP'],
  ['lead + elaboration', 'Israeli police arrested 20 protesters in Jerusalem on Friday. The police arrested the protesters near the main square, a spokesman said.', 'COERCE', 'ISRCOP'],
  ['lead + elaboration', 'Boko Haram fighters attacked the town of Konduga on Sunday. The Boko Haram fighters burned homes and a market in Konduga, residents said.', 'ASSAULT', 'boko-haram'],
  ['thing target, same head noun', 'Taliban fighters attacked a police checkpoint in Kandahar on Monday. The fighters overran the checkpoint after a gunbattle.', 'ASSAULT', 'taliban'],
  ['thing target, same head noun', 'Houthi rebels shelled a Saudi border post on Friday. The rebels hit the post with mortars, officials said.', 'ASSAULT', 'houthis'],
  ['pronoun actor', 'Russia accused Ukraine of terrorism on Monday. It accused Kyiv of attacking a power plant in Kursk.', 'ACCUSE', 'RUS'],
  ['pronoun actor', 'The army arrested three journalists in Bamako on Monday. It arrested them at their office.', 'COERCE', 'MLIMIL'],
  ['pronoun actor', 'Hamas fired rockets at Israel on Saturday. The group fired the rockets from northern Gaza.', 'ASSAULT', 'hamas'],
  ['agentless restatement', 'Houthi rebels attacked Saudi troops on Monday. Two Saudi soldiers were killed in the attack on Monday.', 'ASSAULT', 'houthis'],
  ['agentless restatement', 'Turkish drones struck Kurdish fighters in northern Syria on Wednesday. Kurdish fighters were hit near Kobani.', 'ASSAULT', 'TURMIL'],
  ['agentless restatement', 'Police detained opposition activists in Minsk on Sunday. The activists were detained outside parliament in Minsk.', 'COERCE', 'BLRCOP'],
];

for (const [kind, text, type, actor] of ONE_EVENT) {
  test(`coreference, ${kind}: ${text}`, () => {
    const events = code(text).filter((e) => e.type === type);
    assert.equal(events.length, 1, `${events.length} ${type} events`);
    const [e] = events;
    assert.equal(e.actor?.code, actor);
    assert.deepEqual(e.mentions?.map((m) => m.sentence), sentences(text));
    assert.ok(e.rules.includes('refiner:coreference'));
    // every field points into the text at the words it came from, whichever mention stated them
    for (const m of e.mentions ?? []) assert.equal(text.slice(m.trigger.span[0], m.trigger.span[1]), m.trigger.text);
    for (const ref of [e.actor, e.target]) if (ref) assert.equal(text.slice(ref.span[0], ref.span[1]), ref.text);
    if (e.date?.span) assert.equal(text.slice(e.date.span[0], e.date.span[1]), e.date.text);
    if (e.location?.span) assert.equal(text.slice(e.location.span[0], e.location.span[1]), e.location.text);
    assert.ok(e.mentions?.some((m) => m.span[0] === e.evidence.span[0]), 'the evidence is one of the mentions');
    assert.ok(Event.safeParse(e).success);
  });
}

// [class, text, type, events expected]: two occasions of the same kind of act
const DISTINCT: ReadonlyArray<readonly [string, string, string, number]> = [
  ['two days', 'Russian forces shelled Kharkiv on Monday. Russian forces shelled Kharkiv on Wednesday.', 'ASSAULT', 2],
  ['two days', 'Israeli jets struck Rafah on Sunday. Israeli jets struck Rafah on Tuesday, killing five people.', 'ASSAULT', 2],
  ['two towns', 'Police arrested protesters in Lagos on Friday. Police arrested protesters in Abuja on Friday.', 'COERCE', 2],
  ['another occasion', 'Pakistani troops fired on Indian posts in Kashmir on Monday. Pakistani troops fired on Indian posts again on Tuesday.', 'ASSAULT', 2],
  ['another occasion', 'The Taliban attacked a checkpoint in Kandahar. The Taliban also attacked a checkpoint in Helmand.', 'ASSAULT', 2],
  ['another occasion', 'Boko Haram attacked Konduga on Sunday. Boko Haram attacked another village near Maiduguri.', 'ASSAULT', 2],
];

for (const [kind, text, type, n] of DISTINCT) {
  test(`no coreference, ${kind}: ${text}`, () => {
    const events = code(text).filter((e) => e.type === type);
    assert.equal(events.length, n);
    // no mention crosses into another sentence (a participle of the same sentence may join its event)
    for (const e of events) assert.ok(e.mentions?.every((m) => m.sentence === e.evidence.sentence));
  });
}

// [text, type, triggers of the one event]: two triggers of one sentence that state one act
const ONE_SENTENCE: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['Israeli troops shelled Hamas positions in Gaza on Monday, and three Hamas fighters were killed.', 'ASSAULT', ['shelled', 'killed']],
  ['Boko Haram fighters killed 30 villagers in a raid on Konduga on Saturday.', 'ASSAULT', ['killed 30 villagers', 'raid']],
  ['Russian forces struck Ukrainian positions near Bakhmut on Monday, and Ukrainian troops were killed.', 'ASSAULT', ['struck', 'killed']],
  ['Gunmen killed five policemen in an ambush on a police convoy in Zamfara on Tuesday.', 'ASSAULT', ['killed five policemen', 'ambush']],
];

for (const [text, type, triggers] of ONE_SENTENCE) {
  test(`coreference, two triggers in one sentence: ${text}`, () => {
    const events = code(text).filter((e) => e.type === type);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0].mentions?.map((m) => m.trigger.text), triggers);
  });
}

// [text, type, events]: one sentence, two acts (other targets, other actors)
const ONE_SENTENCE_TWO_ACTS: ReadonlyArray<readonly [string, string, number]> = [
  ['US forces attacked militia positions in Iraq and later killed an Iranian general in Baghdad.', 'ASSAULT', 2],
  ['Militants attacked a police station in Kano and later killed a district official.', 'ASSAULT', 2],
  ['Soldiers raided a rebel camp near Goma and later killed two militia leaders.', 'ASSAULT', 2],
  ['Gunmen stormed a police post in Zamfara and afterwards killed the local chief.', 'ASSAULT', 2],
  ['Police detained 40 protesters in Tehran and arrested two journalists in Isfahan.', 'COERCE', 2],
  ['Hamas fired rockets at Israel on Monday, and Israeli jets bombed Gaza.', 'ASSAULT', 2],
  ['Rebels shelled the army base and the army shelled rebel positions in Idlib.', 'ASSAULT', 2],
];

for (const [text, type, n] of ONE_SENTENCE_TWO_ACTS) {
  test(`no coreference, one sentence with two acts: ${text}`, () => {
    assert.equal(code(text).filter((e) => e.type === type).length, n);
  });
}

test('every coded event lists its mentions, one at least, starting with its own sentence when alone', () => {
  const text = 'Iran threatened to attack US bases in Iraq on Monday. Police detained 40 protesters in Tehran on Tuesday.';
  const events = code(text);
  assert.equal(events.length, 2);
  for (const e of events) assert.deepEqual(e.mentions, [{ sentence: e.evidence.sentence, span: e.evidence.span, trigger: e.trigger, provenance: e.provenance }]);
  // mentions sits right after evidence, as in the schema: a stored record reads the same after validation
  assert.deepEqual(Object.keys(events[0]), Object.keys(Event.parse(events[0])));
});
