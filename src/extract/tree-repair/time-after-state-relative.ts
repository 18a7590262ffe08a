import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Words that name a day, and the parts of a day a weekday may head ("on Tuesday night")
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
const DAY_PARTS = new Set(['night', 'morning', 'evening', 'afternoon']);
// the relations a day phrase hangs by
const TIME_RELATIONS = new Set(['obl', 'nmod', 'obl:tmod', 'obl:unmarked', 'nmod:tmod']);

/**
 * "The U.S. military struck a boat it said was carrying drugs off the coast of Venezuela on Tuesday", "Police seized a
 * truck that was transporting weapons near the border on Friday": a day that ends a relative clause whose verb is a
 * state (a progressive, "was carrying", or a copula, "was full of") read as timing that state. A state told of the
 * main act's object holds at the time of the act, and a day closing the sentence dates the act the sentence tells:
 * the day is the main verb's `obl` (when that verb has no day of its own). A relative clause that tells an act of its
 * own keeps its day ("arrested a man who attacked a mosque on Friday", "shelled a village the rebels had seized on
 * Monday").
 */
export function repairTimeAfterStateRelative(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const day of tree.nodes()) {
    if (DAYS.has(tokens[day].lower) && repairedAt(tree, tokens, dayPhraseHead(tree, tokens, day))) repaired = true;
  }
  return repaired ? 'tree-repair:time-after-state-relative' : null;
}

// "Tuesday" or, in "on Tuesday night", the part of the day it names
function dayPhraseHead(tree: EditableTree, tokens: readonly Token[], day: number): number {
  const head = tree.head(day);
  return head > day && DAY_PARTS.has(tokens[head].lower) ? head : day;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], time: number): boolean {
  if (!TIME_RELATIONS.has(tree.label(time))) return false;
  const state = clauseVerbOf(tree, time);
  if (state < 0 || !isState(tree, tokens, state)) return false;
  const relative = relativeAbove(tree, state);
  if (relative < 0) return false;
  const noun = tree.head(relative);
  const main = noun >= 0 ? tree.head(noun) : -1;
  if (main < 0 || main > noun || tree.upos(main) !== 'VERB' || !['obj', 'obl'].includes(tree.base(noun))) return false;
  // the day closes the relative clause: nothing of it comes after the day's phrase
  const end = (node: number) => Math.max(node, ...tree.descendants(node, () => true));
  if (end(relative) !== end(time)) return false;
  if (tree.children(main).some((k) => isDayPhrase(tree, tokens, k))) return false;
  tree.attach(time, main, 'obl');
  return true;
}

// the verb (or copular predicate) whose clause holds the node: its head, or the head of the noun it modifies
function clauseVerbOf(tree: EditableTree, node: number): number {
  let at = tree.head(node);
  for (let steps = 0; at >= 0 && steps < 3; steps++, at = tree.head(at)) {
    if (tree.upos(at) === 'VERB' || tree.children(at).some((k) => tree.label(k) === 'cop')) return at;
  }
  return -1;
}

// a progressive ("was carrying", "were travelling") or a copula ("was full of", "was a member of")
function isState(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const kids = tree.children(verb);
  if (kids.some((k) => tree.label(k) === 'cop')) return true;
  return tokens[verb].lower.endsWith('ing') && kids.some((k) => tree.label(k) === 'aux' && tokens[k].lemma === 'be');
}

// the relative clause the state is (or is told in: "a boat [it said] was carrying"), else -1
function relativeAbove(tree: EditableTree, verb: number): number {
  if (tree.label(verb) === 'acl:relcl') return verb;
  const teller = tree.head(verb);
  return tree.label(verb) === 'ccomp' && teller >= 0 && tree.label(teller) === 'acl:relcl' ? teller : -1;
}

function isDayPhrase(tree: EditableTree, tokens: readonly Token[], node: number): boolean {
  if (!TIME_RELATIONS.has(tree.label(node))) return false;
  return DAYS.has(tokens[node].lower) || tree.children(node).some((k) => DAYS.has(tokens[k].lower));
}
