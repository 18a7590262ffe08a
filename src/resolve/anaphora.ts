import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

const COMPATIBLE: Record<string, (p: ActorPhrase) => boolean> = {
  group: (p) => p.kind === 'group' || p.kind === 'organization' || p.kind === 'named',
  person: (p) => p.kind === 'person',
  state: (p) => p.kind === 'country',
  any_singular: (p) => !p.plural && p.kind !== 'person',
  any_plural: (p) => p.plural || p.kind === 'group' || p.kind === 'organization',
};

/**
 * Resolves each anaphor to the most salient earlier actor it agrees with: recent sentences first,
 * and within a sentence the first phrase (usually the subject). Returns anaphor → antecedent.
 */
export function resolveAnaphora(doc: AnalyzedText, phrases: readonly ActorPhrase[]): Map<ActorPhrase, ActorPhrase> {
  const resolved = new Map<ActorPhrase, ActorPhrase>();
  const ordered = [...phrases].sort((a, b) => a.start - b.start);
  const sentenceOf = (p: ActorPhrase) => doc.tokens[tokenAt(doc, p.start)]?.sentence ?? 0;
  const firstInSentence = new Set<ActorPhrase>();
  let lastSentence = -1;
  for (const p of ordered) {
    if (p.locative) continue;
    const s = sentenceOf(p);
    if (s !== lastSentence) firstInSentence.add(p);
    lastSentence = s;
  }
  // Subject-like: before its sentence's first verb. "It" and "they" point back to a subject
  // ("The storm made landfall ... It cut power": not to a country named later in the sentence).
  const firstVerb = doc.sentences.map((s) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') return doc.tokens[i].start;
    return s.end;
  });
  const subjectLike = (p: ActorPhrase) => p.start < firstVerb[sentenceOf(p)];
  ordered.forEach((p, i) => {
    if (p.kind !== 'anaphor') return;
    const pronoun = p.refersTo === 'any_singular' || p.refersTo === 'any_plural';
    const accepts = COMPATIBLE[p.refersTo ?? 'any_singular'] ?? COMPATIBLE.any_singular;
    const here = sentenceOf(p);
    let best: ActorPhrase | null = null;
    let bestScore = -Infinity;
    for (let j = i - 1; j >= 0; j--) {
      const cand = ordered[j];
      // no antecedent more than four sentences back: stop there, whatever the candidate (checked
      // first, or an anaphor with no match scans back to the start of the article: quadratic)
      const distance = here - sentenceOf(cand);
      if (distance > 4) break;
      const target = cand.kind === 'anaphor' ? resolved.get(cand) : cand;
      if (!target || cand.locative || !accepts(target)) continue;
      if (pronoun && !subjectLike(cand)) continue;
      const score = -distance * 10 + (firstInSentence.has(cand) ? 6 : 0) + (target.kind === 'group' ? 2 : 0) - (i - j) * 0.1;
      if (score > bestScore) {
        bestScore = score;
        best = target;
      }
    }
    if (best) resolved.set(p, best);
  });
  return resolved;
}
