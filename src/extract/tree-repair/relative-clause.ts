import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const RELATIVE_SUBJECTS = new Set(['which', 'who', 'that']);
// ", whom he had hosted", ", which rebels seized": an object relative after a comma opens a relative clause as well
const RELATIVE_OBJECTS = new Set(['whom', 'which']);
// relations of a clause the parse hung on the sentence's verb instead of the noun before it
const MISHUNG = new Set(['parataxis', 'ccomp', 'conj', 'advcl', 'dep']);
// the relations inside a name or compound noun, climbed to the antecedent's head: "Al - Shabab", "the Islamic State group"
const NAME_PARTS = new Set(['flat', 'compound', 'fixed', 'goeswith']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "Al-Shabab, which has attacked African Union bases, released a video": a clause opened by ", which"/", who" that
 * the parse hung on its antecedent as a `parataxis` (or another relation) is a relative clause of the noun right
 * before the comma (`acl:relcl`). Where the parse then made the sentence's predicate a `conj` of that clause (no
 * subject of its own, after a comma), the predicate is the main clause again and the antecedent its subject:
 *   "The group, which has attacked bases, released a video", "The minister, who was arrested last week, resigned".
 * A "that" subject right after a noun opens a relative clause of it too, where the parse hung the clause on the
 * sentence's verb: "withdrew his support for the rallies that have shaken the capital". So does an object relative
 * after a comma, the parse's `obj` of the clause's verb: "released the journalist, whom it had detained for a week".
 */
export function repairRelativeClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    // a plain loop: this runs on every word of every parsed sentence
    let pronoun: number | undefined;
    for (const c of tree.children(verb)) {
      if (c < verb && (tree.base(c) === 'nsubj' && RELATIVE_SUBJECTS.has(tokens[c].lower) || isObjectRelative(tree, tokens, c))) { pronoun = c; break; }
      // (", whom soldiers had detained": "whom" read as the subject's determiner)
      if (c < verb && tree.base(c) === 'nsubj' && c > 1 && tree.head(c - 1) === c && tree.label(c - 1) === 'det' && isObjectRelative(tree, tokens, c - 1)) { pronoun = c - 1; break; }
    }
    if (pronoun === undefined) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb, pronoun)) return 'tree-repair:relative-clause';
  }
  return null;
}

// "U.S. Secretary of State Marco Rubio, who visited Georgetown", "Minister of Defence Ali Hassan, who toured Gao": a
// name the parse apposed to the title before it, or hung on it by the title's "of", with no comma between, is that
// title's holder, and a "who" clause's antecedent is the whole titled name
const isTitlesName = (tree: EditableTree, tokens: readonly Token[], node: number, who: boolean) =>
  (tree.base(node) === 'appos' || who && tree.base(node) === 'nmod') && tree.upos(node) === 'PROPN' && !tokens.slice(tree.head(node) + 1, node).some((t) => t.text === ',');

/** ", whom he praised", ", which rebels seized": the clause's object after a comma ("whom" also read as an unmarked oblique or a determiner). */
function isObjectRelative(tree: EditableTree, tokens: readonly Token[], c: number): boolean {
  if (tokens[c - 1]?.text !== ',' || !RELATIVE_OBJECTS.has(tokens[c].lower)) return false;
  return tree.label(c) === 'obj' || tokens[c].lower === 'whom' && (tree.label(c) === 'det' || tree.label(c) === 'obl' && !tree.children(c).some((k) => tree.label(k) === 'case'));
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number, pronoun: number): boolean {
  // ", which"/", who" after a comma; "that" right after its noun ("rallies in Iraq that have threatened the status quo")
  const comma = tokens[pronoun - 1]?.text === ',';
  if (!comma && tokens[pronoun].lower !== 'that') return false;
  let antecedent = comma ? pronoun - 2 : pronoun - 1;
  const who = tokens[pronoun].lower === 'who';
  while ((NAME_PARTS.has(tree.base(antecedent)) || isTitlesName(tree, tokens, antecedent, who)) && tree.head(antecedent) < pronoun && tree.head(antecedent) >= 0) antecedent = tree.head(antecedent);
  if (!NOMINAL.has(tree.upos(antecedent))) return false;
  if (tree.head(verb) < 0 && tree.head(antecedent) === verb && tree.base(antecedent) === 'nsubj') return rootClauseRepaired(tree, tokens, verb, antecedent);
  if (!isAncestor(tree, antecedent, verb) && !MISHUNG.has(tree.label(verb))) return false;
  if (tree.label(verb) === 'acl:relcl' && tree.head(verb) === antecedent) return predicateRestored(tree, tokens, verb, antecedent);
  // ("a militia that residents said burned the village": the clause is the complement of a relative clause of saying)
  if (tree.label(verb) === 'ccomp' && tree.label(tree.head(verb)) === 'acl:relcl' && tree.head(tree.head(verb)) === antecedent) return false;
  tree.attach(verb, antecedent, 'acl:relcl');
  if (tree.label(pronoun) !== 'obj' && tree.base(pronoun) !== 'nsubj') tree.attach(pronoun, verb, 'obj');
  const main = mainAfterClause(tree, tokens, verb);
  if (main !== undefined && tree.head(antecedent) < 0) {
    tree.attach(main, -1, 'root');
    tree.attach(antecedent, main, tree.children(main).some((k) => tree.label(k) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
    for (const c of tree.children(antecedent)) if (c > main && tree.label(c) === 'punct') tree.attach(c, main, 'punct');
  }
  return true;
}

// the sentence's predicate the parse made a conjunct of the clause: no subject of its own, after the clause's comma
// ... or, in a relative clause of saying, hung on what is said ("Taliban officials, who said the strikes killed 10
// civilians, vowed revenge": "vowed" read as an adverbial clause of "killed"); the last such verb, as the relative
// clause closes before the predicate
function mainAfterClause(tree: EditableTree, tokens: readonly Token[], verb: number): number | undefined {
  const own = tree.children(verb).find((c) => c > verb && tree.label(c) === 'conj' && isBarePredicate(tree, tokens, c));
  if (own !== undefined) return own;
  const said = tree.children(verb).filter((c) => c > verb && tree.label(c) === 'ccomp');
  const hung = said.flatMap((c) => tree.children(c).filter((k) => k > c && SAID_CLAUSE_HUNG.has(tree.label(k)) && isBarePredicate(tree, tokens, k) && !hasMarker(tree, k)));
  return hung.length ? hung[hung.length - 1] : undefined;
}
const SAID_CLAUSE_HUNG = new Set(['conj', 'advcl', 'parataxis']);
const isBarePredicate = (tree: EditableTree, tokens: readonly Token[], c: number) => tree.upos(c) === 'VERB' && !tokens[c].lower.endsWith('ing')
  && !tree.children(c).some((k) => tree.base(k) === 'nsubj') && tree.children(c).some((k) => tokens[k].text === ',' && k < c);
const hasMarker = (tree: EditableTree, c: number) => tree.children(c).some((k) => tree.base(k) === 'mark' || tree.base(k) === 'cc');

/**
 * "Village elders, who said the raid killed five farmers, demanded an inquiry": the relative clause read right, but the
 * noun left as the root and the predicate hung below the clause: the predicate is the root, the noun its subject.
 */
function predicateRestored(tree: EditableTree, tokens: readonly Token[], verb: number, antecedent: number): boolean {
  if (tree.head(antecedent) >= 0) return false;
  const main = mainAfterClause(tree, tokens, verb);
  if (main === undefined) return false;
  tree.attach(main, -1, 'root');
  tree.attach(antecedent, main, tree.children(main).some((k) => tree.label(k) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  for (const c of tree.children(antecedent)) if (c > main && tree.label(c) === 'punct') tree.attach(c, main, 'punct');
  return true;
}

/**
 * "The president, who met Putin in Moscow last week, flew to Beijing": the clause's verb read as the root, with both
 * the antecedent and the relative word its subjects, and the predicate its conjunct: the predicate is the root again.
 */
function rootClauseRepaired(tree: EditableTree, tokens: readonly Token[], verb: number, antecedent: number): boolean {
  const main = mainAfterClause(tree, tokens, verb);
  if (main === undefined) return false;
  tree.attach(main, -1, 'root');
  for (const c of tree.children(verb)) if (c > main) tree.attach(c, main, tree.label(c));
  tree.attach(antecedent, main, tree.children(main).some((k) => tree.label(k) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  tree.attach(verb, antecedent, 'acl:relcl');
  return true;
}

function isAncestor(tree: EditableTree, above: number, node: number): boolean {
  for (let n = tree.head(node), step = 0; n >= 0 && step < 50; n = tree.head(n), step++) if (n === above) return true;
  return false;
}
