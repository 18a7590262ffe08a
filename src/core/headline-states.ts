import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { normalizeWithMap } from '../nlp/index.ts';
import { findActorPhrases } from '../resolve/actor-phrases.ts';
import { collectiveAntecedent } from '../resolve/collective-antecedent.ts';
import type { ActorPhrase } from '../resolve/types.ts';

/**
 * "India, Pakistan agree to ceasefire" over "The two countries agreed on Monday ...": a collective of states
 * (data/lexicon/state-collective-nouns.tsv) the story's own text gives no two states for takes up the two states its
 * headline names, when the headline is not the story's first line (read there already). The headline is read only then.
 */
export function withHeadlineStates(
  antecedents: Map<ActorPhrase, ActorPhrase>, phrases: readonly ActorPhrase[], doc: AnalyzedText, title: string | null | undefined,
  analyze: (text: string) => AnalyzedText, kb: Knowledge, published: string | null,
): Map<ActorPhrase, ActorPhrase> {
  const nouns = kb.lexicon.stateCollectiveNouns;
  const open = phrases.filter((p) => p.kind === 'anaphor' && p.refersTo === 'collective' && !p.members && !antecedents.has(p) && nouns?.has(p.text.split(/\s+/).pop()!.toLowerCase()));
  if (open.length === 0 || !title || doc.sentences[0]?.text.trim() === title.trim()) return antecedents;
  const headline = analyze(title);
  const named = findActorPhrases(headline, normalizeWithMap(title), kb, published).filter((p) => p.kind !== 'anaphor');
  const states = collectiveAntecedent(named, new Map(), () => 0, 0, undefined, null, { nameOf: (code) => kb.countries.get(code)?.name });
  if (states) for (const p of open) antecedents.set(p, { ...states, start: p.start, end: p.end, text: p.text });
  return antecedents;
}
