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
