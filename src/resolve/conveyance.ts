import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

// prepositions of riding in a craft: "aboard a French military aircraft", "on a U.S. military plane" ("by" is left
// out: "struck by Israeli warplanes" names the side that struck)
const CONVEYANCE = new Set(['aboard', 'onboard', 'on', 'onto', 'in', 'into', 'inside', 'via']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several']);

/**
 * "Rajoelina left aboard a French military aircraft", "the envoy flew in on a U.S. military plane", "evacuated in two
 * Turkish army helicopters": a state's craft one travels in is the means of a journey, not a side of the story, so it
 * does not name the country of the story's bare "soldiers" or "the military" (they stay the story's own).
 */
export function isConveyance(doc: AnalyzedText, p: ActorPhrase, weaponNouns: ReadonlySet<string>): boolean {
  const last = tokenAt(doc, p.end - 1);
  if (!weaponNouns.has(doc.tokens[last]?.lemma ?? '')) return false;
  let i = tokenAt(doc, p.start) - 1;
  while (i >= 0 && DETERMINERS.has(doc.tokens[i].lower)) i--;
  return i >= 0 && CONVEYANCE.has(doc.tokens[i].lower);
}
