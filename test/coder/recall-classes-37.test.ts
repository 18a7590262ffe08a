import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 37 classes of events the coder missed, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);
const expect = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAll(code, name, cases);

// "The cabinet approved the deployment of troops", "the senate endorsed / okayed / greenlighted the deployment": who
// approves a deployment of its own side's force mobilises it (extract/authorised-deployment.ts). A bare definite
// "the deployment of troops" under such a verb was dropped as a mere mention of an act never told (the verb is now its
// anchor, core/unreported-act.ts), "endorse"/"okay"/"greenlight" were no verbs of authorising
// (data/lexicon/ordering-verbs.tsv), and "endorsed" added a SUPPORT of the deployment beside it
// (rule candidate:authorising-own-deployment drops it).
expect('approving one\'s own deployment is a MOBILIZE', [
  ['The cabinet approved the deployment of troops to the border.', ['MOBILIZE cabinet > null']],
  ['Congress okayed the deployment of troops to the border on Monday.', ['MOBILIZE Congress > null']],
  ['The cabinet greenlighted the deployment of soldiers to the north on Monday.', ['MOBILIZE cabinet > null']],
]);
expectCodes('the endorser of its own deployment mobilises', [
  ['Kenya\'s parliament endorsed the deployment of 1,000 police officers to Haiti on Monday.', 'deployment', 'KENLEG', null],
  ['Ghana\'s parliament endorsed the deployment of 300 soldiers to Mali on Monday.', 'deployment', 'GHALEG', null],
]);
expectNone('endorsing one\'s own deployment is no SUPPORT beside it', 'SUPPORT', [
  'Kenya\'s parliament endorsed the deployment of 1,000 police officers to Haiti on Monday.',
  'Ghana\'s parliament endorsed the deployment of 300 soldiers to Mali on Monday.',
]);
// endorsing a plan or a person is support; a host letting in a foreign force keeps the force as the actor
expect('endorsing something else stays SUPPORT', [
  ['The senate endorsed the peace plan on Monday.', ['SUPPORT senate > null']],
  ['Ghana\'s parliament endorsed the ceasefire on Monday.', ['AGREE Ghana\'s parliament > null']],
]);
expectCodes('a host approving a foreign force keeps the force as actor', [
  ['Poland\'s parliament approved the deployment of US troops on Monday.', 'deployment', 'USAMIL'],
  ['Russia condemned the deployment of US troops to Poland on Monday.', 'deployment', 'USAMIL'],
]);

// "Kyiv said it hit an airbase, while Moscow said it destroyed a tank": the subject pronoun of the second speaker's report
// is that speaker, as its possessive is ("Kyiv said its forces"); the resolver took it to the sentence's first speaker,
// which gave the second act the first side (or merged it into the first act as a duplicate and lost it). The nearest
// speaker right before the pronoun's report now owns it (resolve/anaphora.ts ownReport).
expectCodes('the second speaker\'s "it" is that speaker', [
  ['Kyiv said it hit a Russian airbase, while Moscow said it destroyed a Ukrainian tank.', 'destroyed', 'RUS'],
  ['Israel said it struck Hamas targets, while Hamas said it fired rockets at Tel Aviv.', 'fired', 'hamas'],
  ['Russia said it struck a power plant, but Ukraine said it shot down 30 drones on Monday.', 'shot down', 'UKR'],
  ['Egypt said it hosted talks with Hamas, while Qatar said it sent aid to Gaza.', 'sent aid', 'QAT'],
]);
// the first speaker keeps its own "it"; a pronoun after another party in the report is not the speaker's
expectCodes('the first speaker, and a party named in between, keep their pronouns', [
  ['Kyiv said it hit a Russian airbase, while Moscow said it destroyed a Ukrainian tank.', 'hit', 'UKR'],
  ['Russia accused Ukraine of shelling the plant, but Kyiv said its forces struck a Russian depot.', 'struck', 'UKRMIL'],
  ['Egypt said it hosted talks with Hamas, while Qatar said it sent aid to Gaza.', 'hosted', 'EGY'],
]);

// "The Houthis, who have seized a British tanker, threatened more attacks": a relative clause set off by commas whose
// present perfect falls on one single thing (a singular noun with its article) tells a deed, as a past one does; it was
// dropped as a description of the group (tree-clauses/description.ts isSetOffDeed, so no candidate:tree-description). A
// record stays a description: many things ("hundreds of soldiers", "several ships"), a stretch ("for months",
// "repeatedly") or a state verb. The main verb's date is not the deed's (core/clause-dates.ts).
expect('a set-off perfect relative on one thing is a deed', [
  ['The Houthis, who have seized a British-owned tanker in the Red Sea, threatened more attacks on Monday.', ['COERCE Houthis > a British-owned tanker', 'THREATEN']],
  ['The RSF, which has stormed the main hospital in El Fasher, denied the report on Monday.', ['ASSAULT RSF > main hospital', 'REJECT']],
  ['The junta, which has arrested the former prime minister, promised elections on Monday.', ['COERCE junta > the former prime minister']],
  ['The militia, which has kidnapped a local chief, demanded a ransom on Monday.', ['ASSAULT The militia > a local chief']],
]);
expectNone('a record of many acts stays a description', 'ASSAULT', [
  'Al-Shabab, which has killed hundreds of soldiers in Somalia, praised the bombers on Monday.',
  'The group, which has abducted dozens of aid workers, denied the report on Monday.',
  'Hamas, which has fought Israel for months, agreed to the truce on Monday.',
  'The rebels, who have repeatedly attacked the highway, agreed to talks on Monday.',
]);
expectNone('many ships seized, or a town held, stay descriptions', 'COERCE', [
  'The Houthis, who have seized several ships in the Red Sea, threatened more attacks on Monday.',
]);
expectNone('a state verb stays a description', 'ASSAULT', [
  'The militia, which has controlled the town since 2019, agreed to talks on Monday.',
]);

// "The ministry dismissed the video as fake", "waved away the documents as a hoax": waving away anything as untrue or
// worthless is a REJECT (coding guide rule 3) whatever the thing is; only named accusations, charges and measures had
// rows. "dismissed the protests as foreign-backed" lays them on foreign hands, an ACCUSE (data/patterns/extra-verbs.tsv,
// the two last rows). The word after "as" keeps a dismissal from office ("dismissed the minister as protests grew") out.
expect('dismissing something as untrue or foreign-made is coded', [
  ['The ministry dismissed the video as fake on Monday.', ['REJECT ministry > null']],
  ['The army dismissed the footage as fabricated on Monday.', ['REJECT army > null']],
  ['The embassy waved away the leaked documents as a hoax on Monday.', ['REJECT embassy > null']],
  ['Police dismissed the casualty figures as exaggerated on Monday.', ['REJECT Police > null']],
  ['The president dismissed the protests as foreign-backed on Monday.', ['ACCUSE The president > null']],
  ['The government dismissed the rally as western-sponsored on Monday.', ['ACCUSE government > null']],
]);
expectNone('a dismissal from office is no rejection', 'REJECT', [
  'The president dismissed the defence minister as protests grew on Monday.',
  'The president dismissed the army chief on Monday.',
]);

// "Loyalist troops retook the building", "police recaptured the prison": taking back a building that attackers,
// mutineers or rioters held is an ASSAULT as retaking a town is; only place nouns had rows, so the bare retake row
// (which wants a place) left it with no roles (data/patterns/extra-verbs.tsv, last row; found on a coup story written
// for this session). Reclaiming a building in court, or retaking a town, keep their coding.
expect('retaking a held building is an assault', [
  ['Loyalist troops retook the building hours later.', ['ASSAULT troops > null']],
  ['Police recaptured the prison on Monday after a 12-hour standoff with rioting inmates.', ['ASSAULT Police > the prison']],
  ['Special forces retook the hotel on Monday after the militants killed 20 guests.', ['ASSAULT Special forces > the hotel', 'ASSAULT the militants > 20 guests']],
]);
expectNone('reclaiming a building in court is no assault', 'ASSAULT', [
  'The government reclaimed the building in a court ruling on Monday.',
]);
expect('retaking a town keeps its row', [
  ['The army retook the town of Kidal on Monday.', ['ASSAULT army > the town of Kidal']],
]);

// "The Taliban's takeover of Kabul", "the capture of Goma by M23 rebels": an act noun of taking whose "of" names a town
// or region is an ASSAULT by its possessor or its "by" agent, as "captured Goma" is; the noun rows needed a place noun
// ("takeover of the city"), a named place left no trigger (data/patterns/nouns.tsv, last row, `place` now read on a
// noun row's "of" phrase: extract/pattern-requirements.ts). A company or a suspect taken names no place.
expect('taking a named place, told as a noun, is an assault', [
  ['The Taliban\'s takeover of Kabul shocked the world.', ['ASSAULT Taliban > Kabul']],
  ['The capture of Goma by M23 rebels triggered a humanitarian crisis.', ['ASSAULT M23 rebels > Goma']],
  ['The jihadists\' conquest of Timbuktu alarmed the region.', ['ASSAULT The jihadists > null']],
]);
expectNone('a takeover of a company or a captured suspect is no assault', 'ASSAULT', [
  'The takeover of the company by a Chinese firm worried investors.',
  'The capture of the suspect by police ended a week-long manhunt.',
]);
