import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { cuePhrases } from '../cue-groups.ts';

// A request noun names whom it is addressed to in two ways the noun's own words do not show:
//  - the one who decides it: "Britain's request for the extradition was granted by Spain", "the appeal was rejected
//    by the court" (a verb of deciding a request, data/lexicon/clause-cues.tsv deciding-request, with a "by" agent);
//  - the giver of what is asked for: "Kenya's request for a loan from the IMF" (the "from" of the "for" thing).

export const REQUEST_DECIDED_BY_RULE = 'roles:request-decided-by';
export const REQUEST_ASKED_FROM_RULE = 'roles:request-asked-from';

/** Whom the request noun at `noun` is addressed to, or null when neither reading names anyone. */
export function requestAddressee(view: TreeView, ctx: SentenceContext, noun: number): { targets: ActorPhrase[]; rule: string } | null {
  const verb = view.head(noun);
  if (verb >= 0 && view.label(noun) === 'nsubj:pass' && cuePhrases(ctx.kb.lexicon.clauseCues, 'deciding-request').has(view.tokens[verb].lemma)) {
    const by = view.childrenWith(verb, 'obl:agent')[0] ?? view.childrenWith(verb, 'obl').find((c) => view.marker(c) === 'by');
    const found = by === undefined ? [] : participantsAt(view, ctx, by).phrases;
    if (found.length) return { targets: found, rule: REQUEST_DECIDED_BY_RULE };
  }
  const from = askedFrom(view, noun);
  const found = from === undefined ? [] : participantsAt(view, ctx, from).phrases;
  return found.length ? { targets: found, rule: REQUEST_ASKED_FROM_RULE } : null;
}

/** "a request for a loan from the IMF": the node of the one the asked-for thing is to come from. */
export function askedFrom(view: TreeView, noun: number): number | undefined {
  const asked = view.childrenWith(noun, 'nmod').find((c) => view.marker(c) === 'for');
  return asked === undefined ? undefined : view.childrenWith(asked, 'nmod').find((c) => view.marker(c) === 'from');
}
