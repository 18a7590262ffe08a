import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { SAYING_FORMS } from './clause-verbs.ts';

// the relative words that can be the subject of a clause inside a relative clause of saying
const RELATIVE_SUBJECTS = new Set(['that', 'who', 'which']);
// the words of the sayers' phrase between the relative word and the verb of saying ("rights groups", "the local police")
const SAYER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_SAYER_WORDS = 4;
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could']);
// a sayer told by a subject pronoun: "forces that it says have been killing civilians", "a man who they say attacked the mayor"
const SAYER_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * "a militia that residents said burned the village", "a move that rights groups said violated international law": the
 * relative word is the subject of the clause inside the relative clause of saying ("a militia [that] residents said
 * [__ burned the village]"). The parse read "that" as the sayers' determiner or the verb of saying's object, the inner
 * verb as its `xcomp` (so the sayers became its subject), and often the verb of saying as an aside of the main verb.
 * The verb of saying describes the noun before the relative word, its sayers are its subject, the inner verb (a verb
 * with no subject of its own right after it, or its auxiliary) its complement, and the relative word that verb's subject:
 *   "a man who witnesses said attacked the mosque", "a camp which officials said was used by the rebels".
 */
export function repairRelativeSaidClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const say of tree.nodes()) {
    if (SAYING_FORMS.has(tokens[say]?.lower ?? '') && repairedAt(tree, tokens, say)) repaired = true;
  }
  return repaired ? 'tree-repair:relative-said-clause' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], say: number): boolean {
  const sentence = tokens[say].sentence;
  const inSentence = (k: number) => tokens[k]?.sentence === sentence;
  // the sayers' phrase back to the relative word
  const pronounSayer = inSentence(say - 1) && SAYER_PRONOUNS.has(tokens[say - 1].lower);
  let relative = pronounSayer ? say - 2 : say - 1;
  while (!pronounSayer && relative > say - 1 - MAX_SAYER_WORDS && inSentence(relative) && !RELATIVE_SUBJECTS.has(tokens[relative].lower) && sayerWord(tree, tokens, relative)) relative--;
  if (!inSentence(relative) || !RELATIVE_SUBJECTS.has(tokens[relative].lower) || relative === say - 1) return false;
  const sayer = say - 1;
  if (!pronounSayer && !isNoun(tree, tokens, sayer)) return false;
  // (set off by a comma after a verb's object: "blamed the rebels, who witnesses said burned two villages"; a subject so
  // set off, "Gonzalez, who the opposition says won, had vowed", has its own verb after the clause)
  const comma = tokens[relative - 1]?.text === ',';
  const noun = comma ? relative - 2 : relative - 1;
  if (!inSentence(noun) || !isNoun(tree, tokens, noun)) return false;
  if (comma && !verbBefore(tree, tokens, noun)) return false;
  // the inner clause's verb: right after the verb of saying, or the verb its auxiliary belongs to
  const next = say + 1;
  if (!inSentence(next)) return false;
  const verb = AUXILIARIES.has(tokens[next].lower) ? tree.head(next) : next;
  if (verb <= say || !inSentence(verb) || !['VERB', 'ADJ', 'NOUN'].includes(tree.upos(verb))) return false;
  if (verb === next && (tree.upos(verb) !== 'VERB' || tokens[verb].lower === tokens[verb].lemma || tokens[verb].lower.endsWith('ing'))) return false;
  if (tree.children(verb).some((c) => tree.base(c) === 'nsubj' && (c < relative || c > say))) return false;
  // the noun keeps a place outside the clause: where the verb of saying hung when the noun hung below it
  const clause = (k: number) => k >= relative && k <= verb;
  const inside = (k: number) => { for (let n = k; n >= 0; n = tree.head(n)) if (clause(n)) return true; return false; };
  const sayHead = tree.head(say), sayLabel = tree.label(say);
  if (inside(tree.head(noun))) {
    if (sayHead < 0 || clause(sayHead) || inside(sayHead)) return false;
    tree.attach(noun, sayHead, sayLabel === 'parataxis' || sayLabel === 'acl:relcl' ? 'appos' : sayLabel);
  }
  if (inside(noun)) return false;
  for (let k = relative + 1; k < sayer; k++) if (tree.head(k) < relative + 1 || tree.head(k) > sayer) tree.attach(k, sayer, modifierLabel(tree.upos(k)));
  tree.attach(sayer, say, 'nsubj');
  tree.attach(say, noun, 'acl:relcl');
  tree.attach(verb, say, 'ccomp');
  if (verb !== next) tree.attach(next, verb, tree.label(next) === 'aux:pass' ? 'aux:pass' : tree.label(next) === 'cop' ? 'cop' : 'aux');
  const passive = tree.children(verb).some((c) => tree.label(c) === 'aux:pass');
  tree.attach(relative, verb, passive ? 'nsubj:pass' : 'nsubj');
  return true;
}

const isNoun = (tree: EditableTree, tokens: readonly Token[], k: number) => ['NOUN', 'PROPN'].includes(tree.upos(k)) || ['NOUN', 'PROPN'].includes(tokens[k].pos);
const sayerWord = (tree: EditableTree, tokens: readonly Token[], k: number) => SAYER_WORDS.has(tree.upos(k)) || SAYER_WORDS.has(tokens[k].pos);
const modifierLabel = (upos: string) => (upos === 'DET' ? 'det' : upos === 'ADJ' ? 'amod' : upos === 'NUM' ? 'nummod' : 'compound');

/** A verb stands before `k` in its sentence: a noun after it is no clause's opening subject. */
function verbBefore(tree: EditableTree, tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence; i--) if (tree.upos(i) === 'VERB') return true;
  return false;
}
