import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// The particles that, right after a verb, almost always complete it ("break out", "flare up", "call off",
// "crack down") rather than say where or how; "back", "away" and "over" also do the latter ("flew back").
const PARTICLES = new Set(['out', 'up', 'off', 'down']);

/**
 * "Clashes had broken out in the suburbs": a particle right after its verb read as an adverb (`advmod`) instead of
 * the verb's `compound:prt`, so a reader looking up the phrasal verb ("break out", "call off") sees the bare verb.
 * A particle word with no dependents of its own, hung as `advmod` on the verb just before it, is its particle:
 *   "Fighting flared up again", "The rebels called off the talks", "Police cracked down on the marchers".
 */
export function repairParticleReadAsAdverb(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const word of tree.nodes()) {
    const verb = word - 1;
    if (!PARTICLES.has(tokens[word].lower) || tree.label(word) !== 'advmod' || tree.head(word) !== verb) continue;
    if (tree.upos(verb) !== 'VERB' || tree.children(word).length > 0) continue;
    tree.attach(word, verb, 'compound:prt');
    repaired = true;
  }
  return repaired ? 'tree-repair:particle-read-as-adverb' : null;
}
