import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 26's role classes (who did it to whom), each on sentences written for this file, with negatives that must
// not change. 9 March 2026 is a Monday.
const code = coderPublishedOn('2026-03-09');

// "In 2022, President Joe Biden imposed sanctions": actors are resolved on the publication date, when Biden is a former
// president (USAELI); the act told of a past period was done in the office held then. Once the event's date is known,
// a named person is coded again on it (core/event-date-codes.ts): the term that holds over the whole period decides;
// written by the office alone ("the U.S. president") it is whoever held the office then.
const THEN_CODES: Array<[string, string, 'actor' | 'target', string, string]> = [
  // [text, trigger, role, name, code]
  ['In 2022, President Joe Biden imposed sanctions on Russian banks.', 'imposed', 'actor', 'Joe Biden', 'USAGOV'],
  ['In 2023, British Prime Minister Rishi Sunak visited Kyiv.', 'visited', 'actor', 'Rishi Sunak', 'GBRGOV'],
  ['In 2018, Philippine President Rodrigo Duterte visited Beijing.', 'visited', 'actor', 'Rodrigo Duterte', 'PHLGOV'],
  ['In March 2020, German Chancellor Angela Merkel criticized the Hungarian government.', 'criticized', 'actor', 'Angela Merkel', 'DEUGOV'],
  ['In 2022, the U.S. president imposed sanctions on Russian banks.', 'imposed', 'actor', 'Joe Biden', 'USAGOV'],
  ['In 2010, the U.S. president imposed tariffs on Chinese tires.', 'imposed', 'actor', 'Barack Obama', 'USAGOV'],
  ['In 2021, Russian President Vladimir Putin criticized British Prime Minister Boris Johnson.', 'criticized', 'target', 'Boris Johnson', 'GBRGOV'],
];
for (const [text, trigger, role, name, actorCode] of THEN_CODES) {
  test(`a person is coded with the office held on the event's date: ${text}`, T, () => {
    const ref = find(code(text), trigger)[role];
    assert.equal(ref?.name, name);
    assert.equal(ref?.code, actorCode);
  });
}
const NOW_CODES: Array<[string, string, string, string, string?]> = [
  // [text, trigger, name, code, published]: a present-day act, a period spanning a change of office, a "former" title
  ['President Joe Biden imposed sanctions on Russian banks on Monday.', 'imposed', 'Joe Biden', 'USAGOV', '2024-03-11'],
  ['Former President Joe Biden criticized the tariffs on Monday.', 'criticized', 'Joe Biden', 'USAELI'],
  ['In 2016, Philippine President Rodrigo Duterte visited Beijing.', 'visited', 'Rodrigo Duterte', 'PHLELI'],
  ['The U.S. president imposed tariffs on Chinese steel on Monday.', 'imposed', 'Donald Trump', 'USAGOV'],
  ['Former President Donald Trump criticized the decision on Monday.', 'criticized', 'Donald Trump', 'USAELI', '2023-06-12'],
];
for (const [text, trigger, name, actorCode, published] of NOW_CODES) {
  test(`a present-day act or a period spanning a change keeps the publication day's code: ${text}`, T, () => {
    const e = find(code(text, published), trigger);
    assert.equal(e.actor?.name, name);
    assert.equal(e.actor?.code, actorCode);
  });
}
