import type { SentenceContext } from './context.ts';

const PAST_ENDING = /[a-z]ed$/;

/**
 * "ambushed a convoy and abducted three aid workers", with "abducted" tagged a noun: the parse reads a verb joined to
 * another, which starts its own act (and object) after "and".
 */
export function coordinatedVerb(ctx: SentenceContext, i: number): boolean {
  if (i >= ctx.sentence.tokenEnd || !PAST_ENDING.test(ctx.doc.tokens[i].lower)) return false;
  const tree = ctx.tree();
  return tree.upos(i) === 'VERB' && tree.label(i) === 'conj';
}
