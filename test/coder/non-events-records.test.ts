import { table } from './non-events-table.ts';

// Generic statistics and habitual background are no event (coding guide rule 1), read off the tree
// (src/extract/tree-clauses/background-cue.ts).

// a present perfect or present passive with its own "since" phrase or clause is a tally up to now
table('a tally since a date is a record, not an event', [
  ['Security forces have arrested more than 1,000 protesters in Tehran since September.', []],
  ['Houthi rebels have detained hundreds of journalists in Sanaa since 2015.', []],
  ['The army has killed more than 300 protesters in Yangon since the coup.', []],
]);

// a habitual adverb on the verb whose object is the act noun makes the act habitual too
table('an act noun under a habitual or earlier verb is background', [
  ['Sudan and South Sudan have previously held talks in Addis Ababa.', []],
  ['Kachin rebels have previously signed several ceasefire agreements with the army.', []],
  ['Hezbollah has previously carried out attacks on Israeli troops.', []],
]);

// a "since" that is not the verb's period, and acts on one occasion, still code
table('acts on one occasion still give events', [
  ['Police arrested 20 protesters in Minsk on Sunday, the first arrests since the election.', ['COERCE BLRCOP']],
  ['Sudan and South Sudan held talks in Addis Ababa on Monday.', ['CONSULT SDN+SSD']],
  ['Hezbollah carried out an attack on Israeli troops on Sunday.', ['ASSAULT hezbollah>ISRMIL']],
  ['At least 20 people have been killed in a suicide attack by the Taliban in Kabul.', ['ASSAULT taliban']],
]);
