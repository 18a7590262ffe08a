import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// the words of a noun phrase that can name the cause: its head and the nouns or names before it ("the Eid holiday",
// "Typhoon Gaemi", "a cholera outbreak")
const NAMING = ['compound', 'amod', 'flat', 'nmod:poss'];
const NOMINAL = new Set(['obl', 'nmod', 'obj', 'acl', 'nsubj', 'nsubj:pass', 'conj', 'appos', 'obl:tmod', 'obl:npmod']);

// the verb whose clause a noun belongs to: up through nominal links (and a participle the parse hangs on a noun, "the
// border crossing"), and from an adverbial clause ("as the storm approached") to the verb it modifies
function clauseOf(view: TreeView, noun: number): number {
  let n = noun;
  for (let steps = 0; steps < 12 && n >= 0 && NOMINAL.has(view.label(n)); steps++) n = view.head(n);
  if (n >= 0 && view.label(n) === 'advcl') n = view.head(n);
  return n;
}

/**
 * "Government offices were closed because of the typhoon", "schools shut as the storm approached", "banks closed for
 * the Eid holiday": a closure whose stated cause (a phrase in the closing verb's clause, or in its adverbial clause)
 * is weather, a holiday, an outbreak or upkeep is a precaution or a day off, no measure against anyone
 * (data/lexicon/clause-cues.tsv, closing and closure-cause).
 */
export function isClosureForCause(view: TreeView, c: Candidate, ctx: SentenceContext): boolean {
  const verb = c.trigger.head;
  if (c.trigger.pattern.kind !== 'verb' || c.info.type === 'PROTEST' || !cuePhrases(ctx.kb.lexicon.clauseCues, 'closing').has(view.tokens[verb].lemma)) return false;
  const causes = cuePhrases(ctx.kb.lexicon.clauseCues, 'closure-cause');
  const { tokenStart, tokenEnd } = ctx.sentence;
  for (let k = tokenStart; k < tokenEnd; k++) {
    if (!causes.has(view.tokens[k].lemma) && !causes.has(view.tokens[k].lower)) continue;
    const noun = NAMING.includes(view.label(k)) ? view.head(k) : k;
    if (clauseOf(view, noun) === verb) return true;
  }
  return false;
}
