import type { SentenceContext } from '../extract/context.ts';
import { modalityOf, type Modality } from '../extract/modality.ts';
import { supportVerbLemma } from '../extract/tree-roles/tree-actors.ts';

// how the act noun hangs below the verb that lends it its doer: "sent a delegation | to the summit", "held talks"
const NOUN_LINKS = new Set(['obj', 'obl', 'nmod']);
const STEPS = 3;

/**
 * "The United States did not send an official delegation to the summit", "Russia will send a senior envoy to the
 * talks": an act noun whose doer is the subject of a support verb (data/lexicon/support-verbs.tsv) has that verb's
 * negation, plan or doubt, however far its cue stands from the noun (the cue window stops six words before the act).
 * Only the support verb itself: a negated verb that merely mentions the act ("did not comment on the talks") is not it.
 */
export function supportVerbModality(ctx: SentenceContext, noun: number): Modality | null {
  const view = ctx.tree();
  let node = noun;
  for (let step = 0; step < STEPS && NOUN_LINKS.has(view.base(node)); step++) {
    const up = view.head(node);
    if (up < 0 || up > noun) return null;
    if (view.upos(up) === 'VERB') {
      if (supportVerbLemma(ctx.kb.lexicon.supportVerbs, ctx.doc.tokens[up]) === null) return null;
      const outer = modalityOf(ctx, up, up);
      return outer.status === 'asserted' ? null : { status: outer.status, cue: `support verb ${outer.cue}` };
    }
    node = up;
  }
  return null;
}
