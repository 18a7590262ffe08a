import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';

// The subject of a relative clause (", which was shelled"): its antecedent before the comma, for roles.ts findSubject.

/**
 * Inside ", which was shelled" the subject is the phrase just before the comma; inside ", where it
 * flattened crops" the clause has its own subject.
 */
export function relativeAntecedent(ctx: SentenceContext, head: number, rules?: string[]): ActorPhrase[] {
  const t = ctx.doc.tokens;
  let i = head;
  while (i > ctx.sentence.tokenStart && !(t[i].text === ',' && ctx.skip.has(i) && !ctx.skip.has(i - 1))) i--;
  let reported = false;
  for (let j = head - 1; j > i; j--) {
    // ", which police said killed 12 people": the phrase before a reporting verb says it; the pronoun still acts
    if (j === head - 1 && reportedRelative(ctx, j, head)) {
      reported = true;
      continue;
    }
    const own = ctx.phraseAt.get(j);
    if (own && !reported) return [own];
    if (['which', 'who', 'that'].includes(t[j].lower)) break;
    if (t[j].lower === 'where' || t[j].lower === 'whom' || t[j].lower === 'whose') return [];
  }
  // the pronoun of a reported relative stands for the nominal right before the comma, or for nobody the
  // coder can name ("the incident, which it said killed"): never a phrase further back
  if (reported) {
    rules?.push('roles:reported-relative');
    const p = ctx.phraseAt.get(i - 1);
    return p && !p.locative ? [p] : [];
  }
  for (let j = i - 1; j >= Math.max(ctx.sentence.tokenStart, i - 8); j--) {
    const p = ctx.phraseAt.get(j);
    if (p && !p.locative) return [p];
  }
  return [];
}

/** "which police said killed": a reporting verb right before the verb at `head`, which is no gerund ("denied attacking"). */
function reportedRelative(ctx: SentenceContext, j: number, head: number): boolean {
  const t = ctx.doc.tokens;
  return t[j].pos === 'VERB' && ctx.kb.lexicon.reporting.has(t[j].lemma) && !t[head].lower.endsWith('ing');
}
