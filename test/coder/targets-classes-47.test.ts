import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectAll as expectAllOf, expectCodes as expectCoded, coderPublishedOn, find, T } from './class-fixture.ts';

// Session 47 classes of the target (to whom or what an event was done), each on sentences written for this file, with
// negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllOf(code, name, cases);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "The chancellor offered support to the new government in Tripoli": a bare title backing a government names no side
// of its own. It took the recipient's country from the place (LBYGOV), and then lost the recipient as a target of its
// own code. The title stays of no country, and the government it backs is the target (tree-roles/given-recipient.ts
// withUnnamedGiver, core/actor-ref.ts withContextCountry).
expectCodes('a bare title backing a government takes none of its country', [
  ['The chancellor offered support to the new government in Tripoli.', 'offered', null, 'LBYGOV'],
  ['The president pledged support for the interim authorities in Kabul on Monday.', 'pledged', null, 'AFGGOV'],
  ['The foreign minister voiced support for the transitional government in Bamako.', 'voiced', null, 'MLIGOV'],
]);
expectAll('a bare title backing a government keeps it as the target', [
  ['The chancellor offered support to the new government in Tripoli.', ['SUPPORT The chancellor > new government']],
  ['The foreign minister voiced support for the transitional government in Bamako.', ['SUPPORT The foreign minister > transitional government']],
]);
// (a giver state named, a named person, a bare title backing no government, and a state backing one are as before)
expectCodes('givers named, or backing no government, are unchanged', [
  ['The chancellor offered Germany\'s backing to the new government in Tripoli on Monday.', 'offered', 'DEUGOV', 'LBYGOV'],
  ['Chancellor Friedrich Merz offered support to the new government in Tripoli on Monday.', 'offered', 'DEUGOV', 'LBYGOV'],
  ['The prime minister expressed support for the army in Khartoum.', 'expressed', 'SDNGOV', 'SDNMIL'],
  ['Japan pledged its help to the interim government in Dhaka on Friday.', 'pledged', 'JPN', 'BGDGOV'],
]);

// "Drones hit oil fields in Syria's Hasakah province": a weapon's act lands on the thing it hit, coded by the state whose
// province holds it. Where the parse hangs the setting on the verb, not on the thing, the state alone was the target
// ("Syria"); the thing keeps its words and takes the state's code, as when the setting hangs on the thing
// (tree-roles/named-act.ts withInstrumentLanding).
expectAll('a weapon\'s thing in a state\'s province is the target, not the state', [
  ['Drones hit oil fields in Syria\'s Hasakah province on Thursday.', ['ASSAULT null > oil fields']],
  ['Missiles hit fuel depots in Russia\'s Bryansk region overnight.', ['ASSAULT null > fuel depots']],
  ['Rockets hit a power station in Lebanon\'s Bekaa valley on Friday.', ['ASSAULT null > a power station']],
]);
expectCodes('the thing takes the code of the state whose province holds it', [
  ['Drones hit oil fields in Syria\'s Hasakah province on Thursday.', 'hit', null, 'SYR'],
  ['Missiles hit fuel depots in Russia\'s Bryansk region overnight.', 'hit', null, 'RUS'],
]);
// (a place struck itself, and a thing in a setting with no state, are as before)
expectAll('a place struck, or a thing in a stateless setting, is unchanged', [
  ['Drones hit Baghdad on Thursday.', ['ASSAULT null > Baghdad']],
  ['Missiles struck Ukraine\'s Odesa region overnight.', ['ASSAULT null > Ukraine']],
  ['Drones hit oil fields in the Kurdistan region on Thursday.', ['ASSAULT null > oil fields']],
  ['Drones struck a checkpoint in Pakistan\'s Khyber Pakhtunkhwa province on Sunday.', ['ASSAULT null > a checkpoint']],
]);

// "Gunmen pulled ten passengers off buses and shot them dead": a pronoun only ever an object ("them", "him") takes up no
// subject of its own verb, even with a word after it ("dead", "unconscious"); the word read as a noun "them" determined
// left the pronoun with no verb, and it took up the gunmen (resolve/anaphor-clause.ts governingVerb).
const expectTakesUp = (name: string, cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, trigger, antecedent] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.target?.name ?? null, antecedent, JSON.stringify(e.target));
    });
  }
};
expectTakesUp('an object pronoun before a resulting word is no subject of its verb', [
  ['Gunmen pulled ten passengers off buses near Turbat on Monday and shot them dead.', 'shot', 'passengers'],
  ['Soldiers detained three students in Mandalay on Friday and beat them unconscious, witnesses said.', 'beat', 'students'],
  ['Police arrested two farmers near Kisumu on Sunday and shot them dead, relatives said.', 'shot', 'farmers'],
]);
// (with no word after it, and with no one else to take up, as before)
expectTakesUp('an object pronoun with nothing after it, or no one to take up, is unchanged', [
  ['Gunmen pulled ten passengers off buses near Turbat on Monday and killed them.', 'killed', 'passengers'],
  ['Gunmen stormed a wedding in Kebbi on Sunday and shot him dead.', 'shot', 'him'],
]);

// "Chad accused Sudan of arming rebels, a claim Khartoum rejects": a claim answered in apposition is the denier's
// answer; the fresh sets code no target for it (7 of 8 such appositions), where the accuser was made its target
// (core/denied-accuser.ts). A denial whose doer the same sentence accused still answers the accuser.
expectAll('a claim answered in apposition keeps no target', [
  ['Chad accused Sudan of arming rebels, a claim Khartoum rejects.', ['REJECT Khartoum > null']],
  ['Niger accused Benin of hosting French troops, a charge Cotonou denies.', ['REJECT Cotonou > null']],
  ['Thailand accused Cambodia of laying new mines, a charge Phnom Penh denied.', ['REJECT Phnom Penh > null']],
]);
expectCodes('a denial by one the sentence accused answers the accuser', [
  ['The RSF, which Sudan\'s army accused of shelling the town, denied the charge on Monday.', 'denied', 'rapid-support-forces', 'SDNMIL'],
]);

// "Israeli jets bombed a school in Rafah, near the border with Israel": the window's only name is the actor's own side,
// which an act never lands on; it stood as the answer against the thing the verb lands on (ISR for ISRMIL jets, or
// dropped as the actor itself so a participle's victims took its place). The thing is the target
// (tree-roles/phrase-position.ts onlyActorsOwn, read by tree-targets.ts).
expectAll('a window name of the actor\'s own side gives way to the thing hit', [
  ['Israeli jets bombed a school in Rafah, near the border with Israel, on Tuesday.', ['ASSAULT Israeli jets > a school']],
  ['Turkish drones struck a power plant in Qamishli, close to the border with Turkey, on Friday.', ['ASSAULT Turkish drones > a power plant']],
  ['Thai artillery shelled a market in Samrong, near the frontier with Thailand, on Monday.', ['ASSAULT Thai artillery > a market']],
  ['A Russian glide bomb hit a bus station in Sumy, near the border with Russia, killing two people.', ['ASSAULT Russian > a bus station']],
]);
// (another side's name in the setting, a named place struck, and a thing with no names are as before)
expectAll('other window names and plain things are unchanged', [
  ['A Russian glide bomb hit a bus station in Sumy on Monday, killing two people.', ['ASSAULT Russian > a bus station']],
  ['Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday.', ['ASSAULT Israeli jets > Hezbollah positions']],
  ['Russian drones hit a school in Kherson on Monday.', ['ASSAULT Russian drones > a school']],
]);
