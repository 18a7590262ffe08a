import type { SentenceContext } from './context.ts';
import type { Token } from '../nlp/types.ts';

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

/**
 * "rebels seized and burned the village", "gunmen kidnapped and killed three aid workers": right after a pattern's
 * head verb, "and"/"or" and a second verb share the object that follows; the gap after the head crosses the two
 * words so the head's own row ("seize * village", "kidnap * aid worker") sees its object (see `sharesObject`).
 */
export function coordinatedVerbAt(tokens: readonly Token[], consumed: readonly number[], j: number, end: number): boolean {
  if (consumed.length !== 1) return false;
  const head = consumed[0];
  return (j === head + 1 || j === head + 2) && isCoordinatedVerbPair(tokens, head, end);
}

/** The head verb is followed by "and"/"or" and a past-tense verb: "seized and burned", "killed or wounded". */
export function isCoordinatedVerbPair(tokens: readonly Token[], head: number, end: number): boolean {
  const [cc, verb] = [tokens[head + 1], tokens[head + 2]];
  return head + 3 < end && cc !== undefined && (cc.lower === 'and' || cc.lower === 'or') && verb?.pos === 'VERB' && /[a-z]ed$/.test(tokens[head].lower);
}
