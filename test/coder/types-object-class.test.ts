import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// An act verb's sense by the class of what it acts on (argument-senses.tsv "object" rows, classes in
// data/lexicon/noun-classes.tsv): a task, a stage, time, a quality or an animal is hurt by no attack, killing or
// hitting; an idea attacked is criticised. Found by coding real web text never fitted (session 15 probe of UD
// English web documents: "have hit that comfortable stage", "the vet killed our pet", "flogging the issue",
// "demonstrated a number of instincts"). Sentences written for this file.

describe('acts on an abstract or animal object', { timeout: 120_000 }, () => {
  table('a task, a stage, time or a point hit, attacked or killed is no assault', [
    ['Iraqi Prime Minister Nouri al-Maliki attacked the problem of power shortages with a set of new decrees.', []],
    ['The Nigerian government has hit a difficult stage in its talks with the unions.', []],
    ['Hungarian diplomats killed time in Brussels while the other EU ministers argued over the budget.', []],
    ['French President Emmanuel Macron hammered the point home in a speech to ambassadors.', []],
    ['The Indian army fought the urge to retaliate after the shelling in Kashmir.', []],
  ]);
  table('an animal killed, a video shot, a quality shown', [
    ['Chinese police killed a stray dog near the embassy in Beijing.', []],
    ['Russian troops shot a video of the ruined bridge outside Kherson.', []],
    ['Ukrainian President Volodymyr Zelensky has demonstrated a talent for rallying Western support.', []],
    ['The opposition leader demonstrated a number of questionable instincts during the crisis.', []],
  ]);
  table('an idea attacked is criticised', [
    ['Prime Minister Rishi Sunak again attacked the idea of a new referendum on Monday.', ['ACCUSE GBR']],
    ['Opposition leaders in Kenya attacked the notion that the election had been fair.', ['ACCUSE']],
    ['Polish President Andrzej Duda attacked the view that sanctions had failed.', ['ACCUSE POL']],
  ]);
  table('people, places and things of war stay attacked, hit, killed and shot', [
    ['Russian forces attacked the town of Avdiivka on Monday.', ['ASSAULT RUSMIL>-']],
    ['Rebels attacked an army convoy near the border.', ['ASSAULT']],
    ['Israeli warplanes hit a market in southern Gaza.', ['ASSAULT ISR']],
    ['Syrian government forces pounded the town of Douma on Sunday.', ['ASSAULT SYR']],
    ['Gunmen killed two policemen at a checkpoint in Kirkuk.', ['ASSAULT ->police']],
    ['Police shot three protesters in Nairobi on Tuesday.', ['ASSAULT']],
    ['Militants attacked a school and a clinic in Borno state.', ['ASSAULT']],
    ['The army struck rebel positions overnight.', ['ASSAULT']],
  ]);
  table('a telephone call given is no appeal', [
    ['Please give me a call to discuss the contract with Chevron.', []],
    ['The Kenyan minister gave him a call on Monday evening.', []],
    ['Just give our office a call before Friday.', []],
  ]);
  table('calls made or issued for calm stay', [
    ['The UN envoy made a call for calm in Tripoli.', ['CONSULT']],
    ['The Pope issued a call for peace in Ukraine.', ['REQUEST']],
  ]);
});
