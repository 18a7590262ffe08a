import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, find, T } from './class-fixture.ts';

// Session 32 roles classes: who did it to whom, on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

/** One test per case: the event its trigger opens has these actor and target codes (undefined: not checked). */
function expectCodes(name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, actor: string | null | undefined, target?: string | null]>): void {
  for (const [text, trigger, actor, target] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      const e = find(events, trigger);
      const got = JSON.stringify(events.map((x) => `${brief(x)} ${x.actor?.code ?? null}>${x.target?.code ?? null}`));
      if (actor !== undefined) assert.equal(e.actor?.code ?? null, actor, got);
      if (target !== undefined) assert.equal(e.target?.code ?? null, target, got);
    });
  }
}

// "Caribbean leaders", "Western diplomats": a region's adjective before a state's role named no actor, so the role took
// the story's country (KENGOV in a Nairobi story) or none. The adjectives are data (data/actors/country-aliases.json
// `_regions`, CAMEO region codes) read as modifiers of no one country (knowledge/countries.ts); before a role that is
// no state's ("an Arab man", "African migrants") they name no side (resolve/role-country.ts regionSide).
expectCodes('a region adjective before a state role names the region', [
  ['NAIROBI, Kenya (AP) — Caribbean leaders condemned the coup in Haiti on Tuesday.', 'condemned', 'CRBGOV'],
  ['Western diplomats criticized the Kenyan government on Monday.', 'criticized', 'WSTGOV', 'KENGOV'],
  ['Arab mediators met Hamas officials in Cairo on Sunday.', 'met', 'ARBGOV'],
  ['African ministers urged Sudan\'s army to halt the fighting.', 'urged', 'AFRGOV', 'SDNMIL'],
  ['Nordic governments condemned Russia\'s attack on Kyiv.', 'condemned', 'SCNGOV', 'RUS'],
  ['European diplomats met Iranian officials in Geneva on Friday.', 'met', 'EURGOV', 'IRNGOV'],
]);
expectCodes('a region adjective before a people noun or inside a name stays as it was', [
  ['Mali\'s army attacked Arab militants near Timbuktu on Sunday.', 'attacked', 'MLIMIL', 'MLIREB'],
  ['The European Union imposed sanctions on Iran on Monday.', 'imposed', 'IGOEUREEC', 'IRN'],
  ['Houthi rebels attacked a ship in the Gulf of Aden on Sunday.', 'attacked', 'houthis'],
]);

// "The minister said her country would respond. Its navy ...": a possessive body of a person ("her country", "his
// government", "his forces") resolved to the person, whom "its" or "they" may not take up, so the later act lost its
// actor. As an antecedent such a body stands for the person's state or its role (resolve/owned-body.ts; the nouns that
// name a state are anaphors.tsv's state rows).
expectCodes('its or they after a person\'s country or government is that state', [
  ['The Iranian foreign minister said his country would not negotiate. Its navy seized a tanker on Sunday.', 'seized', 'IRNMIL'],
  ['Prime Minister Mette Frederiksen said her country would respond to the sabotage. Its navy detained a Russian tanker on Monday.', 'detained', 'DNKMIL'],
  ['The Russian president said his government would retaliate. Its forces shelled Kharkiv on Monday.', 'shelled', 'RUSMIL', 'UKR'],
  ['The Venezuelan president said his forces were ready. They seized two Guyanese fishing boats on Monday.', 'seized', 'VENMIL'],
]);
expectCodes('a nearer speaker\'s possessive stays the speaker\'s', [
  ['The Israeli prime minister said his country would keep fighting. Hezbollah said its fighters fired rockets at northern Israel on Monday.', 'fired', 'hezbollah', 'ISR'],
  ['The Kenyan president said his government would send police to Haiti. The United Nations said it welcomed the offer.', 'welcomed', 'IGOUNO'],
]);
