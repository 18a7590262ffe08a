import { testRepairCases, type RepairCase } from './repair-cases.ts';

// More tree repairs on hand-built parses of sentences written for this file (the format of tree-repair.test.ts):
// a token is "word/UPOS/head/label", with "/POS" after it when the word tagger reads the word otherwise.

// [repair, sentence (hand-built parse), the repair id expected (null: the tree stays), arcs after: "child>head:label"]
export const CASES: RepairCase[] = [
  ['a participle read as the modifier of a second object', 'They/PRON/1/nsubj saw/VERB/-1/root a/DET/3/det drone/NOUN/1/obj opening/VERB/5/amod fire/NOUN/1/obj ./PUNCT/1/punct',
    'tree-repair:participle-between-objects', ['opening>3:acl', 'fire>4:obj', 'drone>1:obj']],
  ['"heard gunmen firing shots"', 'Residents/NOUN/1/nsubj heard/VERB/-1/root gunmen/NOUN/1/obj firing/VERB/4/amod shots/NOUN/1/obj ./PUNCT/1/punct',
    'tree-repair:participle-between-objects', ['firing>2:acl', 'shots>3:obj']],
  ['"watched soldiers burning houses"', 'We/PRON/1/nsubj watched/VERB/-1/root the/DET/3/det soldiers/NOUN/1/obj burning/VERB/5/amod houses/NOUN/1/obj', 'tree-repair:participle-between-objects', ['burning>3:acl', 'houses>4:obj']],
  ['a second object with its own determiner stays', 'They/PRON/1/nsubj saw/VERB/-1/root troops/NOUN/1/obj the/DET/5/det burning/VERB/5/amod town/NOUN/1/obj', null, []],
  ['one object with a participle modifier stays', 'They/PRON/1/nsubj saw/VERB/-1/root burning/VERB/3/amod houses/NOUN/1/obj', null, []],

  ['an infinitive read as a noun compound after "to" as a preposition', 'Police/NOUN/1/nsubj held/VERB/-1/root activists/NOUN/1/obj helping/VERB/2/acl to/ADP/6/case spearhead/NOUN/6/compound/VERB protests/NOUN/3/obl ./PUNCT/1/punct',
    'tree-repair:infinitive-read-as-noun', ['spearhead>3:xcomp', 'to>5:mark', 'protests>5:obj']],
  ['"seeking to lead street rallies"', 'Students/NOUN/1/nsubj began/VERB/-1/root seeking/VERB/1/xcomp to/PART/6/case lead/NOUN/6/compound/VERB street/NOUN/6/compound rallies/NOUN/2/obl',
    'tree-repair:infinitive-read-as-noun', ['lead>2:xcomp', 'to>4:mark', 'rallies>4:obj', 'street>6:compound']],
  ['"efforts to organize strikes"', 'Unions/NOUN/1/nsubj made/VERB/-1/root efforts/NOUN/1/obj to/ADP/5/case organize/NOUN/5/compound/VERB strikes/NOUN/2/nmod',
    'tree-repair:infinitive-read-as-noun', ['organize>2:acl', 'to>4:mark', 'strikes>4:obj']],
  ['"to" before a noun the word tagger also reads as a noun stays', 'Troops/NOUN/1/nsubj went/VERB/-1/root to/ADP/4/case border/NOUN/4/compound posts/NOUN/1/obl', null, []],

  ['a relative "it says" whose complement verb hung on a later verb', 'Troops/NOUN/1/nsubj killed/VERB/-1/root officers/NOUN/1/obj it/PRON/4/nsubj says/VERB/2/acl:relcl were/AUX/6/aux:pass invited/VERB/9/ccomp ,/PUNCT/9/punct Reuters/PROPN/9/nsubj reported/VERB/1/parataxis',
    'tree-repair:said-relative-complement', ['invited>4:ccomp', 'says>2:acl:relcl']],
  ['"the villages they claim were shelled"', 'Rebels/NOUN/1/nsubj fled/VERB/-1/root the/DET/3/det villages/NOUN/1/obj they/PRON/5/nsubj claim/VERB/3/acl:relcl were/AUX/7/aux:pass shelled/VERB/1/conj',
    'tree-repair:said-relative-complement', ['shelled>5:ccomp']],
  ['"prisoners he believes were tortured"', 'Groups/NOUN/1/nsubj named/VERB/-1/root prisoners/NOUN/1/obj he/PRON/4/nsubj believes/VERB/2/acl:relcl were/AUX/6/aux:pass tortured/VERB/1/conj',
    'tree-repair:said-relative-complement', ['tortured>4:ccomp']],
  ['"named soldiers it believes were abducted": the noun read as the subject of the complement', 'Police/NOUN/1/nsubj named/VERB/-1/root soldiers/NOUN/6/nsubj:pass it/PRON/4/nsubj believes/VERB/2/acl:relcl were/AUX/6/aux:pass abducted/VERB/1/ccomp',
    'tree-repair:said-relative-complement', ['soldiers>1:obj', 'abducted>4:ccomp']],
  ['a relative verb of saying with its complement stays', 'Troops/NOUN/1/nsubj killed/VERB/-1/root officers/NOUN/1/obj it/PRON/4/nsubj says/VERB/2/acl:relcl were/AUX/6/aux:pass invited/VERB/4/ccomp', null, []],
  ['a complement verb with its own subject stays', 'Troops/NOUN/1/nsubj killed/VERB/-1/root officers/NOUN/1/obj it/PRON/4/nsubj says/VERB/2/acl:relcl had/AUX/7/aux rebels/NOUN/7/nsubj attacked/VERB/1/conj', null, []],
];

testRepairCases(CASES);
