import { testRepairCases, type RepairCase } from './repair-cases.ts';

// The subject after a sentence's opening setting, misread (src/extract/tree-repair/misread-subject.ts), on hand-built
// parses of sentences written for this file.
const COMPOUND: RepairCase[] = [
  ['"In the capital, police arrested dozens": the subject read as a compound of the verb', 'In/ADP/2/case the/DET/2/det capital/NOUN/5/obl ,/PUNCT/2/punct police/NOUN/5/compound arrested/VERB/-1/root dozens/NOUN/5/obj ./PUNCT/5/punct',
    'tree-repair:subject-read-as-compound', ['police>5:nsubj', 'capital>5:obl']],
  ['"Along the border, Indian troops exchanged fire"', 'Along/ADP/2/case the/DET/2/det border/NOUN/6/obl ,/PUNCT/2/punct Indian/ADJ/5/amod troops/NOUN/6/compound exchanged/VERB/-1/root fire/NOUN/6/obj ./PUNCT/6/punct',
    'tree-repair:subject-read-as-compound', ['troops>6:nsubj']],
  ['"On Sunday, soldiers were deployed": a passive verb\'s subject', 'On/ADP/1/case Sunday/PROPN/5/obl ,/PUNCT/1/punct soldiers/NOUN/5/compound were/AUX/5/aux:pass deployed/VERB/-1/root ./PUNCT/5/punct',
    'tree-repair:subject-read-as-compound', ['soldiers>5:nsubj:pass']],
  ['a verb with its own subject keeps the compound', 'Rebels/NOUN/2/nsubj army/NOUN/2/compound attacked/VERB/-1/root posts/NOUN/2/obj ./PUNCT/2/punct', null, []],
  ['a gerund keeps its modifier ("oil drilling resumed")', 'Oil/NOUN/1/compound drilling/VERB/2/nsubj resumed/VERB/-1/root ./PUNCT/2/punct', null, []],
  ['a compound of a noun stays', 'Police/NOUN/1/compound officers/NOUN/2/nsubj arrested/VERB/-1/root him/PRON/2/obj ./PUNCT/2/punct', null, []],
];

const MARKED: RepairCase[] = [
  ['"According to local officials, gunmen stormed a station": the source read as the subject, the subject as its conjunct', 'According/VERB/3/case to/ADP/0/fixed local/ADJ/3/amod officials/NOUN/6/nsubj ,/PUNCT/5/punct gunmen/NOUN/3/conj stormed/VERB/-1/root a/DET/8/det station/NOUN/6/obj ./PUNCT/6/punct',
    'tree-repair:marked-phrase-as-subject', ['officials>6:obl', 'gunmen>6:nsubj']],
  ['"Despite the truce, rebels shelled the town"', 'Despite/ADP/2/case the/DET/2/det truce/NOUN/5/nsubj ,/PUNCT/4/punct rebels/NOUN/2/conj shelled/VERB/-1/root the/DET/7/det town/NOUN/5/obj ./PUNCT/5/punct',
    'tree-repair:marked-phrase-as-subject', ['truce>5:obl', 'rebels>5:nsubj']],
  ['"According to the army, two soldiers were killed": a passive subject', 'According/VERB/3/case to/ADP/0/fixed the/DET/3/det army/NOUN/8/nsubj ,/PUNCT/6/punct two/NUM/6/nummod soldiers/NOUN/3/conj were/AUX/8/aux:pass killed/VERB/-1/root ./PUNCT/8/punct',
    'tree-repair:marked-phrase-as-subject', ['army>8:obl', 'soldiers>8:nsubj:pass']],
  ['"According to police and witnesses, ...": a conjunct with its "and" stays the marked phrase\'s', 'According/VERB/2/case to/ADP/0/fixed police/NOUN/6/nsubj and/CCONJ/4/cc witnesses/NOUN/2/conj ,/PUNCT/2/punct fled/VERB/-1/root ./PUNCT/6/punct',
    null, []],
  ['a phrase after its head noun ("strikes on the port, ports will ...") stays', 'Strikes/NOUN/6/nsubj on/ADP/3/case the/DET/3/det port/NOUN/6/nsubj ,/PUNCT/5/punct ports/NOUN/3/conj continue/VERB/-1/root ./PUNCT/6/punct',
    null, []],
  ['a subject with no preposition stays', 'Local/ADJ/1/amod officials/NOUN/2/nsubj said/VERB/-1/root ./PUNCT/2/punct', null, []],
  ['a preposition after the noun is not its mark', 'Officials/NOUN/3/nsubj in/ADP/2/case Kabul/PROPN/0/nmod said/VERB/-1/root ./PUNCT/3/punct', null, []],
];

testRepairCases(COMPOUND);
testRepairCases(MARKED);

// the act's object read as the subject of the closing verb of saying (src/extract/tree-repair/trailing-speaker-conjunct.ts)
const TRAILING: RepairCase[] = [
  ['"..., rights groups said": the speaker an apposition of the object', 'Troops/NOUN/1/nsubj killed/VERB/9/ccomp at/ADP/3/case least/ADJ/4/nmod 15/NUM/5/nummod civilians/NOUN/9/nsubj ,/PUNCT/8/punct rights/NOUN/8/compound groups/NOUN/5/appos said/VERB/-1/root ./PUNCT/9/punct',
    'tree-repair:trailing-speaker-apposition', ['civilians>1:obj', 'groups>9:nsubj']],
  ['"..., villagers said": the speaker a conjunct of the object', 'Rebels/NOUN/1/nsubj burned/VERB/6/ccomp 40/NUM/3/nummod homes/NOUN/6/nsubj ,/PUNCT/5/punct villagers/NOUN/3/conj said/VERB/-1/root ./PUNCT/6/punct',
    'tree-repair:trailing-speaker-apposition', ['homes>1:obj', 'villagers>6:nsubj']],
  ['"..., a school official told Reuters": a second subject, the verb a conjunct of the act', 'Gunmen/PROPN/1/nsubj abducted/VERB/-1/root 20/NUM/3/nummod students/NOUN/8/nsubj ,/PUNCT/7/punct a/DET/7/det school/NOUN/7/compound official/NOUN/8/nsubj told/VERB/1/conj Reuters/PROPN/8/iobj ./PUNCT/1/punct',
    'tree-repair:trailing-speaker-apposition', ['students>1:obj', 'official>8:nsubj', 'told>1:parataxis']],
  ['an act with its object keeps the parse', 'Troops/NOUN/1/nsubj killed/VERB/6/ccomp civilians/NOUN/1/obj ,/PUNCT/5/punct rights/NOUN/5/compound groups/NOUN/6/nsubj said/VERB/-1/root ./PUNCT/6/punct', null, []],
  ['a subject with its apposition and no act before stays', 'The/DET/1/det minister/NOUN/6/nsubj ,/PUNCT/5/punct a/DET/5/det former/ADJ/5/amod general/NOUN/1/appos said/VERB/-1/root ./PUNCT/6/punct', null, []],
];
testRepairCases(TRAILING);
