import { table } from './non-events-table.ts';

// Text that names an act without telling one, found probing wire and feature prose. Sentences written for these tests.

// ", to fight on until ...": an infinitive set apart by a comma is an aim (src/extract/tree-clauses/purpose-clause.ts)
table('an aim set off by a comma is no act', [
  ['"Our resolve has only grown stronger, to fight on until the region is rid of the militants," the mission commander said.', []],
  ['"Our determination has been strengthened, to fight until the last terrorist is defeated," the army said.', []],
  ['Government troops advanced on the town, to retake it from the rebels.', ['ASSAULT troops>-']],
]);
table('an infinitive that is the act or its plan stays', [
  ['Rebels decided to attack the town on Monday.', ['ASSAULT Rebels>town planned']],
  ['Troops opened fire on protesters in the capital on Monday.', ['ASSAULT troops>protesters']],
]);

// "the 2014 annexation of Crimea": an act noun named by its year is a past event referred to (rule
// candidate:tree-named-by-year); the act told with its date as a clause is an event
table('an act named by its year is no event', [
  ['The 2014 annexation of Crimea by Russia remains a source of tension with Europe.', []],
  ['Relations have been frozen since the 2003 invasion of Iraq by U.S.-led forces.', []],
  ['The country still bears the scars of the 1994 genocide against the Tutsi.', []],
]);
table('an act told with its year stays', [
  ['Russia annexed Crimea in 2014.', ['COERCE RUS>-']],
  ['In 2003, U.S.-led forces invaded Iraq.', ['ASSAULT ->IRQ']],
  ['Two people were killed in the 2 a.m. attack on the checkpoint.', ['ASSAULT ->people']],
]);

// "Whether the army will attack the city remains unclear": a question as the subject, its verb parsed as the root
// (src/extract/tree-clauses/open-question.ts)
table('an open question as the subject states nothing', [
  ['Whether the army will attack the city remains unclear.', []],
  ['Who attacked the convoy is still unknown.', []],
  ['Whether the rebels shelled the base remains uncertain.', []],
]);
table('a question beside a stated act', [
  ['Who attacked the convoy? Police arrested two men on Monday.', ['COERCE Police>men']],
  ['The army attacked the city on Monday, which remains tense.', ['ASSAULT army>city']],
]);

// word senses by the arguments (data/patterns/argument-senses.tsv): an attack on a plan is criticism, a clash of
// cultures no fighting; armed men storming a police station assault it, protesters storming parliament riot
table('metaphors and senses', [
  ['The senator attacked the president\'s plan in a speech on Tuesday.', ['ACCUSE senator>-']],
  ['The opposition leader attacked the budget as reckless during a debate in parliament.', ['ACCUSE leader>-']],
  ['Critics describe the dispute as a clash of cultures between Brussels and London.', []],
  ['The summit exposed a clash of personalities between the two presidents.', []],
  ['Taliban fighters stormed a police station in Ghazni on Friday.', ['ASSAULT taliban>-']],
  ['Gunmen stormed the state broadcaster in Kabul on Monday.', ['ASSAULT gunmen>-']],
  ['Protesters stormed the parliament in Baghdad on Saturday.', ['PROTEST protesters>-']],
  ['Troops clashed with protesters in Lagos on Monday.', ['ASSAULT troops>protesters']],
  ['Russian forces attacked the Ukrainian port of Odesa on Monday.', ['ASSAULT RUS>-']],
]);
