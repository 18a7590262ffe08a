import { coderPublishedOn, expectAll as expectAllCoded, expectExactSpecs, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 36 precision on text that should yield few or no events: a history feature, wildlife news, election night
// and business control, whose words of war name no act of today's politics. Found by coding thirteen articles written
// for the purpose (kept outside the repository); every sentence here is written for this file. Negatives show the
// political sense still fires. 10 June 2025 is a Tuesday.
const code = coderPublishedOn('2025-06-10');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
/** Each text codes no event at all. */
const expectNoEvents = (name: string, texts: readonly string[]) => expectExactSpecs(code, texts.map((t) => [name, t, []] as const));

// (History recounted, acts dated twenty years or more before publication, was dropped here at first; the lead kept
// the older convention at the merge: a dated act is coded with its date, as the dev gold codes "a 1994 cease-fire
// agreement" in a story of 2020, and tests hold "Rebels seized the town in 1994". Left for a decision.)

// "officers shot the bear", "police shot dead a crocodile": an animal shot or killed is no political target
// (noun-classes.tsv: wild animals join @animal; argument-senses.tsv shoot row; sense-object.ts: a verb with no object
// shares its coordinated verb's, "shot and killed the bear").
expectNoEvents('shooting a wild animal is no assault', [
  'Wildlife officers shot and killed the bear after it approached campers on Saturday.',
  'Police shot dead a crocodile that had killed a fisherman in Kenya on Sunday.',
  'Police shot a shark that attacked a swimmer off Sydney on Sunday.',
]);
expectAll('shooting or capturing people still assaults them', [
  ['Police shot dead two robbers in Lagos on Sunday.', ['ASSAULT']],
  ['Soldiers shot and killed two protesters in Khartoum on Sunday.', ['ASSAULT']],
  ['Militants captured two soldiers near the border on Monday.', ['ASSAULT']],
]);

// "Labour swept seats in the cities and stormed rural districts": on election night a party storms and captures
// districts with votes (argument-senses.tsv: storm/capture with seats or a landslide in the sentence).
expectNoEvents('storming districts with seats won is an election result', [
  'Labour swept seats in Auckland and Wellington and stormed several rural districts.',
  'The Social Democrats stormed the industrial towns, winning 20 seats.',
  'The Liberal Democrats captured the town of Bath and two seats in Devon.',
  'The opposition captured the capital and 40 seats in a landslide.',
]);
expectAll('storming a district or capturing a city by force stays', [
  ['Gunmen stormed a police station in Kano on Friday.', ['ASSAULT']],
  ['Rebels stormed the district headquarters in Ghazni on Monday.', ['ASSAULT']],
]);

// "commissioners took control of the council's finances": control of money or a business is no ground seized
// (argument-senses.tsv take row; sense-object.ts reads what "control of" holds, its "of" noun).
expectNoEvents('taking control of finances or a company is no seizure', [
  'Government commissioners took control of the council\'s finances on Monday.',
  'An Emirati group took control of the team on Monday.',
  'A Saudi fund took control of the football club in May.',
]);
expectAll('taking control of a town or a broadcaster stays', [
  ['Rebels took control of the town of Goma on Monday.', ['ASSAULT']],
  ['The army seized control of the state broadcaster on Tuesday.', ['COERCE']],
]);

// "head teachers attacked the government over funding cuts": professions, unions and office holders attack with words
// (argument-senses.tsv: attack with such a subject is ACCUSE 112, as the lawmakers' and critics' row above it).
expectAll('a profession or an office holder attacking an office criticises it', [
  ['Head teachers attacked the government over funding cuts that forced schools to drop subjects.', ['ACCUSE']],
  ['Doctors attacked the health minister over the shortage of nurses.', ['ACCUSE']],
  ['The nurses\' union attacked ministers over the pay offer on Monday.', ['ACCUSE']],
]);
expectNone('a profession or an office holder attacking an office criticises it', 'ASSAULT', [
  'Head teachers attacked the government over funding cuts that forced schools to drop subjects.',
  'Doctors attacked the health minister over the shortage of nurses.',
  'The nurses\' union attacked ministers over the pay offer on Monday.',
]);
expectAll('armed men attacking over a weekend or a border still attack', [
  ['Rebels attacked the town over the weekend.', ['ASSAULT']],
  ['Militants attacked the army over the border on Monday.', ['ASSAULT']],
]);

// "accused the leader of breaking an election promise": a promise to voters broken is domestic politics told by critics,
// no plan or agreement between parties rejected (argument-senses.tsv: break/betray/abandon near election, campaign,
// manifesto). A state's commitment or pledge to another party broken stays REJECT.
expectNone('a broken election promise is no rejection', 'REJECT', [
  'The prime minister broke his election promise on taxes, critics said.',
  'The chancellor abandoned a manifesto pledge to build new homes on Monday.',
  'The mayor betrayed his campaign promises, protesters said on Sunday.',
]);
expectAll('a commitment to another party broken stays a rejection', [
  ['Iran broke its commitment under the nuclear deal, the agency said on Monday.', ['REJECT']],
  ['Russia broke its pledge not to attack civilian infrastructure, Ukraine said.', ['REJECT']],
  ['The government abandoned its commitment to the peace plan on Monday.', ['REJECT']],
]);

// "police urged motorists to avoid the city centre": advice to drivers, hikers, swimmers or fans is a routine
// precaution, no demand on an actor (coding guide rule 1; argument-senses.tsv urge row). Residents, civilians,
// protesters and states urged stay appeals.
expectNoEvents('advice to motorists, hikers or fans is no request', [
  'Police urged motorists to avoid the city centre on Saturday.',
  'Officials urged hikers to carry bear spray and travel in groups.',
  'Authorities urged swimmers to stay out of the water after the shark was seen on Sunday.',
  'Police urged fans to arrive early for the match on Saturday.',
]);
expectAll('an appeal to residents, civilians, protesters or a state stays', [
  ['Israel urged residents of northern Gaza to move south on Monday.', ['REQUEST']],
  ['The army urged civilians to leave the city on Monday.', ['REQUEST']],
  ['The president urged protesters to go home on Sunday.', ['REQUEST']],
  ['The United States urged Israel to allow more aid into Gaza.', ['REQUEST']],
]);

// "the carmaker fired 2,000 workers": a business cutting jobs represses no one (argument-senses.tsv fire/sack/dismiss
// rows with actor kind company); a strike or a union in the sentence keeps the labour dispute's COERCE, and a state's
// dismissals stay.
expectNoEvents('a business cutting jobs is no repression', [
  'The carmaker fired 2,000 workers on Monday.',
  'Tesla fired 2,000 workers on Monday.',
  'Amazon sacked 300 warehouse workers in Germany on Friday.',
]);
expectAll('firing strikers, or a state sacking its servants, stays', [
  ['Amazon fired 30 workers who joined the strike on Monday.', ['COERCE']],
  ['The company fired 200 striking workers on Friday.', ['COERCE']],
  ['The government sacked 20,000 civil servants after the coup attempt.', ['COERCE']],
]);

// "declared a red alert in 12 provinces as temperatures soared": a weather alert puts no troops on alert
// (argument-senses.tsv alert row with heat, rain, floods or storms in the sentence); a military alert stays.
expectNoEvents('a weather alert is no military alert', [
  'The government declared a red alert in 12 provinces as temperatures soared.',
  'Italy declared a red alert for heat in 16 cities on Monday.',
  'The government declared a red alert in three regions as heavy rain caused floods.',
]);
expectAll('a military alert stays', [
  ['The army was put on red alert after the missile test.', ['MOBILIZE']],
  ['North Korea declared a red alert on Monday, state media said.', ['MOBILIZE']],
]);

// "the mayor declared war on potholes": war declared on a nuisance or a social ill threatens no actor
// (argument-senses.tsv declare row, its nouns after the verb); war declared on a state or a group stays THREATEN.
expectNoEvents('war declared on a nuisance is no threat', [
  'The mayor declared war on potholes.',
  'The new minister declared war on red tape on Monday.',
  'The health minister declared war on sugar on Friday.',
  'The governor declared war on graffiti in the capital.',
]);
expectAll('war declared on a state or a group stays', [
  ['Russia declared war on Ukraine in a televised address.', ['THREATEN']],
  ['The group declared war on the government on Sunday.', ['THREATEN']],
]);

// "the senator shot down the proposal": a proposal, an idea or a plan shot down is rejected (argument-senses.tsv shoot
// row, object an idea, a law or a proposal: REJECT 120); aircraft and drones shot down stay attacks.
expectAll('a proposal shot down is rejected', [
  ['The senator shot down the proposal in committee.', ['REJECT']],
  ['The finance minister shot down the idea of a wealth tax on Monday.', ['REJECT']],
  ['The prime minister shot down the plan for early elections.', ['REJECT']],
  ['Russia shot down two Ukrainian drones over Belgorod on Monday.', ['ASSAULT']],
  ['Rebels shot down a military helicopter in Mali on Sunday.', ['ASSAULT']],
]);
expectNone('a proposal shot down is rejected', 'ASSAULT', [
  'The senator shot down the proposal in committee.',
  'The finance minister shot down the idea of a wealth tax on Monday.',
  'The prime minister shot down the plan for early elections.',
]);
