import type { PatternStep } from './types.ts';

// Particles of phrasal verbs that may also follow the verb's object: "pushed back the migrants" and "pushed the
// migrants back", "handed over the suspects to" and "handed the suspects over to", "shot down a drone" and "shot the
// drone down".
const SEPARABLE = new Set(['back', 'away', 'over', 'off', 'out', 'down', 'up']);

const PREPOSITIONS = new Set(['to', 'into', 'from', 'at', 'on', 'in', 'with', 'for', 'of', 'across', 'over', 'toward', 'towards', 'against']);

/**
 * The steps of a verb row with its particle moved after the object's word: `push back * migrant to` also reads
 * `push * migrant back to`. Only rows whose particle follows the verb at once and whose next word stands after a gap
 * (the object's head noun) have such a reading; null for the others.
 */
export function particleAfterObject(steps: readonly PatternStep[]): PatternStep[] | null {
  const [verb, particle, object] = steps;
  if (!particle || !object || particle.gapBefore || !object.gapBefore || !particle.lemmas.every((w) => SEPARABLE.has(w))) return null;
  // the object's words run on without a gap up to a preposition ("turn back * aid convoy at": "turned the aid convoy back at")
  let end = 3;
  while (end < steps.length && !steps[end].gapBefore && !steps[end].lemmas.some((w) => PREPOSITIONS.has(w))) end++;
  return [verb, ...steps.slice(2, end), { lemmas: particle.lemmas, gapBefore: false }, ...steps.slice(end)];
}
