import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// Recall classes found by coding real web news never fitted (session 13 probe). Sentences written for this file.

describe('"in the past week" is a recent span, not the open past (background-cue.ts)', { timeout: 120_000 }, () => {
  table('recent span', [
    ['Two tribal leaders have been killed in the past week in Ramadi.', ['ASSAULT -']],
    ['Militants have killed 40 soldiers in the past 24 hours, the army said.', ['ASSAULT ->soldiers claimed']],
    ['Police have arrested 30 opposition activists in the past month in Minsk.', ['COERCE ->activists']],
  ]);
  table('the open past and decades stay background', [
    ['Rebels have attacked the town in the past.', []],
    ['The two armies have clashed in the past decade.', []],
  ]);
});

describe('an existential "there was" states the act noun it introduces (stated-occurrence.ts)', { timeout: 120_000 }, () => {
  table('there was', [
    ['In Ramadi, there was a big demonstration.', ['PROTEST -']],
    ['There were clashes between police and protesters in Lahore on Friday.', ['ASSAULT -']],
    ['There was a large protest outside the parliament in Tbilisi on Sunday.', ['PROTEST -']],
  ]);
  table('negated or future is none', [
    ['There was no protest in Ramadi.', []],
    ['There will be a demonstration in Cairo on Friday.', []],
  ]);
});

describe('what is fired in a passive is the means; the pattern\'s "at" names the target (candidate.ts)', { timeout: 120_000 }, () => {
  table('aimed', [
    ['Rockets were fired at Israel on Monday.', ['ASSAULT ->ISR']],
    ['Mortars were fired at the US embassy in Baghdad on Monday.', ['ASSAULT ->embassy']],
    ['Shots were fired at the convoy of the Iraqi defence minister on Sunday.', ['ASSAULT ->IRQGOV']],
  ]);
  table('a passive subject that is hit stays the target', [
    ['The protesters were fired at by police in Lahore.', ['ASSAULT police>protesters']],
    ['The convoy was attacked by militants near Kandahar.', ['ASSAULT militants>convoy']],
  ]);
});

describe('what a document says is its issuer\'s speech act, not a description of the document (description.ts)', { timeout: 120_000 }, () => {
  table('statement condemning', [
    ['The Egyptian foreign ministry issued a statement condemning the attack on Monday.', ['ACCUSE EGYGOV']],
    ['Hamas released a statement calling for an end to the siege.', ['REQUEST hamas']],
    ['The Kenyan government issued a communique urging Somalia to hold elections.', ['REQUEST KENGOV>SOM']],
  ]);
  table('a participle on another noun still describes it', [
    ['A coalition fighting in Yemen said it had struck a base.', []],
  ]);
});
