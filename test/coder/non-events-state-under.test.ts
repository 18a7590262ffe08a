import { table } from './non-events-table.ts';

// An act noun that is the predicate of "be/remain under" is a state its subject is in
// (src/extract/tree-clauses/under-state.ts, rule candidate:tree-state-under).
table('being under sanctions, an embargo or a curfew is a state, no event', [
  ['Iran has long been under U.S. sanctions over its nuclear program.', []],
  ['Syria remains under EU sanctions.', []],
  ['North Korea has been under UN sanctions since 2006.', []],
  ['Eritrea has long been under U.N. sanctions for its support of militants.', []],
]);

// the act itself, and "came under attack" (no copula), still code
table('imposing sanctions or coming under attack is an event', [
  ['The United Nations imposed sanctions on Eritrea on Monday.', ['SANCTION IGOUNO']],
  ['The Nigerian army convoy came under attack by Boko Haram fighters near Maiduguri on Sunday.', ['ASSAULT boko-haram']],
]);
