import { table } from './non-events-table.ts';

// What must, needs to or ought to be done has not been done: "must", "need to", "ought to" before the act make it
// hypothetical, dropped by default (data/lexicon/modality.tsv, certainty:modal:<cue>).
table('an act under an obligation or a need is no event', [
  ['Israel must stop bombing Gaza.', []],
  ['The Sudanese army needs to retake the town of Wad Madani.', []],
  ['The rebels ought to release the hostages.', []],
  ['Iran must have supplied the drones to Russia.', []],
]);

// a speaker's "must" is that speaker's demand (speech-act obligation), and the acts stated still code
table('a speaker\'s obligation is a demand; stated acts still code', [
  ['Russia must withdraw its troops from Ukraine, the French minister said.', ['REQUEST >RUS']],
  ['Israel stopped bombing Gaza on Friday.', ['RETREAT ISR']],
  ['The Sudanese army retook the town of Wad Madani on Saturday.', ['ASSAULT SDNMIL']],
]);
