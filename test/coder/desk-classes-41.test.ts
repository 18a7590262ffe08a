import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes, expectNone, expectPlaceNames, find, T } from './class-fixture.ts';

// Session 41 classes of political and diplomatic reporting, each on sentences written for this file, with negatives
// that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

/** One test per case: the event on `trigger` has the certainty and the actor's text (null for none). */
function expectStated(name: string, cases: ReadonlyArray<readonly [string, string, string, string | null]>): void {
  for (const [text, trigger, certainty, actor] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      const got = `${e.provenance.certainty} ${e.actor?.text ?? null} [${e.rules.join(' ')}]`;
      assert.equal(e.provenance.certainty, certainty, got);
      assert.equal(e.actor?.text ?? null, actor, got);
    });
  }
}

// "The former governor, who is accused of embezzling state funds, was arrested": a charge told in a clause on a noun
// (a relative clause, a participle describing it) passed on its doubt to the sentence's own verb. The hearsay frame of
// "is accused of" ran to the sentence's end, the arrest found again inside the accusation's words took the accused as
// its doer, and the act noun ending the charge ("a bombing were detained") read as the hedged subject of the verb. The
// frame now ends with the clause (provenance/impersonal-passive.ts chargeEnd, the tree's clause or the comma closing a
// ", who" clause: extract/relative-close.ts), a trigger in the accusation's words that governs the accusation is the
// sentence's own (extract/accused-twins.ts withinCharge), and a hedged act noun must be the verb's subject
// (core/hedged-act.ts).
expectStated('a charge in a clause on a noun leaves the sentence\'s verb stated', [
  ['The former governor, who is accused of embezzling state funds, was arrested in Abuja on Monday.', 'arrested', 'asserted', null],
  ['The general, who was accused of ordering the massacre, was detained in Kinshasa on Friday.', 'detained', 'asserted', null],
  ['Two men suspected of planning a bombing were detained by police in Lagos on Sunday.', 'detained', 'asserted', 'police'],
  ['The mayor, who is suspected of taking bribes, was detained by anti-corruption police on Friday.', 'detained', 'asserted', 'police'],
]);
// the charged act itself, a charge on the main clause and a hedge on the act noun stay alleged
expectStated('a charge on the act itself keeps it alleged', [
  ['Ethiopian troops are suspected of shelling a market on Sunday.', 'shelling', 'alleged', 'Ethiopian troops'],
  ['Israel accused Hamas of killing two soldiers on Monday.', 'killing', 'alleged', 'Hamas'],
  ['Suspected Israeli air strikes killed six fighters near Damascus on Sunday.', 'killed', 'alleged', 'Israeli'],
]);

/** One test per case: the event on `trigger` is dated `date`. */
function expectDates(name: string, cases: ReadonlyArray<readonly [string, string, string | null]>): void {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.date?.value ?? null, date, JSON.stringify(e.date));
    });
  }
}
// "met for about 90 minutes on Saturday", "held talks for three hours": chrono read how long an act lasted as a span
// counted from publication and dated the act on the day of publication, before the weekday after it; "for a second day"
// was a second of time. Both are blanked for chrono (resolve/date-phrases.ts withoutSpansOfTime).
expectDates('how long an act lasted is no date of it', [
  ['The envoy met the rebel leader for about 90 minutes in Doha on Saturday.', 'met', '2025-06-07'],
  ['The foreign ministers held talks for three hours in Cairo on Sunday.', 'held talks', '2025-06-08'],
  ['The Russian president met the American president for 40 minutes in Geneva on Thursday.', 'met', '2025-06-05'],
  ['Opposition supporters rallied in Belgrade for a second day on Saturday.', 'rallied', '2025-06-07'],
  ['Protesters rallied in Tbilisi for a second night on Sunday.', 'rallied', '2025-06-08'],
]);
// a day told with no span, and a span with no day, keep their reading
expectDates('a weekday without a span keeps its date', [
  ['The envoy met the rebel leader in Doha on Saturday.', 'met', '2025-06-07'],
  ['Opposition supporters rallied in Belgrade on Saturday.', 'rallied', '2025-06-07'],
]);

const expectPlaces = (name: string, cases: ReadonlyArray<readonly [string, string, string | null]>) => expectPlaceNames(code, name, cases);
// "THE HAGUE — ... X met Y on the sidelines of the summit": a meeting is no material act, so no dateline placed it, and
// the story's country (often the visitors' own) did. A meeting told as held on the sidelines of the story's gathering
// ("the summit", "the meeting") is at the dateline (core/sideline-place.ts, rule place:sidelines-of-gathering).
expectPlaces('a meeting on the sidelines of the story\'s gathering is at the dateline', [
  ['BRUSSELS — European Union leaders gathered for a summit on Thursday. The Polish prime minister met the Hungarian prime minister on the sidelines of the summit.', 'met the Hungarian', 'Brussels'],
  ['NEW DELHI — Asian leaders gathered for a summit on Saturday. Japan\'s prime minister held talks with the Indian prime minister on the margins of the summit.', 'held talks', 'New Delhi'],
  ['RIYADH, Saudi Arabia — Arab foreign ministers met on Sunday. Egypt\'s foreign minister met the Turkish foreign minister on the sidelines of the meeting.', 'met the Turkish', 'Riyadh'],
]);
// a summit placed in the sentence, a meeting placed elsewhere, and a meeting still planned keep their reading
expectPlaces('a placed or planned meeting keeps its place', [
  ['NEW DELHI — Asian leaders gathered for a summit on Saturday. Japan\'s prime minister met the Indian prime minister on the sidelines of a summit in Kazan last year.', 'met the Indian', 'Kazan'],
  ['NEW DELHI — Asian leaders gathered for a summit on Saturday. Japan\'s prime minister met the Indian prime minister in Tokyo last year.', 'met', 'Tokyo'],
  ['MOSCOW (AP) — Russian President Vladimir Putin plans to meet Chinese leader Xi Jinping on the sidelines of the BRICS summit.', 'plans', null],
]);

// "Tens of thousands of protesters gathered outside the assembly building": gathering near a place is a build-up only
// for armed men (argument-senses.tsv), and the protest rows of verbs.tsv name only some sites, so protesters gathering
// elsewhere coded nothing. Protesters, demonstrators or activists gathering or assembling protest (argument-senses.tsv
// subject rows), and a count of counts ("tens of thousands of") is its last "of" noun's (core/word-sense.ts).
expectAll(code, 'protesters gathering protest', [
  ['Tens of thousands of protesters gathered outside the assembly building in Seoul on Saturday.', ['PROTEST']],
  ['Hundreds of demonstrators gathered near the presidential residence on Sunday.', ['PROTEST']],
  ['Opposition activists assembled outside the election commission\'s building in Tbilisi on Monday.', ['PROTEST']],
]);
// armed men gathering still build up; residents and ministers gathering do nothing
expectAll(code, 'armed men gathering build up', [
  ['Armed gangs gathered on the outskirts of Port-au-Prince on Monday.', ['MOBILIZE']],
]);
expectNone(code, 'others gathering do nothing', 'PROTEST', [
  'Residents gathered near the wreckage on Monday.',
  'Foreign ministers gathered at the venue on Monday.',
]);

// "the embassy called the accusations baseless", "Moscow described the claims as groundless": waving a charge away as
// untrue was coded only after "dismissed|rejected ... as"; calling or describing it so is the same explicit denial
// (coding guide rule 3, PLOVER REJECT; data/patterns/extra-verbs.tsv desk-41 rows).
expectAll(code, 'calling a charge untrue is a denial', [
  ['The Russian embassy called the accusations of meddling baseless on Monday.', ['REJECT']],
  ['The interior ministry called the reports false on Sunday.', ['REJECT']],
  ['Beijing called the claims an absurd fabrication on Tuesday.', ['REJECT']],
  ['Moscow described the claims as groundless on Monday.', ['REJECT']],
  ['The army branded the reports as fabricated.', ['REJECT']],
]);
// calling another's act illegal still accuses; asking for an inquiry into charges denies nothing
expectAll(code, 'calling an act illegal still accuses', [
  ['The opposition called the arrests illegal on Monday.', ['ACCUSE']],
]);
expectNone(code, 'an inquiry asked for denies nothing', 'REJECT', [
  'Activists called for an investigation into the false allegations.',
]);

// "ruled out any cooperation with the AfD": "rule out" rows named talks, a truce, a deal or a referendum, not working
// with another party, so the noun's COOPERATE was all there was (and was dropped as deliberated). Ruling out cooperation,
// a coalition or working with a party rejects it (PLOVER REJECT; data/patterns/extra-verbs.tsv).
expectAll(code, 'ruling out cooperation rejects it', [
  ['The chancellor ruled out any cooperation with the far-right party on Monday.', ['REJECT']],
  ['The prime minister ruled out a coalition with the nationalists.', ['REJECT']],
  ['The party leader ruled out working with the opposition after the vote.', ['REJECT']],
]);
expectNone(code, 'cooperation not ruled out is no rejection', 'REJECT', [
  'Officials did not rule out cooperation with the nationalists.',
  'The court ruled out the possibility of a retrial.',
]);

// "Libya's army chief, Khaled al-Mahjoub, met Egyptian officials": a title with its owner before a name set off by commas
// is the subject, the name its apposition (tree-repair/title-read-as-oblique.ts), but only for a title the tagger read as
// a noun, hung on the verb as an oblique, and a name of flat parts: "chief" read as an adjective, the title read as
// dislocated, or a name with a hyphen ("al-Mahjoub", whose parts hang on the part after the hyphen) left the bare name
// as the subject, with no state's code (or no event). An adjective with an owner or a noun before it is the title noun,
// a dislocated title before its commas is repaired as an oblique one is, and the name runs over the words hung on it.
expectCodes(code, 'a title before an apposed name with a hyphen gives its state', [
  ['Libya\'s army chief, Khaled al-Mahjoub, met Egyptian officials in Cairo on Sunday.', 'met', 'LBYMIL', 'EGYGOV'],
  ['Yemen\'s foreign minister, Shaya al-Zindani, met the U.N. envoy in Aden on Sunday.', 'met', 'YEMGOV', 'IGOUNO'],
  ['Iraq\'s national security adviser, Qassim al-Araji, held talks with Iranian officials in Tehran on Sunday.', 'held talks', 'IRQGOV', 'IRNGOV'],
]);
// a title and a name the parse already joined keep their codes
expectCodes(code, 'an apposed title already read keeps its code', [
  ['Syria\'s interior minister, Anas Khattab, met Lebanese security officials in Beirut on Sunday.', 'met', 'SYRGOV', 'LBNGOV'],
  ['Kenya\'s police chief, Douglas Kanja, met the Haitian prime minister in Nairobi on Monday.', 'met', 'KENCOP', 'HTIGOV'],
]);

// "threatened an offensive against the militias unless they withdrew", "threatened sanctions if Iran did not sign": the
// "if"/"unless" clause hung on the threat's verb (its noun object leaves no infinitive to carry it) made the threat
// conditional. What waits on the condition is the threatened act; the threat was made (PLOVER THREATEN, told as done).
// A threat made, with no "will"/"would" and its condition after it, stays asserted (core/threat-condition.ts).
expectStated('a threat made on a condition is still made', [
  ['Turkey\'s defence minister on Tuesday threatened an offensive against Kurdish militias unless they withdrew from the border.', 'threatened', 'asserted', 'Turkey\'s defence minister'],
  ['The army chief threatened a crackdown if protesters did not leave the square.', 'threatened', 'asserted', 'The army chief'],
  ['Israel\'s defence minister threatened strikes on Beirut unless Hezbollah pulled back.', 'threatened', 'asserted', 'Israel\'s defence minister'],
  ['The EU threatened tariffs on American goods if Washington raised duties.', 'threatened', 'asserted', 'EU'],
]);
// a threat still to be made after its condition, and an act a condition waits on, stay conditional
expectStated('a threat or an act that waits on a condition stays conditional', [
  ['If the rebels advance, the army will threaten air strikes on their bases.', 'threaten', 'conditional', 'army'],
  ['The United States will strike Iranian bases if Iran attacks Israel.', 'strike', 'conditional', 'United States'],
]);

// "Ottawa retaliated swiftly, announcing duties on American steel": a reply in a trade war was read as a trade measure
// only from the words right after "retaliate" (argument-senses.tsv, side after, which stops at a comma), so the bare
// verb stayed an armed reprisal beside the duties. A trade measure anywhere in the sentence makes the reply one
// (argument-senses.tsv, side sentence: PLOVER SANCTION), one event with the measure's own row.
const codeIn2025March = coderPublishedOn('2025-03-05');
expectNone(codeIn2025March, 'a reply in a trade war is no armed reprisal', 'ASSAULT', [
  'Ottawa retaliated swiftly, announcing duties on American steel and aluminium.',
  'Mexico retaliated on Monday, with levies on U.S. pork.',
  'The European Union retaliated on Friday, targeting American whiskey with new tariffs.',
]);
expectAll(codeIn2025March, 'a reply in a trade war is a trade measure', [
  ['Ottawa retaliated swiftly, announcing duties on American steel and aluminium.', ['SANCTION']],
  ['Mexico retaliated on Monday, with levies on U.S. pork.', ['SANCTION']],
]);
// an armed reply stays an attack
expectAll(codeIn2025March, 'an armed reply stays an attack', [
  ['Hezbollah retaliated on Sunday, firing rockets at northern Israel.', ['ASSAULT']],
  ['Israel retaliated with air strikes on Gaza on Tuesday.', ['ASSAULT']],
]);
