import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// Classes found by coding real web news that was never fitted (session 13 probe); each class is read off the tree
// (src/extract/tree-clauses/danger-and-state.ts, question-asked.ts) or is a row of data (argument-senses.tsv,
// modality.tsv, clause-cues.tsv). Sentences written for this file.

describe('a threat noun that names a danger is no threat made (candidate:tree-danger-noun)', { timeout: 120_000 }, () => {
  table('danger', [
    ['Officials in Kabul say the militias are a bigger threat to the capital than the drought.', []],
    ['The new missile base poses a threat to Japan, analysts said.', []],
    ['The biggest threat Seoul faces comes from cyber attacks.', []],
    ['Ministers discussed the economic threat posed by cheap imports.', []],
    ['The president spoke at length about the al-Shabab threat.', []],
    ['Pakistani officials called the Taliban a serious security threat to Pakistan.', []],
    ['Piracy by Somali gangs is the main security threat to Kenya, the navy said.', []],
  ]);
  table('threats made stay events', [
    ["Iran's threat to close the Strait of Hormuz rattled oil markets.", ['THREATEN IRN']],
    ['North Korea renewed its threat against South Korea on Monday.', ['THREATEN PRK>KOR']],
    ['Hamas issued threats against Israeli negotiators on Sunday.', ['THREATEN hamas>ISR']],
  ]);
});

describe('a state noun with no onset and no date is no act (candidate:tree-unstarted-state)', { timeout: 120_000 }, () => {
  table('state', [
    ['Many Lebanese compare their plight to life under the Syrian occupation.', []],
    ['The final cost of the Iraq occupation will exceed a trillion dollars.', []],
    ['Iranian officials are worried about the American occupation of the airbase.', []],
    ['The continued colonization of the valley has angered farmers.', []],
  ]);
  table('an occupation begun or dated stays an event', [
    ['The occupation of the parliament building by protesters entered its third day.', ['PROTEST -']],
    ['Rebels occupied the town of Kidal on Monday.', ['ASSAULT -']],
  ]);
});

describe('"asked" with only the one asked, or a question, is no request (candidate:tree-question-asked)', { timeout: 120_000 }, () => {
  table('question', [
    ['President Ruto met President Museveni in Nairobi on Monday. "Where are the funds?" asked Ruto.', ['CONSULT KEN>UGA']],
    ['The senator asked the defence minister about the missing rifles.', []],
    ['Opposition leaders asked the court whether the vote could be annulled.', []],
  ]);
  table('requests stay', [
    ['Somalia asked Kenya to withdraw its troops.', ['REQUEST SOM>KEN']],
    ['Haiti asked the United Nations for help on Tuesday.', ['REQUEST HTI>IGOUNO']],
    ['Pakistan asked Washington\'s help in the talks.', ['REQUEST PAK>USA']],
  ]);
});
