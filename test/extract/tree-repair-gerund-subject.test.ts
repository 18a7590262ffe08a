import { testRepairCases, type RepairCase } from './repair-cases.ts';

// src/extract/tree-repair/gerund-clause-subject.ts: a subordinate clause whose subject is an -ing act noun ("after
// fighting erupted") read as a gerund clause with the finite verb its complement. Hand-built parses of sentences written
// for this file, of the shape the shipped parser gave; gerund clauses with an object of their own stay.
const ID = 'tree-repair:gerund-clause-subject';
const CASES: RepairCase[] = [
  ['"after fighting erupted"', 'The/DET/1/det road/NOUN/3/nsubj:pass was/AUX/3/aux:pass closed/VERB/-1/root after/SCONJ/5/mark fighting/VERB/3/advcl erupted/VERB/5/xcomp near/ADP/9/case the/DET/9/det town/NOUN/6/obl ./PUNCT/3/punct',
    ID, ['erupted>3:advcl', 'after>6:mark', 'fighting>6:nsubj', 'town>6:obl']],
  ['"when shelling resumed"', 'Residents/NOUN/1/nsubj fled/VERB/-1/root when/SCONJ/3/mark shelling/VERB/1/advcl resumed/VERB/3/xcomp overnight/ADV/4/advmod ./PUNCT/1/punct',
    ID, ['resumed>1:advcl', 'when>4:mark', 'shelling>4:nsubj']],
  ['"as fighting spread"', 'Schools/NOUN/1/nsubj closed/VERB/-1/root as/SCONJ/4/mark heavy/ADJ/4/amod fighting/VERB/1/advcl spread/VERB/4/ccomp to/ADP/8/case the/DET/8/det capital/NOUN/5/obl ./PUNCT/1/punct',
    ID, ['spread>1:advcl', 'as>5:mark', 'fighting>5:nsubj', 'heavy>4:amod']],
  ['a gerund clause with its object stays', 'They/PRON/1/nsubj left/VERB/-1/root after/SCONJ/3/mark burning/VERB/1/advcl the/DET/5/det houses/NOUN/3/obj ./PUNCT/1/punct', null, []],
  ['a gerund with an infinitive stays', 'They/PRON/1/nsubj left/VERB/-1/root after/SCONJ/3/mark trying/VERB/1/advcl to/PART/5/mark stop/VERB/3/xcomp them/PRON/5/obj ./PUNCT/1/punct', null, []],
];

testRepairCases(CASES);
