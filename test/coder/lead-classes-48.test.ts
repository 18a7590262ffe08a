import { coderPublishedOn, expectAll, expectNone } from './class-fixture.ts';

// Session 48 classes of the lead's, on texts written for this file. 31 October 2025 is a Friday.
const code = coderPublishedOn('2025-10-31');

// A speech act joined by "and" to the infinitive another speech act asks for is more of what is asked, not a second act
// (core/purpose.ts withoutSpokenContentConjuncts): a deal to "sign" or "reach" after "urged X to stop" is requested.
expectNone(code, 'a deal asked for beside another request is not reached', 'AGREE', [
  'The envoy urged both sides to halt the fighting and sign a peace deal.',
  'Washington called on Kyiv and Moscow to stop fighting and reach a deal.',
  'The British prime minister urged Iran to return to the negotiating table and reach a negotiated settlement.',
]);
expectAll(code, 'a speech act joined to a done act, or to its own kind, stays', [
  ['The minister met his Iranian counterpart and signed an accord on trade.', ['CONSULT The minister > null', 'AGREE The minister > null']],
  ['The rebels refused to disarm and threatened to attack the capital.', ['REJECT The rebels > null', 'THREATEN The rebels > null']],
]);

// "fought for peace all his life" is a life's campaign; the row reads only fighting as an assault, so a request to stop
// the fighting, with "peace" a few words on, is no such campaign (argument-senses.tsv fight/after, when ASSAULT).
expectAll(code, 'a request to end fighting near the word peace stays a request', [
  ['The envoy urged both sides to halt the fighting and sign a peace deal.', ['REQUEST The envoy > both sides']],
  ['The UN called on the parties to stop the fighting and return to peace talks.', ['REQUEST UN > the parties']],
  ['The African Union asked the warring sides to end the fighting and give peace a chance.', ['REQUEST African Union > the warring sides']],
]);
expectNone(code, 'a life of fighting for peace is still no assault', 'ASSAULT', ['He has fought for peace all his life.']);

// "called the strikes an act of sabotage": an act noun in the predicate of a naming judges the act named, no act of its
// own (core/naming-call.ts inNamingPredicate); the naming itself accuses.
expectNone(code, 'an act noun in a naming predicate is no act', 'COERCE', [
  "Turkey's foreign ministry called the Israeli strikes an act of sabotage against Syria's efforts to secure peace.",
  'The interior minister called the protest an act of sabotage against the economy.',
]);
expectNone(code, 'an assault noun in a naming predicate is no assault', 'ASSAULT', [
  'Damascus called the strikes an act of aggression against Syria.',
  'The foreign ministry called the raid an act of aggression against a sovereign state.',
  'Tehran called the killing an act of aggression against Iran.',
]);
expectAll(code, 'the naming still accuses, and an act done in such a manner stays', [
  ["Turkey's foreign ministry called the Israeli strikes an act of sabotage against Syria's efforts to secure peace.", ["ACCUSE Turkey's foreign ministry > Israeli"]],
  ['Rebels attacked the convoy in an act of sabotage, the army said.', ['ASSAULT Rebels > the convoy']],
]);

// "tariffs on Chinese goods now stand at 145%", "the sanctions remain in place": a measure told at its level or standing
// is a state of things (clause-cues.tsv level-state); a measure imposed or taking effect is news.
expectNone(code, "a measure's level or standing is no measure taken", 'SANCTION', [
  'The move came a day after the White House said U.S. tariffs on Chinese goods now stood at 145%.',
  "The sanctions on Russia's central bank remain in place.",
  'U.S. tariffs on Canadian steel now stand at 50 percent.',
  "The European Union's sanctions on Iranian oil total more than 200 measures.",
]);
expectAll(code, 'a measure imposed or taking effect stays', [
  ['The United States imposed tariffs of 145% on Chinese goods on Wednesday.', ['SANCTION United States > Chinese']],
  ['New U.S. tariffs on Chinese goods took effect on Saturday.', ['SANCTION U.S. > Chinese']],
]);

// A spiritual leader is a religious voice (roles.tsv REL); refusing a deal or a truce is one of the verbal acts by which
// such a voice takes part in politics, as appeals and condemnations are (core/actor-ref.ts).
expectAll(code, "a religious leader's refusal is political news", [
  ['The Grand Mufti rejected the new constitution.', ['REJECT The Grand Mufti > null']],
  ['The Catholic bishops rejected the new constitution.', ['REJECT bishops > null']],
  ['The imam rejected the ceasefire terms.', ['REJECT The imam > null']],
  ['The spiritual leader of the Druze community rejected the ceasefire deal.', ['REJECT spiritual leader > null']],
]);

// "Xi Jinping, meeting Pedro Sanchez in Beijing on Friday, said …": an -ing word right after a comma that both a verb row
// and a noun row read is the verb of an aside about the subject before it (extract/ing-reading-rank.ts), and its doer is
// that subject; "held a meeting", "after meeting Putin" keep the noun's rows.
expectAll(code, 'a participle aside after the subject has the subject as its doer', [
  ['Chinese President Xi Jinping, meeting Spanish Prime Minister Pedro Sanchez in Beijing on Friday, said there were no winners in a tariff war.', ['CONSULT Chinese President Xi Jinping > Spanish Prime Minister Pedro Sanchez']],
  ['Rubio, meeting his Saudi counterpart in Riyadh on Monday, said talks had been productive.', ['CONSULT Rubio > Saudi counterpart']],
  ['The Pope, meeting Ukrainian President Volodymyr Zelensky at the Vatican on Saturday, called for a just peace.', ['CONSULT Pope > Ukrainian President Volodymyr Zelensky']],
  ['After meeting Putin in Moscow, Orban called for a ceasefire.', ['CONSULT Orban > Putin']],
  ['Modi held a meeting with Putin in Moscow on Tuesday.', ['CONSULT Modi > Putin']],
]);

// ... and the verb after the aside's closing comma is the sentence's, with the subject before the aside as its own, where
// the parse made the participle the root (tree-repair/subject-participle-root.ts, the aside set off by commas)
expectAll(code, 'the verb after a participle aside keeps the subject before it', [
  ['The Pope, meeting Ukrainian President Volodymyr Zelensky at the Vatican on Saturday, called for a just peace.', ['REQUEST Pope > null']],
  ['Chinese President Xi Jinping, meeting Spanish Prime Minister Pedro Sanchez in Beijing on Friday, called on the European Union to resist.', ['REQUEST Chinese President Xi Jinping > European Union']],
  ['Erdogan, speaking after talks with Putin in Sochi on Monday, called for a ceasefire.', ['REQUEST Erdogan > null']],
]);

// "said the killings may amount to crimes against humanity": what a speaker says an act amounts to, or constitutes, is
// what the speaker says it is, as "was a war crime" (condemnation-words.tsv presenting verbs amount, constitute): the
// speaker's ACCUSE. A sum that amounts to a figure condemns nothing.
expectAll(code, 'an act said to amount to a crime is accused', [
  ['The UN rights chief said the killings may amount to crimes against humanity.', ['ACCUSE UN > null']],
  ['Kyiv said the deportations constituted genocide.', ['ACCUSE Kyiv > null']],
  ["Ukraine's foreign minister said the shelling of Kharkiv amounted to a war crime.", ["ACCUSE Ukraine's foreign minister > null"]],
]);
expectNone(code, 'a sum amounting to a figure accuses no one', 'ACCUSE', [
  'The cost of the repairs amounted to $3 million.',
  'Officials said the attacks amounted to more than 40 in a week.',
]);

// A ceasefire two sides announce together is agreed between them (argument-senses.tsv declare|announce partners, when
// CONCEDE); "the two sides", "both sides" are two partners in one phrase (word-sense.ts). One side declaring a truce, even
// one "with" the other side, stays a concession.
expectAll(code, 'a ceasefire announced by two sides is agreed', [
  ['Late on Wednesday, the government and Druze leaders announced a new ceasefire.', ['AGREE government > null']],
  ['Israel and Hamas announced a truce on Friday.', ['AGREE Israel > null']],
  ['The two sides declared a ceasefire in the border region.', ['AGREE The two sides > null']],
]);
expectAll(code, "one side's own truce stays a concession", [
  ['The rebels declared a unilateral ceasefire on Sunday.', ['CONCEDE The rebels > null']],
  ['The Kurdish militants declared a ceasefire with Turkey on Sunday.', ['CONCEDE']],
  ['The army announced a 72-hour ceasefire on Monday.', ['CONCEDE army > null']],
]);

// What a body voted, and what an office decreed, are objects enough for a refusal (speech-objects.tsv): "rejected the
// vote as illegal" names no party, yet the refusal has happened; talking about a vote is still no event.
expectAll(code, 'a vote, a referendum or a decree rejected is a refusal', [
  ['The president rejected the vote as illegal.', ['REJECT The president > null']],
  ['The ruling party rejected the parliamentary vote as unconstitutional.', ['REJECT The ruling party > null']],
  ['The governor rejected the decree as illegal.', ['REJECT The governor > null']],
  ['The opposition rejected the referendum as a sham.', ['REJECT The opposition > null']],
  ['Opposition parties rejected the decree extending the state of emergency.', ['REJECT Opposition parties > null']],
]);
expectNone(code, 'a vote discussed is no event', 'CONSULT', ['The ministers discussed the vote on Tuesday.']);

// "warned that Iran would face far greater attacks if …": armed force a side that bears arms or governs says another
// would face is a harm it holds over that side (clause-cues.tsv side-harm attack, strike, bombing), the threat aimed at
// it (extract/warned-consequence.ts); an analyst's forecast stays none.
expectAll(code, "a warning that a side would face attacks threatens that side", [
  ['Trump warned that Iran would face far greater attacks if it did not make peace.', ['THREATEN Trump > Iran']],
  ["Israel's defence minister warned that Hezbollah would face more strikes if it did not disarm.", ["THREATEN Israel's defence minister > Hezbollah"]],
  ['The Russian president warned that Kyiv would face new attacks if it used the missiles.', ['THREATEN Russian president > Kyiv']],
]);
expectNone(code, "an analyst's forecast of attacks is no threat", 'THREATEN', ['Analysts warned that the city would face more attacks.']);

// "deployed to the province to restore order": a state of things a force is sent to keep or bring back is no one it faces
// (clause-cues.tsv guarding restore, maintain, keep, preserve); whom it is sent to fight stays the target.
expectAll(code, 'order restored or kept is no target of a deployment', [
  ['Government troops deployed to the province on Monday to restore order.', ['MOBILIZE Government troops > null']],
  ['The army sent troops to the border to restore security.', ['MOBILIZE army > null']],
  ['Police were sent to the capital to maintain order.', ['MOBILIZE Police > null']],
  ['Kenya deployed police to Haiti to fight the gangs.', ['MOBILIZE Kenya > the gangs']],
]);

// "killed in the first days of the unrest": a word of disorder no noun row codes alone sums an agentless toll over the
// protests' days as "days of protests" does (clause-cues.tsv unrest-noun, core/protest-toll.ts); a named doer's shooting
// stays an act.
expectNone(code, 'a toll over days of unrest is a figure', 'ASSAULT', [
  'The United Nations says at least 22 people were killed in the first days of the unrest, a figure the government has disputed.',
  'At least 22 people were killed during weeks of unrest, rights groups say.',
  'At least 30 people were killed in two weeks of turmoil, the ministry said.',
]);
expectAll(code, "a named doer's shooting in the unrest stays", [
  ['Police shot dead 12 protesters during weeks of unrest, rights groups say.', ['ASSAULT Police > protesters']],
]);

// A threat in the quoted words of a speaker who speaks for the threatening side is the speaker's (coding guide rule 3;
// core/conditional-threat.ts): “Pakistan has every right to give a befitting response,” the prime minister said.
expectAll(code, "a quoted threat by the speaker's own side is the speaker's", [
  ['"Pakistan has every right to give a befitting response to this act of war imposed by India," Prime Minister Shehbaz Sharif said in a statement.', ['THREATEN Prime Minister Shehbaz Sharif > null']],
  ['"Iran will give a crushing response to any aggression," Foreign Minister Abbas Araghchi said.', ['THREATEN Foreign Minister Abbas Araghchi > null']],
  ['"We will respond with force if they attack again," the army commander said.', ['THREATEN the army commander > null']],
]);
