import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectCodes, find, T } from './class-fixture.ts';

/** One test per text: it codes an event of `type` and none of `absent`. */
function expectAll(name: string, cases: ReadonlyArray<readonly [text: string, type: string, absent: string]>): void {
  for (const [text, type, absent] of cases) {
    test(`${name}: ${text}`, T, () => {
      const got = code(text).map(brief);
      assert.ok(got.some((b) => b.startsWith(`${type} `)) && !got.some((b) => b.startsWith(`${absent} `)), JSON.stringify(got));
    });
  }
}

// Session 32 roles classes: who did it to whom, on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');


// "Caribbean leaders", "Western diplomats": a region's adjective before a state's role named no actor, so the role took
// the story's country (KENGOV in a Nairobi story) or none. The adjectives are data (data/actors/country-aliases.json
// `_regions`, CAMEO region codes) read as modifiers of no one country (knowledge/countries.ts); before a role that is
// no state's ("an Arab man", "African migrants") they name no side (resolve/role-country.ts regionSide).
expectCodes(code, 'a region adjective before a state role names the region', [
  ['NAIROBI, Kenya (AP) — Caribbean leaders condemned the coup in Haiti on Tuesday.', 'condemned', 'CRBGOV'],
  ['Western diplomats criticized the Kenyan government on Monday.', 'criticized', 'WSTGOV', 'KENGOV'],
  ['Arab mediators met Hamas officials in Cairo on Sunday.', 'met', 'ARBGOV'],
  ['African ministers urged Sudan\'s army to halt the fighting.', 'urged', 'AFRGOV', 'SDNMIL'],
  ['Nordic governments condemned Russia\'s attack on Kyiv.', 'condemned', 'SCNGOV', 'RUSMIL'],
  ['European diplomats met Iranian officials in Geneva on Friday.', 'met', 'EURGOV', 'IRNGOV'],
]);
expectCodes(code, 'a region adjective before a people noun or inside a name stays as it was', [
  ['Mali\'s army attacked Arab militants near Timbuktu on Sunday.', 'attacked', 'MLIMIL', 'MLIREB'],
  ['The European Union imposed sanctions on Iran on Monday.', 'imposed', 'IGOEUREEC', 'IRN'],
  ['Houthi rebels attacked a ship in the Gulf of Aden on Sunday.', 'attacked', 'houthis'],
]);

// "The minister said her country would respond. Its navy ...": a possessive body of a person ("her country", "his
// government", "his forces") resolved to the person, whom "its" or "they" may not take up, so the later act lost its
// actor. As an antecedent such a body stands for the person's state or its role (resolve/owned-body.ts; the nouns that
// name a state are anaphors.tsv's state rows).
expectCodes(code, 'its or they after a person\'s country or government is that state', [
  ['The Iranian foreign minister said his country would not negotiate. Its navy seized a tanker on Sunday.', 'seized', 'IRNMIL'],
  ['Prime Minister Mette Frederiksen said her country would respond to the sabotage. Its navy detained a Russian tanker on Monday.', 'detained', 'DNKMIL'],
  ['The Russian president said his government would retaliate. Its forces shelled Kharkiv on Monday.', 'shelled', 'RUSMIL', 'UKR'],
  ['The Venezuelan president said his forces were ready. They seized two Guyanese fishing boats on Monday.', 'seized', 'VENMIL'],
]);
expectCodes(code, 'a nearer speaker\'s possessive stays the speaker\'s', [
  ['The Israeli prime minister said his country would keep fighting. Hezbollah said its fighters fired rockets at northern Israel on Monday.', 'fired', 'hezbollah', 'ISR'],
  ['The Kenyan president said his government would send police to Haiti. The United Nations said it welcomed the offer.', 'welcomed', 'IGOUNO'],
]);

// "Russia, whose troops shelled Kharkiv, ...": a role no word codes in a "whose" relative took the story's country
// (UKRMIL in a Kyiv story); it is the head's, as "its troops" is (resolve/whose-role.ts, taken up in anaphora.ts). After
// a dateline the relative clause read as the main one kept the relative's subject as the main verb's actor
// (tree-repair/relative-clause-as-main.ts now looks for the opening noun after the dateline's dash).
expectCodes(code, 'a role in a whose relative is its head\'s', [
  ['KYIV, Ukraine (AP) — Russia, whose troops shelled Kharkiv overnight, rejected the ceasefire proposal on Monday.', 'shelled', 'RUSMIL', 'UKR'],
  ['BAMAKO, Mali (AP) — Algeria, whose soldiers guard the long desert border, condemned the drone strike on Monday.', 'condemned', 'DZA'],
  ['NAIROBI, Kenya (AP) — Eritrea, whose soldiers shelled Ethiopian villages on Sunday, denied the charges.', 'shelled', 'ERIMIL', 'ETHCVL'],
  ['Burkina Faso, whose forces killed 30 civilians last week, denied the charges on Monday.', 'killed', 'BFAMIL'],
]);
expectCodes(code, 'after a dateline the predicate after a whose relative keeps the head as actor', [
  ['KYIV, Ukraine (AP) — Russia, whose troops shelled Kharkiv overnight, rejected the ceasefire proposal on Monday.', 'rejected', 'RUS'],
  ['BAMAKO, Mali (AP) — Algeria, whose army arrested Malian traders last week, rejected the charges on Monday.', 'rejected', 'DZA'],
  ['NAIROBI, Kenya (AP) — Eritrea, whose soldiers shelled Ethiopian villages on Sunday, denied the charges.', 'denied', 'ERI'],
]);
expectCodes(code, 'a where relative after a dateline stays as it was', [
  ['KYIV, Ukraine (AP) — Poland, where heavy rain has flooded towns, offered to send relief supplies to Ukraine on Monday.', 'offered', 'POL', 'UKR'],
  ['NAIROBI, Kenya (AP) — Al-Shabaab, whose fighters ambushed a convoy on Sunday, claimed the attack.', 'ambushed', 'al-shabaab'],
]);
expectCodes(code, 'a whose relative that names its own country keeps it', [
  ['Mali, whose Russian instructors arrived last year, expelled the French ambassador on Monday.', 'expelled', 'MLI', 'FRAGOV'],
]);

// "Sen. Chris Murphy, D-Conn., said ...": "Sen." and "Rep." were no titles (the name an unknown one, no actor code) and
// the party-and-state tag read as another name; the abbreviations are roles (data/actors/roles.tsv) and a name with the
// tag is a member of the U.S. Congress wherever the story is filed (resolve/party-tag.ts).
expectCodes(code, 'a U.S. party-and-state tag makes a U.S. legislator', [
  ['Sen. Chris Murphy, D-Conn., criticized the Saudi government on Monday.', 'criticized', 'USALEG', 'SAUGOV'],
  ['KYIV, Ukraine (AP) — Rep. Michael McCaul (R-Texas) met President Volodymyr Zelenskyy in Kyiv on Monday.', 'met', 'USALEG', 'UKRGOV'],
  ['TAIPEI, Taiwan (AP) — Rep. Jane Doyle, D-Calif., met Taiwan\'s foreign minister on Monday.', 'met', 'USALEG'],
]);
expectCodes(code, 'an abbreviated senator with no tag takes the story\'s country', [
  ['MANILA, Philippines (AP) — Sen. Risa Hontiveros criticized China\'s coast guard on Monday.', 'criticized', 'PHLLEG'],
]);
// "the European trade commissioner": one office holder named by a region's adjective holds the office of the region's
// own body (country-aliases.json `_region_bodies`, resolve/role-country.ts regionBodyOf); the region's leaders or
// diplomats in the plural stay the region's states.
expectCodes(code, 'one office holder of a region is its body\'s', [
  ['BRUSSELS (AP) — The European trade commissioner met Chinese officials on Monday.', 'met', 'IGOEUREEC', 'CHNGOV'],
  ['The African envoy met Sudan\'s army chief in Port Sudan on Monday.', 'met', 'IGOAFRAFU', 'SDNMIL'],
  ['The European competition commissioner fined Google on Monday.', 'fined', 'IGOEUREEC'],
]);
expectCodes(code, 'a region\'s leaders in the plural stay the region\'s states', [
  ['European leaders met in Brussels on Monday and condemned Russia\'s strikes.', 'condemned', 'EURGOV', 'RUSMIL'],
]);

// "Police fired and wounded two protesters": the object read across "and" gave "fired" its dismissal sense (a second
// event, COERCE 172); firing joined to the harm it did shoots (data/patterns/argument-senses.tsv "fire" before
// kill/wound/injure/maim), so the harm is the one event.
expectAll('firing joined to the harm it did is one event', [
  ['Police fired and wounded two protesters in Nairobi on Monday.', 'ASSAULT', 'COERCE'],
  ['Soldiers fired and killed two journalists in Khartoum on Sunday.', 'ASSAULT', 'COERCE'],
  ['Riot police fired and injured a protester in Dhaka on Monday.', 'ASSAULT', 'COERCE'],
]);
expectAll('firing an official stays a dismissal', [
  ['The president fired the army chief on Monday.', 'CONCEDE', 'ASSAULT'],
  ['The minister fired two officials on Monday and the police later killed a protester.', 'CONCEDE', 'COERCE'],
]);
// "Troops killed five militants and arrested three others": counted "others" as the object of another verb are more of
// the group counted before them, with its role (resolve/counted-others.ts); in one list with it ("killed five soldiers
// and three others") they are other people.
expectCodes(code, 'counted others of another verb are more of the counted group', [
  ['Troops killed five militants and arrested three others near Peshawar on Monday.', 'arrested', 'PAKMIL', 'PAKREB'],
  ['Police shot dead two suspected robbers and detained four others in Lagos on Sunday.', 'detained', 'NGACOP', 'NGACRM'],
  ['Kenyan police arrested six protesters and detained two others in Nairobi on Monday.', 'detained', 'KENCOP', 'KENOPP'],
]);
