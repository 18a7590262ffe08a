import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// The words that say whose side a group is on, with the preposition each takes: "forces loyal to the former
// president", "fighters allied with the general", "militias aligned with Iran", "gunmen affiliated with al-Qaeda".
// (Grammar of one construction, not a lexicon: "backed by" is repairParticipleReadAsMainVerb's.)
export const ALLEGIANCE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['loyal', new Set(['to'])],
  ['allied', new Set(['with', 'to'])],
  ['aligned', new Set(['with'])],
  ['affiliated', new Set(['with', 'to'])],
  ['faithful', new Set(['to'])],
]);

const COORDINATORS = new Set(['and', 'or']);
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'when', 'while']);

// words that may stand inside the side's name ("former President Omar al-Bashir", "the Sudanese army's chief")
const NAME_PUNCTUATION = new Set(['-', "'", '’', '.']);

/**
 * "Forces loyal to former President X clashed with the army", "Fighters allied with commander X attacked a base": a
 * group described by the side it is on, read with the described side as the verb's subject (the side's name its
 * `nsubj`, the modifier the root). The modifier is the group's (`amod`, or `acl` for a participle), the side its
 * `obl`, and the first past verb after the side the root with the group its subject: the loyal forces act, their
 * patron does not.
 */
export function repairAllegianceModifier(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const modifier of tree.nodes()) {
    const preps = ALLEGIANCE.get(tokens[modifier].lower);
    if (preps === undefined || !preps.has(tokens[modifier + 1]?.lower ?? '')) continue;
    if (repairedAt(tree, tokens, modifier)) return 'tree-repair:allegiance-modifier';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], modifier: number): boolean {
  const group = modifier - 1;
  if (!['NOUN', 'PROPN'].includes(tree.upos(group)) || tokens[group].sentence !== tokens[modifier].sentence) return false;
  // the predicate: the first past verb after the side, with nothing but the side's words between ("loyal to X, who ...": no)
  let predicate = -1;
  for (let k = modifier + 2; k < tokens.length && tokens[k].sentence === tokens[modifier].sentence; k++) {
    if (tree.upos(k) === 'VERB' || tree.upos(k) === 'AUX') {
      if (tokens[k].lower.endsWith('ing') || tree.upos(k) === 'AUX') return false;
      predicate = k;
      break;
    }
    if (tree.upos(k) === 'PUNCT' && !NAME_PUNCTUATION.has(tokens[k].text) || tree.upos(k) === 'PRON' || tree.upos(k) === 'SCONJ') return false;
  }
  if (predicate < modifier + 3) return false;
  // already read right: the group is the predicate's subject
  if (tree.head(group) === predicate && tree.base(group) === 'nsubj') return false;
  const inside = (i: number) => i > modifier + 1 && i < predicate;
  const tops = tree.nodes().filter((i) => inside(i) && !inside(tree.head(i)));
  const side = [...tops].reverse().find((i) => ['NOUN', 'PROPN'].includes(tree.upos(i)));
  if (side === undefined) return false;
  // a predicate's own subject other than the group ("forces loyal to X say the army attacked"): not this construction
  const ownSubject = tree.children(predicate).find((c) => tree.base(c) === 'nsubj' && !inside(c) && c !== group);
  if (ownSubject !== undefined) return false;
  const kidsAfter = (node: number) => tree.children(node).filter((c) => c > predicate);
  const moving = [...kidsAfter(group), ...kidsAfter(modifier), ...tops.flatMap(kidsAfter)];
  // "after the Houthis and forces loyal to X ousted him": the group is the second of coordinated subjects
  const first = COORDINATORS.has(tokens[group - 1]?.lower ?? '') && ['NOUN', 'PROPN'].includes(tree.upos(group - 2)) ? group - 2 : -1;
  const subject = first >= 0 ? first : group;
  // the clause keeps its place: under a word before it ("officials said forces loyal to X attacked"), or the root; a
  // subordinator misread as the first subject's preposition is the clause's
  const before = [subject, group, modifier, ...tops, predicate].map((n) => tree.head(n)).find((h) => h >= 0 && h < subject);
  const subordinator = tree.children(subject).find((c) => c < subject && tree.base(c) === 'case' && SUBORDINATORS.has(tokens[c].lower));
  tree.attach(predicate, before ?? -1, before === undefined ? 'root' : subordinator !== undefined ? 'advcl' : 'ccomp');
  if (subordinator !== undefined) tree.attach(subordinator, predicate, 'mark');
  tree.attach(subject, predicate, tree.children(predicate).some((c) => tree.label(c) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  if (first >= 0) {
    tree.attach(group, first, 'conj');
    tree.attach(group - 1, group, 'cc');
  }
  tree.attach(modifier, group, tree.upos(modifier) === 'VERB' ? 'acl' : 'amod');
  tree.attach(side, modifier, 'obl');
  tree.attach(modifier + 1, side, 'case');
  for (const top of tops) {
    if (top === side) continue;
    const label = tree.upos(top) === 'ADJ' ? 'amod' : tree.upos(top) === 'DET' ? 'det' : ['NOUN', 'PROPN'].includes(tree.upos(top)) && top < side ? 'compound' : tree.label(top);
    tree.attach(top, side, label);
  }
  // what hung on the misread words past the predicate (its objects, its time, the full stop) is the predicate's
  for (const k of moving) if (k !== predicate && tree.head(k) !== predicate) tree.attach(k, predicate, tree.label(k));
  return true;
}
