import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Repairs written for the recall classes, on hand-built parses of sentences written for this file.

// src/extract/tree-repair/marked-object.ts
const MARKED = 'tree-repair:marked-object';
const marked: RepairCase[] = [
  ['an object with its own preposition', 'The/DET/1/det Kenyans/PROPN/2/nsubj counterattacked/VERB/-1/root in/ADP/4/case support/NOUN/2/obj of/ADP/7/case the/DET/7/det troops/NOUN/4/nmod',
    MARKED, ['support>2:obl']],
  ['a means read as the object', 'The/DET/1/det army/NOUN/2/nsubj retaliated/VERB/-1/root with/ADP/4/case airstrikes/NOUN/2/obj',
    MARKED, ['airstrikes>2:obl']],
  ['a place fired on read as the object', 'Police/NOUN/1/nsubj fired/VERB/-1/root on/ADP/4/case the/DET/4/det crowd/NOUN/1/obj',
    MARKED, ['crowd>1:obl']],
  ['a plain object stays', 'The/DET/1/det army/NOUN/2/nsubj seized/VERB/-1/root the/DET/4/det town/NOUN/2/obj', null, []],
  ['a preposition inside the object stays', 'Troops/NOUN/1/nsubj stormed/VERB/-1/root the/DET/3/det base/NOUN/1/obj of/ADP/5/case rebels/NOUN/3/nmod', null, []],
];

// src/extract/tree-repair/copula-in-relative-clause.ts
const COPULA = 'tree-repair:copula-in-relative-clause';
const copula: RepairCase[] = [
  ['a reported clause\'s predicate inside the relative clause', 'Police/NOUN/1/nsubj said/VERB/-1/root the/DET/3/det men/NOUN/1/ccomp who/PRON/5/nsubj planned/VERB/3/acl:relcl the/DET/7/det attack/NOUN/5/obj were/AUX/10/cop in/ADP/10/case custody/NOUN/5/obl ./PUNCT/1/punct',
    COPULA, ['custody>1:ccomp', 'men>10:nsubj']],
  ['the sentence\'s predicate inside the relative clause', 'Fighters/NOUN/-1/root who/PRON/2/nsubj stormed/VERB/0/acl:relcl the/DET/4/det base/NOUN/2/obj were/AUX/7/cop among/ADP/7/case dead/ADJ/2/obl ./PUNCT/0/punct',
    COPULA, ['dead>-1:root', 'Fighters>7:nsubj']],
  ['an adjective predicate', 'Officials/NOUN/1/nsubj said/VERB/-1/root suspects/NOUN/1/ccomp who/PRON/4/nsubj fled/VERB/2/acl:relcl the/DET/6/det city/NOUN/4/obj were/AUX/8/cop missing/ADJ/4/advcl',
    COPULA, ['missing>1:ccomp', 'suspects>8:nsubj']],
  ['a predicate with its own subject stays', 'Men/NOUN/-1/root who/PRON/2/nsubj said/VERB/0/acl:relcl they/PRON/5/nsubj were/AUX/5/cop safe/ADJ/2/ccomp', null, []],
  ['a noun that is already a subject stays', 'The/DET/1/det men/NOUN/5/nsubj who/PRON/3/nsubj fled/VERB/1/acl:relcl were/AUX/5/cop soldiers/NOUN/-1/root', null, []],
];

testRepairCases([...marked, ...copula]);
