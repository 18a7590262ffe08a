import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findPlaces } from '../../src/resolve/places.ts';
import { createCoder } from '../../src/core/index.ts';

// Actor and place resolution rules of the knowledge base, one row each.
const kb = loadKnowledge();
const coder = createCoder(kb);
const codes = (text: string, published = '2020-04-02') => {
  const doc = analyze(text);
  return findActorPhrases(doc, normalizeWithMap(text), kb, published).map((p) => p.code);
};

const PHRASES: Array<[string, string, string[]]> = [
  ['country + role', 'Iraqi forces withdrew.', ['IRQMIL']],
  ['legislature', 'The Iraqi parliament voted.', ['IRQLEG']],
  ['US troops', 'US troops arrived.', ['USAMIL']],
  ['metonym capital', 'Washington and Tehran traded barbs.', ['USA', 'IRN']],
  ['metonym seat', 'The Kremlin said so.', ['RUSGOV']],
  ['leader in office', 'President Trump spoke.', ['USAGOV']],
  ['curly apostrophe', 'Kata’ib Hezbollah warned.', ['kataib-hezbollah']],
  ['no apostrophe', 'Kataib Hezbollah warned.', ['kataib-hezbollah']],
  ['al- variants', 'Al-Shabaab and al Shabaab fighters met.', ['al-shabaab', 'al-shabaab']],
  ['acronym in capitals only', 'Tell us about the US.', ['USA']],
  ['demonym before a thing is no actor', 'The Russian tennis player won.', []],
  ['demonym before a weapon', 'Russian missiles hit the city.', ['RUSMIL']],
  ['demonym before a national noun', 'A French researcher was held.', ['FRAGOV'.slice(0, 3)]],
  ['capital inside a club name', 'Real Madrid beat them.', []],
  ['shared role', 'Somali and Kenyan troops advanced.', ['SOMMIL', 'KENMIL']],
];

for (const [name, text, expected] of PHRASES) {
  test(`actors: ${name}`, () => {
    assert.deepEqual(codes(text), expected);
  });
}

test('actors: leaders resolve by the publication date (Trump 2020 yes, 2010 no)', () => {
  assert.deepEqual(codes('Trump spoke.', '2020-04-02'), ['USAGOV']);
  assert.deepEqual(codes('Trump spoke.', '2010-04-02'), []);
});

test('places: an ambiguous city goes to the country the story names', () => {
  // as the coder does: the countries named by actor phrases ("Libyan", "Lebanese") are the context
  const place = (text: string) => {
    const doc = analyze(text);
    const context = findActorPhrases(doc, normalizeWithMap(text), kb, null).flatMap((p) => (p.entry?.country && p.entry.kind !== 'metonym' ? [p.entry.country] : []));
    return findPlaces(doc, normalizeWithMap(text), kb, context).find((p) => p.text === 'Tripoli')?.place.country;
  };
  assert.equal(place('Libyan forces clashed in Tripoli.'), 'LBY');
  assert.equal(place('Lebanese troops deployed in Tripoli.'), 'LBN');
  assert.equal(place('Clashes were reported in Tripoli.'), 'LBY'); // the most populous
});

test('places: sites, regions with suffix, seas', () => {
  const names = (text: string) => findPlaces(analyze(text), normalizeWithMap(text), kb, []).map((p) => `${p.place.name}/${p.place.precision}`);
  assert.deepEqual(names('Rockets hit Camp Taji.'), ['Camp Taji/site']);
  assert.deepEqual(names('Gunmen struck in Kaduna state.'), ['Kaduna State/region']);
  assert.deepEqual(names('A tanker was hit in the Red Sea.'), ['Red Sea/region']);
});

test('events: a bare state role takes the country the story is about', () => {
  const text = 'Venezuela held elections. Venezuelan officials said the vote was fair. Caracas rejected criticism. The government arrested 20 protesters on Monday.';
  const e = coder.code({ id: 'x', text, published: '2024-08-10', title: null }).find((x) => x.type === 'COERCE');
  assert.equal(e?.actor?.code, 'VENGOV');
  assert.equal(e?.actor?.basis, 'inferred');
});

test('events: a place that falls back to the country is marked inferred, with no span', () => {
  const text = 'Fighting in Iraq. Clashes near Baghdad and Mosul. Iraqi forces arrested 12 militants on Monday.';
  const e = coder.code({ id: 'x', text, published: '2024-08-10', title: null }).find((x) => x.type === 'COERCE');
  assert.equal(e?.location?.country, 'IRQ');
  assert.equal(e?.location?.basis, 'inferred');
  assert.equal(e?.location?.span, null);
});

test('actors: "the US president" is the office holder on the publication date', () => {
  const name = (published: string) => {
    const text = 'The US president spoke.';
    return findActorPhrases(analyze(text), normalizeWithMap(text), kb, published)[0]?.name;
  };
  assert.equal(name('2020-04-02'), 'Donald Trump');
  assert.notEqual(name('2022-04-02'), 'Donald Trump');
});
