import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { EventDate } from '../../src/schema/event.ts';
import { datesFit } from '../../src/core/coreference-compatible.ts';

// When a later sentence restates the lead and when it tells an older act (src/core/coreference-compatible.ts),
// through the whole coder: [class, article, type, how many events of that type].
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'r', text, published: '2024-05-14', title: null });

const ROWS: ReadonlyArray<readonly [string, string, string, number]> = [
  // an indefinite thing target ("a village") fits the place a later sentence names ("the hamlet of Ogossagou")
  ['indefinite place + named place', 'Gunmen have attacked a village in central Mali, killing at least 20 people. Residents told reporters that the gunmen attacked the hamlet of Ogossagou before dawn on Sunday.', 'ASSAULT', 1],
  ['indefinite place + named place', 'Houthi rebels have attacked a port in western Yemen, officials said. Officials said the rebels attacked the port of Mokha with drones on Saturday.', 'ASSAULT', 1],
  ['indefinite place + named place', 'M23 rebels have seized a town in eastern Congo, the army said. A local official said the rebels seized the town of Bunagana on Monday.', 'ASSAULT', 1],
  // two indefinite places of different kinds stay two acts
  ['two indefinite places', 'Gunmen attacked a village in central Mali on Sunday. The gunmen attacked an army base near Mopti on Sunday.', 'ASSAULT', 2],
  // a hedged lead ("reportedly") is the outlet's report of a claim: the source's own account restates it
  ['hedged lead + source account', 'Ethiopian troops reportedly have recaptured a town in the Amhara region. A resident told reporters that Ethiopian forces took control of the town of Lalibela on Friday.', 'ASSAULT', 1],
  ['hedged lead + source account', 'Russian forces reportedly have seized a village in eastern Ukraine. A Ukrainian officer said that Russian troops seized the village of Krynky on Monday.', 'ASSAULT', 1],
  ['hedged lead + source account', 'Sudanese police reportedly have detained dozens of protesters in Khartoum. An activist said that Sudanese police detained the protesters on Saturday.', 'COERCE', 1],
  // the lead's day, inferred from the story, is not the day of an act stated months before: background stays apart
  ['inferred lead day + older stated act', 'Boko Haram fighters have attacked a village in Borno state, killing 12 people. The fighters attacked a village near Maiduguri in January, residents said.', 'ASSAULT', 2],
  ['inferred lead day + older stated act', 'Taliban insurgents have stormed a police post in Ghazni province, killing six officers. The insurgents stormed a police post in Kunduz in March.', 'ASSAULT', 2],
  ['inferred lead day + older stated act', 'Militants have attacked a village in Borno state on Tuesday, killing 12 people. The militants, who want to impose Islamic law, attacked a village near Lake Chad in January.', 'ASSAULT', 2],
  // an unresolved pronoun agent takes up a participant already told: the act it does is the one told before
  ['pronoun agent restates', 'Thousands of people marched in Tehran on Wednesday, chanting slogans against the government. Residents said they were protesting the rising price of bread.', 'PROTEST', 1],
  ['pronoun agent restates', 'Gunmen killed a district governor in Ghazni province on Thursday. Officials said the gunmen came at dawn and they overran the district center.', 'ASSAULT', 1],
  ['pronoun agent restates', 'Police detained 30 activists in Minsk on Monday. Witnesses said they detained the activists outside the court.', 'COERCE', 1],
  // a pronoun on another stated day is another occasion; "we" in a quote is its speaker, no anaphor
  ['pronoun agent, another day', 'Police detained 30 activists in Minsk on Monday. Witnesses said they detained five journalists on Friday.', 'COERCE', 2],
  ['quoted "we" is the speaker', 'Protesters demanded the resignation of the prime minister on Sunday. "We demand calm from all sides," the U.S. envoy said.', 'REQUEST', 2],
];

for (const [kind, text, type, n] of ROWS) {
  test(`coreference, ${kind}: ${text}`, () => {
    const got = code(text).filter((e) => e.type === type);
    assert.equal(got.length, n, JSON.stringify(got.map((e) => [e.trigger.text, e.date?.value, e.mentions?.length])));
  });
}

const inferred = (value: string, precision: EventDate['precision'] = 'day'): EventDate => ({ value, precision, text: '', span: null, basis: 'inferred' });
const stated = (value: string, precision: EventDate['precision']): EventDate => ({ value, precision, text: value, span: [0, 1], basis: 'stated' });

test('dates: an inferred day fits a stated period within two weeks of it, not one further away', () => {
  assert.equal(datesFit(inferred('2015-03-03'), stated('2015-01', 'month')), false);
  assert.equal(datesFit(stated('2015-01', 'month'), inferred('2015-03-03')), false);
  assert.equal(datesFit(inferred('2015-03-03'), stated('2015-02-25', 'day')), true);
  assert.equal(datesFit(inferred('2015-03-03'), stated('2015-03', 'month')), true);
  assert.equal(datesFit(inferred('2024-05-14', 'reported'), stated('2021', 'year')), false);
  assert.equal(datesFit(inferred('2024-05-14', 'reported'), stated('2024-05-10', 'week')), true);
});
