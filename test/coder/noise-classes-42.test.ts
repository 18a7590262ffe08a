import { coderPublishedOn, expectAll as expectAllCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 42 precision on soft news (a black hole study, university admissions, a measles drive, a transfer saga, an
// awards night, a hedge feud in court, a merger, a fashion week, a car review, a harvest report): the classes behind
// the false events of ten articles written for the purpose (kept outside the repository). Every sentence here is
// written for this file; negatives of the same words are real events and must stay. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "We are attacking this virus on every front", "launched an offensive against polio", "attacking inflation with higher
// rates": war words aimed at a disease or a social or economic ill (noun-classes.tsv @ill) fight no side
// (argument-senses.tsv `* object @ill`, and the battle and fight rows read the class too); an attack on the people who
// fight the ill stays.
expectNone('war on an ill attacks no one', 'ASSAULT', [
  'The ministry launched an all-out assault on malaria in the delta.',
  'Health officials launched an offensive against polio in the tribal districts on Sunday.',
  '"We are attacking this epidemic from every side," the health minister told reporters in Lusaka on Monday.',
  'The government is attacking inflation with higher interest rates.',
]);
expectAll('an attack on those who fight an ill stays', [
  ['Militants attacked a polio vaccination team in Peshawar on Monday.', ['ASSAULT']],
  ['The army launched an offensive against the rebels in the north on Sunday.', ['ASSAULT']],
  ['Gunmen attacked a cholera clinic in Goma on Saturday.', ['ASSAULT']],
]);

// "it attacked tight corners with a precision few rivals can match": a driver, a rider or a car attacking a corner, a
// bend or a climb drives or rides hard (noun-classes.tsv @course; argument-senses.tsv `* object @course`); a post or a
// hill attacked by armed men stays.
expectNone('attacking a corner or a climb is driving', 'ASSAULT', [
  'The Italian attacked the last corner and took the lead.',
  'The Colombian attacked the final climb and dropped his rivals.',
  'The German attacked the chicane on the last lap.',
  'The Mexican driver attacked the chicane and passed two cars.',
  'The Dutch attacked the cobbles in the last 20 kilometres.',
]);
expectAll('armed men attacking a post or a hill stay', [
  ['Gunmen attacked a police post at the corner of the market on Monday.', ['ASSAULT']],
  ['Ukrainian troops attacked the hill above the village on Sunday.', ['ASSAULT']],
]);

// "BMW invited journalists to test the car": an invitation to reporters, fans, customers or developers (noun-classes.tsv
// @audience) asks no political actor to a meeting or a visit (PLOVER AGREE: "invitations for state visits"); a leader
// or an envoy invited stays AGREE.
expectNone('inviting the press or the public is no offer to meet', 'AGREE', [
  'Samsung invited reporters to its headquarters to try the new phone.',
  'Nike invited fans to design their own trainers.',
  'Apple invited developers to its conference in June.',
  'The prime minister invited reporters to join him on the flight.',
]);
expectAll('a leader or a party invited stays', [
  ['The president invited the Kenyan leader to visit Washington.', ['AGREE']],
  ['China invited Taliban officials to talks in Beijing.', ['AGREE']],
]);

// "Judge Martin Oakes rejected that account": a judge, a jury or a coroner rejecting a party's account, version or
// explanation weighs evidence (argument-senses.tsv reject subject&object; the title before a name is read as the
// subject, src/core/sense-object.ts titleWords); PLOVER REJECT's modes are refusals of help, change, concessions or
// meetings. A court refusing a request or an appeal, and a senator rejecting an account, stay REJECT.
expectNone('a court weighing an account refuses nothing', 'REJECT', [
  'The jury rejected the defence\'s account of the stabbing.',
  'The judge rejected the landlord\'s version of the eviction.',
  'Judge Helen Marsh rejected the tenant\'s account of the fire.',
  'Judge Peter Lyle rejected that account, saying the video showed the driver braking.',
  'Judge Amira Khan rejected the builder\'s version of the accident.',
]);
expectAll('a court refusing a request or an appeal stays', [
  ['The Supreme Court rejected the government\'s request to delay the hearing.', ['REJECT']],
  ['A Moscow court rejected the journalist\'s appeal against his detention.', ['REJECT']],
  ['Senator Maria Lopez rejected the Pentagon\'s account of the raid on Monday.', ['REJECT']],
]);

// "the government would review the funding system": a system, a formula or a model reviewed (noun-classes.tsv @scheme)
// is a policy weighed, no aid held back from anyone (verbs.tsv "review * funding", CAMEO 1311); a donor reviewing its
// aid to a country stays THREATEN.
expectNone('a funding system under review threatens no one', 'THREATEN', [
  'The minister said the government would review the grant system for farmers.',
  'The Treasury will review the aid formula for local councils.',
  'The council said it would review its funding model for libraries.',
  // (the parse reads the "that" after "said" as the object of "review": an object never stands before its verb)
  'The minister said on Monday that the government would reconsider the funding formula for schools.',
]);
expectAll('aid to a country under review stays a threat', [
  ['Germany said it would review its aid to Rwanda after the report.', ['THREATEN']],
  ['The European Union is reviewing its assistance to Niger.', ['THREATEN']],
  ['The minister said on Monday that Washington would review its funding for the UN agency.', ['THREATEN']],
]);

// "was struck by lightning", "destroyed by a landslide", "hit by a huge wave", "bombarded by solar radiation": what a
// force of nature does (the passive's "by" noun of noun-classes.tsv @hazard or @nature; argument-senses.tsv side agent,
// src/core/sense-object.ts agentNodes) has no actor and is no attack; a hail or a wave "of" bullets is read by its
// "of" noun, and weapons and armed men stay.
expectNone('a force of nature attacks no one', 'ASSAULT', [
  'Two hikers were struck by lightning on the ridge on Saturday.',
  'The village was destroyed by a landslide on Tuesday.',
  'The oil tanker was hit by a huge wave off the coast of Norway on Monday.',
  'The wheat crop was destroyed by hail in the Beauce on Saturday.',
  'The comet was bombarded by solar radiation as it neared the sun.',
]);
expectAll('weapons and armed men as the agent stay', [
  ['The convoy was hit by a hail of bullets near Kidal on Monday.', ['ASSAULT']],
  ['The village was destroyed by militants on Tuesday.', ['ASSAULT']],
  ['The tanker was hit by a Houthi missile off the coast of Yemen on Monday.', ['ASSAULT']],
  ['The market was hit by a wave of airstrikes on Sunday.', ['ASSAULT']],
]);

// "Russia would cut the grain export quota by 20 percent": a quota is an allowance; cut, halved or reduced it curtails
// trade (PLOVER SANCTION discontinue, CAMEO 163), where a tariff or a sanction cut eases it (verbs.tsv: quota taken out
// of the "cut * tariff" row, RETREAT 085, and given its own rows). A quota lifted or scrapped, and tariffs cut, ease.
expectAll('an allowance cut curtails trade', [
  ['Russia will cut its grain export quota by 20 percent from July.', ['SANCTION Russia > null']],
  ['China reduced its rare earth export quotas on Monday.', ['SANCTION China > null']],
  ['Indonesia halved its palm oil export quota on Friday.', ['SANCTION Indonesia > null']],
  ['The European Union cut the fishing quota for Norwegian trawlers on Tuesday.', ['SANCTION']],
]);
expectNone('an allowance cut eases nothing', 'RETREAT', [
  'China reduced its rare earth export quotas on Monday.',
  'Indonesia halved its palm oil export quota on Friday.',
]);
expectAll('a quota lifted and a tariff cut stay easing', [
  ['Indonesia lifted its palm oil export quota on Friday.', ['CONCEDE']],
  ['The United States cut tariffs on Chinese goods on Monday.', ['CONCEDE']],
]);

// "Investors staged a revolt at the annual meeting": investors' and creditors' revolt is a vote at a company's meeting
// (argument-senses.tsv revolt, rebellion and rebel rows, subject investor ...), no protest; soldiers and lawmakers
// revolting stay.
expectNone('an investors\' revolt is no protest', 'PROTEST', [
  'Investors staged a revolt at the annual meeting.',
  'Investors revolted at the bank\'s annual meeting in Zurich.',
  'Investors staged a rebellion over the chief executive\'s pay.',
]);
expectAll('soldiers and lawmakers revolting stay', [
  ['Soldiers revolted against their commanders in the barracks.', ['PROTEST']],
  ['Lawmakers revolted against the prime minister over the welfare cuts.', ['PROTEST']],
]);

// "the singer's fans laid siege to the hotel", "reporters besieged the minister's office": a throng of fans, reporters
// or shoppers (noun-classes.tsv @audience) crowds a place, no blockade and no protest (argument-senses.tsv siege and
// besiege rows, side subject); rebels', protesters' and supporters' sieges stay.
expectNone('fans and reporters besieging a place block no one', 'COERCE', [
  'The singer\'s fans laid siege to the hotel in Buenos Aires.',
  'Fans laid siege to the band\'s hotel in Santiago on Sunday.',
]);
expectNone('reporters besieging an office protest nothing', 'PROTEST', [
  'Reporters besieged the minister\'s office after the resignation.',
  'Journalists besieged the prime minister\'s residence in Tokyo after the scandal broke.',
]);
expectAll('rebels, protesters and supporters besieging stay', [
  ['Rebels laid siege to the city of El Fasher in May.', ['COERCE']],
  ['Protesters laid siege to the parliament building in Nairobi on Tuesday.', ['PROTEST']],
  ['Supporters besieged the court in Islamabad after the verdict.', ['PROTEST']],
]);

// Political news told in figures ("the opposition fired back", "fired a broadside at the government"): parties,
// lawmakers and office holders firing back at someone criticise (argument-senses.tsv fire row, subject opposition,
// lawmaker, minister ...: PLOVER ACCUSE), as the attack rows' lawmakers and critics do; troops, police and guards
// firing stay attacks.
expectNone('a politician firing back attacks no one', 'ASSAULT', [
  'The opposition fired back at the finance minister on Monday, calling his budget a fraud.',
  'Opposition leaders fired a broadside at the government over the health cuts.',
  'Labour lawmakers fired back at the prime minister on Tuesday over the welfare bill.',
  'The party\'s spokesman fired back at critics on Monday.',
  'The president fired back at the opposition in a televised speech on Sunday.',
]);
expectAll('a politician firing back criticises', [
  ['Labour lawmakers fired back at the prime minister on Tuesday over the welfare bill.', ['ACCUSE']],
  ['The president fired back at the opposition in a televised speech on Sunday.', ['ACCUSE']],
]);
expectAll('troops, police and guards firing stay attacks', [
  ['Troops fired back at the gunmen on Monday.', ['ASSAULT']],
  ['Police fired at protesters in Nairobi on Tuesday.', ['ASSAULT']],
  ['The president\'s guards fired at the protesters outside the palace.', ['ASSAULT']],
]);
// (guards: figures of election night and of the legislature were no attacks before this session and must stay so)
expectNone('figures of the legislature and the polls attack no one', 'ASSAULT', [
  'A Senate panel killed the immigration bill on Wednesday.',
  'The ruling party was decimated at the polls on Sunday.',
  'The opposition stormed to victory in the parliamentary election on Sunday.',
  'The government was hammered in the polls over rising prices.',
  'Peace talks between the two sides collapsed in Doha on Thursday.',
]);

// "Italy struck three times before half-time", "Japan struck in stoppage time", "hit back with a hat-trick": a word said
// of nothing but a match (off-topic.tsv domain match: half-time, stoppage time, equaliser, hat-trick ...) makes the
// sentence sport by itself, as a score does (src/core/off-topic.ts rowAt; the hyphened and two-word rows are read
// across their tokens: "half-time" was three tokens and never matched its row), so a country there is a team. Police
// and gunmen at a match, and armed forces, stay.
expectNone('a country scoring before half-time attacks no one', 'ASSAULT', [
  'France struck twice before half-time to stun Spain.',
  'Japan struck in stoppage time to stun the Germans.',
  'Argentina attacked relentlessly after the equaliser.',
  'Morocco hit back with a hat-trick from En-Nesyri.',
]);
expectAll('police and gunmen at a match stay', [
  ['Police fired tear gas at fans at half-time in the stadium in Buenos Aires.', ['ASSAULT']],
  ['Gunmen attacked the team bus at half-time outside the stadium in Lagos on Sunday.', ['ASSAULT']],
]);
