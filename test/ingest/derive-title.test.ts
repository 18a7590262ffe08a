import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveTitle } from '../../src/nlp/derive-title.ts';

// A short first line set off by a blank line is the headline.
const HEADLINES: Array<[string, string]> = [
  ['Troops shell border town\n\nKYIV, March 3 - Troops shelled the town.', 'Troops shell border town'],
  ['Iran warns U.S. over sanctions\n\nTehran said on Monday it would respond.', 'Iran warns U.S. over sanctions'],
  ['Police arrest dozens after clashes in Dhaka; opposition calls strike\n\nPolice arrested dozens.', 'Police arrest dozens after clashes in Dhaka; opposition calls strike'],
  ['Is the ceasefire holding?\n\nNobody fired on Monday.', 'Is the ceasefire holding?'],
];
for (const [text, title] of HEADLINES) test(`title: "${title}" is the headline`, { timeout: 10000 }, () => assert.equal(deriveTitle(text), title));

// Class: a first paragraph of one full sentence is the lead of the story, not its headline.
const LEADS = [
  'Russian missiles struck an apartment building in the city early Tuesday, killing four people, officials said.\n\nThe strike came hours after talks.',
  'Gunmen abducted 30 students from a school in northwestern Nigeria on Thursday, police said.\n\nIt was the third such attack.',
  'The army said it had retaken the town of Bakhmut after weeks of fighting with the rebels.\n\nResidents fled.',
];
for (const text of LEADS) test(`title: a one-sentence lead is no headline: "${text.slice(0, 40)}…"`, { timeout: 10000 }, () => assert.equal(deriveTitle(text), null));
