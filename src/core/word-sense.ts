import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { SenseRule } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { baseForms } from '../extract/morphology.ts';

const WINDOW = 4;

/**
 * The sense of a trigger word by its arguments (data/patterns/argument-senses.tsv):
 * "launched a vaccination campaign" is no offensive (dropped), "a verbal attack on the minister" is an
 * ACCUSE, "UN peacekeepers arrived" is AID. Candidates no rule touches pass unchanged.
 */
export function applyWordSenses(ctx: SentenceContext, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const hit = senseOf(ctx, c);
    if (!hit) out.push(c);
    else if (!hit.cameo) onDrop?.(c, `sense:${hit.id}`);
    else {
      const info = lookupCameo(ctx.kb.ontology, hit.cameo);
      out.push(info ? { ...c, info, rules: [...c.rules, `sense:${hit.id}`] } : c);
    }
  }
  return out;
}

function senseOf(ctx: SentenceContext, c: Candidate): SenseRule | null {
  const t = ctx.doc.tokens;
  const any = ctx.kb.senses.get('*') ?? [];
  for (const k of c.trigger.tokens) {
    const rules = [...baseForms(t[k]).flatMap((b) => ctx.kb.senses.get(b) ?? []), ...any];
    for (const rule of rules) if (argumentNear(ctx, k, rule)) return rule;
  }
  return null;
}

function argumentNear(ctx: SentenceContext, k: number, rule: SenseRule): boolean {
  const t = ctx.doc.tokens;
  const has = (i: number) => baseForms(t[i]).some((b) => rule.args.has(b)) || rule.args.has(t[i].lower);
  if (rule.side !== 'after') {
    for (let i = k - 1; i >= Math.max(ctx.sentence.tokenStart, k - WINDOW) && t[i].pos !== 'PUNCT'; i--) if (has(i)) return true;
  }
  if (rule.side !== 'before') {
    for (let i = k + 1; i < Math.min(ctx.sentence.tokenEnd, k + 1 + WINDOW) && t[i].pos !== 'PUNCT'; i++) if (has(i)) return true;
  }
  return false;
}
