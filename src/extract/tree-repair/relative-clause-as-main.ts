import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { datelineDash, mayOpenDateline } from '../../nlp/syntax/set-aside-words.ts';

// words that open a relative clause of place or time set off after its noun (", where heavy rain has hit Assam"), or of
// its owner (", whose term runs until 2027"); ", which" and ", who" clauses are repaired by relative-clause.ts
const RELATIVE_WORDS = new Set(['where', 'when', 'whose']);
// ... and ", who" after the noun's apposition ("Ali Khamenei, Iran's supreme leader, who has ruled ..."), which
// relative-clause.ts leaves (no clause right after the noun)
const PERSON_RELATIVE = 'who';
// how the parse may hang the sentence's real predicate on the relative clause's verb
const HUNG_PREDICATE = new Set(['advcl', 'conj', 'parataxis', 'ccomp', 'dep']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const CLAUSE_PARTS = new Set(['conj', 'parataxis', 'punct', 'advcl', 'cc']);

/**
 * "India, where heavy rain has also hit Assam, offered to send relief supplies": the relative clause set off after
 * the sentence's subject read as the main clause (its verb the root, the subject one of its dependents), and the
 * real predicate after the closing comma hung below it; or the noun read as the root with the clause as its relative
 * clause and the predicate again below the clause's verb. The predicate becomes the root with the noun as its subject,
 * and the relative clause an `acl:relcl` of that noun:
 *   "Turkey, where an earthquake struck in 2023, offered rescue teams", "The town, where rebels attacked a base, was
 *   calm on Sunday", "President Macron, whose term runs until 2027, rejected calls to resign".
 */
export function repairRelativeClauseAsMain(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const root = nodes.find((n) => tree.head(n) < 0);
  if (root === undefined) return null;
  // (after a dateline, "KYIV, Ukraine (AP) — Russia, whose troops ...": the clause opens after its dash)
  const dash = mayOpenDateline(tokens[nodes[0]]?.text ?? '') ? datelineDash(nodes.map((n) => tokens[n].text)) : -1;
  const first = nodes[0] + dash + 1;
  // the noun phrase that opens the sentence, a comma, and the relative word
  let noun = -1, relative = -1;
  for (let k = first; k < first + 12 && k + 1 < tokens.length; k++) {
    if (tokens[k].text === ',' && (RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '') && k < first + 8 || tokens[k + 1]?.lower === PERSON_RELATIVE && afterApposition(tree, tokens, first, k))) {
      noun = k - 1;
      relative = k + 1;
      break;
    }
  }
  if (noun < first || !NOMINAL.has(tree.upos(noun))) return null;
  while (tree.head(noun) >= 0 && tree.head(noun) < noun + 1 && tree.head(noun) !== root) noun = tree.head(noun);
  // (the apposition's own noun is the root: the clause describes the name it sets off)
  if (tree.head(noun) === root && tree.label(noun) === 'appos' && root < noun) noun = root;
  // the relative clause's verb is the root, the noun below it; or the noun is the root with the clause its `acl:relcl`
  const verb = tree.head(noun) === root ? root : noun === root ? tree.children(noun).find((c) => c > noun && tree.label(c) === 'acl:relcl') : undefined;
  if (verb === undefined || tree.upos(verb) !== 'VERB') return null;
  // the relative clause has its own subject after the relative word (or is that word's clause: "which has ...")
  if (!tree.children(verb).some((c) => c > relative - 1 && c < verb && (tree.base(c) === 'nsubj' || c === relative))) return null;
  // the predicate: a verb after the clause's closing comma (its own time or place between: ", on Sunday threatened"),
  // below the root, with no subject of its own
  const predicate = tree.children(verb).find((c) => c > verb && HUNG_PREDICATE.has(tree.base(c)) && tree.upos(c) === 'VERB' && afterComma(tree, tokens, c)
    && !tokens[c].lower.endsWith('ing') && !tree.children(c).some((k) => ['nsubj', 'mark', 'expl'].includes(tree.base(k))));
  if (predicate === undefined) return null;
  // the noun read as the root held the clause's other parts ("..., and has condemned the strikes", the final stop)
  // ... as did the clause's verb read as the root ("..., rejected calls to resign and said he would ...")
  const clauseParts = tree.children(noun === root ? noun : verb).filter((c) => c > predicate && CLAUSE_PARTS.has(tree.base(c)));
  tree.attach(predicate, -1, 'root');
  for (const c of clauseParts) tree.attach(c, predicate, tree.label(c));
  tree.attach(verb, noun, 'acl:relcl');
  tree.attach(noun, predicate, tree.children(predicate).some((k) => tree.label(k) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  const comma = commaBefore(tree, tokens, predicate);
  if (comma >= 0) tree.attach(comma, predicate, 'punct');
  return 'tree-repair:relative-clause-as-main';
}

/** The comma before the predicate, only its own dependents between ("..., on Sunday | threatened"); -1 when none. */
function commaBefore(tree: EditableTree, tokens: readonly Token[], predicate: number): number {
  for (let k = predicate - 1; k > predicate - 5; k--) {
    if (tokens[k]?.text === ',') return k;
    if (!ownWord(tree, k, predicate)) return -1;
  }
  return -1;
}
const afterComma = (tree: EditableTree, tokens: readonly Token[], predicate: number) => commaBefore(tree, tokens, predicate) >= 0;
const ownWord = (tree: EditableTree, k: number, predicate: number) => {
  for (let n = k, step = 0; n >= 0 && step < 4; n = tree.head(n), step++) if (tree.head(n) === predicate) return true;
  return false;
};

/** The comma at `comma` closes an apposition set off after the sentence's opening name ("Ali Khamenei, Iran's supreme leader, | who"). */
function afterApposition(tree: EditableTree, tokens: readonly Token[], first: number, comma: number): boolean {
  const open = tokens.findIndex((t, k) => k >= first && k < comma && t.text === ',');
  return open > first && tree.nodes().some((k) => k > open && k < comma && tree.label(k) === 'appos' && tree.head(k) < open && tree.head(k) >= first);
}
