import { coderPublishedOn, expectAll as expectAllOf, expectCodes as expectCoded, expectNone } from './class-fixture.ts';

// Session 44 classes of the target (to whom or what an event was done), each on sentences written for this file, with
// negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllOf(code, name, cases);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);
const expectNoneOf = (name: string, type: string, texts: readonly string[]) => expectNone(code, name, type, texts);

// "Drones struck a fuel depot, killing three workers": the building, vehicle or unit an attack strikes is its target;
// the dead its participle counts are the toll. They replaced any uncoded thing (core/refiners.ts
// mergeParticipleConsequences); now only a settlement told by its kind gives way to the people killed in it.
expectAll('a thing struck stays the target of an attack whose participle kills', [
  ['Russian drones struck a fuel depot near Odesa on Friday, killing three Ukrainian workers.', ['ASSAULT Russian drones > a fuel depot']],
  ['Sudanese army shells hit a crowded market in Omdurman on Monday, killing 14 civilians.', ['ASSAULT Sudanese army shells > a crowded market']],
  ['Houthi missiles hit a cargo ship in the Red Sea on Monday, killing two Filipino sailors.', ['ASSAULT Houthi missiles > a cargo ship']],
  ['A Russian missile hit a railway station in Kramatorsk on Thursday, killing four Ukrainian civilians.', ['ASSAULT A Russian missile > a railway station']],
]);
// a settlement's dead are its people: the village or town hit gives way to them (coded as its civilians)
expectCodes('a settlement hit keeps the coded dead', [
  ['Myanmar\'s military bombed a village in Shan state on Tuesday, killing nine civilians.', 'bombed', 'MMRMIL', 'MMRCVL'],
  ['Taliban fighters attacked a checkpoint in Afghanistan\'s Helmand province, killing seven Afghan soldiers.', 'attacked', 'taliban', 'AFG'],
]);

// "Governor Dauda Lawal urged the federal government to send troops": a person's office lends the person and the state
// body he appeals to one code, and a target sharing the actor's code was dropped as the actor itself; an appeal is made
// to another, so a government body a person appeals to stays (core/distinct-person.ts bodyAppealedTo).
expectAll('a government body a person appeals to is the target', [
  ['Kano state governor Abba Yusuf called on the federal government to protect farmers in the north.', ['REQUEST governor Abba Yusuf > federal government']],
  ['Mexico\'s interior minister asked the government to release funds for the flooded towns.', ['REQUEST Mexico\'s interior minister > government']],
  ['Mayor Claudia Lopez of Bogota appealed to the national government to send more police.', ['REQUEST Mayor Claudia Lopez of Bogota > national government']],
  ['Zamfara Governor Dauda Lawal urged the federal government to send more troops to the state.', ['REQUEST Zamfara Governor Dauda Lawal > federal government']],
]);
// (an arrest of an official keeps its target; a statement about the government is no appeal)
expectCodes('other acts on a state\'s own officials keep their readings', [
  ['Nigerian police arrested the governor of Zamfara.', 'arrested', 'NGACOP', 'NGAGOV'],
]);
expectNoneOf('a statement about the government is no appeal to it', 'REQUEST', [
  'Kenyan President William Ruto said the government would cut spending.',
]);

// "accused foreign sponsors of arming the rebels", "criticized outside powers for interfering": the party a charge is
// laid on was a target only when the dictionaries knew it or it ended in a proper noun; the charge that follows as its
// "of" or "for" says it is a party whatever its noun (tree-roles/named-object.ts chargedParty). After a verb of
// criticism only a plural noun of people stands ("criticized the deal for failing" lays it on a thing).
expectAll('the party a charge is laid on is the target', [
  ['The junta accused foreign sponsors of arming the rebels.', ['ACCUSE junta > foreign sponsors']],
  ['Moscow criticized outside powers for interfering in the region.', ['ACCUSE Moscow > outside powers']],
  ['The president accused the political elite of corruption.', ['ACCUSE The president > the political elite']],
  ['Hungary\'s prime minister criticized foreign financiers for meddling in the election.', ['ACCUSE Hungary\'s prime minister > foreign financiers']],
]);
expectAll('a thing criticized or blamed is no target', [
  ['Civil society groups criticized the deal for failing to address justice.', ['ACCUSE Civil society groups > null']],
  ['The minister blamed heavy rains for the flooding.', ['ACCUSE The minister > null']],
  ['The union condemned the killings.', ['ACCUSE union > null']],
]);

// "deployed special forces to Juba to secure the capital", "deployed soldiers to guard oil pipelines": a force is
// mobilized against whom its purpose clause lands on, but a purpose of guarding (secure, protect, guard, escort; data
// /lexicon/clause-cues.tsv guarding) keeps what it lands on safe: no target (tree-roles/tree-targets.ts withMobilizedAgainst).
expectAll('what a deployed force guards is no target', [
  ['Uganda said it had deployed special forces to Juba to secure the capital.', ['MOBILIZE it > null']],
  ['Kenya sent 400 police officers to Haiti to protect the airport.', ['MOBILIZE Kenya > null']],
  ['Nigeria deployed soldiers to guard oil pipelines in the Niger Delta.', ['MOBILIZE Nigeria > null']],
]);
expectAll('a force sent to fight keeps whom it fights', [
  ['Chad and Cameroon deployed forces to combat Boko Haram.', ['MOBILIZE Chad > Boko Haram']],
  ['Nigeria sent troops to fight bandits in Zamfara.', ['MOBILIZE Nigeria > bandits']],
]);

// "Iraq's government deployed troops to Anbar province": a state's body moving its forces within its own land faces no
// one there; the region, coded as the state itself, took the target where the actor was one of the state's bodies
// (IRQGOV moving into IRQ) rather than the state (core/assemble.ts ownLand). A foreign land stays (Cyprus, Taiwan).
expectAll('a force moved within its own state has no target', [
  ['Ethiopia\'s government deployed troops to the Amhara region on Monday.', ['MOBILIZE Ethiopia\'s government > null']],
  ['Ukraine\'s army moved reserves to the Donetsk region on Monday.', ['MOBILIZE Ukraine\'s army > null']],
  ['Iraq\'s government deployed troops to Anbar province on Monday.', ['MOBILIZE Iraq\'s government > null']],
  ['Colombia\'s government sent troops to the Catatumbo region on Monday.', ['MOBILIZE Colombia\'s government > null']],
]);
expectAll('a force moved into another state keeps it', [
  ['Turkish troops marched into northern Cyprus in July 1974.', ['MOBILIZE Turkish troops > Cyprus']],
  ['China deployed warships around Taiwan on Monday.', ['MOBILIZE China > Taiwan']],
]);
