import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Session 26's lead tree repairs on hand-built parses of sentences written for this file (format of repair-cases.ts).
// "accused Kabul of sheltering fighters, a charge the movement denies": when the parse hung the accusation's own
// clause ("of sheltering ...") on the answering verb, the answered-claim repair left a cycle (the clause hung from
// the verb that hangs from the claim that hangs from the clause); the answering verb's other words before the comma
// now go to the verb it hung from (tree-repair/answered-claim.ts). testRepairCases checks one root and no cycle.
const CASES: RepairCase[] = [
  ['"accused Kabul of sheltering fighters, a charge the movement deny"', 'Islamabad/PROPN/3/nsubj has/AUX/3/aux repeatedly/ADV/3/advmod accused/VERB/-1/root Kabul/PROPN/3/obj of/SCONJ/6/mark sheltering/VERB/17/advcl fighters/NOUN/6/obj of/ADP/11/case the/DET/11/det Pakistani/ADJ/11/amod Taliban/PROPN/7/nmod ,/PUNCT/14/punct a/DET/14/det charge/NOUN/17/nsubj the/DET/16/det movement/NOUN/14/obj deny/VERB/3/conj ./PUNCT/3/punct',
    'tree-repair:answered-claim', ['sheltering>3:advcl', 'charge>6:parataxis', 'deny>14:acl:relcl', 'movement>17:nsubj']],
  ['"accused Iran of arming militias, a charge the government denies"', 'Israel/PROPN/2/nsubj has/AUX/2/aux accused/VERB/-1/root Iran/PROPN/2/obj of/SCONJ/5/mark arming/VERB/12/advcl militias/NOUN/5/obj ,/PUNCT/9/punct a/DET/9/det charge/NOUN/12/nsubj the/DET/11/det government/NOUN/9/obj denies/VERB/2/conj ./PUNCT/2/punct',
    'tree-repair:answered-claim', ['arming>2:advcl', 'charge>5:parataxis', 'denies>9:acl:relcl', 'government>12:nsubj']],
  ['"accused Congo of backing rebels, a claim Kinshasa rejected"', 'Rwanda/PROPN/1/nsubj accused/VERB/-1/root Congo/PROPN/1/obj of/SCONJ/4/mark backing/VERB/10/advcl rebels/NOUN/4/obj ,/PUNCT/8/punct a/DET/8/det claim/NOUN/10/nsubj Kinshasa/PROPN/8/obj rejected/VERB/1/conj ./PUNCT/1/punct',
    'tree-repair:answered-claim', ['backing>1:advcl', 'claim>4:parataxis', 'rejected>8:acl:relcl', 'Kinshasa>10:nsubj']],
];

testRepairCases(CASES);
