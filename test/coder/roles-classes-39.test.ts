import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 39 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "The Chinese ambassador criticized the vote. Lithuania summoned her": the row "summon * ambassador" wants the envoy's
// word where the text has a pronoun, so nothing was coded; "expelled them" after two diplomats read as a deportation
// (COERCE) instead of the row "expel * diplomat" (SANCTION expel). A personal pronoun whose antecedent is resolved now
// stands for that antecedent's head words in the pattern steps after a row's head and in the argument senses' object
// checks (resolve/pronoun-stand-ins.ts, extract/morphology.ts FormTable; rule pattern:pronoun-stands-for-antecedent).
expectAll(code, 'a pronoun counts as the words of what it stands for in a row', [
  ['The Chinese ambassador criticized the vote. Lithuania summoned her on Tuesday.', ['ACCUSE Lithuania > her']],
  ['Two Russian diplomats arrived in Oslo last week. Norway expelled them on Friday.', ['SANCTION Norway > them']],
  ['Kenya\'s envoy to Somalia made a speech. Mogadishu expelled him on Monday.', ['SANCTION Mogadishu > him']],
  ['Iran\'s ambassador arrived in Berlin on Monday. He was expelled on Friday.', ['SANCTION null > He']],
  ['Australian citizens remain in Lebanon. Canberra told them to leave on Monday.', ['REQUEST Canberra > them']],
]);
expectCodes('the pronoun keeps its antecedent\'s code as the target', [
  ['The Chinese ambassador criticized the vote. Lithuania summoned her on Tuesday.', 'summoned', 'LTU', 'CHNGOV'],
  ['Kenya\'s envoy to Somalia made a speech. Mogadishu expelled him on Monday.', 'expelled', 'SOM', 'KENGOV'],
]);
// a pronoun for someone else (a businessman, an owner's driver), a possessive "her" and a pronoun no row asks for keep their reading
expectAll(code, 'a pronoun for someone no row names keeps its reading', [
  ['A Russian businessman arrived in Oslo last week. Norway expelled him on Friday.', ['COERCE Norway > him']],
  ['The ambassador\'s driver was arrested. Germany expelled him on Friday.', ['COERCE Germany > him']],
  ['Iran\'s ambassador arrived in Berlin on Monday. Germany criticized him on Friday.', ['ACCUSE Germany > him']],
]);
expectNone('a possessive "her" is no envoy', 'SANCTION', ['The French ambassador was in Bamako. Mali expelled her deputy on Tuesday.']);

// "Opposition leader Jean Lisanga Bonganga of Congo ... Lisanga accused the police": a later mention by the middle word
// of a three-word name was no one (resolve/later-mentions.ts took only the last word as the surname); it is now that
// person, with the phrase's code (rule actor:later-mention). "Mwangi accused Tanzanian police of torture": a lone unknown
// capitalised name opening a clause before its verb is now a named actor with no code, as an unknown full name is
// ("Ahmed Ali accused ..."), flagged for analysts (resolve/bare-surnames.ts, rule actor:bare-surname+unresolved-name):
// no country is guessed for it, a person's nationality is not the story's. A minister whose Phoenix code adds a civil
// portfolio to the government ("AFGGOVMED", information) acts for the government: the first role decides
// (core/actor-ref.ts).
expectCodes('a middle name or a bare surname names the person', [
  ['Opposition leader Jean Lisanga Bonganga of Congo was arrested in Kinshasa. Lisanga accused the police of torture on Monday.', 'accused', 'CODOPP', 'CODCOP'],
  ['Former Chadian prime minister Ahmat Saleh Djibrine fled to Cameroon. Saleh accused the junta of corruption on Tuesday.', 'accused', 'TCDELI', 'TCDGOV'],
  ['Mwangi accused Tanzanian police of torture on Monday.', 'accused', null, 'TZACOP'],
  ['Riot police fired tear gas at students in Lagos. Adebayo accused the police of brutality on Monday.', 'accused', null, 'NGACOP'],
  ['Sayed Makhdum Rahin rejected the results on Tuesday.', 'rejected', 'AFGGOVMED'],
]);
expectAll(code, 'a bare surname opening a clause is the actor', [
  ['On Sunday, Okonkwo condemned the army\'s raid on the village.', ['ACCUSE Okonkwo > army']],
  ['Mwangi accused Tanzanian police of torture on Monday.', ['ACCUSE Mwangi > Tanzanian police']],
]);
// a surname owning a noun, a weekday, a town named before and a known name keep their reading
expectAll(code, 'what is no bare surname keeps its reading', [
  ['Mwangi\'s lawyer accused the police of torture on Monday.', ['ACCUSE lawyer > police']],
  // (a named town acted on is the target since session 44, wire: here Congo's)
  ['Lisanga is a town in Congo. Rebels attacked Lisanga on Monday.', ['ASSAULT Rebels > Lisanga']],
  ['Gazprom cut gas supplies to Moldova on Monday.', ['COERCE Gazprom > Moldova']],
]);
expectNone('a weekday is no one', 'PROTEST', ['Tuesday brought fresh protests in Kenya.']);

// "Ukraine's recapture of Kupiansk angered Moscow": a verb row on its noun form landed where a verb's object would, and a
// noun has none, so ground taken back had no target where "Ukraine recaptured Kupiansk" has the town (as a thing, no
// country's). Such an act now lands as a noun does, on its "of" noun: a verb row read with a noun's roles, or one whose
// head the tree reads as a noun with an "of" noun (tree-roles/gerund-noun.ts landsAsNoun, tree-targets.ts). A plural's
// bare apostrophe the parse hangs as a compound ("the rebels' capture of Goma") is a possessor too (owner-phrase.ts
// isPossessor): the act is its owner's, where it had been dropped with no roles.
expectAll(code, 'the "of" noun of an act noun is its target', [
  ['Sudan\'s recapture of Wad Madani delighted residents.', ['ASSAULT Sudan > Wad Madani']],
  ['Ukraine\'s recapture of Kupiansk angered Moscow.', ['ASSAULT Ukraine > Kupiansk']],
  ['Government forces\' recapture of the airport on Monday ended a week of fighting.', ['ASSAULT Government forces > the airport']],
  ['The militias\' capture of the oilfield angered Tripoli.', ['ASSAULT The militias > the oilfield']],
  ['After the rebels\' capture of Goma, thousands fled to Rwanda.', ['ASSAULT the rebels > Goma']],
]);
// the verb, the "by" doer, and a capture of no ground keep their reading
expectAll(code, 'verbs and "by" doers keep their landing', [
  ['Ukraine recaptured Kupiansk in November.', ['ASSAULT Ukraine > Kupiansk']],
  ['The capture of Goma by the rebels displaced thousands.', ['ASSAULT the rebels > Goma']],
]);
expectNone('no ground taken, no attack', 'ASSAULT', ['The players\' capture of the trophy delighted fans.', 'The suspects\' capture on Monday ended a manhunt.']);

// "The Kenyan government accused the governor of Mombasa of corruption": a town's own official takes its state's code
// (resolve/town-officials.ts), KENGOV as the government's, so the target was dropped as the actor itself. Codes name a
// party, not an entity: a town's or region's official is another body than the central government acting on it
// (core/distinct-person.ts localOfficial), as Phoenix codes the Kurdistan Regional Government IRQGOV beside Baghdad's.
expectCodes('a quarrel with a town\'s official keeps its target', [
  ['The Kenyan government accused the governor of Mombasa of corruption.', 'accused', 'KENGOV', 'KENGOV'],
  ['Nigeria\'s federal government accused the governor of Lagos of corruption on Monday.', 'accused', 'NGAGOV', 'NGAGOV'],
  ['The Turkish government suspended the mayor of Istanbul on Monday.', 'suspended', 'TURGOV', 'TURGOV'],
]);
// the state's own members and a possessive of the actor stay the actor itself; a town official of a city acting for its state keeps its code
expectCodes('the actor\'s own people are no target', [
  ['The Kenyan government accused its own ministers of corruption.', 'accused', 'KENGOV', null],
  ['Moscow accused the mayor of Yekaterinburg of embezzlement on Monday.', 'accused', 'RUS', 'RUSGOV'],
]);
