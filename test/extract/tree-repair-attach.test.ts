import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Misattachments of tagger-2 (session 10): each class on parses of sentences written for this file (most are what
// tagger-2 gave for them), and parses of the same shape that must stay. Hand-built, so a retrained parser does not
// move what is tested. Tokens are "word/UPOS/head/label[/wink POS]"; lemmas are the lower-cased words.
const MAIN = 'tree-repair:misread-main-clause';

// src/extract/tree-repair/prenominal-participle.ts: the noun after "of" + participle read as its xcomp, or as the
// subject of the main verb hung on the participle
const PRENOMINAL = 'tree-repair:prenominal-participle';
const prenominal: RepairCase[] = [
  ['noun as the participle\'s xcomp', 'Wives/NOUN/-1/root of/ADP/2/mark abducted/VERB/0/acl Chibok/PROPN/4/compound fishermen/NOUN/2/xcomp marched/VERB/4/acl in/ADP/7/case Lagos/PROPN/5/obl ./PUNCT/0/punct',
    [PRENOMINAL, MAIN], ['fishermen>0:nmod', 'of>4:case', 'abducted>4:amod', 'marched>-1:root', 'Wives>5:nsubj']],
  ['noun as the subject of the verb hung on the participle', 'Friends/NOUN/-1/root of/ADP/2/mark arrested/VERB/0/acl Iranian/ADJ/4/amod activists/NOUN/5/nsubj protested/VERB/2/xcomp in/ADP/7/case Berlin/PROPN/5/obl ./PUNCT/0/punct',
    [PRENOMINAL, MAIN], ['activists>0:nmod', 'arrested>4:amod', 'protested>-1:root', 'Friends>5:nsubj']],
  ['the same, the verb read as an object', 'Supporters/NOUN/-1/root of/ADP/2/mark jailed/VERB/0/acl Kurdish/ADJ/4/amod politicians/NOUN/5/nsubj marched/VERB/2/obj in/ADP/7/case Diyarbakir/PROPN/5/obl ./PUNCT/0/punct',
    [PRENOMINAL, MAIN], ['politicians>0:nmod', 'marched>-1:root', 'Supporters>5:nsubj']],
  ['a participle with its own subject is a clause', 'Reports/NOUN/-1/root of/ADP/3/mark troops/NOUN/3/nsubj attacked/VERB/0/acl villages/NOUN/3/obj', null, []],
];

// src/extract/tree-repair/colon-clause.ts
const COLON = 'tree-repair:colon-clause';
const colon: RepairCase[] = [
  ['subject after the colon read as the object', 'The/DET/1/det navy/NOUN/2/nsubj cautioned/VERB/-1/root :/PUNCT/5/punct further/ADJ/5/amod raids/NOUN/2/obj on/ADP/8/case its/PRON/8/nmod:poss ships/NOUN/5/nmod will/AUX/11/aux not/PART/11/advmod go/VERB/2/ccomp unpunished/ADJ/11/xcomp ./PUNCT/2/punct',
    COLON, ['raids>11:nsubj', 'go>2:ccomp']],
  ['a noun inside the phrase read as the subject', 'The/DET/1/det ministry/NOUN/2/nsubj said/VERB/-1/root :/PUNCT/4/punct strikes/NOUN/9/advcl on/ADP/7/case the/DET/7/det port/NOUN/9/nsubj will/AUX/9/aux continue/VERB/2/ccomp ./PUNCT/2/punct',
    COLON, ['strikes>9:nsubj', 'port>4:nmod']],
  ['the verb before the colon hung under the clause', 'The/DET/1/det army/NOUN/2/nsubj warned/VERB/11/nsubj:pass :/PUNCT/5/punct any/DET/5/det attack/NOUN/2/obj on/ADP/8/case its/PRON/8/nmod:poss positions/NOUN/5/nmod will/AUX/11/aux be/AUX/11/aux:pass met/VERB/-1/root with/ADP/13/case force/NOUN/11/obl ./PUNCT/11/punct',
    COLON, ['warned>-1:root', 'met>2:ccomp', 'attack>11:nsubj:pass']],
  ['a clause after the colon read right stays', 'The/DET/1/det rebels/NOUN/2/nsubj declared/VERB/-1/root :/PUNCT/7/punct the/DET/5/det ceasefire/NOUN/7/nsubj is/AUX/7/cop over/ADV/2/ccomp ./PUNCT/2/punct', null, []],
  ['a list after a noun and colon stays', 'He/PRON/1/nsubj listed/VERB/-1/root three/NUM/3/nummod demands/NOUN/1/obj :/PUNCT/6/punct a/DET/6/det ceasefire/NOUN/3/appos ,/PUNCT/8/punct aid/NOUN/6/conj and/CCONJ/10/cc elections/NOUN/8/conj ./PUNCT/1/punct', null, []],
];

// src/extract/tree-repair/setting-after-group.ts
const SETTING = 'tree-repair:setting-after-group';
const setting: RepairCase[] = [
  ['crowd of N outside X', 'Soldiers/NOUN/1/nsubj shot/VERB/-1/root at/ADP/4/case a/DET/4/det crowd/NOUN/1/obl of/ADP/6/case demonstrators/NOUN/4/nmod outside/ADP/9/case the/DET/9/det parliament/NOUN/6/nmod ./PUNCT/1/punct',
    SETTING, ['parliament>1:obl', 'demonstrators>4:nmod']],
  ['group of N in X', 'Police/NOUN/1/nsubj fired/VERB/-1/root on/ADP/4/case a/DET/4/det group/NOUN/1/obl of/ADP/6/case students/NOUN/4/nmod in/ADP/8/case Dhaka/PROPN/6/nmod on/ADP/10/case Monday/PROPN/1/obl ./PUNCT/1/punct',
    SETTING, ['Dhaka>1:obl']],
  ['convoy of N near X', 'Militants/NOUN/1/nsubj ambushed/VERB/-1/root a/DET/3/det convoy/NOUN/1/obj of/ADP/5/case soldiers/NOUN/3/nmod near/ADP/8/case the/DET/8/det border/NOUN/5/nmod ./PUNCT/1/punct',
    SETTING, ['border>1:obl']],
  ['dozens of N in X', 'Police/NOUN/1/nsubj arrested/VERB/-1/root dozens/NOUN/1/obj of/ADP/4/case protesters/NOUN/2/nmod in/ADP/6/case Minsk/PROPN/4/nmod ./PUNCT/1/punct', SETTING, ['Minsk>1:obl']],
  ['another "of" noun keeps its place phrase', 'The/DET/1/det army/NOUN/2/nsubj shelled/VERB/-1/root the/DET/4/det homes/NOUN/2/obj of/ADP/6/case civilians/NOUN/4/nmod in/ADP/9/case the/DET/9/det village/NOUN/6/nmod ./PUNCT/2/punct', null, []],
  ['"on" after a group is a topic', 'The/DET/1/det UN/PROPN/2/nsubj sent/VERB/-1/root a/DET/4/det group/NOUN/2/obj of/ADP/6/case experts/NOUN/4/nmod on/ADP/8/case security/NOUN/6/nmod to/ADP/10/case Haiti/PROPN/2/obl ./PUNCT/2/punct', null, []],
];

// src/extract/tree-repair/contact-relative-clause.ts
const CONTACT = 'tree-repair:contact-relative-clause';
const contact: RepairCase[] = [
  ['read as an advcl', 'The/DET/1/det army/NOUN/2/nsubj destroyed/VERB/-1/root the/DET/4/det weapons/NOUN/2/obj the/DET/6/det rebels/NOUN/8/nsubj had/AUX/8/aux abandoned/VERB/2/advcl ./PUNCT/2/punct',
    CONTACT, ['abandoned>4:acl:relcl']],
  ['read as a ccomp, partner inside', 'Ethiopia/PROPN/1/nsubj renewed/VERB/-1/root the/DET/3/det pact/NOUN/1/obj it/PRON/6/nsubj had/AUX/6/aux signed/VERB/1/ccomp with/ADP/8/case Kenya/PROPN/6/obl ./PUNCT/1/punct',
    CONTACT, ['signed>3:acl:relcl', 'Kenya>6:obl']],
  ['without an auxiliary', 'Turkey/PROPN/1/nsubj extended/VERB/-1/root the/DET/3/det accord/NOUN/1/obj it/PRON/5/nsubj reached/VERB/1/ccomp with/ADP/7/case Iraq/PROPN/5/obl ./PUNCT/1/punct',
    CONTACT, ['reached>3:acl:relcl']],
  ['a person told, then a clause', 'The/DET/1/det minister/NOUN/2/nsubj told/VERB/-1/root reporters/NOUN/2/obj the/DET/5/det talks/NOUN/7/nsubj had/AUX/7/aux failed/VERB/2/ccomp ./PUNCT/2/punct', null, []],
  ['a clause with its own object', 'Kenya/PROPN/1/nsubj blamed/VERB/-1/root the/DET/3/det attack/NOUN/1/obj militants/NOUN/5/nsubj killed/VERB/1/advcl six/NUM/7/nummod people/NOUN/5/obj', null, []],
  ['no object before the clause', 'The/DET/1/det court/NOUN/2/nsubj ruled/VERB/-1/root the/DET/4/det ban/NOUN/6/nsubj was/AUX/6/cop illegal/ADJ/2/ccomp', null, []],
];

// src/extract/tree-repair/between-conjunct.ts (the main-clause repair then finds the predicate)
const BETWEEN = 'tree-repair:between-conjunct';
const between: RepairCase[] = [
  ['second side read as a subject, participle after it', 'The/DET/1/det truce/NOUN/-1/root between/ADP/4/case the/DET/4/det army/NOUN/1/nmod and/CCONJ/11/cc the/DET/7/det militants/NOUN/11/nsubj agreed/VERB/7/acl in/ADP/10/case June/PROPN/8/obl ended/VERB/1/conj ./PUNCT/1/punct',
    [BETWEEN, MAIN], ['militants>4:conj', 'and>7:cc', 'ended>-1:root', 'truce>11:nsubj']],
  ['the same with a plain noun', 'Clashes/NOUN/-1/root between/ADP/3/case the/DET/3/det police/NOUN/0/nmod and/CCONJ/7/cc the/DET/6/det miners/NOUN/7/nsubj left/VERB/0/conj five/NUM/7/obj dead/ADJ/8/amod ./PUNCT/0/punct',
    [BETWEEN, MAIN], ['miners>3:conj', 'left>-1:root', 'Clashes>7:nsubj']],
  ['under a verbal root', 'Fighting/VERB/-1/root between/ADP/3/case the/DET/3/det army/NOUN/0/obj and/CCONJ/7/cc the/DET/6/det rebels/NOUN/7/nsubj killed/VERB/0/conj 20/NUM/9/nummod people/NOUN/7/obj ./PUNCT/0/punct',
    [BETWEEN, 'tree-repair:marked-object', 'tree-repair:opening-gerund-subject'], ['rebels>3:conj', 'and>6:cc', 'army>0:obl', 'killed>-1:root', 'Fighting>7:nsubj']],
  ['two sides read right stay', 'Relations/NOUN/6/nsubj between/ADP/2/case Ethiopia/PROPN/0/nmod and/CCONJ/4/cc Sudan/PROPN/2/conj have/AUX/6/aux worsened/VERB/-1/root ./PUNCT/6/punct', null, []],
];

// src/extract/tree-repair/relative-verb-clause.ts
const RELATIVE_VERB = 'tree-repair:relative-verb-clause';
const relativeVerb: RepairCase[] = [
  ['quote then "said" an oblique', '"/PUNCT/7/punct Those/PRON/7/nsubj who/PRON/3/nsubj claim/VERB/1/acl:relcl that/SCONJ/7/mark Kenya/PROPN/7/nsubj should/AUX/7/aux talk/VERB/-1/root with/ADP/9/case Somalia/PROPN/7/obl are/AUX/11/cop wrong/ADJ/16/ccomp ,/PUNCT/11/punct "/PUNCT/11/punct the/DET/15/det envoy/NOUN/16/nsubj said/VERB/7/obl ./PUNCT/7/punct',
    RELATIVE_VERB, ['said>-1:root', 'talk>3:ccomp', 'Those>11:nsubj', '.>16:punct']],
  ['the predicate hung on the clause', 'People/NOUN/6/nsubj who/PRON/2/nsubj believe/VERB/0/acl:relcl that/SCONJ/6/mark Iran/PROPN/6/nsubj will/AUX/6/aux negotiate/VERB/-1/root are/AUX/8/cop naive/ADJ/6/parataxis ,/PUNCT/8/punct the/DET/11/det senator/NOUN/12/nsubj said/VERB/8/parataxis ./PUNCT/6/punct',
    RELATIVE_VERB, ['naive>-1:root', 'negotiate>2:ccomp', 'People>8:nsubj', '.>8:punct']],
  ['an auxiliary predicate', 'Those/PRON/6/nsubj who/PRON/2/nsubj claim/VERB/0/acl:relcl that/SCONJ/6/mark the/DET/5/det army/NOUN/6/nsubj attacked/VERB/-1/root civilians/NOUN/6/obj are/AUX/9/aux lying/VERB/13/ccomp ,/PUNCT/9/punct the/DET/12/det spokesman/NOUN/13/nsubj said/VERB/6/parataxis ./PUNCT/6/punct',
    RELATIVE_VERB, ['said>-1:root', 'attacked>2:ccomp', 'Those>9:nsubj']],
  ['read right, it stays', 'Those/PRON/10/nsubj who/PRON/2/nsubj say/VERB/0/acl:relcl that/SCONJ/6/mark Iran/PROPN/6/nsubj should/AUX/6/aux negotiate/VERB/2/ccomp with/ADP/8/case Israel/PROPN/6/obl are/AUX/10/cop mistaken/ADJ/14/ccomp ,/PUNCT/10/punct the/DET/13/det minister/NOUN/14/nsubj said/VERB/-1/root ./PUNCT/14/punct', null, []],
  ['two subjects without a relative clause stay', 'Officials/NOUN/4/nsubj that/SCONJ/4/mark Iran/PROPN/4/nsubj will/AUX/4/aux negotiate/VERB/-1/root', null, []],
];

// src/extract/tree-repair/predicate-in-relative-clause.ts
const IN_RELATIVE = 'tree-repair:predicate-in-relative-clause';
const inRelative: RepairCase[] = [
  ['main verb an advcl of the relative verb', 'Militants/NOUN/-1/root who/PRON/2/nsubj fled/VERB/0/acl:relcl from/ADP/4/case Mosul/PROPN/2/obl attacked/VERB/2/advcl a/DET/7/det village/NOUN/5/obj near/ADP/9/case Kirkuk/PROPN/5/obl ./PUNCT/0/punct',
    IN_RELATIVE, ['attacked>-1:root', 'Militants>5:nsubj', '.>5:punct']],
  ['an xcomp', 'Rebels/NOUN/-1/root who/PRON/2/nsubj withdrew/VERB/0/acl:relcl from/ADP/4/case Goma/PROPN/2/obl seized/VERB/2/xcomp two/NUM/7/nummod towns/NOUN/5/obj ./PUNCT/0/punct',
    IN_RELATIVE, ['seized>-1:root', 'Rebels>5:nsubj']],
  ['an oblique, the place its subject', 'Pirates/NOUN/-1/root who/PRON/2/nsubj sailed/VERB/0/acl:relcl from/ADP/5/case Somalia/PROPN/5/nsubj seized/VERB/2/obl a/DET/7/det tanker/NOUN/5/obj ./PUNCT/0/punct',
    IN_RELATIVE, ['seized>-1:root', 'Pirates>5:nsubj', 'Somalia>2:obl', 'from>4:case']],
  ['a past form wink calls a noun', 'Bandits/PROPN/-1/root who/PRON/2/nsubj fled/VERB/0/acl:relcl from/ADP/4/case Zamfara/PROPN/2/obl abducted/VERB/2/advcl/NOUN ten/NUM/7/nummod farmers/NOUN/5/obj ./PUNCT/0/punct',
    IN_RELATIVE, ['abducted>-1:root', 'Bandits>5:nsubj']],
  ['a conjunct of the relative verb stays', 'Militants/NOUN/-1/root who/PRON/2/nsubj fled/VERB/0/acl:relcl from/ADP/4/case Mosul/PROPN/2/obl and/CCONJ/6/cc attacked/VERB/2/conj a/DET/8/det village/NOUN/6/obj', null, []],
  ['an infinitive stays', 'Men/NOUN/-1/root who/PRON/2/nsubj agreed/VERB/0/acl:relcl to/PART/4/mark fight/VERB/2/xcomp', null, []],
  ['a participle with its agent describes', 'Figures/NOUN/-1/root which/PRON/2/nsubj rose/VERB/0/acl:relcl sharply/ADV/2/advmod published/VERB/2/xcomp by/ADP/6/case officials/NOUN/4/obl:agent', null, []],
  ['a clause with no relative pronoun is no relative clause to look in', 'Sunday/PROPN/-1/root exports/NOUN/3/nsubj figures/VERB/0/acl:relcl released/VERB/2/xcomp data/NOUN/3/obj', null, []],
  // a relative clause set off by commas, whatever its pronoun: the predicate right after the closing comma
  ['after a relative clause in commas, its pronoun the object', 'The/DET/1/det bombing/NOUN/-1/root ,/PUNCT/7/punct which/PRON/7/obj no/DET/5/det group/NOUN/7/nsubj has/AUX/7/aux claimed/VERB/1/acl:relcl ,/PUNCT/9/punct killed/VERB/7/xcomp twelve/NUM/11/nummod people/NOUN/9/obj ./PUNCT/1/punct',
    IN_RELATIVE, ['killed>-1:root', 'bombing>9:nsubj', 'claimed>1:acl:relcl', '.>9:punct']],
  ['after a relative clause in commas, its pronoun the subject', 'The/DET/1/det convoy/NOUN/-1/root ,/PUNCT/4/punct which/PRON/4/nsubj left/VERB/1/acl:relcl Goma/PROPN/4/obj ,/PUNCT/7/punct reached/VERB/4/advcl Bunia/PROPN/7/obj ./PUNCT/1/punct',
    IN_RELATIVE, ['reached>-1:root', 'convoy>7:nsubj']],
  ['after a relative clause in commas, a parataxis', 'The/DET/1/det minister/NOUN/-1/root ,/PUNCT/5/punct whom/PRON/5/obj rebels/NOUN/5/nsubj kidnapped/VERB/1/acl:relcl ,/PUNCT/7/punct resigned/VERB/5/parataxis ./PUNCT/1/punct',
    IN_RELATIVE, ['resigned>-1:root', 'minister>7:nsubj']],
  ['an object relative with no commas stays', 'The/DET/1/det bombing/NOUN/-1/root which/PRON/5/obj no/DET/4/det group/NOUN/5/nsubj claimed/VERB/1/acl:relcl killed/VERB/5/xcomp people/NOUN/6/obj', null, []],
  ['a sentence with its predicate stays', 'Fighters/NOUN/6/nsubj:pass who/PRON/2/nsubj returned/VERB/0/acl:relcl from/ADP/4/case Syria/PROPN/2/obl were/AUX/6/aux:pass arrested/VERB/-1/root ./PUNCT/6/punct', null, []],
];

testRepairCases([...prenominal, ...colon, ...setting, ...contact, ...between, ...relativeVerb, ...inRelative]);
