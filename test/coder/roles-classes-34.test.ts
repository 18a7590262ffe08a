import { coderPublishedOn, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 34 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Israeli shelling", "U.S. airstrikes", "Russian air strikes", "a Russian invasion": a demonym, or a country used as
// a modifier, before an act of armed force names that country's military, as before a weapon (the lead's convention
// of session 34; data/lexicon/military-act-nouns.tsv, resolve/role-country.ts). "U.S." before any noun, and a
// demonym before a gerund or an act noun, named the country alone.
expectCodes('a demonym or country before an act of armed force is its military', [
  ['Israeli shelling killed five people in the Gaza Strip on Monday.', 'killed', 'ISRMIL'],
  ['U.S. airstrikes hit Houthi positions near Hodeidah on Saturday.', 'hit', 'USAMIL'],
  ['Russian air strikes hit a market in Idlib province on Sunday.', 'hit', 'RUSMIL'],
  ['A U.S. drone strike killed an al-Shabab commander in southern Somalia on Friday.', 'killed', 'USAMIL'],
  ['Israeli raids in the occupied West Bank killed four Palestinians on Monday.', 'killed', 'ISRMIL'],
  ['Turkish bombardment of Kurdish villages in northern Iraq wounded six people on Sunday.', 'bombardment', 'TURMIL'],
  ['Officials said Russian attacks on the city killed four civilians overnight.', 'attacks', 'RUSMIL'],
]);
expectCodes('a demonym or country before a civil act, or a compound that is no armed act, stays the country', [
  ['U.S. sanctions hit Iranian oil exports last year.', 'sanctions', 'USA'],
  ['Chinese sanctions on three U.S. defence firms took effect on Monday.', 'sanctions', 'CHN'],
  ['A Russian cyber attack hit Ukrainian banks on Monday.', 'hit', 'RUS'],
]);

// "Myanmar's junta", "Niger's ruling junta", "Burkina Faso's military junta": a junta is its state's government, as
// the Phoenix agents dictionary has it (JUNTA [~GOV], RULING_JUNTA [~GOV]; data/actors/roles.tsv); its forces and
// troops stay its military.
expectCodes('a junta is the government', [
  ['Myanmar\'s junta arrested three opposition leaders in Yangon on Monday.', 'arrested', 'MMRGOV'],
  ['Niger\'s ruling junta suspended the BBC on Thursday.', 'suspended', 'NERGOV'],
  ['Burkina Faso\'s military junta expelled three French diplomats on Monday.', 'expelled', 'BFAGOV'],
]);
expectCodes('a junta\'s forces stay its military', [
  ['Myanmar junta troops burned a village in Sagaing region on Tuesday.', 'burned', 'MMRMIL'],
  ['Junta forces shelled villages in Myanmar\'s Sagaing region on Tuesday.', 'shelled', 'MMRMIL'],
  ['The junta\'s soldiers shot dead two protesters in Mandalay on Sunday.', 'shot', 'MMRMIL'],
]);

// "Russia accused Ukraine of ... The defence ministry said ...": a bare state body opening its sentence, in a story
// of two states, took no country (the story has none of its own). One rule: it is the body of the state that opens
// the sentence before it, named alone (the state, or a body or official of it: the speaker of the paragraph);
// resolve/state-body-side.ts. Uncoded stays better than wrong: two states coordinated there, a sentence opening
// with anyone else, or a body acting on that very state (core/assemble.ts) lend none.
expectCodes('a bare state body is the state that opens the sentence before', [
  ['India expelled a Pakistani diplomat on Monday. The foreign ministry accused him of spying for Islamabad.', 'accused', 'INDGOV'],
  ['Ukraine\'s air force said it shot down 40 drones overnight. The ministry accused Moscow of targeting energy facilities.', 'accused', 'UKRGOV', 'RUS'],
  ['Russia said Ukrainian drones hit an oil depot in Bryansk on Monday. The defence ministry accused Kyiv of targeting civilians.', 'accused', 'RUSMIL', 'UKR'],
  ['Moscow said Ukrainian drones hit an oil depot in Bryansk on Monday. The foreign ministry accused Kyiv of terror.', 'accused', 'RUSGOV', 'UKR'],
  ['Armenia said on Tuesday that Azerbaijani troops had crossed the border. The foreign ministry accused Baku of provocation.', 'accused', 'ARMGOV'],
]);
expectCodes('a bare state body with no lone state opening the sentence before stays uncoded', [
  ['China and the Philippines traded blame on Monday after their ships collided. The foreign ministry accused Manila of provocation.', 'accused', null],
  ['Israel struck military targets in Iran on Friday. The foreign ministry accused Israel of aggression.', 'accused', null],
  ['Residents said the shelling lasted all night. The ministry accused the rebels of breaking the truce.', 'accused', null],
]);

// "The military accused the RSF of ...": after "the" or a possessor, "military" read as an adjective and "accused" as
// the noun it describes ("the military accused"), so the role named no one: the accusation had no actor and was
// dropped, and the accused act was told by the outlet. A role word there before an -ed word that a noun phrase
// follows is that verb's subject (resolve/actor-phrases.ts definiteBeforeVerb); an adjective before a noun stays one.
expectCodes('a military body as accuser', [
  ['Sudan\'s military accused the RSF of killing dozens of civilians in El Fasher on Sunday.', 'accused', 'SDNMIL', 'rapid-support-forces'],
  ['Myanmar\'s military accused the Arakan Army of attacking a police post on Monday.', 'accused', 'MMRMIL', 'arakan-army'],
  ['The military accused the rebels of killing 20 villagers near Goma on Sunday.', 'accused', null],
  ['The military detained the prime minister in Khartoum on Monday.', 'detained', 'SDNMIL'],
]);
expectNone('a role word describing a noun names no actor', 'MOBILIZE', [
  'The official said the military drills ended on Monday.',
]);
