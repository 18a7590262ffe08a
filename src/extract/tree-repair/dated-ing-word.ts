import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { isCalendarWord } from '../../nlp/calendar.ts';

export const DATED_ING_WORD_RULE = 'tree-repair:dated-ing-word';

// prepositions an opening date takes ("On March 3", "Since 4 June", "By Friday")
const DATE_OPENERS = new Set(['on', 'since', 'in', 'by', 'from', 'until', 'till', 'through']);
// the words of a date after its preposition: a day's number, a year, a weekday or month, a part of the day
const DAY_NUMBER = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$|^(?:19|20)\d\d$/;
const DAY_PART = new Set(['morning', 'afternoon', 'evening', 'night', 'early', 'late']);
const ING = /^[a-z]+ing$/;
// the words of the noun phrase an -ing modifier may stand before ("attacking | Russian forces")
const NOUN_RUN = new Set(['NOUN', 'PROPN', 'ADJ']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
// ... and after a doer, the object's first words ("arresting | the protesters")
const OBJECT_START = new Set(['DET', 'NUM']);
const MODIFIER_LABEL: Readonly<Record<string, string>> = { ADJ: 'amod', DET: 'det', NUM: 'nummod' };
// the words of a subject's noun phrase before the date ("Kenyan police | on Friday")
const SUBJECT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

const dateWord = (t: Token) => isCalendarWord(t.text) || DAY_NUMBER.test(t.lower) || DAY_PART.has(t.lower);

/**
 * "On March 3 attacking forces overran the town", "On 12 May shelling killed five civilians", "On Friday shelling
 * killed 12 people": an opening date with no comma after it, and an -ing word right after it. The parse read the
 * date's words as the -ing word's subject or number, or made the date or the -ing word the root and the main verb a
 * modifier: the sentence lost its clause. Which reading is the verb's the words after the -ing word say:
 *   - a finite verb right after it (an auxiliary between): the -ing word is a noun, the verb's subject
 *     ("shelling | killed", "fighting | has killed");
 *   - a noun phrase and then a finite verb: the -ing word describes the noun, the noun phrase is the verb's subject
 *     ("attacking forces | overran", "retreating rebels | burned");
 *   - after a subject before the date ("Police on June 1 arresting protesters beat a journalist"), a noun phrase and
 *     then a finite verb: the -ing word is a verb describing the subject (its `acl`), the noun phrase its object.
 * Either way the finite verb is the root, the date its `obl` (the preposition its `case`). An -ing word before the
 * start of a noun phrase with a determiner or number is a verb with its object ("storming the town, troops ...")
 * and stays as parsed.
 */
export function repairDatedIngWord(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes(), first = nodes[0], last = nodes[nodes.length - 1];
  // a subject's noun phrase before the date's preposition ("Kenyan police | on Friday"), or none
  let opener = first;
  while (opener < last && SUBJECT_PHRASE.has(tree.upos(opener)) && !dateWord(tokens[opener])) opener++;
  const doer = opener > first ? opener - 1 : -1;
  if (doer >= 0 && (!NOMINAL.has(tree.upos(doer)) || !DATE_OPENERS.has(tokens[opener].lower))) return null;
  if (!DATE_OPENERS.has(tokens[opener].lower)) opener = -1;
  let ing = opener < 0 ? first : opener + 1;
  const dateStart = ing;
  while (ing <= last && dateWord(tokens[ing])) ing++;
  const dateWords = nodes.filter((k) => k >= dateStart && k < ing);
  const head = dateWords.find((k) => isCalendarWord(tokens[k].text));
  if (head === undefined || ing >= last || !ING.test(tokens[ing].text)) return null;
  // the noun phrase after the -ing word (its object, or the noun it describes), then the finite verb
  let verb = ing + 1;
  while (verb <= last && (NOUN_RUN.has(tree.upos(verb)) || doer >= 0 && OBJECT_START.has(tree.upos(verb)))) verb++;
  const noun = verb > ing + 1 ? verb - 1 : -1;
  if (noun >= 0 && !NOMINAL.has(tree.upos(noun)) || doer >= 0 && noun < 0) return null;
  const auxiliaries = [];
  while (verb <= last && tree.upos(verb) === 'AUX') auxiliaries.push(verb++);
  if (verb > last || tree.upos(verb) !== 'VERB' || ING.test(tokens[verb].lower) && auxiliaries.length === 0) return null;
  const subject = doer >= 0 ? doer : noun >= 0 ? noun : ing;
  if (alreadyRead(tree, subject, verb, head)) return null;
  const fixed = new Set([...dateWords, ing, subject, verb, ...auxiliaries, ...(opener >= 0 ? [opener] : []), ...(noun >= 0 ? [noun] : [])]);
  const inRun = (k: number) => k > ing && k < noun || k < doer;
  const oldRoot = nodes.find((k) => tree.head(k) < 0) ?? verb;
  // the root is the verb, or a word of the date and subject (a root elsewhere is some other misreading: left alone)
  if (!fixed.has(oldRoot) && !inRun(oldRoot)) return null;
  // what hung on the date, its preposition, an auxiliary, a describing -ing word or the old root (the final stop, a
  // place after the verb) is the verb's
  const left = new Set([...dateWords, ...auxiliaries, oldRoot, ...(opener >= 0 ? [opener] : []), ...(subject === noun ? [ing] : [])]);
  const moving = nodes.filter((k) => !fixed.has(k) && !inRun(k) && left.has(tree.head(k)));
  const passive = auxiliaries.some((a) => tree.label(a) === 'aux:pass') || auxiliaries.some((a) => /^(?:was|were|is|are|been|be)$/.test(tokens[a].lower)) && /(?:ed|en)$/.test(tokens[verb].lower);
  tree.attach(verb, -1, 'root');
  tree.attach(subject, verb, passive ? 'nsubj:pass' : 'nsubj');
  for (const a of auxiliaries) tree.attach(a, verb, passive && a === auxiliaries[auxiliaries.length - 1] ? 'aux:pass' : 'aux');
  if (noun >= 0) {
    // the describing -ing word, or the doer's act with its object
    if (doer >= 0) tree.attach(ing, doer, 'acl'), tree.attach(noun, ing, 'obj');
    else tree.attach(ing, noun, 'amod');
    for (let k = ing + 1; k < noun; k++) tree.attach(k, noun, MODIFIER_LABEL[tree.upos(k)] ?? 'compound');
  }
  tree.attach(head, verb, 'obl');
  for (const k of dateWords) if (k !== head) tree.attach(k, head, DAY_NUMBER.test(tokens[k].lower) ? 'nummod' : isCalendarWord(tokens[k].text) ? 'nmod:unmarked' : 'compound');
  if (opener >= 0) tree.attach(opener, head, 'case');
  for (const k of moving) tree.attach(k, verb, tree.label(k));
  return DATED_ING_WORD_RULE;
}

/** The parse already read it so: the subject on the verb, the verb the root and the date on it. */
function alreadyRead(tree: EditableTree, subject: number, verb: number, date: number): boolean {
  return tree.head(subject) === verb && tree.base(subject) === 'nsubj' && tree.head(verb) < 0 && tree.head(date) === verb;
}
