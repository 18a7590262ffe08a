import { table } from './non-events-table.ts';

// An act in a "before"/"until" clause that is only possible did not happen (src/extract/tree-clauses/forestalled.ts).
table('an act forestalled by a time limit is no event', [
  ['Soldiers shot down the drones before they could hit the base.', ['ASSAULT soldiers']],
  ['Police arrested the gunmen before they could attack the church.', ['COERCE police>gunmen']],
  ['Border guards stopped the militants before they could attack the town.', []],
  ['Analysts warned that the truce could last only until Hamas fires rockets at Israel again.', []],
]);

// the same clauses that state the act, and a possibility stated on its own, still code
table('a time clause that states the act still codes', [
  ['The rebels fled before soldiers attacked the camp on Monday.', ['ASSAULT soldiers>camp']],
  ['Residents fled the town before the militants stormed it on Sunday.', ['ASSAULT militants']],
  ['Israel could launch a ground offensive in Gaza.', ['ASSAULT ISR hypothetical']],
]);
