import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { createCoder } from '../../src/core/index.ts';

// Actors from the imported Phoenix/PETRARCH2 dictionaries (data/actors/petrarch/), read on the article's date.
const kb = loadKnowledge();
const codeOf = (text: string, name: string, published: string) =>
  findActorPhrases(analyze(text), normalizeWithMap(text), kb, published).find((p) => p.text.includes(name))?.code;
const codes = (text: string, published: string) =>
  findActorPhrases(analyze(text), normalizeWithMap(text), kb, published).filter((p) => p.rule.startsWith('actor:')).map((p) => p.code);

// Mohammad Najibullah: Afghanistan's president 1987-1992, a former official (AFGELI) otherwise.
const DATED: Array<[string, string, string]> = [
  ['before office', '1985-06-01', 'AFGELI'],
  ['in office', '1990-06-01', 'AFGGOV'],
  ['after office: a former president is not the government', '2000-06-01', 'AFGELI'],
];
for (const [name, date, code] of DATED) {
  test(`dictionary actor, ${name}`, () => {
    assert.equal(codeOf('Mohammad Najibullah met the envoys.', 'Najibullah', date), code);
    assert.equal(codeOf('The radio said President Mohammad Najibullah would travel to Moscow.', 'Najibullah', date), code);
    assert.equal(codeOf('Rebels said they would never negotiate with Mohammad Najibullah.', 'Najibullah', date), code);
  });
}

test('dictionary agents: a noun our roles.tsv has keeps our row', () => {
  assert.equal(kb.agents?.lookup('fishermen')[0]?.source, 'data/actors/petrarch/agents.tsv');
  assert.equal(kb.roles.lookup('farmers')[0]?.source, 'data/actors/roles.tsv');
  assert.equal(kb.roles.lookup('farmers').length, 1);
});

test('dictionary actor: our own entry wins where we have the name (dates to 2026, office titles)', () => {
  const lavrov = kb.actors.lookup('Sergey Lavrov');
  assert.ok(lavrov.length > 0);
  assert.ok(lavrov.every((e) => e.source === 'data/actors/people.json'));
  // a dictionary-only spelling of one of our people points to our entry too
  assert.ok(kb.actors.lookup('Russian Foreign Minister Sergey Lavrov').every((e) => e.source === 'data/actors/people.json'));
});

// Sector nouns from Phoenix.agents.txt combine with the country before them.
// (each noun is one data/actors/roles.tsv lacks)
const AGENTS: Array<[string, string]> = [
  ['Sudanese peasants blocked the main road.', 'SDNAGR'],
  ['Turkish fishermen protested at the port.', 'TURAGR'],
  ['Iraqi constables fired into the air.', 'IRQCOP'],
  ['Nigerian herdsmen crossed the river.', 'NGAAGR'],
];
for (const [text, code] of AGENTS) {
  test(`dictionary agent with a country: ${text}`, () => {
    assert.equal(codes(text, '2020-04-02')[0], code);
  });
}

// Alone, an imported sector noun is an ordinary word of news ("the village", "employees"): no actor, so the
// event keeps the participant our rules find. Our roles.tsv nouns still take the story's country, inferred.
const coder = createCoder(kb);
const ALONE: Array<[string, string]> = [
  ['Russian troops occupied the village of Novoekonomichne near the border.', 'village'],
  ['The company fired 600 employees on Monday.', 'employees'],
  ['Israel called up thousands of reservists.', 'reservists'],
];
for (const [text, noun] of ALONE) {
  test(`dictionary agent alone is no actor: ${noun}`, () => {
    assert.equal(codeOf(text, noun, '2020-04-02'), undefined);
  });
}

test('a country word before a role noun: the issue\'s own example, Iraqi police → IRQCOP, stated', () => {
  const events = coder.code({ id: 't', text: 'Iraqi police arrested two men in Baghdad on Monday.', published: '2020-04-02', title: null });
  assert.equal(events[0]?.actor?.code, 'IRQCOP');
  assert.equal(events[0]?.actor?.basis, 'stated');
});

// An imported plural police or armed agent alone ("constables", "arsonists", only in Phoenix.agents.txt) takes
// its country from the story (here the event's place), and says the country was inferred.
const AGENTS_ALONE: Array<[string, string]> = [
  ['Constables arrested two protesters in Basra, Iraq, on Monday, officials said.', 'IRQCOP'],
  ['Constables detained three opposition activists in Harare, Zimbabwe, on Tuesday.', 'ZWECOP'],
  ['Arsonists attacked a church in Jos, Nigeria, on Sunday, police said.', 'NGACRM'],
];
for (const [text, code] of AGENTS_ALONE) {
  test(`dictionary agent without a country, from the story, inferred: ${text}`, () => {
    const actor = coder.code({ id: 't', text, published: '2020-04-02', title: null })[0]?.actor;
    assert.equal(actor?.code, code);
    assert.equal(actor?.basis, 'inferred');
  });
}

test('a bare role of ours takes the story\'s country, inferred', () => {
  const events = coder.code({ id: 't', text: 'Farmers attacked a police station in Nakuru, Kenya, on Monday, police said.', published: '2020-04-02', title: null });
  const actor = events.find((e) => e.actor?.code?.endsWith('AGR'))?.actor;
  assert.equal(actor?.code, 'KENAGR');
  assert.equal(actor?.basis, 'inferred');
});
