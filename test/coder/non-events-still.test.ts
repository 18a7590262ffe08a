import { table } from './non-events-table.ts';

// "still" on the act's verb tells a state that goes on from an earlier act, not a new one
// (data/lexicon/background-cues.tsv, rule candidate:tree-background:still).
table('a state that goes on ("still detained") is no event', [
  ['The rights group counted 300 political prisoners still detained in Burma.', []],
  ['Amnesty said dozens of journalists were still jailed in Turkey.', []],
  ['Israeli officials said 120 hostages were still held by Hamas in Gaza.', []],
]);

// the same acts told without "still" are events
table('the act itself still codes', [
  ['Police detained 300 political prisoners in Burma on Monday.', ['COERCE']],
  ['Turkish police jailed dozens of journalists on Tuesday.', ['COERCE']],
]);
