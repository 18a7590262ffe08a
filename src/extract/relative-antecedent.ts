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
    // "Taliban officials, who said the strikes killed 10 civilians, ...": an act inside what the relative's speaker says
    // has its own subject (here none the coder can name); the described noun is its source, not its doer
    if (j < head - 1 && isReportingVerb(ctx, j) && ['which', 'who', 'that'].includes(t[j - 1]?.lower ?? '')) {
      rules?.push(RELATIVE_SPEAKER_RULE);
      return [];
    }
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

export const RELATIVE_SPEAKER_RULE = 'roles:relative-speaker-not-doer';

/** "which police said killed": a reporting verb right before the verb at `head`, which is no gerund ("denied attacking"). */
function reportedRelative(ctx: SentenceContext, j: number, head: number): boolean {
  return isReportingVerb(ctx, j) && !ctx.doc.tokens[head].lower.endsWith('ing');
}

const isReportingVerb = (ctx: SentenceContext, j: number) => ctx.doc.tokens[j].pos === 'VERB' && ctx.kb.lexicon.reporting.has(ctx.doc.tokens[j].lemma);
