import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairedTree } from '../../src/extract/tree-repair/index.ts';
import type { Token } from '../../src/nlp/types.ts';

// The tree repairs (src/extract/tree-repair) on hand-built parses of sentences written for this file: each is a
// misreading one of our parser models makes, so what is tested does not move when the model is retrained.
// A token is "word/UPOS/head/label" (head -1: the root; the word tagger's POS is the UPOS unless "/POS" follows).
function parse(spec: string) {
  const parts = spec.split(' ').map((t) => t.split('/'));
  const tokens = parts.map(([w, upos, , , pos], i) => ({ index: i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), pos: pos ?? upos, start: i, end: i + 1, sentence: 0 })) as Token[];
  const tree = { offset: 0, heads: Int32Array.from(parts.map((p) => Number(p[2]))), labels: parts.map((p) => p[3]), upos: parts.map((p) => p[1]) };
  return { tokens, tree };
}

// [repair, sentence (hand-built parse), the repair id expected (null: the tree stays), arcs after: "child>head:label"]
const CASES: Array<[string, string, string | null, string[]]> = [
  ['finite passive read as an acl of its subject', 'Two/NUM/1/nummod envoys/NOUN/-1/root were/AUX/3/aux:pass expelled/VERB/1/acl by/ADP/5/case Oslo/PROPN/3/obl:agent ./PUNCT/1/punct',
    'tree-repair:misread-main-clause', ['expelled>-1:root', 'envoys>3:nsubj:pass', '.>3:punct']],
  ['finite passive hung inside the subject, its subject the object of "host"', "Kenya/PROPN/2/nmod:poss 's/PART/0/case bid/NOUN/-1/root to/PART/4/mark host/VERB/2/acl the/DET/6/det summit/NOUN/8/nsubj:pass was/AUX/8/aux:pass backed/VERB/4/ccomp by/ADP/10/case Uganda/PROPN/8/obl:agent ./PUNCT/2/punct",
    'tree-repair:misread-main-clause', ['backed>-1:root', 'bid>8:nsubj:pass', 'summit>4:obj']],
  ['a past verb read as an acl of the noun before it', 'Relatives/NOUN/-1/root of/ADP/3/case jailed/ADJ/3/amod reporters/NOUN/0/nmod protested/VERB/3/acl outside/ADP/7/case the/DET/7/det court/NOUN/4/obl ./PUNCT/0/punct',
    'tree-repair:misread-main-clause', ['protested>-1:root', 'Relatives>4:nsubj']],
  ['the last of two participle-shaped verbs is the predicate', 'The/DET/1/det truce/NOUN/-1/root agreed/VERB/1/acl in/ADP/4/case March/PROPN/2/obl collapsed/VERB/2/advcl on/ADP/7/case Friday/PROPN/5/obl ./PUNCT/1/punct',
    'tree-repair:misread-main-clause', ['collapsed>-1:root', 'truce>5:nsubj', 'agreed>1:acl']],
  ['a verb that cannot be a participle is the predicate', 'Residents/NOUN/-1/root of/ADP/3/case the/DET/3/det town/NOUN/0/nmod say/VERB/0/acl gunmen/NOUN/6/nsubj stormed/VERB/4/ccomp it/PRON/6/obj ./PUNCT/0/punct',
    'tree-repair:misread-main-clause', ['say>-1:root', 'Residents>4:nsubj', 'stormed>4:ccomp']],
  ['a participle with an agent describes: no predicate to find', 'Areas/NOUN/-1/root seized/VERB/0/acl by/ADP/4/case the/DET/4/det rebels/NOUN/1/obl:agent ./PUNCT/0/punct', null, []],
  ['a sentence with a verb root stays', 'Troops/NOUN/1/nsubj fled/VERB/-1/root ./PUNCT/1/punct', null, []],

  ['"Another" read as the determiner of a verb modifying its object', 'Another/DET/1/det killed/VERB/3/amod three/NUM/3/nummod guards/NOUN/-1/root ./PUNCT/3/punct',
    'tree-repair:determiner-subject', ['Another>1:nsubj', 'killed>-1:root', 'guards>1:obj', '.>1:punct']],
  ['"Some" as the determiner of the root verb', 'Some/DET/1/det fled/VERB/-1/root to/ADP/3/case Chad/PROPN/1/obl ./PUNCT/1/punct', 'tree-repair:determiner-subject', ['Some>1:nsubj', 'fled>-1:root']],
  ['"Each" read the same way', 'Each/DET/1/det carried/VERB/3/amod two/NUM/3/nummod rifles/NOUN/-1/root ./PUNCT/3/punct', 'tree-repair:determiner-subject', ['Each>1:nsubj', 'rifles>1:obj']],
  ['"the" before a participle inside a noun phrase stays', 'the/DET/2/det detained/VERB/2/amod activists/NOUN/3/nsubj rallied/VERB/-1/root', null, []],

  ['"If" clause read as a first subject', 'If/SCONJ/7/mark the/DET/3/det deadline/NOUN/3/compound passes/NOUN/7/nsubj/VERB ,/PUNCT/3/punct Israel/PROPN/7/nsubj will/AUX/7/aux resume/VERB/-1/root the/DET/9/det offensive/NOUN/7/obj ./PUNCT/7/punct',
    'tree-repair:clause-read-as-subject', ['passes>7:advcl', 'If>3:mark', ',>3:punct', 'Israel>7:nsubj']],
  ['"If the truce holds"', 'If/SCONJ/6/mark the/DET/2/det truce/NOUN/6/nsubj holds/NOUN/2/compound/VERB ,/PUNCT/6/punct troops/NOUN/6/nsubj withdraw/VERB/-1/root ./PUNCT/6/punct',
    'tree-repair:clause-read-as-subject', ['truce>6:advcl', 'If>2:mark', 'troops>6:nsubj']],
  ['"When the talks collapse"', 'When/SCONJ/8/mark the/DET/2/det talks/NOUN/8/nsubj collapse/NOUN/2/compound/VERB ,/PUNCT/8/punct the/DET/6/det army/NOUN/8/nsubj will/AUX/8/aux attack/VERB/-1/root ./PUNCT/8/punct',
    'tree-repair:clause-read-as-subject', ['talks>8:advcl', 'When>2:mark', 'army>8:nsubj']],
  ['a well-read "if" clause stays', 'If/SCONJ/2/mark talks/NOUN/2/nsubj fail/VERB/6/advcl ,/PUNCT/2/punct the/DET/5/det army/NOUN/6/nsubj attacks/VERB/-1/root', null, []],

  ['first conjunct of the subject hung on the verb', 'The/DET/1/det army/NOUN/5/obl:unmarked and/CCONJ/4/cc the/DET/4/det rebels/NOUN/5/nsubj signed/VERB/-1/root a/DET/7/det truce/NOUN/5/obj ./PUNCT/5/punct',
    'tree-repair:split-coordinated-subject', ['army>5:nsubj', 'rebels>1:conj']],
  ['the same after a parenthesis', 'Hamas/PROPN/7/obl:npmod (/PUNCT/3/punct the/DET/3/det movement/NOUN/0/appos )/PUNCT/3/punct and/CCONJ/6/cc Fatah/PROPN/7/nsubj agreed/VERB/-1/root ./PUNCT/7/punct',
    'tree-repair:split-coordinated-subject', ['Hamas>7:nsubj', 'Fatah>0:conj']],
  ['"or" as well', 'Police/NOUN/3/dep or/CCONJ/2/cc soldiers/NOUN/3/nsubj fired/VERB/-1/root shots/NOUN/3/obj ./PUNCT/3/punct', 'tree-repair:split-coordinated-subject', ['Police>3:nsubj', 'soldiers>0:conj']],
  ['a marked oblique before the subject stays', 'On/ADP/1/case Monday/PROPN/5/obl and/CCONJ/3/cc Tuesday/PROPN/1/conj troops/NOUN/5/nsubj fired/VERB/-1/root', null, []],

  ['second object read as a conjunct of the verb', 'Militants/NOUN/1/nsubj attacked/VERB/-1/root the/DET/3/det station/NOUN/1/obj and/CCONJ/6/cc the/DET/6/det court/NOUN/1/conj ./PUNCT/1/punct',
    'tree-repair:object-conjunct', ['court>3:conj']],
  ['the same with a compound', 'Troops/NOUN/1/nsubj seized/VERB/-1/root the/DET/3/det airport/NOUN/1/obj and/CCONJ/7/cc a/DET/7/det radio/NOUN/7/compound station/NOUN/1/conj ./PUNCT/1/punct',
    'tree-repair:object-conjunct', ['station>3:conj']],
  ['"or"', 'Police/NOUN/1/nsubj closed/VERB/-1/root two/NUM/3/nummod schools/NOUN/1/obj or/CCONJ/6/cc a/DET/6/det market/NOUN/1/conj', 'tree-repair:object-conjunct', ['market>3:conj']],
  ['a coordinated verb stays', 'Troops/NOUN/1/nsubj seized/VERB/-1/root the/DET/3/det airport/NOUN/1/obj and/CCONJ/5/cc fled/VERB/1/conj', null, []],

  ['", which" clause read as parataxis, the predicate its conjunct', 'Al-Shabab/PROPN/-1/root ,/PUNCT/4/punct which/PRON/4/nsubj has/AUX/4/aux attacked/VERB/0/parataxis bases/NOUN/4/obj ,/PUNCT/7/punct released/VERB/4/conj a/DET/9/det video/NOUN/7/obj ./PUNCT/0/punct',
    'tree-repair:relative-clause', ['attacked>0:acl:relcl', 'released>-1:root', 'Al-Shabab>7:nsubj', '.>7:punct']],
  ['", who" clause the same', 'The/DET/1/det minister/NOUN/-1/root ,/PUNCT/5/punct who/PRON/5/nsubj:pass was/AUX/5/aux:pass arrested/VERB/1/parataxis ,/PUNCT/7/punct resigned/VERB/5/conj ./PUNCT/1/punct',
    'tree-repair:relative-clause', ['arrested>1:acl:relcl', 'resigned>-1:root', 'minister>7:nsubj']],
  ['", which" after an object', 'Troops/NOUN/1/nsubj fired/VERB/-1/root at/ADP/4/case the/DET/4/det crowd/NOUN/1/obl ,/PUNCT/7/punct which/PRON/7/nsubj fled/VERB/4/parataxis ./PUNCT/1/punct',
    'tree-repair:relative-clause', ['fled>4:acl:relcl', 'fired>-1:root']],
  ['a relative clause already read as one stays', 'Hezbollah/PROPN/-1/root ,/PUNCT/4/punct which/PRON/4/nsubj has/AUX/4/aux fired/VERB/0/acl:relcl rockets/NOUN/4/obj', null, []],

  ['"with" + noun + -ing read as a description of the noun', 'A/DET/1/det rally/NOUN/3/nsubj:pass was/AUX/3/aux:pass held/VERB/-1/root with/ADP/5/case protesters/NOUN/3/obl demanding/VERB/5/acl reforms/NOUN/6/obj ./PUNCT/3/punct',
    'tree-repair:with-absolute', ['demanding>3:advcl', 'protesters>3:obl']],
  ['"resumed with Israel demanding"', 'Talks/NOUN/1/nsubj resumed/VERB/-1/root with/ADP/3/case Israel/PROPN/1/obl demanding/VERB/3/acl guarantees/NOUN/4/obj ./PUNCT/1/punct', 'tree-repair:with-absolute', ['demanding>1:advcl']],
  ['"ended with police firing"', 'The/DET/1/det march/NOUN/2/nsubj ended/VERB/-1/root with/ADP/4/case police/NOUN/2/obl firing/VERB/4/acl tear/NOUN/7/compound gas/NOUN/5/obj', 'tree-repair:with-absolute', ['firing>2:advcl']],
  ['no "with": a description stays', 'Police/NOUN/1/nsubj arrested/VERB/-1/root protesters/NOUN/1/obj demanding/VERB/2/acl reforms/NOUN/3/obj', null, []],
];

const MORE: Array<[string, string, string | null, string[]]> = [
  ['"and surrounding areas" read as a coordinated verb', 'Rebels/NOUN/1/nsubj took/VERB/-1/root the/DET/3/det town/NOUN/1/obj and/CCONJ/5/cc surrounding/VERB/1/conj areas/NOUN/5/obj ./PUNCT/1/punct',
    'tree-repair:participle-conjunct', ['areas>3:conj', 'surrounding>6:amod', 'and>6:cc']],
  ['"and neighbouring provinces"', 'Troops/NOUN/1/nsubj entered/VERB/-1/root the/DET/3/det capital/NOUN/1/obj and/CCONJ/5/cc neighbouring/VERB/1/conj provinces/NOUN/5/obj', 'tree-repair:participle-conjunct', ['provinces>3:conj']],
  ['"and occupied territories"', 'Israel/PROPN/1/nsubj struck/VERB/-1/root Gaza/PROPN/1/obj and/CCONJ/4/cc occupied/VERB/1/conj territories/NOUN/4/obj', 'tree-repair:participle-conjunct', ['territories>2:conj', 'occupied>5:amod']],
  ['a coordinated verb with its own subject stays', 'Troops/NOUN/1/nsubj took/VERB/-1/root the/DET/3/det town/NOUN/1/obj and/CCONJ/6/cc they/PRON/6/nsubj burned/VERB/1/conj houses/NOUN/6/obj', null, []],
  ['"that" after a noun, the clause hung on the verb', 'He/PRON/1/nsubj backed/VERB/-1/root the/DET/3/det rallies/NOUN/1/obj that/PRON/6/nsubj have/AUX/6/aux shaken/VERB/1/ccomp Kabul/PROPN/6/obj',
    'tree-repair:relative-clause', ['shaken>3:acl:relcl']],
  ['a demonstrative "that" after a verb stays', 'Officials/NOUN/1/nsubj said/VERB/-1/root that/PRON/4/nsubj was/AUX/4/cop untrue/ADJ/1/ccomp', null, []],
];

// session 8: misreadings of the more accurate parser model (acc-1)
const LISTS: Array<[string, string, string | null, string[]]> = [
  ['a middle member of a name list hung as an appos of the noun before it', 'Violence/NOUN/1/nsubj rose/VERB/-1/root after/ADP/4/case a/DET/4/det push/NOUN/1/obl by/ADP/6/case Chad/PROPN/4/nmod ,/PUNCT/8/punct Niger/PROPN/4/appos and/CCONJ/10/cc Mali/PROPN/8/conj ./PUNCT/1/punct',
    'tree-repair:name-list', ['Niger>6:conj', 'Mali>6:conj', 'and>10:cc']],
  ['a list member hung as a parataxis of the subject', 'Fighting/NOUN/1/nsubj spread/VERB/-1/root near/ADP/3/case troops/NOUN/1/obl from/ADP/5/case Kenya/PROPN/3/nmod ,/PUNCT/7/punct Uganda/PROPN/0/parataxis ,/PUNCT/9/punct Burundi/PROPN/7/conj and/CCONJ/11/cc Ethiopia/PROPN/9/conj',
    'tree-repair:name-list', ['Uganda>5:conj', 'Burundi>5:conj', 'Ethiopia>5:conj', 'and>11:cc']],
  ['a two-word member hung on the verb, the list closed by "or"', 'Envoys/NOUN/10/nsubj from/ADP/2/case Kenya/PROPN/0/nmod ,/PUNCT/5/punct South/PROPN/5/compound Sudan/PROPN/10/obl ,/PUNCT/7/punct Uganda/PROPN/2/conj or/CCONJ/9/cc Ethiopia/PROPN/7/conj met/VERB/-1/root',
    'tree-repair:name-list', ['Sudan>2:conj', 'South>5:compound', 'Uganda>2:conj', 'Ethiopia>2:conj']],
  ['a list the parse joined stays', 'Chad/PROPN/5/nsubj ,/PUNCT/2/punct Niger/PROPN/0/conj and/CCONJ/4/cc Mali/PROPN/0/conj signed/VERB/-1/root ./PUNCT/5/punct', null, []],

  ['the phrase head after a bracketed name hung as a bare nmod of the first noun', 'The/DET/1/det rebel/NOUN/6/nsubj (/PUNCT/3/punct M23/PROPN/5/compound )/PUNCT/3/punct movement/NOUN/1/nmod seized/VERB/-1/root Goma/PROPN/6/obj',
    'tree-repair:bare-nmod-head', ['movement>6:nsubj', 'rebel>5:compound', 'The>5:det']],
  ['the same with square brackets', 'An/DET/1/det opposition/NOUN/6/nsubj [/PUNCT/3/punct MDC/PROPN/5/compound ]/PUNCT/3/punct alliance/NOUN/1/nmod called/VERB/-1/root strikes/NOUN/6/obj',
    'tree-repair:bare-nmod-head', ['alliance>6:nsubj', 'opposition>5:compound', 'An>5:det']],
  ['an object with an adjective', 'Troops/NOUN/1/nsubj attacked/VERB/-1/root the/DET/4/det armed/ADJ/4/amod separatist/NOUN/1/obj ADF/PROPN/6/compound group/NOUN/4/nmod ./PUNCT/1/punct',
    'tree-repair:bare-nmod-head', ['group>1:obj', 'separatist>6:compound', 'armed>6:amod', 'the>6:det']],
  ['an nmod with its preposition stays', 'The/DET/1/det leader/NOUN/5/nsubj of/ADP/4/case the/DET/4/det group/NOUN/1/nmod fled/VERB/-1/root', null, []],

  ['the predicate after an aside hung as a parataxis of the subject', 'Hundreds/NOUN/-1/root of/ADP/2/case farmers/NOUN/0/nmod ,/PUNCT/4/punct angry/ADJ/0/parataxis at/ADP/7/case the/DET/7/det tax/NOUN/4/obl ,/PUNCT/9/punct blocked/VERB/0/parataxis roads/NOUN/9/obj ./PUNCT/0/punct',
    'tree-repair:misread-main-clause', ['blocked>-1:root', 'Hundreds>9:nsubj', '.>9:punct']],
  ['a participle aside is left as read ("The accord, reached in Algiers, ended the war")', 'The/DET/1/det rebels/NOUN/-1/root ,/PUNCT/3/punct backed/VERB/1/acl by/ADP/5/case Rwanda/PROPN/3/obl:agent ,/PUNCT/7/punct seized/VERB/1/parataxis Goma/PROPN/7/obj', null, []],
  ['the same after an adjective aside', 'Students/NOUN/-1/root ,/PUNCT/2/punct furious/ADJ/0/amod over/ADP/4/case fees/NOUN/2/obl ,/PUNCT/6/punct occupied/VERB/0/parataxis the/DET/8/det campus/NOUN/6/obj',
    'tree-repair:misread-main-clause', ['occupied>-1:root', 'Students>6:nsubj']],
  ['the predicate after a relative-clause aside, read as an amod of its object', 'The/DET/1/det Houthis/PROPN/-1/root ,/PUNCT/4/punct who/PRON/4/nsubj control/VERB/1/acl:relcl the/DET/6/det port/NOUN/4/obj ,/PUNCT/8/punct fired/VERB/9/amod missiles/NOUN/4/obj at/ADP/12/case a/DET/12/det tanker/NOUN/4/obl ./PUNCT/1/punct',
    'tree-repair:misread-main-clause', ['fired>-1:root', 'Houthis>8:nsubj', 'missiles>8:obj', 'tanker>8:obl', '.>8:punct', 'port>4:obj']],
  ['the same after a "which" aside', 'Hamas/PROPN/-1/root ,/PUNCT/3/punct which/PRON/3/nsubj runs/VERB/0/acl:relcl Gaza/PROPN/3/obj ,/PUNCT/6/punct launched/VERB/7/amod rockets/NOUN/3/obj ./PUNCT/0/punct',
    'tree-repair:misread-main-clause', ['launched>-1:root', 'Hamas>6:nsubj', 'rockets>6:obj']],
  ['the same after a passive "who" aside, the verb an acl of its last noun', 'The/DET/1/det militants/NOUN/-1/root ,/PUNCT/5/punct who/PRON/5/nsubj:pass were/AUX/5/aux:pass armed/VERB/1/acl:relcl with/ADP/7/case rifles/NOUN/5/obl ,/PUNCT/9/punct stormed/VERB/7/acl the/DET/11/det school/NOUN/9/obj ./PUNCT/1/punct',
    'tree-repair:misread-main-clause', ['stormed>-1:root', 'militants>9:nsubj', 'school>9:obj', '.>9:punct']],
  ['a parenthetical with its own subject is no predicate', 'Troops/NOUN/-1/root ,/PUNCT/4/punct many/ADJ/0/amod ,/PUNCT/4/punct officials/NOUN/5/nsubj said/VERB/0/parataxis', null, []],
  ['"of" + -ed participle read as a clause whose object is the noun after it', 'Families/NOUN/5/nsubj of/ADP/2/mark kidnapped/VERB/0/acl Boko/PROPN/4/compound hostages/NOUN/2/obj marched/VERB/-1/root ./PUNCT/5/punct',
    'tree-repair:prenominal-participle', ['hostages>0:nmod', 'of>4:case', 'kidnapped>4:amod']],
  ['the same with "for", on a verb', 'Hundreds/NOUN/1/nsubj rallied/VERB/-1/root for/ADP/3/mark abducted/VERB/1/advcl schoolgirls/NOUN/3/obj', 'tree-repair:prenominal-participle', ['schoolgirls>1:obl', 'for>4:case', 'abducted>4:amod']],
  ['the same with "with" and a compound', 'Envoys/NOUN/6/nsubj with/ADP/2/mark detained/VERB/0/acl opposition/NOUN/4/compound activists/NOUN/2/obj have/AUX/6/aux met/VERB/-1/root',
    'tree-repair:prenominal-participle', ['activists>0:nmod', 'with>4:case', 'detained>4:amod']],
  ['a gerund after "of" keeps its object', 'Rebels/NOUN/4/nsubj:pass accused/VERB/0/acl of/ADP/3/mark attacking/VERB/1/advcl convoys/NOUN/3/obj were/AUX/6/aux:pass named/VERB/-1/root', null, []],
  ['a verb the parser tagged as a noun, read as the head of its subject', 'The/DET/3/det army/NOUN/3/compound chief/NOUN/3/compound flew/NOUN/4/nsubj/VERB home/ADV/-1/root on/ADP/6/case Sunday/PROPN/4/obl ./PUNCT/4/punct',
    'tree-repair:verb-read-as-noun', ['flew>-1:root', 'chief>3:nsubj', 'The>2:det', 'home>3:advmod', 'Sunday>3:obl', '.>3:punct']],
  ['"went abroad"', 'The/DET/3/det rebel/NOUN/2/compound leader/NOUN/3/compound went/NOUN/4/nsubj/VERB abroad/ADV/-1/root', 'tree-repair:verb-read-as-noun', ['went>-1:root', 'leader>3:nsubj', 'abroad>3:advmod']],
  ['"left early"', 'The/DET/3/det Kenyan/ADJ/2/amod envoy/NOUN/3/compound left/NOUN/4/nsubj/VERB early/ADV/-1/root ./PUNCT/4/punct', 'tree-repair:verb-read-as-noun', ['left>-1:root', 'envoy>3:nsubj', 'early>3:advmod']],
  ['the noun closing a name read as the object, the phrase before it its subject', 'Troops/NOUN/1/nsubj attacked/VERB/-1/root a/DET/3/det village/NOUN/6/nsubj in/ADP/5/case Borno/PROPN/3/nmod state/NOUN/1/obj on/ADP/8/case Friday/PROPN/1/obl',
    'tree-repair:name-head-noun', ['village>1:obj', 'state>3:nmod', 'Borno>6:compound', 'in>6:case']],
  ['"Kano city"', 'Police/NOUN/1/nsubj raided/VERB/-1/root a/DET/3/det house/NOUN/6/nsubj in/ADP/5/case Kano/PROPN/3/nmod city/NOUN/1/obj ./PUNCT/1/punct',
    'tree-repair:name-head-noun', ['house>1:obj', 'city>3:nmod', 'Kano>6:compound']],
  ['"Aleppo province" with an oblique name', 'Rebels/NOUN/1/nsubj shelled/VERB/-1/root markets/NOUN/5/nsubj in/ADP/4/case Aleppo/PROPN/2/obl province/NOUN/1/obj',
    'tree-repair:name-head-noun', ['markets>1:obj', 'province>2:obl', 'Aleppo>5:compound']],
  ['a copular noun keeps its subject', 'Kenya/PROPN/2/nsubj is/AUX/2/cop host/NOUN/-1/root', null, []],
  ['a noun the word tagger also reads as a noun stays', 'The/DET/2/det peace/NOUN/2/compound talks/NOUN/3/nsubj abroad/ADV/-1/root', null, []],
  ['a particle read as an adverb of its verb', 'Fighting/NOUN/1/nsubj flared/VERB/-1/root up/ADV/1/advmod again/ADV/1/advmod ./PUNCT/1/punct',
    'tree-repair:particle-read-as-adverb', ['up>1:compound:prt', 'again>1:advmod']],
  ['"called off" before its object', 'The/DET/1/det rebels/NOUN/2/nsubj called/VERB/-1/root off/ADV/2/advmod the/DET/5/det talks/NOUN/2/obj ./PUNCT/2/punct',
    'tree-repair:particle-read-as-adverb', ['off>2:compound:prt', 'talks>2:obj']],
  ['"cracked down on"', 'Police/NOUN/1/nsubj cracked/VERB/-1/root down/ADV/1/advmod on/ADP/5/case the/DET/5/det marchers/NOUN/1/obl',
    'tree-repair:particle-read-as-adverb', ['down>1:compound:prt', 'marchers>1:obl']],
  ['an adverb with its own dependents stays ("up to the border")', 'Troops/NOUN/1/nsubj moved/VERB/-1/root up/ADV/1/advmod to/ADP/5/case the/DET/5/det border/NOUN/2/obl', null, []],
  ['"back" is no particle here', 'The/DET/1/det envoy/NOUN/2/nsubj flew/VERB/-1/root back/ADV/2/advmod', null, []],
  ['a reported clause read as the object of "said" and a description of it', 'Police/NOUN/1/nsubj said/VERB/-1/root gunmen/NOUN/1/obj stormed/VERB/2/acl the/DET/5/det hotel/NOUN/3/obj ./PUNCT/1/punct',
    'tree-repair:said-clause-subject', ['stormed>1:ccomp', 'gunmen>3:nsubj', 'hotel>3:obj']],
  ['"claimed fighters downed a jet"', 'The/DET/1/det rebels/NOUN/2/nsubj claimed/VERB/-1/root fighters/NOUN/2/obj downed/VERB/3/acl a/DET/6/det jet/NOUN/4/obj',
    'tree-repair:said-clause-subject', ['downed>2:ccomp', 'fighters>4:nsubj']],
  ['"said troops fired on the crowd"', 'Witnesses/NOUN/1/nsubj said/VERB/-1/root troops/NOUN/1/obj fired/VERB/2/acl on/ADP/6/case the/DET/6/det crowd/NOUN/3/obl',
    'tree-repair:said-clause-subject', ['fired>1:ccomp', 'troops>3:nsubj', 'crowd>3:obl']],
  ['a passive participle with its agent describes the object of "said"', 'He/PRON/1/nsubj said/VERB/-1/root reports/NOUN/1/obj compiled/VERB/2/acl by/ADP/5/case aides/NOUN/3/obl:agent', null, []],
  ['a subordinate clause read as a phrase, its verb hung apart', 'Talks/NOUN/1/nsubj resumed/VERB/-1/root a/DET/3/det week/NOUN/1/obl:unmarked after/ADP/6/case the/DET/6/det rebels/NOUN/3/nmod withdrew/VERB/1/parataxis ./PUNCT/1/punct',
    'tree-repair:clause-read-as-phrase', ['withdrew>1:advcl', 'rebels>7:nsubj', 'after>7:mark']],
  ['"since traders feared a blockade"', 'Prices/NOUN/1/nsubj rose/VERB/-1/root since/ADP/3/case traders/NOUN/1/obl feared/VERB/1/conj a/DET/6/det blockade/NOUN/4/obj',
    'tree-repair:clause-read-as-phrase', ['feared>1:advcl', 'traders>4:nsubj', 'since>4:mark', 'blockade>4:obj']],
  ['"until the army left"', 'The/DET/1/det curfew/NOUN/2/nsubj held/VERB/-1/root until/ADP/5/case the/DET/5/det army/NOUN/2/obl left/VERB/2/parataxis ./PUNCT/2/punct',
    'tree-repair:clause-read-as-phrase', ['left>2:advcl', 'army>6:nsubj', 'until>6:mark']],
  ['a participle describing the phrase noun stays', 'Calm/NOUN/1/nsubj returned/VERB/-1/root after/ADP/3/case talks/NOUN/1/obl held/VERB/3/acl in/ADP/6/case Doha/PROPN/4/obl', null, []],
  ['a verb with its own subject stays', 'Troops/NOUN/1/nsubj left/VERB/-1/root after/ADP/3/case dawn/NOUN/1/obl rebels/NOUN/5/nsubj attacked/VERB/1/parataxis', null, []],
  ['a time phrase after a name took the name as its subject and the preposition', 'Rebels/NOUN/1/nsubj took/VERB/-1/root control/NOUN/1/obj of/ADP/6/case Kidal/PROPN/6/nsubj last/ADJ/6/amod week/NOUN/2/nmod ./PUNCT/1/punct',
    'tree-repair:time-phrase-swallowed-name', ['Kidal>2:nmod', 'of>4:case', 'week>1:obl:unmarked', 'last>6:amod']],
  ['"seized the town of Misrata this year"', 'Troops/NOUN/1/nsubj seized/VERB/-1/root the/DET/3/det town/NOUN/1/obj of/ADP/7/case Misrata/PROPN/7/nsubj this/DET/7/det year/NOUN/3/nmod',
    'tree-repair:time-phrase-swallowed-name', ['Misrata>3:nmod', 'of>5:case', 'year>1:obl:unmarked', 'this>7:det']],
  ['"a convoy from Homs that morning"', 'Jets/NOUN/1/nsubj hit/VERB/-1/root a/DET/3/det convoy/NOUN/1/obj from/ADP/7/case Homs/PROPN/7/nsubj that/DET/7/det morning/NOUN/3/nmod',
    'tree-repair:time-phrase-swallowed-name', ['Homs>3:nmod', 'from>5:case', 'morning>1:obl:unmarked']],
  ['a copular noun keeps its subject and preposition', 'In/ADP/3/case 2019/NUM/3/obl Kidal/PROPN/3/nsubj was/AUX/3/cop capital/NOUN/-1/root', null, []],
  ['a second clause\'s subject read as a conjunct of the first clause\'s object', 'Police/NOUN/1/nsubj raided/VERB/-1/root the/DET/3/det camp/NOUN/1/obj and/CCONJ/5/cc rebels/NOUN/3/conj fled/VERB/1/xcomp ./PUNCT/1/punct',
    'tree-repair:clause-read-as-noun-conjunct', ['fled>1:conj', 'rebels>6:nsubj', 'and>6:cc']],
  ['"but militants held out"', 'Troops/NOUN/1/nsubj shelled/VERB/-1/root the/DET/3/det town/NOUN/1/obj but/CCONJ/5/cc militants/NOUN/3/conj held/VERB/1/ccomp out/ADP/6/compound:prt',
    'tree-repair:clause-read-as-noun-conjunct', ['held>1:conj', 'militants>6:nsubj', 'but>6:cc', 'out>6:compound:prt']],
  ['"closed the border and Somalia protested"', 'Kenya/PROPN/1/nsubj closed/VERB/-1/root the/DET/3/det border/NOUN/1/obj and/CCONJ/5/cc Somalia/PROPN/3/conj protested/VERB/1/advcl ./PUNCT/1/punct',
    'tree-repair:clause-read-as-noun-conjunct', ['protested>1:conj', 'Somalia>6:nsubj']],
  ['a contact relative after coordinated nouns keeps its subject', 'the/DET/1/det deal/NOUN/-1/root Kenya/PROPN/5/nsubj and/CCONJ/4/cc Somalia/PROPN/2/conj signed/VERB/1/acl:relcl', null, []],
  ['an infinitive after a noun conjunct stays', 'Police/NOUN/1/nsubj urged/VERB/-1/root parents/NOUN/1/obj and/CCONJ/4/cc teachers/NOUN/2/conj to/PART/6/mark stay/VERB/1/xcomp', null, []],
];

for (const [name, spec, id, arcs] of [...CASES, ...MORE, ...LISTS]) {
  test(`tree repair — ${name}`, () => {
    const { tokens, tree } = parse(spec);
    const repaired = repairedTree(tree, tokens);
    const ids = new Set(repaired.repairs.values());
    if (id === null) {
      assert.equal(ids.size, 0, [...ids].join(','));
      assert.deepEqual([...repaired.heads], [...tree.heads]);
      return;
    }
    assert.deepEqual([...ids], [id]);
    for (const arc of arcs) {
      const [, word, head, label] = /^(.+?)>(-?\d+):(.+)$/.exec(arc)!;
      const i = tokens.findIndex((t) => t.text === word);
      assert.equal(`${repaired.heads[i]}:${repaired.labels[i]}`, `${head}:${label}`, `${arc} in ${tokens.map((t, k) => `${t.text}>${repaired.heads[k]}:${repaired.labels[k]}`).join(' ')}`);
    }
    // one root, no cycle
    assert.equal([...repaired.heads].filter((h) => h < 0).length, 1);
    for (let i = 0; i < tokens.length; i++) {
      let n = i;
      for (let step = 0; n >= 0 && step <= tokens.length; step++) n = repaired.heads[n];
      assert.equal(n, -1, `cycle from ${tokens[i].text}`);
    }
  });
}
