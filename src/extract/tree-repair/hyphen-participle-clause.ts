import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// one object for every word asked (a literal in the loop made a new RegExp each time)
// ("Houthi-held", "Hamas-run", "war-torn": the irregular participles of control and damage too)
const PAST_PARTICIPLE_ENDING = /(?:ed|en|held|run|torn|hit)$/;

/** The first and last token of the node's subtree. */
function extent(tree: EditableTree, node: number): [number, number] {
  const words = [node, ...tree.descendants(node, () => true)];
  return [Math.min(...words), Math.max(...words)];
}

/**
 * "strikes killed at least seven al-Qaida-linked militants": a hyphenated modifier, a name joined to a past participle
 * ("al-Qaida-linked", "Iran-backed", "Saudi-led", "Houthi-held"), read as a clause: the name the participle's subject, the noun after
 * it its object, the clause a complement of the verb. Written as one word, it describes the noun: the noun takes the
 * clause's place, the participle is its `amod` (the name the participle's `obl:npmod`), and a count the verb took just
 * before the name is the noun's:
 *   "killed five Iran-backed militiamen", "attacked Saudi-led coalition forces", "arrested 12 Islamic State-linked suspects".
 */
export function repairHyphenParticipleClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    const hyphen = participle - 1;
    if (tree.upos(participle) !== 'VERB' || !PAST_PARTICIPLE_ENDING.test(tokens[participle].lower) || tokens[hyphen]?.text !== '-') continue;
    if (tokens[hyphen].end !== tokens[participle].start) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, participle)) repaired = true;
  }
  return repaired ? 'tree-repair:hyphen-participle-clause' : null;
}

const TRAILING_ADJUNCTS = new Set(['obl', 'advmod']);

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  const hyphen = participle - 1;
  // the name ends at the hyphen (which the parser may hang on the name or elsewhere)
  const name = tree.children(participle).find((k) => (tree.base(k) === 'nsubj' || tree.base(k) === 'compound') && k < participle && extent(tree, k)[1] >= hyphen - 1 && extent(tree, k)[1] <= hyphen);
  const noun = tree.children(participle).find((k) => tree.label(k) === 'obj' && extent(tree, k)[0] === participle + 1);
  if (name === undefined || noun === undefined || tokens[hyphen - 1].end !== tokens[hyphen].start) return false;
  const up = tree.head(participle);
  // "struck Houthi-held Sanaa on Monday": an adjunct after the noun the clause took is the verb's above it
  const after = tree.children(participle).filter((k) => k > extent(tree, noun)[1] && TRAILING_ADJUNCTS.has(tree.base(k)));
  if (after.length > 0 && (up < 0 || tree.upos(up) !== 'VERB')) return false;
  // "Youth-led protesters demanding his resignation clashed with police": an -ing word after the noun describes it
  const describing = tree.children(participle).filter((k) => k === extent(tree, noun)[1] + 1 && tree.upos(k) === 'VERB' && tokens[k].lower.endsWith('ing') && ['xcomp', 'advcl', 'ccomp'].includes(tree.base(k)));
  if (tree.children(participle).some((k) => k !== name && k !== noun && !after.includes(k) && !describing.includes(k) && tree.base(k) !== 'punct')) return false;
  // "at least seven al-Qaida-linked militants": the count the verb took (as obl or obj) is the noun's
  const count = up < 0 ? undefined : tree.children(up).find((k) => tree.upos(k) === 'NUM' && extent(tree, k)[1] + 1 === extent(tree, name)[0]);
  const relation = up < 0 ? 'root' : tree.upos(up) !== 'VERB' ? 'nmod' : tree.children(up).some((k) => tree.label(k) === 'obj' && k !== count) ? 'obl' : 'obj';
  // "Hundreds of student-led demonstrators": the subject read is a count whose "of" noun is the name; the count keeps
  // the clause's place and the noun is its "of" phrase
  const inner = describing.length === 0 ? undefined : tree.children(name).find((k) => k === hyphen - 1 && tree.base(k) === 'nmod');
  const marker = inner === undefined ? undefined : tree.children(inner).find((k) => tree.label(k) === 'case' && k < inner);
  // (the root's punctuation goes with the phrase that takes its place)
  const stops = up < 0 ? tree.children(participle).filter((k) => tree.base(k) === 'punct' && k > participle) : [];
  if (inner !== undefined && marker !== undefined) {
    tree.attach(name, up, relation);
    tree.attach(noun, name, 'nmod');
    tree.attach(marker, noun, 'case');
  } else tree.attach(noun, up, relation);
  tree.attach(participle, noun, 'amod');
  tree.attach(inner !== undefined && marker !== undefined ? inner : name, participle, 'obl:npmod');
  if (count !== undefined) tree.attach(count, noun, 'nummod');
  for (const k of describing) tree.attach(k, noun, 'acl');
  for (const k of stops) tree.attach(k, inner !== undefined && marker !== undefined ? name : noun, 'punct');
  for (const k of after) tree.attach(k, up, tree.label(k));
  return true;
}
