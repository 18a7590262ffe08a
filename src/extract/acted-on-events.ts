import type { Sentence, Token } from '../nlp/types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { findTriggers, type Trigger } from './triggers.ts';

/**
 * Violence that lands on a protest says the protest took place: the protest named inside the attack's words is
 * an event of its own (PLOVER PROTEST), done by whoever held it.
 *   "Police broke up a protest by student activists"    → ASSAULT police, and PROTEST student activists
 *   "Security forces violently dispersed a rally in Minsk" → ASSAULT, and PROTEST (no one named)
 * Only an act that happens to the protest (ASSAULT): a banned or prevented rally (COERCE) may never have been held.
 */
export function actedOnProtests(tokens: readonly Token[], sentence: Sentence, outer: Trigger, kb: Pick<Knowledge, 'ontology' | 'patterns'>): Trigger[] {
  if (lookupCameo(kb.ontology, outer.pattern.cameo)?.type !== 'ASSAULT') return [];
  const out: Trigger[] = [];
  for (const k of outer.tokens) {
    if (k === outer.head || tokens[k].pos !== 'NOUN') continue;
    // the noun alone: its own pattern ("protest", "rally") over a one-word window, as a noun
    const own = findTriggers(tokens, { ...sentence, tokenStart: k, tokenEnd: k + 1 }, kb.patterns);
    out.push(...own.filter((t) => t.head === k && lookupCameo(kb.ontology, t.pattern.cameo)?.type === 'PROTEST'));
  }
  return out;
}
