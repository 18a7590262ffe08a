import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 29 type and mode classes (PLOVER manual, ../shared/ontology/), each on sentences written for this file, with
// negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Egypt said it would close the Rafah crossing if Israel entered the city": a speaker's own hostile measure under a
// condition is its threat (core/conditional-threat.ts). Two readings hid the condition: the parse took "crossing" for a
// verb and hung the if-clause on it, inside the trigger's own phrase (tree-clauses/condition.ts now reads a condition on
// any word of the trigger); and "close" tagged an adjective after a modal counted as a verb only before a determiner,
// not before a possessive or a name ("would close its airspace", extract/token-shape.ts).
expectAll('a measure under an if-clause is a threat', [
  ['Egypt said it would close the Rafah crossing if Israel entered the city.', ['THREATEN Egypt > Israel']],
  ['Jordan said it would close the border crossing if the fighting spread.', ['THREATEN']],
  ['Turkey said it would close its airspace to Israeli planes if the strikes continued.', ['THREATEN Turkey > Israeli planes']],
  ['Iran said it would close its airspace to U.S. planes if Washington struck its nuclear sites.', ['THREATEN Iran > U.S. planes']],
]);
expectAll('a measure stated after a modal, with a possessive object', [
  ['Hungary will close its border with Serbia on Tuesday.', ['COERCE Hungary > Serbia']],
]);
expectNone('a measure done, after another act, is no threat', 'THREATEN', [
  'Egypt closed the Rafah crossing after Israel entered the city.',
  'Turkey closed its airspace to Israeli planes on Sunday.',
  'Jordan said it had closed the border crossing because the fighting spread.',
]);

// "Poland is weighing whether to close its border": a measure put as a question its subject weighs is a threat, as the
// measure weighed as an object or a gerund is ("weighing sanctions", core/weighed-measure.ts). The infinitive of a
// "whether to" question takes the subject of the verb it hangs on (tree-roles/subject-node.ts), is no purpose clause
// (tree-clauses/purpose-clause.ts), and its "whether" opens no condition on the threat the weighing makes; a closing of
// borders is a measure weighed (191), and "debate" a verb of weighing (clause-cues.tsv).
expectAll('a measure weighed as a whether-question is a threat', [
  ['Poland is weighing whether to close its border with Belarus.', ['THREATEN Poland > Belarus']],
  ['The government is considering whether to expel the Russian ambassador.', ['THREATEN government > Russian ambassador']],
  ['Lithuania is debating whether to shut its border crossings with Belarus.', ['THREATEN Lithuania > Belarus']],
  ['Washington is weighing whether to sanction Georgian officials.', ['THREATEN Washington > Georgian officials']],
  ['Poland is weighing closing its border with Belarus.', ['THREATEN Poland > Belarus']],
]);
expectNone('a measure decided or done is no threat', 'THREATEN', [
  'Poland closed its border with Belarus on Sunday.',
  'The government expelled the Russian ambassador on Friday.',
]);
expectNone('a question not put to oneself is no act of the asker', 'COERCE', [
  'Reporters asked whether the army had closed the border.',
]);

// "Egypt and Turkey resumed direct flights": the resumption rows of flights, air links and trade routes code 085 (easing
// an embargo, RETREAT); by the PLOVER manual (COOPERATE: "initiate, resume, improve, or expand mutual ... economic
// exchange") an exchange resumed between two partners, joined as actors or named by "with"/"between", is COOPERATE 061,
// the pattern's own words ("direct flights") no target (argument-senses.tsv side "partners" with the exchanged
// objects, core/word-sense.ts); a border crossing reopened stays RETREAT.
expectAll('an exchange resumed between partners is cooperation', [
  ['Egypt and Turkey resumed direct flights on Sunday.', ['COOPERATE Egypt > null']],
  ['Egypt resumed direct flights with Turkey on Sunday.', ['COOPERATE Egypt > Turkey']],
  ['Qatar and Bahrain restored direct flights on Wednesday.', ['COOPERATE Qatar > null']],
  ['Egypt and Turkey reopened their air links on Sunday.', ['COOPERATE']],
]);
expectNone('one side resuming what it had banned still eases the ban; a border reopened is no exchange', 'COOPERATE', [
  'China resumed imports of Japanese seafood on Monday.',
  'Russia resumed flights to Georgia on Monday.',
  'Turkey reopened a border crossing with Armenia on Saturday.',
]);
// ("threatened to strike Cyprus if ...": the infinitive is a clause of its own, its condition the content's)
test('a threat made under a condition of its content stays asserted', T, () => {
  const e = find(code('Hezbollah threatened to strike Cyprus if it allowed Israel to use its airports.'), 'threatened');
  assert.equal(e.provenance.certainty, 'asserted');
});

// "The junta suspended the constitution", "soldiers dissolved parliament": by the PLOVER manual (COERCE: "coercive uses of
// power"; context pro_autocracy: "efforts to dissolve or undermine democratic institutions", "coups") these are COERCE
// restrict (CAMEO 172), not the concession to demands (0831, 0834) a dissolution by armed men was coded as
// (extra-verbs.tsv rows for suspending a constitution or a legislature; argument-senses.tsv: "dissolve" by forces).
expectAll('a coup decree is coercion', [
  ['The junta suspended the constitution on Wednesday.', ['COERCE junta > the constitution']],
  ['Mutinous soldiers abolished the constitution on Thursday.', ['COERCE soldiers > the constitution']],
  ['The junta dissolved the government on Monday.', ['COERCE junta > government']],
  ['Soldiers dissolved parliament on Monday.', ['COERCE Soldiers > parliament']],
  ['The military suspended the constitution and dissolved parliament after seizing power.', ['COERCE military > parliament']],
  ['The army suspended the national assembly on Tuesday.', ['COERCE army > national assembly']],
]);
expectNone('a head of state dissolving parliament for elections coerces no one', 'COERCE', [
  'The king dissolved parliament and called early elections.',
  'The prime minister dissolved the lower house ahead of a snap vote.',
]);

// Maritime acts by coast guards (PLOVER COERCE restrict and seize, ASSAULT for a riot weapon turned on a vessel), the
// vessel's owner state the target: the seizure rows lacked the catch and a trawler; "the catch of Vietnamese fishermen"
// matched the longer abduction row of its owners (of two rows of one verb, the object word before an "of" phrase is
// what is acted on: extract/triggers.ts); blocking a resupply mission, spraying a vessel with water cannon and chasing
// boats away had no rows (extra-verbs.tsv).
expectAll('a coast guard\'s act at sea', [
  ['The Chinese coast guard seized the catch of Vietnamese fishermen near the Paracel Islands.', ['COERCE Chinese coast guard > the catch of Vietnamese fishermen']],
  ['South Korean coast guard officers boarded a Chinese trawler and arrested its captain.', ['COERCE South Korean coast guard officers > a Chinese trawler']],
  ['A Chinese coast guard vessel blocked a Philippine resupply mission to Second Thomas Shoal.', ['COERCE A Chinese coast guard vessel > Philippine']],
  ['The Chinese coast guard sprayed a Philippine fisheries vessel with water cannon.', ['ASSAULT Chinese coast guard > a Philippine fisheries vessel']],
  ['Chinese vessels chased away Filipino fishermen near Scarborough Shoal.', ['COERCE Chinese vessels > Filipino fishermen']],
]);
expectNone('people seized are abducted, not their goods confiscated', 'COERCE', [
  'Rebels seized five fishermen near the lake.',
]);
expectNone('a vehicle leaving is no coercion', 'COERCE', [
  'The gunmen drove off after the attack.',
]);

// Goods named by their origin ("Japanese seafood") are the origin country as the target of a trade measure
// (resolve/role-country.ts, data/lexicon/traded-goods.tsv): a compound's last noun names the goods ("Malaysian palm
// oil", "American soybeans" as before), and a surtax is a tariff (verbs.tsv, nouns.tsv).
expectAll('goods named by their origin are the target of a trade measure', [
  ['India banned imports of Malaysian palm oil on Monday.', ['SANCTION India > Malaysian']],
  ['The EU imposed a surtax on American whiskey.', ['SANCTION EU > American']],
  ['Canada imposed a surtax on U.S. steel on Friday.', ['SANCTION Canada > U.S.']],
  ['China suspended imports of Taiwanese grouper fish on Monday.', ['SANCTION China > Taiwanese']],
]);
expectNone('a demonym before other nouns names no actor', 'SANCTION', [
  'Malaysian palm oil prices rose on Monday.',
]);

// "The U.S. sanctioned three firms. The firms shipped drones to Russia, the Treasury said. Beijing condemned the move":
// "the move" took up the latest deed, the one the sanctioner gave as its reason; a move or decision is a step a named
// side takes, told as done (core/condemned-act-doer.ts), so the sanctioner is accused.
// (Session 45: a condemnation accuses only a doer its own sentence names, targets-classes-45; these name none: no target.)
expectAll('the move condemned is the step taken, not the reason given for it', [
  ['Washington sanctioned two Iranian shipping firms on Tuesday. The companies shipped weapons to Yemen, the State Department said. Tehran condemned the move.', ['ACCUSE Tehran > null']],
  ['Australia imposed sanctions on five Russian hackers on Thursday. The hackers attacked a health insurer, the government said. Moscow condemned the decision.', ['ACCUSE Moscow > null']],
  ['Canada imposed sanctions on four Chinese officials on Monday. The officials detained Uyghur activists in Xinjiang, Ottawa said. Beijing condemned the move.', ['ACCUSE Beijing > null']],
]);
expectAll('with no step of a named side told, the latest deed stays the one condemned', [
  ['Rebels seized the town on Monday. The United Nations condemned the move.', ['ACCUSE United Nations > null']],
]);

// "Algeria recalled its ambassador to France", "Niger suspended its membership in the African Union": a measure on one's
// own presence with another party is aimed at that party, named by the preposition after the noun (clause-cues.tsv
// group "posted", extract/tree-roles/envoy-post.ts; "its ambassador in Mexico" the resolver already codes as the
// host's, core/mission-host.ts).
expectAll('a recalled envoy\'s post is the target', [
  ['Israel recalled its envoy to Ireland on Wednesday.', ['SANCTION Israel > Ireland']],
  ['Bolivia recalled its ambassador to Tel Aviv on Tuesday.', ['SANCTION Bolivia > Tel Aviv']],
  ['Peru recalled its ambassador to Mexico City on Monday.', ['SANCTION Peru > Mexico City']],
  ['Niger suspended its membership in the African Union on Thursday.', ['SANCTION Niger > African Union']],
  ['Russia froze its participation in the Council of Europe on Monday.', ['SANCTION Russia > Council of Europe']],
]);
expectAll('an envoy named with his own country stays the target', [
  ['Mali expelled the French ambassador on Monday.', ['SANCTION Mali > French ambassador']],
  ['Ecuador recalled its ambassador in Mexico on Friday.', ['SANCTION Ecuador > Mexico']],
]);
