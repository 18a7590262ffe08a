import type { Certainty } from '../schema/event.ts';
import type { Token } from '../nlp/types.ts';
import type { CueEntry } from '../knowledge/types.ts';
import type { SentenceContext } from './context.ts';
import { isLeftBoundary } from './clause.ts';
import { isReportedFuture } from './reported-future.ts';

export interface Modality {
  /** asserted unless a cue says otherwise; 'negated' events are dropped later. */
  readonly status: Certainty | 'negated';
  readonly cue: string | null;
}

function cueAt(tokens: readonly Token[], i: number, cue: CueEntry): boolean {
  return cue.words.every((w, k) => {
    const t = tokens[i + k];
    return t !== undefined && (t.lemma === w || t.lower === w);
  });
}

/** The clause around `head`: from the nearest left boundary to the head. */
export function clauseStart(ctx: SentenceContext, head: number): number {
  const t = ctx.doc.tokens;
  for (let i = head - 1; i >= ctx.sentence.tokenStart; i--) {
    if (t[i].text === ',' && t[i + 1] && ['but', 'and'].includes(t[i + 1].lower)) return i + 1;
    if (isLeftBoundary(t[i], ctx.kb.lexicon.reporting, t)) return i;
  }
  return ctx.sentence.tokenStart;
}

const WINDOW = 6;

/**
 * Negation and modality cues before the trigger, inside its clause:
 * "did not attack" (negated), "could strike" (hypothetical), "plans to attack" / "prepared itself for an attack" (planned).
 * The cue nearest the trigger decides ("will not attack" is negated, not planned).
 */
export function modalityOf(ctx: SentenceContext, head: number, start: number): Modality {
  const t = ctx.doc.tokens;
  if (ctx.sentence.text.trimEnd().endsWith('?')) return { status: 'hypothetical', cue: '?' };
  const from = Math.max(clauseStart(ctx, start), start - WINDOW);
  for (let i = start - 1; i >= from; i--) {
    for (const cue of ctx.kb.lexicon.modality) {
      if (i + cue.words.length > start || !cueAt(t, i, cue)) continue;
      // "has no plans to deploy", "will not attack": a negation just before the cue wins
      const before = t[i - 1];
      if (cue.value !== 'negated' && before && i - 1 >= from && ['no', 'not', "n't", 'never'].includes(before.lower)) return { status: 'negated', cue: `${before.lower} ${cue.words.join(' ')}` };
      if (cue.words[0] === 'would' && isReportedFuture(t, i, ctx.sentence.tokenStart, ctx.kb.lexicon.reporting)) return { status: 'planned', cue: 'reported would' };
      return { status: cue.value as Modality['status'], cue: cue.words.join(' ') };
    }
  }
  void head;
  return { status: 'asserted', cue: null };
}
