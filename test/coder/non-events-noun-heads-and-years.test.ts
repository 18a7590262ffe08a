import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// Two classes found by coding real web news never fitted (session 13 probe), src/core/non-events.ts. Sentences
// written for this file.

describe('a one-word verb trigger the parse reads as a noun phrase is no act (candidate:tree-noun-phrase-head)', { timeout: 120_000 }, () => {
  table('noun', [
    ['Kenya sells arms to rebels in South Sudan, the report says.', ['AID KEN claimed']],
    ['Iran sends rockets to rebels in Yemen, US officials said.', ['AID IRN claimed']],
    ['The Chinese police want longer sentences for protesters.', []],
  ]);
  // an owner before the word makes it a noun (session 15 probe: "they even left their hammer behind")
  table('owned noun', [
    ['The two Taliban fighters fled and even left their hammer behind.', []],
    ['The Kenyan police chief said the thieves dropped their hammer near the embassy gate.', []],
    ['Iraqi soldiers found his hammer in the car of the suspect.', []],
  ]);
  table('owned objects of verbs stay', [
    ['Russian forces shelled their positions overnight.', ['ASSAULT RUS']],
    ['The protesters abandoned their march after police arrived.', ['CONCEDE']],
  ]);
  table('verbs and nouns read on purpose stay', [
    ['The court sentences him to death.', ['SANCTION -']],
    ['Troops rebelled against their commanders in Bamako on Monday.', ['PROTEST -']],
    ['The envoy repeated calls for a cease-fire in Syria on Monday.', ['REQUEST -']],
    ['The group issued a statement to caution Iraqi forces against staying close to Americans.', ['THREATEN ->IRQ']],
  ]);
});

describe('an act noun dated by "in YEAR" after it is a past event referred to, as "the 2003 invasion" (candidate:tree-named-by-year)', { timeout: 120_000 }, () => {
  table('year', [
    ["Iraq's army collapsed before the American invasion in 2003.", []],
    ['Georgians still remember the Russian invasion in 2008.', []],
    ["Turkey's ruling party said the coup in 2016 was planned abroad.", []],
  ]);
  table('a month or a verb stays', [
    ['The Russian invasion in February forced millions to flee.', ['ASSAULT RUS']],
    ['The Kenyan army attacked the Shabaab camp in 2011.', ['ASSAULT KEN']],
    ["Since Israel's ground invasion of Lebanon in October, thousands of people have fled the south.", ['ASSAULT ISR>LBN']],
  ]);
});
