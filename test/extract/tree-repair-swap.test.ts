import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Tree repairs for misreadings of the tagger-2 parser (session 9), on hand-built parses of sentences written for
// this file (the format of tree-repair.test.ts): a token is "word/UPOS/head/label".

const CASES: RepairCase[] = [
  ['a conjunct hung on the abbreviation in parentheses', 'the/DET/1/det government/NOUN/7/nsubj (/PUNCT/3/punct YG/PROPN/1/appos )/PUNCT/3/punct and/CCONJ/6/cc Houthis/PROPN/3/conj agreed/VERB/-1/root',
    'tree-repair:conj-after-parenthesis', ['Houthis>1:conj']],
  ['"the Syrian Democratic Forces (SDF) and Turkish troops clashed"', 'Forces/PROPN/7/nsubj (/PUNCT/2/punct SDF/PROPN/0/appos )/PUNCT/2/punct and/CCONJ/6/cc Turkish/ADJ/6/amod troops/NOUN/2/conj clashed/VERB/-1/root',
    'tree-repair:conj-after-parenthesis', ['troops>0:conj']],
  ['"the World Food Programme (WFP) and UNICEF sent aid"', 'Programme/PROPN/6/nsubj (/PUNCT/2/punct WFP/PROPN/0/appos )/PUNCT/2/punct and/CCONJ/5/cc UNICEF/PROPN/2/conj sent/VERB/-1/root aid/NOUN/6/obj',
    'tree-repair:conj-after-parenthesis', ['UNICEF>0:conj']],
  ['a conjunct inside the parentheses stays', 'Forces/PROPN/6/nsubj (/PUNCT/2/punct SDF/PROPN/0/appos and/CCONJ/4/cc YPG/PROPN/2/conj )/PUNCT/2/punct clashed/VERB/-1/root', null, []],

  ['a name split from the noun it modifies', 'Troops/NOUN/1/nsubj began/VERB/-1/root an/DET/3/det offensive/NOUN/1/obj against/ADP/5/case Karen/PROPN/3/nmod rebels/NOUN/3/nmod',
    'tree-repair:name-split-from-noun', ['rebels>3:nmod', 'Karen>6:compound', 'against>6:case']],
  ['"strikes on Houthi positions"', 'Jets/NOUN/1/nsubj carried/VERB/-1/root strikes/NOUN/1/obj on/ADP/4/case Houthi/PROPN/2/nmod positions/NOUN/2/nmod',
    'tree-repair:name-split-from-noun', ['positions>2:nmod', 'Houthi>5:compound', 'on>5:case']],
  ['"talks with Taliban leaders"', 'Envoys/NOUN/1/nsubj held/VERB/-1/root talks/NOUN/1/obj with/ADP/4/case Taliban/PROPN/1/obl leaders/NOUN/1/obl',
    'tree-repair:name-split-from-noun', ['leaders>1:obl', 'Taliban>5:compound', 'with>5:case']],
  ['a second noun with its own preposition stays', 'Troops/NOUN/1/nsubj attacked/VERB/-1/root in/ADP/3/case Gaza/PROPN/1/obl on/ADP/5/case Monday/PROPN/1/obl', null, []],

  ['a clause opened by "as" read as a phrase', 'Clashes/NOUN/1/nsubj spread/VERB/-1/root in/ADP/4/case the/DET/4/det north/NOUN/1/obl as/ADP/6/case troops/NOUN/4/nmod advanced/VERB/1/conj',
    'tree-repair:clause-read-as-phrase', ['troops>7:nsubj', 'as>7:mark', 'advanced>1:advcl']],
  ['"Prices rose in the capital as traders feared shortages"', 'Prices/NOUN/1/nsubj rose/VERB/-1/root in/ADP/4/case the/DET/4/det capital/NOUN/1/obl as/ADP/6/case traders/NOUN/4/nmod feared/VERB/1/conj shortages/NOUN/7/obj',
    'tree-repair:clause-read-as-phrase', ['traders>7:nsubj', 'feared>1:advcl']],
  ['"Fighting resumed in the east as rebels attacked"', 'Fighting/NOUN/1/nsubj resumed/VERB/-1/root in/ADP/4/case the/DET/4/det east/NOUN/1/obl as/ADP/6/case rebels/NOUN/4/nmod attacked/VERB/1/parataxis',
    'tree-repair:clause-read-as-phrase', ['rebels>7:nsubj', 'attacked>1:advcl']],
  // the phrase hung on its own verb, or its noun read as a compound of the verb (no nominal compounds a verb)
  ['"as police" an oblique of the verb it is the subject of', 'Riots/NOUN/1/nsubj broke/VERB/-1/root out/ADP/1/compound:prt as/ADP/4/case police/NOUN/5/obl detained/VERB/1/ccomp the/DET/8/det opposition/NOUN/8/compound leader/NOUN/5/obj',
    'tree-repair:clause-read-as-phrase', ['detained>1:advcl', 'police>5:nsubj', 'as>5:mark']],
  ['"as police arrested": the subject read as a compound of the verb', 'Traffic/PROPN/1/nsubj stopped/VERB/-1/root as/ADP/4/mark police/NOUN/4/compound arrested/VERB/1/advcl dozens/NOUN/4/obj',
    'tree-repair:clause-read-as-phrase', ['police>4:nsubj']],
  ['"as police clashed": compound, "as" a case of the verb', 'Thirty/NUM/1/nummod people/NOUN/3/nsubj:pass were/AUX/3/aux:pass injured/VERB/-1/root as/ADP/6/case police/NOUN/6/compound clashed/VERB/3/advcl with/ADP/8/case supporters/NOUN/6/obl',
    'tree-repair:clause-read-as-phrase', ['police>6:nsubj', 'as>6:mark']],
  ['a verb with its own subject after a compound stays', 'Shops/NOUN/1/nsubj closed/VERB/-1/root as/ADP/4/mark police/NOUN/4/compound officers/NOUN/5/nsubj arrived/VERB/1/advcl', null, []],
  // the speaker after the last comma read as a conjunct of the noun before it
  ['"..., aid workers in Goma say"', 'Rebels/NOUN/1/nsubj shelled/VERB/-1/root the/DET/3/det airport/NOUN/1/obj ,/PUNCT/6/punct aid/NOUN/6/compound workers/NOUN/3/conj in/ADP/8/case Goma/PROPN/6/nmod say/VERB/3/conj ./PUNCT/1/punct',
    'tree-repair:trailing-speaker-conjunct', ['workers>9:nsubj', 'say>1:parataxis']],
  ['"..., witnesses told Reuters"', 'The/DET/1/det army/NOUN/2/nsubj shelled/VERB/-1/root the/DET/4/det town/NOUN/2/obj ,/PUNCT/6/punct witnesses/NOUN/4/conj told/VERB/2/advcl Reuters/PROPN/7/iobj ./PUNCT/2/punct',
    'tree-repair:trailing-speaker-conjunct', ['witnesses>7:nsubj', 'told>2:parataxis']],
  ['"..., rights groups said" with "said" read as the root', 'Soldiers/NOUN/1/nsubj fired/VERB/10/ccomp on/ADP/3/case protesters/NOUN/1/obl in/ADP/6/case the/DET/6/det capital/NOUN/3/nmod ,/PUNCT/9/punct rights/NOUN/9/compound groups/NOUN/3/conj said/VERB/-1/root ./PUNCT/10/punct',
    'tree-repair:trailing-speaker-conjunct', ['groups>10:nsubj']],
  ['a closing verb with its own subject stays', 'Troops/NOUN/1/nsubj stormed/VERB/-1/root the/DET/3/det village/NOUN/1/obj ,/PUNCT/6/punct residents/NOUN/6/nsubj said/VERB/1/conj ./PUNCT/1/punct', null, []],
  ['a conjunct with no verb of saying after it stays', 'Troops/NOUN/1/nsubj stormed/VERB/-1/root the/DET/3/det village/NOUN/1/obj ,/PUNCT/6/punct the/DET/6/det town/NOUN/3/conj ./PUNCT/1/punct', null, []],
  ['"served as president" with no verb after stays', 'He/PRON/1/nsubj served/VERB/-1/root as/ADP/3/case president/NOUN/1/obl ./PUNCT/1/punct', null, []],
];

testRepairCases(CASES);
