import { runTable } from '../core/table.ts';

// The to-clause of a noun of deciding or intending is done by the noun's possessor or "by" phrase
// (src/extract/tree-roles/intent-possessor.ts, rule roles:tree-intent-possessor); the act is planned
// ("decision to", data/lexicon/modality.tsv). Sentences written for these tests.
runTable('the one who decides does what is decided', [
  ["Canada's decision to cut ties with India drew a sharp response from New Delhi.", ['SANCTION CAN>IND']],
  ["Peru's decision to expel the Venezuelan ambassador was criticized in Caracas.", ['SANCTION PER>VEN', 'ACCUSE ->PER']],
  ['The decision by Niger to expel the French ambassador surprised diplomats.', ['SANCTION NER>FRA']],
  ["Colombia's decision to resume peace talks with the ELN was announced on Friday.", ['CONSULT COL>eln']],
]);

// a noun that names no intent completes itself: its clause has no doer there
runTable('other nouns do not lend their possessor', [
  ["The opposition's right to protest was curtailed.", []],
]);
