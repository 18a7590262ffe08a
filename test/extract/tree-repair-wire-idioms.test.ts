import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Wire idioms parsers misread. "..., a claim Ukraine denied": the closing apposition that names the clause a claim and who answers it
// (src/extract/tree-repair/answered-claim.ts), on hand-built parses of sentences written for this file.
const CASES: RepairCase[] = [
  ['"..., a claim Kyiv denied" with the answerer read as a conjunct', 'Troops/NOUN/1/nsubj captured/VERB/-1/root the/DET/3/det village/NOUN/1/obj ,/PUNCT/7/punct a/DET/7/det claim/VERB/7/amod Kyiv/PROPN/3/conj denied/VERB/1/advmod ./PUNCT/1/punct',
    'tree-repair:answered-claim', ['claim>1:parataxis', 'Kyiv>8:nsubj', 'denied>6:acl:relcl', 'village>1:obj']],
  ['"..., a charge Abu Dhabi denies" read as the clause of the accusing verb', 'Sudan/PROPN/1/nsubj accused/VERB/-1/root Qatar/PROPN/10/nsubj of/ADP/4/mark arming/VERB/2/acl rebels/NOUN/4/obj ,/PUNCT/8/punct a/DET/8/det charge/NOUN/10/obj Doha/PROPN/10/nsubj denies/VERB/1/ccomp ./PUNCT/1/punct',
    'tree-repair:answered-claim', ['Qatar>1:obj', 'charge>4:parataxis', 'Doha>10:nsubj', 'denies>8:acl:relcl']],
  ['"..., an accusation the group has rejected"', 'Israel/PROPN/1/nsubj accused/VERB/-1/root Hamas/PROPN/1/obj ,/PUNCT/5/punct an/DET/5/det accusation/NOUN/2/appos the/DET/7/det group/NOUN/9/nsubj has/AUX/9/aux rejected/VERB/5/acl:relcl ./PUNCT/1/punct',
    'tree-repair:answered-claim', ['accusation>1:parataxis', 'group>9:nsubj', 'has>9:aux']],
  ['a claim with a clause after the verb stays', 'Troops/NOUN/1/nsubj captured/VERB/-1/root the/DET/3/det village/NOUN/1/obj ,/PUNCT/6/punct a/DET/6/det claim/NOUN/3/appos Kyiv/PROPN/8/nsubj denied/VERB/6/acl:relcl on/ADP/10/case Monday/PROPN/8/obl ./PUNCT/1/punct',
    null, []],
  ['a move, not a claim, stays', 'Troops/NOUN/1/nsubj captured/VERB/-1/root the/DET/3/det village/NOUN/1/obj ,/PUNCT/6/punct a/DET/6/det move/NOUN/3/appos Kyiv/PROPN/8/nsubj condemned/VERB/6/acl:relcl ./PUNCT/1/punct',
    null, []],
];

// "kept shelling rebel positions": the -ing word after a verb of phase read into the noun phrase after it
// (src/extract/tree-repair/phase-verb-gerund.ts)
const PHASE: RepairCase[] = [
  ['"keep shelling rebel positions"', 'The/DET/1/det troops/NOUN/2/nsubj keep/VERB/-1/root shelling/NOUN/4/compound rebel/NOUN/5/compound positions/NOUN/2/obj ./PUNCT/2/punct',
    'tree-repair:phase-verb-gerund', ['shelling>2:xcomp', 'positions>3:obj']],
  ['"continue bombing targets"', 'Jets/NOUN/1/nsubj continue/VERB/-1/root bombing/VERB/3/amod targets/NOUN/1/obj ./PUNCT/1/punct',
    'tree-repair:phase-verb-gerund', ['bombing>1:xcomp', 'targets>2:obj']],
  ['"begin firing rockets"', 'Militants/NOUN/1/nsubj begin/VERB/-1/root firing/NOUN/3/compound rockets/NOUN/1/obj ./PUNCT/1/punct',
    'tree-repair:phase-verb-gerund', ['firing>1:xcomp', 'rockets>2:obj']],
  ['"keep the shelling going" stays', 'They/PRON/1/nsubj keep/VERB/-1/root the/DET/3/det shelling/NOUN/1/obj going/VERB/1/xcomp ./PUNCT/1/punct', null, []],
  ['"sign building contracts" (no verb of phase) stays', 'They/PRON/1/nsubj sign/VERB/-1/root building/NOUN/3/compound contracts/NOUN/1/obj ./PUNCT/1/punct', null, []],
];

testRepairCases(CASES);
testRepairCases(PHASE);
