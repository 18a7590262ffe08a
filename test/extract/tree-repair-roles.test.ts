import { testRepairCases, type RepairCase } from './repair-cases.ts';

// Tree repairs for misreadings of the tagger-2 model that moved an event's roles (session 9), on hand-built parses of
// sentences written for this file. A token is "word/UPOS/head/label" (head -1: the root; the word tagger's POS is the
// UPOS unless "/POS" follows), as in tree-repair.test.ts.

// [misreading, sentence (hand-built parse), the repair id expected (null: the tree stays), arcs after: "child>head:label"]
const CASES: RepairCase[] = [
  ['a time word read as a modifier of the participle\'s object', 'The/DET/1/det EU/PROPN/2/nsubj announced/VERB/-1/root fresh/ADJ/4/amod sanctions/NOUN/2/obj Monday/PROPN/7/compound imposing/VERB/7/amod penalties/NOUN/4/nmod on/ADP/9/case banks/NOUN/7/nmod',
    'tree-repair:time-word-before-participle', ['imposing>4:acl', 'penalties>6:obj', 'Monday>2:obl:unmarked', 'banks>7:nmod']],
  ['"a statement Tuesday accusing the rebels"', 'The/DET/1/det ministry/NOUN/2/nsubj issued/VERB/-1/root a/DET/4/det statement/NOUN/2/obj Tuesday/PROPN/8/compound accusing/VERB/8/amod the/DET/8/det rebels/NOUN/4/nmod',
    'tree-repair:time-word-before-participle', ['accusing>4:acl', 'rebels>6:obj', 'Tuesday>2:obl:unmarked']],
  ['a time word read as the participle\'s subject', 'The/DET/1/det Treasury/PROPN/2/nsubj unveiled/VERB/-1/root new/ADJ/4/amod measures/NOUN/2/obj Friday/PROPN/6/nsubj banning/VERB/4/acl:relcl imports/NOUN/6/obj',
    'tree-repair:time-word-before-participle', ['Friday>2:obl:unmarked', 'banning>4:acl', 'imports>6:obj']],
  ['"overnight" the same', 'Police/NOUN/1/nsubj made/VERB/-1/root arrests/NOUN/1/obj overnight/ADV/4/nsubj charging/VERB/2/acl:relcl five/NUM/6/nummod men/NOUN/4/obj',
    'tree-repair:time-word-before-participle', ['overnight>1:obl:unmarked', 'charging>2:acl']],
  ['an -ing modifier after a noun that is no time word stays', 'Traders/NOUN/1/nsubj feared/VERB/-1/root oil/NOUN/4/compound rising/VERB/4/amod prices/NOUN/1/obj', null, []],
  ['a time word with its own modifier stays ("last Monday")', 'They/PRON/1/nsubj met/VERB/-1/root last/ADJ/3/amod Monday/PROPN/4/nsubj ending/VERB/1/acl:relcl talks/NOUN/4/obj', null, []],
  ['a time word that is a clause\'s real subject stays', 'Monday/PROPN/1/nsubj marks/VERB/-1/root the/DET/3/det anniversary/NOUN/1/obj', null, []],

  ['a second marked phrase read as a conjunct of the first, its modifiers hung on the first', 'Thousands/NOUN/1/nsubj rallied/VERB/-1/root Sunday/PROPN/1/obl:unmarked ,/PUNCT/5/punct despite/ADP/5/case warnings/NOUN/2/appos ,/PUNCT/8/punct with/ADP/8/case calls/NOUN/5/conj for/ADP/10/case Lukashenko/PROPN/5/nmod to/PART/12/mark resign/VERB/5/acl',
    'tree-repair:marked-phrase-conjunct', ['calls>1:obl', 'Lukashenko>8:nmod', 'resign>8:acl', 'warnings>2:appos']],
  ['"despite a ban, with demands for higher pay"', 'Workers/NOUN/1/nsubj struck/VERB/-1/root despite/ADP/4/case a/DET/4/det ban/NOUN/1/obl ,/PUNCT/7/punct with/ADP/7/case demands/NOUN/4/conj for/ADP/10/case higher/ADJ/10/amod pay/NOUN/4/nmod',
    'tree-repair:marked-phrase-conjunct', ['demands>1:obl', 'pay>7:nmod']],
  ['"through Minsk, with chants against Lukashenko"', 'Crowds/NOUN/1/nsubj marched/VERB/-1/root through/ADP/3/case Minsk/PROPN/1/obl ,/PUNCT/6/punct with/ADP/6/case chants/NOUN/3/conj against/ADP/8/case Lukashenko/PROPN/3/nmod',
    'tree-repair:marked-phrase-conjunct', ['chants>1:obl', 'Lukashenko>6:nmod']],
  ['conjuncts with the same preposition stay', 'Protests/NOUN/1/nsubj spread/VERB/-1/root in/ADP/3/case Paris/PROPN/1/obl ,/PUNCT/6/punct in/ADP/6/case London/PROPN/3/conj', null, []],
  ['a conjunct with its own "and" stays', 'They/PRON/1/nsubj marched/VERB/-1/root against/ADP/3/case cuts/NOUN/1/obl and/CCONJ/6/cc for/ADP/6/case jobs/NOUN/3/conj', null, []],
  ['an unmarked conjunct stays', 'Police/NOUN/1/nsubj arrested/VERB/-1/root leaders/NOUN/1/obj of/ADP/4/case unions/NOUN/2/nmod ,/PUNCT/6/punct students/NOUN/4/conj', null, []],

  ['the name modifying the head noun read as a first subject', 'The/DET/1/det U.N./PROPN/6/nsubj -/PUNCT/1/punct Arab/ADJ/4/amod League/PROPN/1/nmod envoy/NOUN/6/nsubj told/VERB/-1/root reporters/NOUN/6/iobj',
    'tree-repair:modifier-read-as-subject', ['U.N.>5:compound', 'The>5:det', 'envoy>6:nsubj', 'League>1:nmod']],
  ['"The Kenya-Somalia border commission met"', 'The/DET/1/det Kenya/PROPN/6/nsubj -/PUNCT/3/punct Somalia/PROPN/1/conj border/NOUN/5/compound commission/NOUN/6/nsubj met/VERB/-1/root',
    'tree-repair:modifier-read-as-subject', ['Kenya>5:compound', 'The>5:det', 'commission>6:nsubj']],
  ['"The Wagner mercenary group denied it"', 'The/DET/1/det Wagner/PROPN/4/nsubj mercenary/NOUN/3/compound group/NOUN/4/nsubj denied/VERB/-1/root it/PRON/4/obj',
    'tree-repair:modifier-read-as-subject', ['Wagner>3:compound', 'The>3:det']],
  ['a time word read as a second subject stays', 'The/DET/1/det rebels/NOUN/3/nsubj Monday/PROPN/3/nsubj attacked/VERB/-1/root', null, []],
  ['coordinated subjects stay', 'Russia/PROPN/3/nsubj and/CCONJ/2/cc Belarus/PROPN/3/nsubj signed/VERB/-1/root', null, []],
  ['a second subject after a comma stays', 'The/DET/1/det minister/NOUN/4/nsubj ,/PUNCT/3/punct Lavrov/PROPN/4/nsubj said/VERB/-1/root', null, []],
  ['a second subject with its own determiner stays', 'Police/NOUN/3/nsubj the/DET/2/det officers/NOUN/3/nsubj fled/VERB/-1/root', null, []],

  ['a title before the subject\'s name read as a bare oblique, its group as a first subject', 'TPLF/PROPN/4/nsubj spokesperson/NOUN/4/obl:unmarked Getachew/PROPN/4/nsubj Reda/PROPN/2/flat denied/VERB/-1/root the/DET/6/det charges/NOUN/4/obj',
    'tree-repair:title-read-as-oblique', ['spokesperson>2:nmod:desc', 'TPLF>1:compound', 'Getachew>4:nsubj']],
  ['"Taliban spokesman Zabihullah Mujahid denied"', 'Taliban/PROPN/1/compound spokesman/NOUN/4/obl Zabihullah/PROPN/4/nsubj Mujahid/PROPN/2/flat denied/VERB/-1/root reports/NOUN/4/obj',
    'tree-repair:title-read-as-oblique', ['spokesman>2:nmod:desc', 'Taliban>1:compound']],
  ['"Army chief Min Aung Hlaing said"', 'Army/NOUN/4/obl:unmarked chief/NOUN/4/obl:unmarked Min/PROPN/4/nsubj Aung/PROPN/2/flat said/VERB/-1/root',
    'tree-repair:title-read-as-oblique', ['chief>2:nmod:desc', 'Army>1:compound']],
  ['a title with its owner, the name between commas read as the subject', "Iran/PROPN/4/nmod:poss 's/PART/0/case foreign/ADJ/3/amod ministry/NOUN/4/compound spokesman/NOUN/9/obl ,/PUNCT/4/punct Nasser/PROPN/9/nsubj Kanaani/PROPN/6/flat ,/PUNCT/6/punct condemned/VERB/-1/root the/DET/11/det strike/NOUN/9/obj",
    'tree-repair:title-read-as-oblique', ['spokesman>9:nsubj', 'Nasser>4:appos', 'Kanaani>6:flat']],
  ['"Ukraine\'s defense minister, Rustem Umerov, accused"', "Ukraine/PROPN/3/nmod:poss 's/PART/0/case defense/NOUN/3/compound minister/NOUN/8/obl ,/PUNCT/3/punct Rustem/PROPN/8/nsubj Umerov/PROPN/5/flat ,/PUNCT/5/punct accused/VERB/-1/root Moscow/PROPN/8/obj",
    'tree-repair:title-read-as-oblique', ['minister>8:nsubj', 'Rustem>3:appos']],
  ['"Hezbollah\'s deputy leader, Naim Qassem, threatened"', "Hezbollah/PROPN/3/nmod:poss 's/PART/0/case deputy/ADJ/3/amod leader/NOUN/8/obl ,/PUNCT/3/punct Naim/PROPN/8/nsubj Qassem/PROPN/5/flat ,/PUNCT/5/punct threatened/VERB/-1/root Israel/PROPN/8/obj",
    'tree-repair:title-read-as-oblique', ['leader>8:nsubj', 'Naim>3:appos']],
  ['a time noun and a name between commas stay ("Last week, Putin said")', 'Last/ADJ/1/amod week/NOUN/5/obl:tmod ,/PUNCT/1/punct Putin/PROPN/5/nsubj ,/PUNCT/3/punct said/VERB/-1/root', null, []],
  ['a marked title stays ("In his speech, Putin, ...")', 'In/ADP/2/case his/PRON/2/nmod:poss speech/NOUN/6/obl ,/PUNCT/2/punct Putin/PROPN/6/nsubj ,/PUNCT/4/punct said/VERB/-1/root', null, []],
  ['a time noun before the name stays', 'Last/ADJ/1/amod week/NOUN/3/obl:unmarked Putin/PROPN/3/nsubj said/VERB/-1/root', null, []],
  ['a marked oblique before the name stays', 'In/ADP/1/case statement/NOUN/3/obl Putin/PROPN/3/nsubj said/VERB/-1/root', null, []],
  ['a title before a common-noun subject stays', 'Yesterday/NOUN/2/obl:unmarked police/NOUN/2/nsubj said/VERB/-1/root', null, []],

  ['a hyphenated name-participle modifier read as a clause', 'strikes/NOUN/1/nsubj killed/VERB/-1/root seven/NUM/1/obl al-Qaida/PROPN/5/nsubj -/PUNCT/3/punct linked/VERB/1/ccomp militants/NOUN/5/obj',
    'tree-repair:hyphen-participle-clause', ['militants>1:obj', 'linked>6:amod', 'al-Qaida>5:obl:npmod', 'seven>6:nummod']],
  ['"struck five Iran-backed militia positions"', 'Jets/NOUN/1/nsubj struck/VERB/-1/root five/NUM/1/obl Iran/PROPN/5/nsubj -/PUNCT/3/punct backed/VERB/1/xcomp militia/NOUN/7/compound positions/NOUN/5/obj',
    'tree-repair:hyphen-participle-clause', ['positions>1:obj', 'backed>7:amod', 'five>7:nummod', 'militia>7:compound']],
  ['"arrested 12 Islamic State-linked suspects", the count the object', 'Police/NOUN/1/nsubj arrested/VERB/-1/root 12/NUM/1/obj Islamic/ADJ/4/amod State/PROPN/6/nsubj -/PUNCT/4/punct linked/VERB/1/advcl suspects/NOUN/6/obj',
    'tree-repair:hyphen-participle-clause', ['suspects>1:obj', '12>7:nummod', 'State>6:obl:npmod']],
  ['a clause with no hyphen stays', 'Officials/NOUN/1/nsubj said/VERB/-1/root rebels/NOUN/3/nsubj backed/VERB/1/ccomp militias/NOUN/3/obj', null, []],
  ['a participle with more of a clause stays', 'Iran/PROPN/2/nsubj -/PUNCT/0/punct backed/VERB/-1/root fighters/NOUN/2/obj in/ADP/5/case Syria/PROPN/2/obl', null, []],

  ['an object described by a participle read as a clause, the next verb its conjunct', 'EU/PROPN/1/nsubj condemned/VERB/-1/root the/DET/3/det arrests/NOUN/4/nsubj made/VERB/1/ccomp last/ADJ/6/amod week/NOUN/4/obl:unmarked and/CCONJ/8/cc called/VERB/4/conj for/ADP/10/case release/NOUN/8/obl',
    'tree-repair:reduced-relative-object', ['arrests>1:obj', 'made>3:acl', 'called>1:conj', 'and>8:cc']],
  ['"welcomed the progress achieved in Doha"', 'Kenya/PROPN/1/nsubj welcomed/VERB/-1/root the/DET/3/det progress/NOUN/4/nsubj achieved/VERB/1/parataxis in/ADP/6/case Doha/PROPN/4/obl',
    'tree-repair:reduced-relative-object', ['progress>1:obj', 'achieved>3:acl']],
  ['"condemned the arrest and detentions made Sunday": the last conjunct is described', 'US/PROPN/1/nsubj condemned/VERB/-1/root the/DET/3/det arrest/NOUN/6/nsubj and/CCONJ/5/cc detentions/NOUN/3/conj made/VERB/1/ccomp Sunday/PROPN/6/obl:unmarked',
    'tree-repair:reduced-relative-object', ['arrest>1:obj', 'made>5:acl']],
  ['a clause after a verb of saying stays', 'Rebels/NOUN/1/nsubj say/VERB/-1/root the/DET/3/det talks/NOUN/4/nsubj ended/VERB/1/ccomp', null, []],
  // (no reduced relative: with its own object, the verb's clause after it is a relative clause without a pronoun, src/extract/tree-repair/contact-relative-clause.ts)
  ['a verb with its own object: the clause after it describes the object', 'Kenya/PROPN/1/nsubj condemned/VERB/-1/root attacks/NOUN/1/obj rebels/NOUN/4/nsubj launched/VERB/1/parataxis',
    'tree-repair:contact-relative-clause', ['launched>2:acl:relcl', 'rebels>4:nsubj', 'attacks>1:obj']],
  ['a past verb with an object of its own is a clause', 'Kenya/PROPN/1/nsubj welcomed/VERB/-1/root reports/NOUN/3/nsubj showed/VERB/1/ccomp progress/NOUN/3/obj', null, []],
  ['a clause after an oblique stays ("fled before noon gunmen stormed")', 'Police/NOUN/1/nsubj fled/VERB/-1/root before/ADP/3/case noon/NOUN/1/obl gunmen/NOUN/5/nsubj stormed/VERB/1/parataxis', null, []],
];

testRepairCases(CASES);
