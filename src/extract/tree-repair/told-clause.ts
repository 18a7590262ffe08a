import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { TELLING_FORMS } from './addressee-read-as-subject.ts';

export const ADDRESSEE_AND_SUBJECT_RULE = 'tree-repair:addressee-and-subject-merged';
export const TOLD_CLAUSE_ON_ADDRESSEE_RULE = 'tree-repair:told-clause-on-addressee';

const NOMINAL = new Set(['NOUN', 'PROPN']);
// words a phrase of whom-it-was-told and then the told clause's subject are made of ("AFP the army", "state media gunmen")
const PHRASE_WORD = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'PRON', 'ADP']);
// a phrase's first word that opens a new noun phrase after a noun: a determiner, a possessor, a number
const PHRASE_OPENER = new Set(['DET', 'NUM']);
// whom it was told as a pronoun: "told them militants had ..."
const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/**
 * "Officials told AFP the army had shelled the village", "A witness told VOA militants abducted 20 girls", "told state
 * media gunmen killed six farmers": after an active "tell" with no "that", whom it was told and the told clause's subject
 * are two noun phrases side by side, and the parse read them as one (the addressee a `case` or `compound` of the
 * subject, the whole the verb's `iobj`), the clause then subjectless (an `xcomp`, a `ccomp`, an `acl` of the phrase).
 * The told clause needs a subject and "tell" an addressee, so the phrase splits where a second noun phrase starts: at a
 * determiner or number ("AFP | the army", "reporters | 12 people"), an adjective after a noun ("journalists | Israeli
 * jets"), a noun after a plural noun ("reporters | police officers") or after a name ("VOA | militants", "Al Jazeera |
 * gunmen"); else the last noun alone is the subject ("local radio | police"). Whom it was told is `tell`'s `iobj`, the
 * rest the clause's subject, the clause `tell`'s `ccomp`: the teller stays its source, the clause's subject its doer.
 */
export function repairAddresseeAndSubjectMerged(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const tell of tree.nodes()) {
    if (!TELLING_FORMS.has(tokens[tell].lower) || tree.upos(tell) !== 'VERB' || passive(tree, tell)) continue;
    const clause = subjectlessClauseAfter(tree, tokens, tell);
    if (clause === null) continue;
    const { verb, end } = clause;
    const boundary = secondPhraseStart(tree, tokens, tell + 1, end);
    if (boundary < 0) continue;
    const addressee = phraseHead(tree, tell + 1, boundary - 1), subject = phraseHead(tree, boundary, end);
    if (addressee < 0 || subject < 0) continue;
    regroup(tree, tell + 1, boundary - 1, addressee);
    regroup(tree, boundary, end, subject);
    tree.attach(addressee, tell, 'iobj');
    tree.attach(verb, tell, 'ccomp');
    tree.attach(subject, verb, tree.children(verb).some((c) => tree.label(c) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
    repaired = true;
  }
  return repaired ? ADDRESSEE_AND_SUBJECT_RULE : null;
}

/**
 * "Witnesses told reporters that police beat protesters", "Villagers told journalists the militia looted their shops":
 * the told clause, with a subject of its own, read as a clause describing whom it was told (an `acl` or a relative
 * clause of the `iobj`). A relative clause's gap is its subject or its object, so a clause with both ("the militia |
 * looted | their shops"), or opened by the complementiser "that" before its own subject, describes nobody: it is what
 * was told, `tell`'s `ccomp`.
 */
export function repairToldClauseOnAddressee(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const tell of tree.nodes()) {
    if (!TELLING_FORMS.has(tokens[tell].lower) || tree.upos(tell) !== 'VERB' || passive(tree, tell)) continue;
    const kids = tree.children(tell);
    if (kids.some((c) => tree.base(c) === 'ccomp' || tree.base(c) === 'xcomp')) continue;
    const addressee = kids.find((c) => c > tell && (tree.base(c) === 'iobj' || tree.base(c) === 'obj'));
    if (addressee === undefined) continue;
    const clause = tree.children(addressee).find((c) => c > addressee && tree.base(c) === 'acl' && tree.upos(c) === 'VERB' && toldContent(tree, tokens, c));
    if (clause === undefined) continue;
    if (tree.base(addressee) === 'obj') tree.attach(addressee, tell, 'iobj');
    tree.attach(clause, tell, 'ccomp');
    repaired = true;
  }
  return repaired ? TOLD_CLAUSE_ON_ADDRESSEE_RULE : null;
}

/** A clause with a subject of its own (no relative word) after a complementiser "that" or with an object of its own. */
function toldContent(tree: EditableTree, tokens: readonly Token[], clause: number): boolean {
  const kids = tree.children(clause);
  const subject = kids.find((c) => c < clause && tree.base(c) === 'nsubj');
  if (subject === undefined || RELATIVE_WORDS.has(tokens[subject].lower)) return false;
  if (kids.some((c) => c < clause && tokens[c].lower === 'that' && tree.base(c) === 'mark')) return true;
  return !kids.some((c) => c < clause && RELATIVE_WORDS.has(tokens[c].lower)) && kids.some((c) => c > clause && tree.base(c) === 'obj');
}

const passive = (tree: EditableTree, tell: number) => tree.children(tell).some((c) => tree.label(c) === 'aux:pass' || tree.label(c) === 'nsubj:pass');

/**
 * The verb of a clause right after one noun phrase after `tell` (and that phrase's last word), with no subject, marker
 * or "to" of its own, hanging on `tell` or on that phrase (null when there is none): "told AFP the army | had shelled",
 * "told VOA militants | abducted".
 */
function subjectlessClauseAfter(tree: EditableTree, tokens: readonly Token[], tell: number): { verb: number; end: number } | null {
  let next = tell + 1;
  while (next < tokens.length && tokens[next].sentence === tokens[tell].sentence && PHRASE_WORD.has(tree.upos(next)) && !lowerPreposition(tree, tokens, next)) next++;
  if (next - (tell + 1) < 2 || tokens[next]?.sentence !== tokens[tell].sentence) return null;
  const end = next - 1;
  // an auxiliary first: the clause's verb is its head ("the army | had shelled")
  const verb = tree.upos(next) === 'AUX' && tree.head(next) > next ? tree.head(next) : next;
  if (tree.upos(verb) !== 'VERB' || /ing$/.test(tokens[verb].lower)) return null;
  const kids = tree.children(verb);
  if (kids.some((c) => c < verb && (tree.base(c) === 'nsubj' || tree.base(c) === 'mark' || tree.base(c) === 'expl'))) return null;
  // the phrase is all one subtree, of `tell` or of the clause's verb
  const top = phraseHead(tree, tell + 1, end);
  if (top < 0 || tree.head(top) !== tell) return null;
  const on = tree.head(verb);
  if (on === tell) return ['ccomp', 'xcomp', 'parataxis'].includes(tree.base(verb)) ? { verb, end } : null;
  // a participle describing the phrase ("militants abducted by ...") is no clause: the told act has its object
  if (on === top && tree.base(verb) === 'acl' && kids.some((c) => c > verb && tree.base(c) === 'obj' || tree.base(c) === 'aux')) return { verb, end };
  return null;
}

// "the story of soldiers killed ...": a phrase with a lowercase preposition is no addressee beside a subject
const lowerPreposition = (tree: EditableTree, tokens: readonly Token[], i: number) => tree.upos(i) === 'ADP' && tokens[i].text === tokens[i].lower;

/**
 * Where the second of two noun phrases in tokens first..last starts (-1 when it cannot be told): at a determiner or a
 * number, an adjective after a noun, a noun after a plural noun, an object pronoun or a name; else at the last noun.
 */
function secondPhraseStart(tree: EditableTree, tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const before = tree.upos(k - 1), here = tree.upos(k);
    if (PHRASE_OPENER.has(here) || here === 'PRON' && tree.base(k) === 'nmod') return k;
    const afterNoun = NOMINAL.has(before) || nameLike(tree, tokens, k - 1);
    if (here === 'ADJ' && afterNoun) return k;
    if (!NOMINAL.has(here)) continue;
    if (pluralNoun(tree, tokens, k - 1) || OBJECT_PRONOUNS.has(tokens[k - 1].lower) || nameLike(tree, tokens, k - 1) && !nameLike(tree, tokens, k)) return k;
  }
  return NOMINAL.has(tree.upos(last)) && (NOMINAL.has(tree.upos(last - 1)) || nameLike(tree, tokens, last - 1)) ? last : -1;
}

const pluralNoun = (tree: EditableTree, tokens: readonly Token[], i: number) => tree.upos(i) === 'NOUN' && /[^s]s$/.test(tokens[i].lower) && tokens[i].lemma !== tokens[i].lower;
// a name, whatever the tagger read it as ("AFP" as a preposition or a noun)
const nameLike = (tree: EditableTree, tokens: readonly Token[], i: number) => tree.upos(i) === 'PROPN' || tokens[i].pos === 'PROPN' || /^[A-Z][A-Z]+$/.test(tokens[i].text);

/** The one word of tokens first..last whose head lies outside them, or the last noun or name there when several do. */
function phraseHead(tree: EditableTree, first: number, last: number): number {
  const outside: number[] = [];
  for (let k = first; k <= last; k++) if (tree.head(k) < first || tree.head(k) > last) outside.push(k);
  if (outside.length === 1) return outside[0];
  for (let k = last; k >= first; k--) if (NOMINAL.has(tree.upos(k))) return k;
  return -1;
}

/** Hangs every word of first..last whose head lies outside them on the phrase's head, as the modifier its tag makes it. */
function regroup(tree: EditableTree, first: number, last: number, head: number): void {
  for (let k = first; k <= last; k++) {
    if (k === head || tree.head(k) >= first && tree.head(k) <= last) continue;
    const upos = tree.upos(k);
    tree.attach(k, head, upos === 'DET' ? 'det' : upos === 'NUM' ? 'nummod' : upos === 'ADJ' ? 'amod' : upos === 'PRON' ? 'nmod:poss' : upos === 'PROPN' && tree.upos(head) === 'PROPN' ? 'flat' : 'compound');
  }
}
