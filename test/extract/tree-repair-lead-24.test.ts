import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Session 24's lead tree repairs on hand-built parses of sentences written for this file (format of repair-cases.ts).
// "rejected that plan last week, arguing …": "that" + a noun after a verb, read as a clause whose verb is an "-ing"
// participle after a comma, is the verb's object (tree-repair/determiner-that.ts).
export const CASES: RepairCase[] = [
  ['"rejected that plan last week, arguing it failed"', 'Ministers/NOUN/1/nsubj rejected/VERB/-1/root that/SCONJ/7/mark plan/NOUN/7/nsubj last/ADJ/5/amod week/NOUN/3/nmod:unmarked ,/PUNCT/7/punct arguing/VERB/1/ccomp it/PRON/9/nsubj failed/VERB/7/ccomp',
    'tree-repair:determiner-that', ['that>3:det', 'plan>1:obj', 'arguing>1:advcl']],
  ['"rejected that offer on Wednesday, saying it"', 'The/DET/1/det BMA/PROPN/2/nsubj rejected/VERB/-1/root that/SCONJ/8/mark offer/NOUN/8/nsubj on/ADP/6/case Wednesday/PROPN/4/nmod ,/PUNCT/8/punct saying/VERB/2/advcl it/PRON/8/obj',
    'tree-repair:determiner-that', ['that>4:det', 'offer>2:obj', 'saying>2:advcl']],
  ['"accepted this deal, ending the dispute"', 'Iran/PROPN/1/nsubj accepted/VERB/-1/root this/SCONJ/5/mark deal/NOUN/5/nsubj ,/PUNCT/5/punct ending/VERB/1/advcl the/DET/7/det dispute/NOUN/5/obj',
    'tree-repair:determiner-that', ['this>3:det', 'deal>1:obj', 'ending>1:advcl']],
  ['a that-clause with its own auxiliary stays', 'He/PRON/1/nsubj said/VERB/-1/root that/SCONJ/5/mark plan/NOUN/5/nsubj was/AUX/5/aux failing/VERB/1/ccomp', null, []],
];

testRepairCases(CASES);
