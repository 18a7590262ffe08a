import type { SentenceContext } from './context.ts';
import { headlineShaped } from './tree-repair/headline-shape.ts';

// the clauses that tell a headline's news: its root, or the clause before an attribution tail ("..., officials say")
const TOLD_BEFORE_TAIL = new Set(['ccomp', 'parataxis']);

/**
 * "Russia to expel British diplomats", "Police to probe shooting of protester", "Army to deploy troops in capital,
 * minister says": a headline's "to" with no "is" before it tells what its subject is to do (the "is to" of prose), a
 * plan, not a done act. The act's verb, or the verb whose object the act's noun is, is a headline's main clause with
 * a subject, marked "to", with no auxiliary.
 */
export function headlineFuture(ctx: SentenceContext, head: number): boolean {
  const { tokenStart, tokenEnd } = ctx.sentence;
  if (!headlineShaped(ctx.doc.tokens, tokenStart, tokenEnd - 1)) return false;
  const view = ctx.tree();
  const verb = view.upos(head) === 'VERB' ? head : view.base(head) === 'obj' ? view.head(head) : -1;
  if (verb < 0 || view.upos(verb) !== 'VERB') return false;
  const up = view.head(verb);
  if (up >= 0 && !(TOLD_BEFORE_TAIL.has(view.base(verb)) && up > verb && view.head(up) < 0)) return false;
  const kids = view.children(verb);
  const marked = kids.some((c) => c < verb && view.base(c) === 'mark' && ctx.doc.tokens[c].lower === 'to');
  return marked && kids.some((c) => c < verb && view.base(c) === 'nsubj') && !kids.some((c) => view.base(c) === 'aux' || view.base(c) === 'cop');
}
