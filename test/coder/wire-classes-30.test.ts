import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 30 wire classes: whole wire articles of genres the coder had not seen (an ICC warrant, a missile test, barred
// inspectors, a cyberattack, an impeachment, an internet shutdown, a peacekeeping mission ordered out, a border
// skirmish, a freed ship, an assassination), coded by hand; the classes behind the coder's errors, each on sentences
// written for this file, with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "NATO Secretary General Mark Rutte condemned the attack": the first name "Mark" read as the verb "mark" of the
// argument-senses row that unmakes an anniversary's events ("marked the anniversary of the battle"), so the condemnation
// was dropped. A capitalised word of a multi-word name in a person's or title holder's phrase is no content word
// (core/word-sense.ts isPersonNamePart).
expectAll('a first name is no content word of a sense row', [
  ['NATO Secretary General Mark Rutte condemned the bombing in Kyiv on Monday.', ['ACCUSE']],
  ['Canadian Prime Minister Mark Carney condemned the shooting on Sunday.', ['ACCUSE']],
  ['U.S. Senator Mark Warner criticised the strike on the hospital on Monday.', ['ACCUSE']],
]);
expectNone('the anniversary of a battle is still no fighting', 'ASSAULT', [
  'Veterans marked the anniversary of the battle of Kursk on Sunday.',
  'The president laid a wreath to mark the anniversary of the battle on Monday.',
]);

// "The minister dismissed the charges as politically motivated", "rejected the arrest warrant as null and void": the one
// charged waving a charge away as something it is not denies it (coding guide rule 3: REJECT); the "drop|dismiss *
// charge" row read a dropped prosecution (CONCEDE), and "rejected the warrant" had no object a refusal can take
// (data/patterns/extra-verbs.tsv "dismiss|reject * charge ... as"; data/lexicon/speech-objects.tsv: a warrant, an indictment).
expectAll('a charge or a warrant dismissed as something it is not', [
  ['The Brazilian finance minister dismissed the charges as politically motivated on Monday.', ['REJECT']],
  ['The Georgian opposition leader rejected the arrest warrant as illegal on Tuesday.', ['REJECT']],
  ['The Kremlin rejected the warrant on Friday.', ['REJECT Kremlin > null']],
  ['Serbia rejected the indictment on Thursday.', ['REJECT Serbia > null']],
]);
expectNone('a charge dropped by a court or a prosecutor is no denial', 'REJECT', [
  'A judge dismissed the charges against the journalist on Monday.',
  'Prosecutors dropped the case against the former minister on Tuesday.',
]);

// "The Kenyan president called his Tanzanian counterpart": calling one's counterpart is a phone call (PLOVER CONSULT
// phone), which no row read ("call" alone is an appeal only with "on", "upon" or "for"). The appeal rows with
// "counterpart" keep "called on his counterpart to ..." a REQUEST (data/patterns/extra-verbs.tsv "call * counterpart").
expectAll('a call to one\'s counterpart is a phone call', [
  ['The Kenyan president called his Ugandan counterpart on Monday.', ['CONSULT Kenyan president > Ugandan counterpart']],
  ['Macron called his Brazilian counterpart on Sunday to discuss the climate talks.', ['CONSULT Macron > Brazilian counterpart']],
  ['The Turkish foreign minister called his Egyptian counterpart on Tuesday, the ministry said.', ['CONSULT']],
]);
expectAll('a call on or for a counterpart stays an appeal', [
  ['The French president called on his Russian counterpart to halt the offensive.', ['REQUEST French president > Russian counterpart']],
  ['The Indian foreign minister called for his Pakistani counterpart to condemn the attack.', ['REQUEST']],
]);
expectNone('a call on or for a counterpart, or naming him, is no phone call', 'CONSULT', [
  'The French president called on his Russian counterpart to halt the offensive.',
  'The Indian foreign minister called for his Pakistani counterpart to condemn the attack.',
  'The Polish president called his Russian counterpart a war criminal on Monday.',
]);

// "dispatched the destroyer INS Kolkata and two patrol aircraft to shadow the tanker": the warship rows wanted the
// destination right after the ship, which a named ship and a second one in the object (or a purpose for a destination)
// put out of reach, so the deployment was lost. Sending a warship is a deployment wherever it goes (PLOVER MOBILIZE;
// data/patterns/extra-verbs.tsv "send|dispatch a|the|two ... * warship ..."; "deploy" alone is a deployment already; a
// bare plural, "for sending warships", is a charged policy, no one deployment).
expectAll('a warship sent with a long object', [
  ['The navy dispatched the destroyer INS Kolkata and two patrol aircraft to shadow the tanker on Monday.', ['MOBILIZE navy > the tanker']],
  ['Britain sent the frigate HMS Richmond and a supply ship to escort merchant vessels through the strait.', ['MOBILIZE Britain > null']],
  ['Seoul dispatched the destroyer Munmu the Great and a helicopter to shadow the vessel on Monday.', ['MOBILIZE Seoul > null']],
]);
expectNone('a carrier that is no warship, warships bought, and warships sent as a charged policy are no deployment', 'MOBILIZE', [
  'The airline dispatched a carrier to collect the stranded passengers.',
  'The navy bought two frigates from France on Monday.',
  'Beijing criticized Canada for sending warships.',
]);

// "Police set up roadblocks around the capital": a protest row ("set|put|throw up * barricade|roadblock") done by forces
// or police was a PROTEST (or, for soldiers, the "set fire to" row's destruction, 1712); forces or police closing roads
// restrict movement, as "soldiers blocked the road" (PLOVER COERCE restrict; data/patterns/argument-senses.tsv
// roadblock, barricade, "set up"). The roadblock the row spells is what the act makes, no target
// (tree-roles/tree-targets.ts).
expectAll('roadblocks set up by forces or police', [
  ['Police set up roadblocks around the port city on Monday.', ['COERCE Police > null']],
  ['Troops threw up roadblocks on the highway north of the capital on Sunday.', ['COERCE']],
  ['Riot police put up barricades around the presidential palace on Tuesday.', ['COERCE Riot police > null']],
  ['Soldiers set up roadblocks on roads leading to the airport on Friday.', ['COERCE']],
]);
expectNone('roadblocks set up by forces are no protest and no arson', 'PROTEST', [
  'Police set up roadblocks around the port city on Monday.',
  'Troops threw up roadblocks on the highway north of the capital on Sunday.',
]);
expectNone('roadblocks set up by forces are no protest and no arson', 'ASSAULT', [
  'Soldiers set up roadblocks on roads leading to the airport on Friday.',
]);
expectAll('a crowd\'s roadblocks, and forces setting fire, stay as they were', [
  ['Protesters set up roadblocks on the main highway on Monday.', ['PROTEST Protesters > null']],
  ['Farmers put up barricades outside the ministry on Tuesday.', ['PROTEST Farmers > null']],
  ['Militants set fire to the district office on Monday.', ['ASSAULT Militants > the district office']],
  ['Police banned two rallies planned for Saturday.', ['COERCE Police > two rallies']],
]);

// "The prime minister vowed to bring those responsible to justice": a vow to punish the doers of an attack is a threat
// to them (PLOVER THREATEN, as "vowed to punish", "vowed to hunt down"); the bare "vow to" row read an intent to
// cooperate (AGREE). data/patterns/extra-verbs.tsv "vow ... to bring * to justice", "to track down".
expectAll('a vow to bring the doers to justice', [
  ['The Albanian prime minister condemned the shooting and vowed to bring those responsible to justice.', ['ACCUSE', 'THREATEN']],
  ['The Peruvian interior minister vowed to bring the killers of the journalist to justice on Monday.', ['THREATEN Peruvian interior minister > killers']],
  ['The Nigerian president pledged to bring the perpetrators to justice.', ['THREATEN Nigerian president > the perpetrators']],
  ['Kenyan police vowed to track down the gunmen who attacked the bus.', ['THREATEN Kenyan police > the gunmen']],
]);
expectNone('a vow to bring anything else is no threat', 'THREATEN', [
  'The Sudanese president vowed to bring peace to the region.',
  'The Indian government vowed to bring electricity to every village.',
  'The Qatari minister vowed to bring the two sides to the table.',
]);

// "Britain urged ships to keep a strict watch", "called on member countries to arrest the minister": an appeal to a noun
// the resolver names no party for had no object its row wants, so the request was dropped and what it asked for was
// coded as done by the one asking ("Amnesty ... arrest": a COERCE by Amnesty). A noun object or "on" oblique told what
// to do by a "to"-infinitive is the addressee (src/extract/appeal-addressee.ts, candidate.ts).
expectAll('an appeal to a noun told what to do', [
  ['Britain urged ships to keep a strict watch in the Gulf of Aden on Monday.', ['REQUEST Britain > ships']],
  ['The Kenyan government urged fishermen to stay in port on Monday.', ['REQUEST Kenyan government > fishermen']],
  ['Amnesty International called on member countries to arrest the minister.', ['REQUEST Amnesty International > member countries']],
  ['France urged merchant vessels to avoid the strait on Tuesday.', ['REQUEST France > null']],
]);
expectNone('what an appeal asks for is not done by the one asking', 'COERCE', [
  'Amnesty International called on member countries to arrest the minister.',
]);
expectAll('appeals with no addressee stay as they were', [
  ['The Egyptian president urged calm on Monday.', ['REQUEST Egyptian president > null']],
  ['The Qatari minister urged restraint and called for talks on Monday.', ['REQUEST']],
]);
