import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { parseDates, parsersFor } from '../../src/resolve/date-parsers.ts';
import { analyze } from '../../src/nlp/index.ts';

const REF = { instant: new Date('2024-07-12T12:00:00Z'), timezone: 0 };
const OPTION = { forwardDate: false };
// everything chrono says of a reading, so two readings compare equal only when they are the same
const reading = (results: chrono.ParsedResult[]) => JSON.stringify(results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString(), r.tags()]));
const sameAsChrono = (text: string) => assert.equal(reading(parseDates(text, REF, OPTION)), reading(chrono.parse(text, REF, OPTION)), text);

test('dates: the parsers left out find nothing, so chrono reads the same (our sentences, with digits, months and their odd spellings)', () => {
  const sentences = [
    'Police fired tear gas at the crowd outside parliament.',
    'Gunmen attacked a checkpoint on Sunday, killing 4 soldiers.',
    'The ceasefire agreed on 3 May 2023 collapsed by 2024-01-15.',
    'Talks resumed at 10:30 a.m. in Doha, officials said.',
    'Troops withdrew in March and returned on the fifth of June.',
    'The envoy arrives Sept. 5 and leaves Oct 9th, 2024.',
    'Protests spread through May2019 and Mayfirst rallies.',
    'The mayor ordered a market closed in December of last year.',
    'Fighting stopped for a d, then resumed within the lasts hours.',
    'Rebels struck again two weeks later and again a few hours earlier.',
    'In 2019, 12/05 and 5/2021 were named as the dates.',
    'They met Sat. evening and again this weekend, tonight and yesterday.',
    'The vote is due at the end of the month.',
    'Rockets hit the base at noon; sirens sounded past midnight.',
    // the word anchors, in capitals and run together as only chrono's quirks read them
    'RAIDS RESUMED ON THURS. AND AGAIN SUNDAYLAST WEEK, TWO DAYS EARLIER.',
    'Shelling eased Last  Night and stopped Tmrw by MIDDAY, or by the End of Month.',
    'The talks had collapsed 3 weeks ago, before the Weekend, officials said this Evening.',
  ];
  for (const s of sentences) sameAsChrono(s);
});

test('dates: the time-unit parsers run where only a count and a unit could be read (no other anchor), with chrono\'s quirks', () => {
  const sentences = [
    'Rebels held the town for several hours.', 'Talks have stalled since last year.', 'Shops stayed closed for a second day.',
    'Casualty counts often change in the days after such incidents.', 'Troops were deployed for a s.', 'The siege lasts.',
    'Fighting resumed three weeks later.', 'Aid arrived a couple of days after the flood.', 'The truce ended within the hour.',
    'They will return in a few weeks, or within about ~ two months.', 'They held out for a dand an hour.', 'He stayed in and out.',
    'Police fired in them.', 'Hamas after the war.', 'The panel met for a day, and the talks went on for several hours and a half an hour.',
    'Residents fled the past few days.', 'The strike is expected next quarter.', 'Prices rose this qtr.',
    'The attack came a fortnight after the vote.', 'Officials met the ministers of several countries.',
  ];
  for (const s of sentences) sameAsChrono(s);
  // no date word at all: chrono is not run
  assert.equal(parsersFor('The army said rebels had shelled the town.'), 0);
  assert.equal(parsersFor('Officials met the ministers of several countries.'), 0);
  assert.ok(parsersFor('Rebels held the town for several hours.') > 0);
  assert.ok(parsersFor('Fighting resumed three weeks later.') > 0);
});

test('dates: a sentence without digits or month names runs fewer of chrono\'s parsers', () => {
  const all = parsersFor('On 3 May 2023, police fired tear gas.');
  assert.ok(parsersFor('Police fired tear gas at the crowd on Sunday.') < all);
  assert.ok(parsersFor('The army said rebels had shelled the town.') < all);
  assert.ok(parsersFor('Protesters marched through the capital in March.') < all);
  // no weekday, "ago", "night" or "month" either: only the parsers whose anchors are too common to look for
  assert.ok(parsersFor('The army said rebels had shelled the town.') < parsersFor('The army said rebels had shelled the town on Monday night.'));
  assert.ok(parsersFor('Troops left the base.') < parsersFor('Troops left the base two years ago.'));
});

// every sentence of the dev set and the seed (read at run time), as the coder gives them to chrono
for (const [name, path] of [['dev set', '../../../shared/devset/voa.jsonl'], ['seed', '../../../shared/seed/gold.jsonl']]) {
  const file = new URL(path, import.meta.url).pathname;
  test(`dates: chrono reads every ${name} sentence the same with and without the left-out parsers`, { skip: !existsSync(file) && `no ${file} here`, timeout: 120_000 }, () => {
    let sentences = 0;
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { text?: string; article?: { text?: string } };
      const text = row.text ?? row.article?.text ?? '';
      for (const s of analyze(text).sentences) {
        sameAsChrono(s.text);
        sentences++;
      }
    }
    assert.ok(sentences > 10, `${name}: read ${sentences} sentences`);
  });
}
