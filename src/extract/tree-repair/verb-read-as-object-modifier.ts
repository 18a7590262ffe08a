import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
// the words a verb's object may open with between the verb and its head noun ("fired two missiles", "a barrage of")
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'ADJ']);
// what the root noun held after it that belongs to the clause: "at Israel", "on Sunday", the full stop
const CLAUSE_DEPENDENTS = new Set(['nmod', 'nmod:tmod', 'obl', 'obl:tmod', 'punct', 'advmod']);

/**
 * "The Houthis, a Yemeni rebel group backed by Iran, fired missiles at Israel on Sunday": after a subject and an aside set
 * off by commas, the parse read the predicate as an adjective on its own object ("fired missiles" as "fired workers").
 * Then either the object became the root, the subject hung on it (a possessor, a determiner), or the aside's participle
 * became the root and swallowed the clause ("The militants, a faction allied with al Qaeda, | fired mortars at the base":
 * mortars an oblique of "allied"); the act had no doer. A word both taggers read as a verb, right after the aside's closing
 * comma, `amod` of the noun that follows it, is the predicate: that noun its object, the noun before the opening comma its
 * subject, the aside that noun's apposition (its participle the aside head's modifier), and what the root held after the
 * verb ("at Israel", "on Sunday") the clause's. A comma between two adjectives ("a large, armed group") follows no such
 * aside: no repair.
 */
export function repairVerbReadAsObjectModifier(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const first = nodes[0];
  const roots = nodes.filter((i) => tree.head(i) < 0);
  if (roots.length !== 1) return null;
  const root = roots[0];
  // the aside's opening comma: the sentence's first, after a noun
  const open = nodes.find((k) => k > first && tokens[k].text === ',');
  if (open === undefined || !NOMINAL.has(tree.upos(open - 1))) return null;
  const verb = nodes.find((v) => v > open + 2 && tokens[v - 1]?.text === ',' && tree.label(v) === 'amod' && tree.upos(v) === 'VERB' && tokens[v].pos === 'VERB'
    && !tokens[v].lower.endsWith('ing') && tree.head(v) > v && nodes.every((k) => k <= v || k >= tree.head(v) || OBJECT_OPENERS.has(tree.upos(k)) && tree.head(k) === tree.head(v)));
  if (verb === undefined) return null;
  const object = tree.head(verb);
  // the root: the object itself (a noun with no subject or copula), or a verb inside the aside
  if (root === object ? tree.upos(root) !== 'NOUN' || tree.children(root).some((c) => ['cop', 'nsubj', 'nsubj:pass', 'csubj'].includes(tree.label(c))) : !(root > open && root < verb - 1 && tree.upos(root) === 'VERB')) return null;
  const subject = headBefore(tree, open - 1, first, root);
  if (subject === undefined) return null;
  const participle = root === object ? undefined : root;
  tree.attach(verb, -1, 'root');
  tree.attach(object, verb, 'obj');
  tree.attach(subject, verb, 'nsubj');
  if (participle !== undefined) {
    // "a faction allied with al Qaeda": the participle's own subject inside the aside is the aside's head, and it describes it
    const own = tree.children(participle).find((c) => c > open && c < participle && NOMINAL.has(tree.upos(c)) && tree.base(c) === 'nsubj');
    if (own !== undefined) tree.attach(own, subject, 'appos'), tree.attach(participle, own, 'acl');
    else tree.attach(participle, subject, 'acl');
  }
  for (const k of nodes) {
    const h = tree.head(k);
    // the aside, wherever the parse hung its head (on the verb as a second subject, on the root), describes the subject
    // (a noun after a participle of the aside is that participle's: "allied with | al Qaeda")
    if (k > open && k < verb - 1 && k !== subject && k !== participle && (h === verb || h === object || h < open && h !== subject)) {
      const described = nodes.filter((j) => j > open && j < k && tree.upos(j) === 'VERB').at(-1);
      if (described !== undefined && NOMINAL.has(tree.upos(k))) tree.attach(k, described, 'obl');
      else tree.attach(k, subject, NOMINAL.has(tree.upos(k)) ? 'appos' : tree.label(k));
    }
    // what the root or the aside held after the verb is the clause's ("at Israel", "on Sunday", the full stop)
    else if (k > verb && k !== object && (h === object || h >= 0 && h < verb - 1) && CLAUSE_DEPENDENTS.has(tree.label(k))) tree.attach(k, verb, tree.label(k) === 'nmod' ? 'obl' : tree.label(k) === 'nmod:tmod' ? 'obl:tmod' : tree.label(k));
  }
  return 'tree-repair:verb-read-as-object-modifier';
}

/** The head of the noun phrase ending at `end`, when it hangs on the root (the object as its possessor or determiner, the aside's participle). */
function headBefore(tree: EditableTree, end: number, first: number, root: number): number | undefined {
  let head = end;
  for (let step = 0; step < 6; step++) {
    const up = tree.head(head);
    if (up === root) return NOMINAL.has(tree.upos(head)) ? head : undefined;
    if (up < first || up > end || !NOMINAL.has(tree.upos(up))) return undefined;
    head = up;
  }
  return undefined;
}
