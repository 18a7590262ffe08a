import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

const RELATIVE_SUBJECTS = new Set(['that', 'who', 'which']);

/**
 * "a move that rights groups said violated international law", "a militia that residents said burned the village": the
 * relative word is the subject of the clause inside the relative clause of saying (tree-repair/relative-said-clause.ts),
 * so the sayers, the window's nearest subject, do not do the inner act. The window's phrases inside the sayers' phrase
 * are dropped; what is left (the described noun's actor, or nobody) stands.
 */
export function withoutRelativeSpeakers(view: TreeView, ctx: SentenceContext, head: number, window: ActorPhrase[]): ActorPhrase[] {
  if (window.length === 0 || !view.has(head) || view.label(head) !== 'ccomp') return window;
  if (!view.childrenWith(head, 'nsubj', 'nsubj:pass').some((c) => RELATIVE_SUBJECTS.has(view.tokens[c].lower))) return window;
  const say = view.head(head);
  if (view.label(say) !== 'acl:relcl') return window;
  const spans = view.childrenWith(say, 'nsubj').map((s) => view.span(s));
  const tokens = ctx.doc.tokens;
  const kept = window.filter((p) => !spans.some(([a, b]) => tokens[a].start <= p.start && p.end <= tokens[b - 1].end));
  // ("a militant who residents said attacked the mosque": with the sayers gone, the described noun is whom "who" means)
  const described = kept.length === 0 ? ctx.phraseAt.get(view.head(say)) : undefined;
  return described && !described.locative ? [described] : kept;
}
