import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

const TITLE_RULES = ['roles:tree-title-of', 'roles:tree-title-noun-of'];

/**
 * "Israel killed the leader of Hamas", "police arrested the spokesman of the Taliban", "troops captured a commander
 * of the rebels": a title the window read as the target speaks for its "of" group, as it does as a subject ("The
 * leader of Hamas said") and as "Hamas's leader" does. The window took the title alone (a government's leader in
 * the story's country, or no one).
 */
export function withTitledTargets(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length === 0) return c;
  let rules: string[] | null = null;
  const targets = c.targets.map((t) => {
    if (t.kind !== 'role' && t.kind !== 'anaphor') return t;
    const node = headOf(ctx, tree, t);
    const read = node < 0 ? null : participantsAt(tree, ctx, node);
    const rule = read?.rules.find((r) => TITLE_RULES.includes(r));
    if (!read || !rule || read.phrases.length !== 1) return t;
    (rules ??= []).push(rule);
    return read.phrases[0];
  });
  return rules === null ? c : { ...c, targets, rules: [...c.rules, ...rules] };
}

// the phrase's word whose head lies outside it
function headOf(ctx: SentenceContext, tree: TreeView, p: ActorPhrase): number {
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.tokenStart; k < ctx.sentence.tokenEnd; k++) {
    if (tokens[k].start < p.start || tokens[k].end > p.end) continue;
    const h = tree.head(k);
    if (h < 0 || tokens[h].start < p.start || tokens[h].end > p.end) return k;
  }
  return -1;
}
