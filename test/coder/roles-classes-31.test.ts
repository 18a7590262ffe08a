import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone, find, T } from './class-fixture.ts';

// Session 31 classes of who did it to whom (actor and target resolution), each on sentences written for this file,
// with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);

/** The actor (name and code) of the event the trigger opens. */
const actorOf = (text: string, trigger: string) => {
  const e = find(code(text), trigger);
  return `${e.actor?.name ?? null} ${e.actor?.code ?? null}`;
};

// "The army pushed the militants back after their fighters attacked": a possessive could take only a subject-like
// phrase, so "their" after a singular subject (which it cannot agree with) took up a subject sentences back, or no
// one. A possessive whose sentence's subject does not agree with it belongs to a phrase of that sentence that agrees
// (resolve/anaphora.ts `ownerOtherThanSubject`; "their" only a plural or a group, not a singular body).
const possessiveOfObject: ReadonlyArray<readonly [string, string, string]> = [
  ['The Somali army pushed al-Shabab militants back after their fighters stormed a base near Mogadishu.', 'stormed', 'al-Shabaab al-shabaab'],
  ['Israel struck Hezbollah fighters in southern Lebanon after their commanders fired rockets at Kiryat Shmona.', 'fired', 'Hezbollah hezbollah'],
  ["Ukraine's army pushed Russian troops out of the village after their tanks shelled Kharkiv.", 'shelled', 'Russian troops RUSMIL'],
  ['The Malian rebels ambushed the army after its troops raided a village near Gao.', 'raided', 'army null'],
];
for (const [text, trigger, actor] of possessiveOfObject) {
  test(`a possessive the subject does not agree with is the object's: ${text}`, T, () => assert.equal(actorOf(text, trigger), actor));
}
// negatives: a subject that agrees keeps its possessive; a singular body is no owner of "their"
const possessiveOfSubject: ReadonlyArray<readonly [string, string, string]> = [
  ['Hamas said the Israeli army shelled the camp after its fighters fired rockets at Sderot.', 'fired', 'Hamas hamas'],
  ['Rebel fighters seized the town of Bama on Sunday. The government thanked the United Nations after their fighters shelled the airport.', 'shelled', 'Rebel fighters null'],
];
for (const [text, trigger, actor] of possessiveOfSubject) {
  test(`a possessive the subject agrees with stays the subject's: ${text}`, T, () => assert.equal(actorOf(text, trigger), actor));
}

// "Syrian rebels backed by Turkey attacked Kurdish fighters": a bare armed role as target takes the story's country,
// so the rebels' own code, and a target with the actor's code was dropped as the actor itself ("showed off its
// power"). In an act of force (quad class 4) a bare plural role is the other side when the actor is another phrase
// with a code of its own (core/distinct-person.ts `ownSideGroup`).
expectAll('a bare armed role is the other side of a fight', [
  ['Syrian rebels backed by Turkey attacked Kurdish fighters near Manbij on Sunday.', ['ASSAULT Syrian rebels > fighters']],
  ['Congolese rebels shelled militiamen near Goma on Sunday.', ['ASSAULT Congolese rebels > militiamen']],
  ['Somali militants ambushed clan fighters near Baidoa on Monday.', ['ASSAULT Somali militants > clan fighters']],
]);
// negatives: the actor's own forces named by a possessive stay no target; a reported act keeps its own doer
test('the actor\'s own forces are no target of its act', T, () => {
  const events = code('The Sudanese army redeployed its soldiers and shelled rebel positions near El Obeid on Monday.');
  assert.ok(!events.some((e) => e.target?.text === 'its soldiers'), JSON.stringify(events.map(brief)));
});

// "A strike by teachers closed schools", "a strike called by the union": the row holds its own "by" ("strike by *
// worker|union|teacher", "strike called by * union"), and a trigger's own words named no actor, so the strike had no
// participant and was dropped. The phrase after the row's own "by" is its doer (extract/noun-roles.ts `ownBy`).
expectAll('a strike row that names its own doer', [
  ["A strike called by the dockworkers' union halted shipping at the port of Antwerp on Monday.", ['PROTEST dockworkers > null']],
  ['A strike by teachers in Nigeria closed schools on Monday.', ['PROTEST teachers > null']],
  ["A strike called by Kenya's doctors' union closed hospitals on Monday.", ['PROTEST']],
]);
expectNone(code, 'a players\' strike is no political act', 'PROTEST', ['A strike by Real Madrid players delayed the match on Sunday.']);

// "the U.N. nuclear watchdog": the IAEA's descriptive name as wire copy writes it (with "U.N." or "United Nations")
// matched only the U.N. inside it, so the watchdog's acts were the U.N.'s. Data: aliases of the IAEA
// (data/actors/organizations.json).
const watchdog: ReadonlyArray<readonly [string, string]> = [
  ['The U.N. nuclear watchdog condemned Iran on Monday.', 'condemned'],
  ['The United Nations atomic watchdog criticized North Korea on Tuesday.', 'criticized'],
  ['The U.N. nuclear agency urged Iran to restore cameras at its nuclear sites.', 'urged'],
];
for (const [text, trigger] of watchdog) {
  test(`the U.N. nuclear watchdog is the IAEA: ${text}`, T, () => assert.equal(find(code(text), trigger).actor?.code, 'IGOUNOIAE'));
}
test('another U.N. agency stays the U.N.\'s', T, () => assert.equal(find(code('The U.N. refugee agency criticized Greece on Monday.'), 'criticized').actor?.code, 'IGOUNO'));

// "The Commerce Department added 12 Chinese companies to its blacklist": a U.S. executive department wire copy names
// with no country word was no actor, so its act had no political participant. Data: the departments other states
// call ministries, as metonyms of the U.S. government (data/actors/metonyms.json; "the Justice Department" is left
// out: the Philippines' is named so too).
expectAll('a U.S. department named without its country', [
  ['WASHINGTON (AP) — The Commerce Department added 12 Chinese companies to its export blacklist on Monday.', ['SANCTION Commerce Department > Chinese companies']],
  ['The Homeland Security Department deported 150 Haitian migrants on Friday.', ['COERCE Homeland Security Department > Haitian migrants']],
  ['The Department of Homeland Security deported 200 Venezuelan migrants on Monday.', ['COERCE Department of Homeland Security > Venezuelan migrants']],
]);
test('the Treasury Department is the U.S. government', T, () => {
  assert.equal(find(code('The Treasury Department imposed sanctions on three Iranian oil traders on Tuesday.'), 'imposed').actor?.code, 'USAGOV');
});
test('a department named with its country keeps it', T, () => {
  const e = find(code('The Philippine Department of Trade imposed tariffs on Chinese steel on Monday.'), 'imposed');
  assert.notEqual(e.actor?.code, 'USAGOV', JSON.stringify(brief(e)));
});

// "filed a complaint with the WTO over U.S. tariffs": a complaint to a forum "against" a party accused that party,
// but one "over" a party's measure targeted the forum, which only hears it. A complaint row with a forum after its
// "with|to|at|before" ending in "over" (data/patterns/verbs.tsv) takes its target after that "over", as "against" does
// (extract/pattern-own-roles.ts `againstTargets`).
expectAll('a complaint to a forum over a party\'s measure accuses that party', [
  ['China filed a complaint with the WTO over U.S. tariffs on electric vehicles on Monday.', ['ACCUSE China > U.S.']],
  ["Australia filed a complaint with the WTO over China's tariffs on barley on Monday.", ['ACCUSE Australia > China']],
  ["Pakistan lodged a complaint with the U.N. Security Council over India's water policy.", ['ACCUSE Pakistan > India']],
  ['Iran lodged a complaint with the U.N. Security Council over Israeli strikes on its territory.', ['ACCUSE Iran > Israeli']],
]);
// negatives: no party after "over" leaves no target (the forum that hears a complaint is never its target, as
// wire-classes-31 holds: extract/candidate.ts); "against" is unchanged
expectAll('a complaint over no party has no target', [
  ['Canada filed a complaint with the WTO over the new rules on Monday.', ['ACCUSE Canada > null']],
  ['China filed a complaint with the WTO against U.S. tariffs on Monday.', ['ACCUSE China > U.S.']],
]);
