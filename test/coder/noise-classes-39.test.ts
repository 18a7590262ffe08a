import { coderPublishedOn, expectAll, expectModes, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 39 classes of precision (text that should yield few or no events) and word senses, each on sentences written
// for this file, with near misses that must keep their coding. 6 December 2026 is a Sunday.
const code = coderPublishedOn('2026-12-06');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "The carmaker lost millions after the strikes began": a bare "strike" noun (nouns.tsv, an attack by default) in a
// business or labour story is a walkout. The story's own words decide (argument-senses.tsv side "article", read by
// src/core/sense-story.ts): a war word anywhere keeps the attack, a business word otherwise makes it PROTEST/strike.
expectModes(code, 'a bare strike in a business story is a walkout', [
  ['Shares in the airline fell after the strikes started on Monday.', 'strikes', 'PROTEST', 'strike'],
  ['The carmaker lost millions after the strikes began at its Detroit plants.', 'strikes', 'PROTEST', 'strike'],
  ['The bakery chain filed for bankruptcy after the strikes began in April.', 'strikes', 'PROTEST', 'strike'],
]);
// ... in a war story the strikes stay attacks (here one with the drones' hit), and a strike on a target is one
expectNone('a strike in a war story is no walkout', 'PROTEST', [
  'Military drones hit the port on Sunday. The shipping company lost millions after the strikes began.',
  'The strike on the convoy killed six soldiers.',
]);

// "Trump announced the strike on the Venezuelan boat": "announce * strike" (verbs.tsv, a walkout) aimed "on" or
// "against" a vessel, a place or a force is an attack (side "landing": the preposition right after the word, its noun
// no time); workers announcing one, or one "on Monday", stay a walkout.
expectAll(code, 'a strike announced on a target is an attack', [
  ['The White House announced a strike on a second boat on Thursday.', ['ASSAULT White House > a second boat']],
  ['The defence ministry announced the strike on the ammunition depot.', ['ASSAULT defence ministry > the ammunition depot']],
  ['Kyiv declared the strike on the refinery a success.', ['ASSAULT Kyiv > the refinery']],
]);
expectModes(code, 'a strike announced by workers or for a day stays a walkout', [
  ['The union announced the strike on Monday.', 'announced', 'PROTEST', 'strike'],
  ['Dock workers announced a strike on Tuesday over pay.', 'announced', 'PROTEST', 'strike'],
  ['Drivers announced a strike on the Underground.', 'announced', 'PROTEST', 'strike'],
]);

// Seized goods with no owner named ("Police seized 40 kilograms of heroin", "troops recovered seven rifles"): decided
// they stay events, COERCE seize. PLOVER's COERCE "requires recipient: No" and its seize mode is "confiscate property";
// the dev gold codes "the militants seized weapons on military vehicles" as COERCE with no target, and
// wire-classes-33 codes customs' and police seizures of drugs and arms. What was wrong is the type when the pattern
// reads ground taken: "seized three tonnes of cocaine off the coast" was an ASSAULT (CAMEO 190); goods seized
// (noun-classes.tsv @contraband) are COERCE seize (argument-senses.tsv "seize", object @contraband, 1711).
expectAll(code, 'goods seized off a coast or at a border are confiscated, not ground taken', [
  ['The coast guard seized three tonnes of cocaine off the coast.', ['COERCE coast guard > three tonnes of cocaine']],
  ['The navy seized two tonnes of heroin off the coast of Oman on Monday.', ['COERCE']],
  ['Border guards seized 500 rifles off the coast on Friday.', ['COERCE']],
]);
expectNone('... and no attack', 'ASSAULT', [
  'The coast guard seized three tonnes of cocaine off the coast.',
  'The navy seized two tonnes of heroin off the coast of Oman on Monday.',
  'Border guards seized 500 rifles off the coast on Friday.',
]);
// ground and vessels seized stay what they were
expectAll(code, 'a town or a ship seized stays', [
  ['Rebels seized the town off the coast road on Monday.', ['ASSAULT']],
  ['Iran seized a British-flagged tanker in the Gulf.', ['COERCE Iran > a British-flagged tanker']],
  ['The militants seized weapons on military vehicles.', ['COERCE The militants > weapons']],
  ['Police seized 40 kilograms of heroin in a raid on Tuesday.', ['COERCE Police > 40 kilograms of heroin']],
]);

// A review goes on telling its work's story in the present after the sentence that opened it ("The film follows ...",
// "In the drama, ..."): the later sentences name no work, yet are the plot (tree-clauses/plot-summary.ts, from
// withoutFiction, rule candidate:plot-summary-goes-on). "The sequel sees ...": "see" tells too (clause-cues.tsv).
expectNone('a plot summary goes on in the present', 'ASSAULT', [
  'The new film by Swedish director Anna Lind follows Maria, a young nurse in a border town. When rebels storm the town, she hides a wounded soldier in the clinic. Government troops then shell the town and kill the rebel commander.',
  'In the new television drama, a young officer returns to her home island. Smugglers kidnap her sister and police raid the harbour. The gang then bombs the police station.',
  'The sequel sees the rebels seize the capital and execute the king.',
]);
expectNone('a plot summary goes on in the present: arrests', 'COERCE', [
  'The novel tells the story of two brothers on opposite sides of a civil war. The younger joins the militia and the militia attacks the capital. Soldiers arrest the older brother and execute him at dawn.',
]);
// the news in the past closes the summary: what follows is news again
expectAll(code, 'the past closes a plot summary', [
  ['The film follows a nurse in a border town. It premiered in Berlin on Saturday. Police arrested the director in Tehran on Monday.', ['COERCE Police > the director']],
  ['The opera follows a king who loses his throne. Its director says the staging took two years. Rebels storm the capital of Mali as troops withdraw.', ['RETREAT troops > null']],
]);

// Nature's dangers (data/lexicon/noun-classes.tsv @hazard), found in my soft-news articles (a mountaineering accident):
// no one acts in a death an avalanche or an accident causes with no killer named (argument-senses.tsv "kill",
// actor&sentence none & @hazard; the "none" actor now holds whatever place word follows the verb), in advice to the
// public about the weather, nor in a ban for a danger of nature. (An inquiry into an accident stays an ACCUSE:
// PLOVER's ACCUSE takes "all investigations", and roles-classes-27 codes "Britain opened an investigation into the crash".)
expectNone('a death nature causes is no attack', 'ASSAULT', [
  'Two climbers were killed on Tuesday when an avalanche swept them off a ridge.',
  'Three hikers were killed when a landslide hit their camp on Monday.',
  'Five people were killed in a flood on Sunday.',
  'Four tourists were killed in a bus accident on Saturday.',
]);
expectAll(code, 'a killing with a killer, or by arms, stays', [
  ['Gunmen killed three villagers during a storm on Monday.', ['ASSAULT Gunmen > villagers']],
  ['Five people were killed in an airstrike on Sunday.', ['ASSAULT null > people']],
]);
expectNone('advice to the public about a danger of nature is no request', 'REQUEST', [
  'The mayor urged residents to stay indoors during the storm.',
  'The governor urged climbers to postpone their ascents until conditions improved.',
  'Officials urged villagers to move to higher ground before the cyclone.',
]);
expectAll(code, 'an appeal with no danger of nature stays', [
  ['The army urged residents of the city to leave their homes.', ['REQUEST army > residents']],
  ['The minister urged the rebels to lay down their arms.', ['REQUEST The minister > the rebels']],
]);
expectNone('a ban for a danger of nature is no repression', 'COERCE', [
  'Authorities banned climbers from one route because of rockfall.',
  'The council banned swimming at the beach after the storm.',
  'The governor banned hiking in the national park during the wildfire.',
]);
expectAll(code, 'a ban or a closure with no danger of nature stays', [
  ['The government banned the opposition party on Monday.', ['COERCE government > the opposition party']],
  ['Police closed the border crossing on Monday.', ['COERCE']],
]);
// a plot summary whose sentences have pasts inside their clauses ("a murder he did not commit", "to have her disbarred")
// goes on: only a sentence whose first verb is past or a saying closes it
expectNone('a plot summary goes on past a clause in the past', 'ASSAULT', [
  'The show is a courtroom drama. In the first episode, police arrest her client for a murder he did not commit. The prosecutor threatens to have her disbarred. Meanwhile a drug cartel kidnaps a key witness.',
]);
