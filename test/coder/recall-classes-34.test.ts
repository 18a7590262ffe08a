import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectCodes as expectCoded2, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 34 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded2(code, name, cases);
const noEventOn = (name: string, cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, word] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      assert.ok(!events.some((e) => e.trigger.text.startsWith(word)), JSON.stringify(events.map((e) => `${brief(e)} (${e.trigger.text})`)));
    });
  }
};

// "Ukraine fired a barrage of missiles overnight": "fire * missile" alone is a test (MOBILIZE 150), and no row read a
// barrage, salvo or volley fired with no target named as the attack it is (data/patterns/verbs.tsv, "fire|shoot *
// barrage|salvo|volley|wave of * missile|drone"); one fired "into the sea" stays a test (the longer row).
expectAll('a barrage fired with no target is an attack', [
  ['Ukraine fired a barrage of missiles overnight.', ['ASSAULT Ukraine > null']],
  ['Iran fired a wave of missiles on Tuesday.', ['ASSAULT Iran > null']],
  ['Russia fired a volley of missiles overnight, Ukraine\'s air force said.', ['ASSAULT Russia > null']],
]);
expectNone('a barrage fired into the sea stays a test', 'ASSAULT', [
  'North Korea fired a barrage of ballistic missiles into the sea on Monday.',
  'North Korea fired a salvo of cruise missiles into the Yellow Sea on Saturday.',
]);

// "The general strike, called by unions, paralysed the country": "call" is a third party's participle where it names
// ("an attack called terrorism by the UN"), so the act noun lost its doer; with no name after it, it is the call to
// act, as "organised by" (data/lexicon/leading-participles.tsv; tree-roles/tree-actors.ts treeNounActors).
expectAll('a protest called by its organisers', [
  ['The general strike, called by unions, paralysed the country on Monday.', ['PROTEST unions > null']],
  ['The protests, called by the opposition, turned violent on Saturday.', ['PROTEST the opposition > null']],
  ['The demonstrations, called by the opposition after the vote, spread to five cities on Sunday.', ['PROTEST the opposition > null']],
  ['The nationwide strike, called by the main union federation, halted trains on Tuesday.', ['PROTEST']],
]);
expectNone('a protest called something by others has no organiser named', 'PROTEST', [
  'The protest, called illegal by the government, drew thousands on Sunday.',
  'The rally, called a provocation by the interior ministry, went ahead on Saturday.',
]);
// (a boycott or strike that "hit" goods hurts no one: data/lexicon/noun-classes.tsv @output)
expectNone('a boycott hitting goods is no attack', 'ASSAULT', [
  'The boycott by Palestinian groups hit Israeli goods across the region.',
  'The boycott, called by Palestinian groups, hit Israeli goods across the region.',
  'The strike by dockworkers hit exports of grain on Monday.',
]);

// "dispatched ships to rescue migrants": the parse hung the aim on what is sent and the rescue was dropped as a noun's
// purpose; "deployed troops to evacuate its nationals" coded a MOBILIZE beside the AID, though the PLOVER manual codes
// forces mobilised for relief as AID (core/purpose.ts withoutReliefMobilizations, clause-cues.tsv sending); "deployed
// troops to help evacuate" made the troops whom the help lands on (extract/verb-roles.ts).
expectAll('forces sent for relief are the aid', [
  ['The navy dispatched ships to rescue migrants off the coast of Libya on Sunday.', ['AID navy > migrants']],
  ['The coast guard dispatched boats to rescue migrants on Friday.', ['AID coast guard > migrants']],
  ['The navy deployed vessels to rescue refugees off Lampedusa on Monday.', ['AID navy > refugees']],
  ['Britain deployed troops to help evacuate its nationals from Sudan.', ['AID Britain > null']],
]);
expectNone('no MOBILIZE beside the relief it is sent for', 'MOBILIZE', [
  'Britain deployed troops to evacuate its nationals from Sudan.',
  'Germany deployed soldiers to evacuate its citizens from Sudan on Sunday.',
  'The navy deployed vessels to rescue refugees off Lampedusa on Monday.',
]);
expectAll('forces sent to act on a side still mobilise', [
  ['China sent warships to encircle the island on Monday.', ['MOBILIZE China > the island']],
  ['Japan dispatched destroyers to protect commercial shipping in the Gulf.', ['MOBILIZE']],
  ['Kenya sent police officers to Haiti to fight gangs.', ['MOBILIZE']],
]);

// "The rebels, who have captured two districts this week, attacked": every active present perfect relative clause was a
// description ("which has attacked bases across the north"); one set on an occasion reports its act
// (tree-clauses/description.ts, clause-cues.tsv occasion-time). "The president, who met Putin ..., flew": the clause's
// verb read as the root, the antecedent its second subject (tree-repair/relative-clause.ts).
expectAll('a relative clause in the perfect set on one occasion', [
  ['The rebels, who have captured two districts this week, attacked an army base on Monday.', ['ASSAULT The rebels > two districts', 'ASSAULT The rebels > an army base']],
  ['The rebels, who have captured two districts in recent days, attacked an army base on Monday.', ['ASSAULT The rebels > two districts']],
  ['The insurgents, who have seized a border post on Sunday, ambushed a convoy on Monday.', ['ASSAULT The insurgents > a border post']],
]);
noEventOn('a relative clause in the perfect with no occasion describes its noun', [
  ['The rebels, who have seized three towns since June, attacked an army base on Monday.', 'seized'],
  ['The group, which has attacked bases across the north, claimed the bombing.', 'attacked'],
]);
expectCodes('the relative clause read as the root is the antecedent\'s', [
  ['The president, who met Putin in Moscow last week, flew to Beijing on Tuesday.', 'flew', null],
]);

// "requested consultations under Article 4", "called for an emergency session of the Security Council": no row read a
// request for consultations or a session, and a session was no act whose "of" body is asked (verbs.tsv, act-nouns.tsv).
expectAll('a request for consultations or a session', [
  ['Ukraine requested consultations under Article 4 of the NATO treaty on Monday.', ['REQUEST Ukraine > NATO']],
  ['Poland requested consultations under Article 4 on Tuesday.', ['REQUEST Poland > null']],
  ['France called for an emergency session of the Security Council on Sunday.', ['REQUEST France > Security Council']],
  ['Lithuania sought an urgent session of the NATO council on Wednesday.', ['REQUEST Lithuania > NATO']],
]);
expectNone('a session held is no request', 'REQUEST', [
  'The Security Council held an emergency session on Sunday.',
]);

// "shared information on sabotage suspects with": the tagger read the plural noun as a verb, which stopped the gap
// (extract/pattern-window.ts); "Russia's deployment of troops": a row whose head is its "of" noun read no possessor
// (extract/noun-roles.ts).
expectAll('information shared about plural nouns', [
  ['Latvia shared information on spy suspects with Poland on Friday.', ['COOPERATE Latvia > Poland']],
  ['Estonia shared data on smuggling suspects with Finland on Friday.', ['COOPERATE Estonia > Finland']],
  ['Spain passed data on drug suspects to Morocco on Tuesday.', ['COOPERATE Spain > Morocco']],
]);
expectAll('the possessor of an act told by its "of" noun', [
  ['Russia\'s deployment of troops near the border alarmed NATO.', ['MOBILIZE Russia > null']],
  ['Turkey\'s withdrawal of troops from the area was confirmed on Monday.', ['RETREAT Turkey > null']],
  ['China\'s deployment of warships around Taiwan on Monday alarmed Washington.', ['MOBILIZE China > Taiwan']],
]);
test('an "of" noun with no possessor still names who moves', T, () => {
  assert.equal(find(code('The deployment of warships around Taiwan alarmed Washington.'), 'deployment').actor?.text, 'warships');
});

// "called a strike to protest the arrest of its leader, who was detained by police": the purpose reader climbed from the
// relative clause's verb up to the aim its noun is named in and dropped the detention as an aim
// (tree-clauses/purpose-clause.ts); a relative clause tells a fact of its noun.
expectAll('a relative clause inside an aim is told as a fact', [
  ['The opposition called a nationwide strike for Wednesday to protest the arrest of its leader, who was detained by police at his home on Saturday.', ['COERCE police > its leader']],
  ['The union walked out to demand the release of its chairman, who was arrested by police on Monday.', ['COERCE']],
  ['The army deployed troops to fight the rebels, who attacked a base on Sunday.', ['ASSAULT the rebels > a base']],
]);
expectNone('the aim itself stays no act', 'ASSAULT', [
  'The army deployed troops to fight the rebels on Sunday.',
  'The army sent troops to retake the towns on Sunday.',
]);

// "suspended talks with the rebels after they attacked a base": "they" after a singular subject took up no one, and the
// act with no party named was dropped; as "their" does (resolve/anaphora.ts), it takes up the plural of its sentence.
expectAll('"they" after a singular subject is the plural beside it', [
  ['The government suspended talks with the rebels after they attacked a military base on Sunday.', ['ASSAULT they > a military base']],
  ['The army pushed the militants back after they attacked a checkpoint on Sunday.', ['ASSAULT they > a checkpoint']],
]);
expectCodes('"they" after a singular subject names the plural beside it', [
  ['Colombia\'s government suspended peace talks with the ELN rebels after they attacked a military base on Sunday.', 'attacked', 'eln'],
  ['The Nigerian army pushed Boko Haram fighters back after they attacked a checkpoint on Sunday.', 'attacked', 'boko-haram'],
]);
expectCodes('"they" after a plural subject stays the subject', [
  ['Nigerian soldiers repelled the militants after they came under fire on Sunday.', 'came under', null, 'NGAMIL'],
]);
