import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// The particles that, right after a verb, almost always complete it ("break out", "flare up", "call off",
// "crack down") rather than say where or how; "back", "away" and "over" also do the latter ("flew back").
const PARTICLES = new Set(['out', 'up', 'off', 'down']);

/**
 * "Clashes had broken out in the suburbs": a particle right after its verb read as an adverb (`advmod`) instead of
 * the verb's `compound:prt`, so a reader looking up the phrasal verb ("break out", "call off") sees the bare verb.
 * A particle word with no dependents of its own, hung as `advmod` on the verb just before it, is its particle:
 *   "Fighting flared up again", "The rebels called off the talks", "Police cracked down on the marchers";
 * the verb's object hung on such a particle goes back to the verb ("shot down 22 of 28 missiles").
 */
export function repairParticleReadAsAdverb(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const word of tree.nodes()) {
    const verb = word - 1;
    if (!PARTICLES.has(tokens[word].lower) || tree.label(word) !== 'advmod' || tree.head(word) !== verb) continue;
    if (tree.upos(verb) !== 'VERB') continue;
    const object = tree.children(word).length > 0 ? strandedObject(tree, word, verb) : null;
    if (tree.children(word).length > (object === null ? 0 : 1)) continue;
    tree.attach(word, verb, 'compound:prt');
    if (object !== null) tree.attach(object, verb, 'obj');
    repaired = true;
  }
  return repaired ? 'tree-repair:particle-read-as-adverb' : null;
}

// the relations a nominal hung on the particle takes when the parser read the particle as its head
const STRANDED = new Set(['obl:unmarked', 'obl', 'nmod:unmarked', 'obj']);

/**
 * "Air defenses shot down 22 of 28 missiles": the verb's object hung on the particle read as an adverb (an unmarked
 * nominal right after it, with no preposition of its own, while the verb has no object) is the verb's object. Null otherwise.
 */
function strandedObject(tree: EditableTree, particle: number, verb: number): number | null {
  const kids = tree.children(particle);
  if (kids.length !== 1 || tree.children(verb).some((k) => tree.label(k) === 'obj')) return null;
  const noun = kids[0];
  if (!STRANDED.has(tree.label(noun)) || !['NUM', 'NOUN', 'PROPN'].includes(tree.upos(noun))) return null;
  if (tree.children(noun).some((k) => tree.label(k) === 'case' && k < noun)) return null;
  return Math.min(noun, ...tree.descendants(noun, () => true)) === particle + 1 ? noun : null;
}
