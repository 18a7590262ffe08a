import { coderPublishedOn, expectCodes as expectCoded, expectNone, T } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Session 46 classes of who did it, each on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "VVD leader Dilan Yesilgoz accused", "Social Democrat leader X criticised", "Freedom Party leader X": a party's leader
// speaks for the party. A party the gazetteer knows lends its code (the title was no person's title before, so the name
// stood alone, uncoded); one it does not know is read off the title's owner, a run of names holding a creed word
// (data/lexicon/party-creeds.tsv), and its leader is a party actor of the story's state (resolve/title-owner.ts
// partyOwningTitle, resolve/unknown-names.ts withTitle). "The leader of the opposition" is the opposition's (roles.tsv).
expectCodes('a party\'s leader is the party\'s', [
  ['THE HAGUE, Netherlands — VVD leader Dilan Yesilgoz accused the government of abandoning farmers on Monday.', 'accused', 'vvd', 'NLDGOV'],
  ['STOCKHOLM, Sweden — Social Democrat leader Magdalena Andersson criticised the prime minister over the budget cuts on Monday.', 'criticised', 'SWEPTY', 'SWEGOV'],
  ['DUBLIN, Ireland — Labour leader Ivana Bacik criticised the government over the housing crisis on Monday.', 'criticised', 'IRLPTY', 'IRLGOV'],
  ['VIENNA, Austria — Freedom Party leader Herbert Kickl accused the chancellor of betraying voters on Monday.', 'accused', 'AUTPTY', 'AUTGOV'],
  ['LJUBLJANA, Slovenia — The leader of the opposition Homeland Movement, Janez Kovac, condemned the arrest of the mayor on Monday.', 'condemned', 'SVNOPP'],
]);
// a club's, a firm's or a union's head, and a state's title after a creed word, are read as before
expectCodes('other bodies\' heads and a state\'s titles stay', [
  ['NAIROBI, Kenya — Acme Mining chairman John Smith criticised the government over the new tax on Monday.', 'criticised', null, 'KENGOV'],
  ['LISBON, Portugal — Union leader Ana Costa criticised the government over the pension cuts on Monday.', 'criticised', 'PRTLAB', 'PRTGOV'],
  ['WASHINGTON — Republican senator John Kennedy criticised the State Department over the visa delays on Monday.', 'criticised', 'USALEG', 'USAGOV'],
]);
expectNone(code, 'a club\'s president is no party actor', 'ACCUSE', ['MADRID, Spain — Real Madrid president Florentino Perez criticised the league over the referees on Monday.']);

// "'They beat my husband and took our cattle,' one woman said": a relative of a quote's speaker ("my husband", "our
// sons") is whom the act befell, a civilian of the speaker's state, neither the speaker nor on the speaker's behalf;
// "my" named no one before, so an act that needs its object ("beat") had no roles. A witness's loss told after a raid
// on a place is its own act (resolve/speaker-kin.ts, core/coreference-compatible.ts targetFit).
expectCodes('a quote speaker\'s relative is a civilian of the speaker\'s state', [
  ['BAMAKO, Mali — The villagers of Kuma said soldiers arrived on Monday. "They beat my husband and took our cattle," one woman said.', 'beat', 'MLIMIL', 'MLICVL'],
  ['KHARTOUM, Sudan — Militiamen raided the village of Tawila on Sunday. "They shot my son," a farmer told reporters.', 'shot', 'SDNREB', 'SDNCVL'],
  ['Farmers near Gao in Mali said jihadists came at dawn on Monday. "They killed my father and took our goats," one man told reporters.', 'killed', 'MLIREB', 'MLICVL'],
  ['NAIROBI, Kenya — "My brother was arrested by the police," the senator said on Monday.', 'arrested', 'KENCOP', 'KENCVL'],
]);
// (the raid stays its own event, and so does the loss)
test('a witness\'s loss after a raid is its own act', T, () => {
  const got = code('BAMAKO, Mali — Soldiers raided the village of Kuma on Monday. "They beat my husband and took our cattle," one woman said.').map((e) => e.trigger.text);
  assert.ok(got.some((t) => t.startsWith('raided')) && got.some((t) => t.startsWith('beat')), JSON.stringify(got));
});
// "our" alone stays the speaker; a relative told by no speaker names no one
expectCodes('the speaker\'s "our", and a relative no one speaks of, stay', [
  ['Police raided a market in Harare on Tuesday. "They beat us and took our goods," a vendor said.', 'beat', 'ZWECOP'],
  ['Malian soldiers entered the village of Moura on Sunday. "They burned our tents," a herder said.', 'burned', 'MLIMIL'],
]);

// "Leaders across Europe urged the government to ...": a role spread over a region takes the region's code (roles-45);
// the bare role it addresses is the story's state's or no one's, never the region's (passed on main: kept as a guard).
expectCodes('a region\'s role lends no code to a bare target', [
  ['TBILISI, Georgia — Leaders across Europe urged the government to release the detained protesters on Monday.', 'urged', 'EURGOV', 'GEOGOV'],
  ['BELGRADE, Serbia — Officials across Europe criticised the government over the arrests on Monday.', 'criticised', 'EURGOV', 'SRBGOV'],
  ['Leaders across Africa urged the government to hold talks with the rebels in Sudan on Monday.', 'urged', 'AFRGOV'],
]);
test('a region\'s role: the bare government takes no region\'s code', T, () => {
  for (const text of ['Leaders across Europe urged the government to release the detained protesters on Monday.', 'Leaders across Africa urged the government to hold talks with the rebels on Monday.']) {
    const e = code(text).find((x) => x.trigger.text.startsWith('urged'));
    assert.ok(e && !/^(EUR|AFR)/.test(e.target?.code ?? ''), JSON.stringify(e?.target));
  }
});

// "Witnesses told the group that masked officers seized the activist", "A doctor told AFP soldiers had shot
// protesters": a relayed account's doer is the reported clause's subject, not its teller nor the one told (passed on
// main: kept as a guard).
expectCodes('a relayed account\'s doer is the reported subject', [
  ['Witnesses told the group that masked officers seized the activist outside his home in Harare, Zimbabwe on Monday.', 'seized', 'ZWEMIL', 'ZWEOPP'],
  ['A doctor told AFP soldiers had shot protesters in Khartoum, Sudan on Monday.', 'shot', 'SDNMIL', 'SDNOPP'],
  ['Residents told Reuters that police beat dozens of students in Dhaka, Bangladesh on Monday.', 'beat', 'BGDCOP', 'BGDEDU'],
]);

// "Prosecutors accused Peter Banda, who served as energy minister until 2023, of ...": a relative clause telling an
// office once held ("who served as", "who was the ... minister") makes the unknown name that state's elite (CAMEO ELI,
// as "former minister X" is); the name stood uncoded, so "Banda denied", "Banda had ordered" had no political
// participant (fresh-text class, roles46; resolve/unknown-names.ts withTitle PAST_OFFICE).
expectCodes('an office once held, told in a relative clause, makes an elite', [
  ['LILONGWE, Malawi — Prosecutors accused Peter Banda, who served as energy minister until 2023, of taking bribes on Monday. Banda denied any wrongdoing.', 'denied', 'MWIELI'],
  ['NAIROBI, Kenya — Police arrested John Otieno, who was the interior minister, on Monday.', 'arrested', 'KENCOP', 'KENELI'],
  ['ACCRA, Ghana — Prosecutors accused Ama Mensah, who served as finance minister between 2017 and 2021, of fraud on Monday. Mensah rejected the charges.', 'rejected', 'GHAELI'],
]);
// a trade in a relative clause makes no elite; a former title in apposition reads as before
expectCodes('a trade once worked makes no elite, a former title stays', [
  ['NAIROBI, Kenya — Police arrested John Otieno, who was a teacher, on Monday.', 'arrested', 'KENCOP', null],
  ['NAIROBI, Kenya — Police arrested John Otieno, a former interior minister, on Monday.', 'arrested', 'KENCOP', 'KENELI'],
]);

// "The Anti-Corruption Bureau arrested", "The National Drug Law Enforcement Bureau seized": an unknown name that ends in
// "Bureau" is a state's body, as one ending in "Ministry" is (resolve/unknown-names.ts unknownName); read as a person's
// name it made no political participant.
expectCodes('a bureau no gazetteer knows is the state\'s', [
  ['LILONGWE, Malawi — The Anti-Corruption Bureau arrested a former energy minister in March.', 'arrested', 'MWIGOV'],
  ['ABUJA, Nigeria — The National Drug Law Enforcement Bureau arrested four men on Monday.', 'arrested', 'NGAGOV'],
  ['GABORONE, Botswana — The Corruption and Economic Crime Bureau arrested a senior customs officer on Monday.', 'arrested', 'BWAGOV'],
]);
