import { coderPublishedOn, expectCodes as expectCoded, expectNone, T } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Session 45 classes of who did it, each on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);
/** One test per text: the event on `trigger` has no actor with code `actor` (the quote's speaker, or the speaker's side). */
const expectNotActor = (name: string, cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, trigger, actor] of cases) {
    test(`${name}: ${text}`, T, () => {
      const got = code(text).filter((e) => e.trigger.text.startsWith(trigger)).map((e) => `${e.trigger.text}: ${e.actor?.code ?? null}`);
      assert.ok(got.length > 0 && !got.some((b) => b.endsWith(`: ${actor}`)), JSON.stringify(got));
    });
  }
};

// "The Department of State urged", "The Department of Justice charged", "The Home Office condemned": a state's department
// named without its country word is that state's body, as "the State Department" and "the Pentagon" were. The Phoenix
// dictionaries list them (DEPARTMENT_OF_STATE, DEPARTMENT_OF_JUSTICE), but their import refuses names of ordinary
// words only, so the bare role "department" took the country of another participant (data/actors/metonyms.json).
expectCodes('a department named without its country is that state\'s', [
  ['The Department of State imposed visa restrictions on Ugandan officials on Monday.', 'imposed', 'USAGOV'],
  ['The Department of Justice charged two Russian nationals with espionage on Monday.', 'charged', 'USAGOV'],
  ['The Department of State urged the rebels in Sudan to free the hostages on Monday.', 'urged', 'USAGOV', 'SDNREB'],
  ['The Home Office condemned the attack on Monday.', 'condemned', 'GBRGOV'],
]);
// a country that owns or follows the department keeps it its own
expectCodes('a department a country owns stays that country\'s', [
  ['The Ministry of Justice of Kenya condemned the attack on Monday.', 'condemned', 'KENGOV'],
  ['The State Department condemned the arrest of the journalist in Moscow on Monday.', 'condemned', 'USAGOV'],
]);

// "Leaders across Europe condemned", "Officials across Africa", "Governments in the region": a role spread over a
// region of many states is that region's side where the region has a CAMEO code (EURGOV, as "European leaders" reads),
// else of no country; never the one state the place or the story names (resolve/role-country.ts roleAcrossRegion,
// data/lexicon/region-nouns.tsv).
expectCodes('a role across a region is the region\'s, not one state\'s', [
  ['Leaders across Europe condemned the Russian attack on Kyiv on Monday.', 'condemned', 'EURGOV'],
  ['Militants attacked a hotel in Bamako, Mali on Sunday. Officials across Africa condemned the attack on Monday.', 'condemned', 'AFRGOV'],
  ['Leaders across Latin America condemned the coup in Bolivia on Monday.', 'condemned', 'LAMGOV'],
  ['A bomb exploded at a market in Bratislava, Slovakia on Monday. Leaders across Europe condemned the attack.', 'condemned', 'EURGOV'],
  ['Soldiers seized power in Niger on Monday. Governments in the region condemned the coup.', 'condemned', null],
]);
// a role in one state is that state's; a role that is no state's ("farmers") takes no region's side
expectCodes('a role in one state keeps it', [
  ['Police in Kenya arrested 20 protesters on Monday.', 'arrested', 'KENCOP'],
  ['Officials in Nairobi condemned the attack on Monday.', 'condemned', 'KENGOV'],
  ['Farmers across Europe protested against the trade deal on Monday.', 'protested', null],
]);

// "'I condemn this attack,' the president said", "'I will meet the rebel leaders,' the army chief said": "I" and "me"
// inside a quote are its speaker, as "we", "us" and "our" were (data/lexicon/anaphors.tsv, core/claims.ts withSpeaker);
// "I" was no phrase, so the act had no actor and was dropped. ("my" is not: "my brother" is whom an act befell.)
expectCodes('a quote\'s "I" is its speaker', [
  ['"I condemn this attack," Nigerian President Bola Tinubu said on Monday.', 'condemn', 'NGAGOV'],
  ['"I will meet the rebel leaders next week," the Sudanese army chief said on Monday.', 'meet', 'SDNMIL'],
  ['"I ordered the arrest of the mayor," the Kenyan interior minister said on Monday.', 'arrest', 'KENGOV'],
  // ("me": the speaker acted on, a civilian of the story's state)
  ['"Soldiers beat me," a resident told reporters in Mali on Monday.', 'beat', 'MLIMIL', 'MLICVL'],
]);
// told by no speaker, "I" is the writer's: no actor, no act
expectNone(code, 'an "I" no one speaks for', 'ACCUSE', ['I condemn this attack, the reader wrote.']);

// "'He told me to use live bullets,' Mwangi told the committee", "'They beat my husband,' one woman said": a
// third-person pronoun in a quote never means its speaker (who says "I"), nor anyone named as the speaker; and a
// civilian's quote tells what others did to her side, so its subject pronoun is no civilian the story named
// (resolve/quote-speaker-side.ts, read where resolve/anaphora.ts skips the rights group that gathers the testimony).
expectCodes('a quote\'s "he" is not its speaker', [
  ['Retired commander Peter Mwangi said the minister summoned him to his office in Nairobi. "He told me to use live bullets," Mwangi told the committee.', 'told me', 'KENGOV', 'KENMIL'],
]);
expectNotActor('a quote\'s third person is neither its speaker nor a civilian\'s own side', [
  ['Ugandan police chief John Okello said the president called him on Monday. "He ordered me to arrest the opposition leader," Okello told reporters.', 'ordered', 'UGACOP'],
]);
// (the civilians named first took the subject pronoun, and the act, with no armed side, was dropped)
for (const [text, trigger, doer] of [
  ['The villagers of Kuma in Mali said soldiers arrived on Monday. "They beat my husband and took our cattle," one woman said.', 'beat', 'soldiers'],
  ['The residents of Tawila in Darfur said militiamen arrived on Sunday. "They beat my brother and burned our house," one woman said.', 'beat', 'militiamen'],
] as const) {
  // ("my husband" is whom it befell, a civilian of the speaker's state, not the speaker: roles-46, resolve/speaker-kin.ts)
  test(`a civilian's quote tells of others: ${text}`, T, () => {
    const e = code(text).find((x) => x.trigger.text.startsWith(trigger));
    assert.equal(e?.actor?.name, doer, JSON.stringify(e?.actor));
  });
}
// outside a quote, and a quote's doer named before, are read as before
expectCodes('a pronoun outside a quote, or a doer named before, stays', [
  ['Kenyan Interior Minister Kipchumba Murkomen said on Monday he had ordered the arrest of the protest leaders.', 'arrest', 'KENGOV'],
  ['Residents of Tawila in Darfur said the RSF came at night on Sunday. "They shot my son and took our cattle," one villager told reporters.', 'shot', 'rapid-support-forces'],
]);
