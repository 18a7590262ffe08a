import type { Knowledge } from '../knowledge/types.ts';
import type { Token } from '../nlp/types.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isDefinite } from './coreference-compatible.ts';
import { subjectNode } from '../extract/tree-roles/subject-node.ts';

// where a phase verb names its part: "began with a car bomb", "was followed by a gunfight", "ended in clashes",
// "included a car bombing"
const PART_LABELS = new Set(['obl', 'obl:agent', 'obj']);
const SUBJECTS = ['nsubj', 'nsubj:pass'];

/**
 * An act noun that names a stage of an act told before, not a new act: the phase verb it hangs on
 * (data/lexicon/clause-cues.tsv, effect phase) has a definite act noun for subject. "Monday's raid started with
 * mortar fire and was followed by a shootout with soldiers", "the assault ended in a gun battle with police",
 * "the siege began with a car bomb": the shootout, gun battle and bomb are parts of the raid, assault and siege, which
 * refer back to an act already told. A coordinated phase verb shares the first verb's subject.
 */
export function isPartOfToldAct(kb: Knowledge, view: TreeView, text: string, sentenceStart: number, c: Candidate): boolean {
  if (c.trigger.pattern.kind !== 'noun') return false;
  const noun = c.trigger.head;
  const verb = view.head(noun);
  if (verb < 0 || !PART_LABELS.has(view.label(noun)) || !cuePhrases(kb.lexicon.clauseCues, 'phase').has(view.tokens[verb].lemma)) return false;
  const definiteAct = (n: number) => n !== noun && isActNoun(kb, view.tokens[n].lemma) && isDefinite(text, view.tokens[n].start, sentenceStart);
  const subjects = view.childrenWithAny(verb, SUBJECTS);
  const shared = subjects.length === 0 && view.label(verb) === 'conj' ? view.childrenWithAny(view.head(verb), SUBJECTS) : [];
  return [...subjects, ...shared].some(definiteAct);
}

/**
 * A verb whose subject is a definite act noun tells more of that act: "The strikes hit two homes", "The blast
 * destroyed a police station", "Friday's attack killed six soldiers" refer back to the strikes, blast or attack
 * already told (the act noun itself may not be a trigger of its own).
 */
export function isDoneByToldAct(kb: Knowledge, view: TreeView, text: string, sentenceStart: number, c: Candidate): boolean {
  return toldActSubject(kb, view, text, sentenceStart, c) !== null;
}

/**
 * How the verb's subject takes up the told act: its definite noun ("the airstrike killed 12 people", which tells of the
 * act whether or not the article told it before), its definite munition ("the missiles hit the building", which joins an
 * act it fits and stands alone where none does) or an "it" after the act noun's sentence (a mention only); null if none.
 */
export function toldActSubject(kb: Knowledge, view: TreeView, text: string, sentenceStart: number, c: Candidate): 'noun' | 'munition' | 'it' | null {
  if (c.trigger.pattern.kind !== 'verb') return null;
  // "It has disrupted shipping and killed three sailors": a conjunct shares the first verb's subject
  let verb = c.trigger.head;
  while (view.label(verb) === 'conj' && view.head(verb) >= 0 && view.childrenWith(verb, 'nsubj', 'nsubj:pass').length === 0) verb = view.head(verb);
  // (the subject the roles read, where the verb hangs under a reporting one: "quoted sources as saying the attack left ...")
  const read = c.rules.includes('roles:instrument-subject') ? subjectNode(view, c.trigger.head)?.node : undefined;
  const subjects = [...view.childrenWith(verb, 'nsubj'), ...(read === undefined ? [] : [read])];
  if (subjects.some((n) => isActNoun(kb, view.tokens[n].lemma) && isDefinite(text, view.tokens[n].start, sentenceStart))) return 'noun';
  if (subjects.some((n) => toldMunition(kb, view, text, sentenceStart, n))) return 'munition';
  return subjects.some((n) => takesUpToldAct(kb, view.tokens, text, n)) ? 'it' : null;
}

// "Russian missiles struck an apartment block ... The missiles hit the building shortly after midnight": a munition
// named with "the" (data/lexicon/munition-nouns.tsv) is the one the act told before fired, as "the strikes" is that act
// ("Russia's missiles" names its owner, not a told act)
const THE_BEFORE = /\b(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const toldMunition = (kb: Knowledge, view: TreeView, text: string, sentenceStart: number, n: number) => kb.lexicon.munitionNouns.has(view.tokens[n].lemma)
  && THE_BEFORE.test(text.slice(Math.max(sentenceStart, view.tokens[n].start - 40), view.tokens[n].start));

/**
 * "The campaign began in November. It has disrupted shipping": a sentence-opening "it" after a sentence whose
 * subject is a definite act noun is that act (src/resolve/anaphora.ts leaves such an "it" to no actor).
 */
function takesUpToldAct(kb: Knowledge, tokens: readonly Token[], text: string, n: number): boolean {
  const it = tokens[n];
  // (an article's first word has no sentence before it to take up)
  if (it.lower !== 'it' || n === 0 || tokens[n - 1].sentence === it.sentence) return false;
  const previous = it.sentence - 1;
  let start = n - 1;
  while (start > 0 && tokens[start - 1].sentence === previous) start--;
  for (let i = start; i < n && tokens[i].sentence === previous; i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false;
    if (tokens[i].pos === 'NOUN') return isActNoun(kb, tokens[i].lemma) && isDefinite(text, tokens[i].start, tokens[start].start);
  }
  return false;
}
