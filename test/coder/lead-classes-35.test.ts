import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes, expectNone, find, T } from './class-fixture.ts';

// Session 35 classes of the lead, each on sentences written for this file, with negatives that must not change.
// 8 July 2025 is a Tuesday.
const code = coderPublishedOn('2025-07-08');

/** One test per case: the event on `trigger` is dated `date` (null: undated). */
function expectDates(name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, date: string | null]>): void {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => assert.equal(find(code(text), trigger).date?.value ?? null, date));
  }
}

/** One test per case: no event of the text has a participant or a place coded `country`. */
function expectNowhere(name: string, country: string, texts: readonly string[]): void {
  for (const text of texts) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      assert.ok(events.length > 0, 'an event');
      for (const e of events) {
        const got = [e.actor?.code, e.target?.code, e.location?.country].filter((c) => c === country);
        assert.deepEqual(got, [], `${e.type} ${e.actor?.text} > ${e.target?.text} @ ${e.location?.name}`);
      }
    });
  }
}

// "threatened to impose tariffs by the end of August": the deadline is the threatened act's, still ahead; the threat
// itself has happened by publication. A threat, vow or pledge puts the dates after it ahead (resolve/date-anchor.ts),
// and a told act (asserted, claimed, alleged, denied) takes no date after publication (core/dated-events.ts): the
// deadline had been read as last year's August and dated the threat, and the sentences after it.
expectDates('a told threat or vow is not dated by its deadline', [
  ['The EU threatened to impose tariffs by the end of August.', 'threatened', '2025-07-08'],
  ['The rebels vowed to take the city by the end of September.', 'vowed', '2025-07-08'],
  ['Hamas threatened to halt the hostage releases by the end of August unless aid entered Gaza.', 'threatened', '2025-07-08'],
]);
test('a deadline of a threat dates no later sentence', T, () => {
  const events = code('France warned Iran that it would trigger sanctions by the end of August. Britain condemned the decision to expel inspectors.');
  assert.equal(find(events, 'condemned').date?.value, '2025-07-08');
});
expectDates('a planned act keeps its date ahead; a threat made on a day keeps that day', [
  ['The EU said it would impose tariffs by the end of August.', 'impose', '2025-08-31'],
  ['The president vowed on Monday to crush the rebellion.', 'vowed', '2025-07-07'],
  ['Rebels threatened on Sunday to seize the airport.', 'threatened', '2025-07-06'],
]);

// "withdrew from the Rome Statute", "violating the Minsk agreements", "left the Paris Agreement": a place's name right
// before a document noun (data/lexicon/document-nouns.tsv) names the text; it is neither where the act happened nor a
// town standing for its state as a party (resolve/document-names.ts).
expectNowhere('a text named by a town is no place', 'ITA', ['The Philippines withdrew from the Rome Statute in 2019.', 'Hungary announced its withdrawal from the Rome Statute on Thursday.']);
expectNowhere('a text named by a capital is no party', 'BLR', ['Russia accused Ukraine of violating the Minsk agreements.']);
expectNowhere('a text named by a capital is no party', 'FRA', ['The United States left the Paris Agreement on Monday.']);
expectNowhere('a text named by a capital is no party', 'QAT', ['The rebels rejected the Doha agreement on Sunday.']);
expectCodes(code, 'a country before a deal stays a party, and a town alone stays a place', [
  ['Trump withdrew from the Iran deal in 2018.', 'withdrew', 'USAGOV', 'IRN'],
  ['Russian troops shelled Kharkiv on Monday.', 'shelled', 'RUSMIL', 'UKR'],
]);
test('a meeting town is still where talks were held', T, () => assert.equal(find(code('Delegates from Israel and Hamas met in Doha on Monday.'), 'met').location?.name, 'Doha'));

// "rejected the threat", "dismissed the warning", "condemned the remarks": a threat, a warning, pressure, remarks,
// comments and rhetoric are objects enough for a refusal or a disapproval (data/lexicon/speech-objects.tsv), as a
// demand or an accusation is; "rejected the threat" had no event at all.
expectAll(code, 'a threat or a warning is refused or condemned', [
  ['Iran rejected the threat on Monday.', ['REJECT Iran > null']],
  ['Pyongyang rejected the warning on Tuesday.', ['REJECT Pyongyang > null']],
  ['Caracas rejected the threats as lies.', ['REJECT Caracas > null']],
  ['Iran rejected the remarks as baseless.', ['REJECT Iran > null']],
]);
expectAll(code, 'other wordings of a refusal or a condemnation keep their event', [
  ['Tehran dismissed the warning as propaganda.', ['REJECT Tehran > null']],
  ['Seoul rejected the pressure from Washington.', ['REJECT']],
  ['Moscow condemned the remarks as interference.', ['ACCUSE Moscow > null']],
]);
expectNone(code, 'a threat or warning discussed is no refusal', 'REJECT', ['Officials discussed the threat on Monday.', 'The minister repeated the warning on Monday.']);

// "Thousands of Duterte supporters rallied": a follower noun after a name no dictionary knows is a crowd of the
// country's people, as "thousands of supporters" is (resolve/unowned-following.ts); it had been no one, and the rally
// no event. A known side's following stays that side's.
expectCodes(code, 'supporters of someone no dictionary knows are the country\'s people', [
  ['Thousands of Duterte supporters rallied in Davao on Wednesday.', 'rallied', 'PHLCVL'],
  ['Morales supporters blocked roads near Cochabamba on Wednesday.', 'blocked', 'BOLCVL'],
  ['Hundreds of Khan supporters clashed with police in Lahore.', 'clashed', 'PAKCVL'],
]);
expectCodes(code, 'a known side\'s supporters stay its following', [
  ['Opposition supporters rallied in Nairobi on Monday.', 'rallied', 'KENOPP'],
  ['Trump supporters rallied in Washington on Wednesday.', 'rallied', 'USACVL'],
]);

// "Indigenous organizations called a national strike": indigenous peoples, groups, organisations, communities and
// leaders are civilians (Phoenix INDIGENOUS_PEOPLE [~CVL]; data/actors/roles.tsv), not no one, nor, for leaders, the
// government.
expectCodes(code, 'indigenous groups are civilians', [
  ['Indigenous organizations called a national strike in Quito on Monday.', 'called', 'ECUCVL'],
  ['Indigenous groups blocked roads across Bolivia on Tuesday.', 'blocked', 'BOLCVL'],
  ['Indigenous leaders in Guatemala rejected the government\'s offer.', 'rejected', 'GTMCVL'],
]);

// "Russia accused Western intelligence agencies of ...", "foreign intelligence agencies" in a story about Serbia or
// Georgia: a role said to be foreign, Western or international is nobody's own, neither the place's country nor the
// story's (core/actor-ref.ts withContextCountry; the story's country had been lent first, before that check).
expectCodes(code, 'a foreign or Western role takes no story country', [
  ['Serbian police fired tear gas at students in Novi Sad on Friday. Russia, a longtime ally of Serbia, accused Western intelligence agencies of trying to stage a revolution in the country.', 'accused', 'RUS', null],
  ['Georgian police detained 30 protesters in Tbilisi on Monday. Moscow accused foreign intelligence agencies of organising the unrest in the country.', 'accused', 'RUS', null],
  ['Venezuelan troops arrested 12 opposition activists in Caracas on Monday. Iran accused Western intelligence agencies of plotting a coup in the country.', 'accused', 'IRN', null],
  ['Kenyan police shot dead two protesters in Nairobi on Tuesday. Russia accused Western intelligence agencies of financing the unrest in the country.', 'accused', 'RUS', null],
]);
expectCodes(code, 'the story\'s own bodies keep its country', [
  ['Georgian police detained 30 protesters in Tbilisi on Monday. The foreign ministry accused the EU of meddling.', 'accused', 'GEOGOV'],
  ['Georgian police detained 30 protesters in Tbilisi on Monday. The intelligence service accused the EU of funding the unrest.', 'accused', 'GEOSPY'],
]);
