import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Misreadings around a verb's own small words, on hand-built parses of sentences written for this file:
// a preposition hung on the verb as an adverb (src/extract/tree-repair/preposition-read-as-adverb.ts), and an object
// hung on a particle read as an adverb (particle-read-as-adverb.ts).
const CASES: RepairCase[] = [
  ['"killed | in | a raid": the preposition marks the noun', 'Six/NUM/1/nummod guards/NOUN/3/nsubj:pass were/AUX/3/aux:pass killed/VERB/-1/root in/ADP/3/advmod a/DET/6/det raid/NOUN/3/obl ./PUNCT/3/punct',
    'tree-repair:preposition-read-as-adverb', ['in>6:case', 'raid>3:obl']],
  ['"died during clashes"', 'Two/NUM/1/nummod protesters/NOUN/2/nsubj died/VERB/-1/root during/ADP/2/advmod clashes/NOUN/2/obl:unmarked ./PUNCT/2/punct',
    'tree-repair:preposition-read-as-adverb', ['during>4:case', 'clashes>2:obl']],
  ['"wounded in heavy shelling"', 'Civilians/NOUN/2/nsubj:pass were/AUX/2/aux:pass wounded/VERB/-1/root in/ADP/2/advmod heavy/ADJ/5/amod shelling/NOUN/2/obj ./PUNCT/2/punct',
    'tree-repair:preposition-read-as-adverb', ['in>5:case', 'shelling>2:obl']],
  ['a noun with its own preposition stays', 'Troops/NOUN/1/nsubj moved/VERB/-1/root in/ADP/1/advmod on/ADP/4/case Monday/PROPN/1/obl ./PUNCT/1/punct', null, []],
  ['a particle "in" with no noun after it stays', 'Troops/NOUN/1/nsubj moved/VERB/-1/root in/ADP/1/advmod ./PUNCT/1/punct', null, []],
  ['"shot down 22 of 28 missiles": the object back on the verb', 'Defenses/NOUN/1/nsubj shot/VERB/-1/root down/ADP/1/advmod 22/NUM/2/obl:unmarked of/ADP/6/case 28/NUM/6/nummod missiles/NOUN/3/nmod ./PUNCT/1/punct',
    'tree-repair:particle-read-as-adverb', ['down>1:compound:prt', '22>1:obj', 'missiles>3:nmod']],
  ['"called off talks"', 'Rebels/NOUN/1/nsubj called/VERB/-1/root off/ADP/1/advmod talks/NOUN/2/obl:unmarked ./PUNCT/1/punct',
    'tree-repair:particle-read-as-adverb', ['off>1:compound:prt', 'talks>1:obj']],
  ['"shut down two newspapers"', 'Police/NOUN/1/nsubj shut/VERB/-1/root down/ADP/1/advmod two/NUM/4/nummod newspapers/NOUN/2/obl ./PUNCT/1/punct',
    'tree-repair:particle-read-as-adverb', ['down>1:compound:prt', 'newspapers>1:obj']],
  ['a verb with its own object keeps the particle\'s noun', 'Troops/NOUN/1/nsubj drove/VERB/-1/root trucks/NOUN/1/obj down/ADP/1/advmod roads/NOUN/3/obl:unmarked ./PUNCT/1/punct', null, []],
];

testRepairCases(CASES);
