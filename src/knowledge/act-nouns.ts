import { quadClassOf } from './ontology.ts';
import type { Knowledge } from './types.ts';

const verbalNouns = new WeakMap<Knowledge, Set<string>>();
/**
 * "condemnation", "criticism", "praise", "warning": a noun that names a statement or a reaction (a one-word noun pattern
 * of quad class 1 or 3). "sparked condemnation from Egypt": the place after its "from" names who made it (core/event-place.ts,
 * resolve/actor-phrases.ts).
 */
export function isVerbalActNoun(kb: Knowledge, lemma: string): boolean {
  let nouns = verbalNouns.get(kb);
  if (!nouns) {
    nouns = new Set();
    for (const [word, patterns] of kb.patterns) {
      if (patterns.some((p) => p.kind === 'noun' && p.steps.length === 1 && [1, 3].includes(quadClassOf(p.cameo)))) nouns.add(word);
    }
    verbalNouns.set(kb, nouns);
  }
  return nouns.has(lemma);
}
