import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import { cuePhrases } from '../cue-groups.ts';
import { isActNoun } from './object-words.ts';
import { participantsAt } from './participants.ts';
import { subjectNode } from './subject-node.ts';
import type { TreeView } from './tree-view.ts';

const SUSPECTED_MARKERS = new Set(['in', 'of']);
const PREDICATE_LABELS = new Set(['root', 'xcomp', 'ccomp', 'conj', 'advcl']);

/**
 * "Members of the rebel group became suspects in the killing of 10 soldiers", "two officers are the main suspects in
 * the murder": an act noun marked in/of on a suspicion noun (data/lexicon/clause-cues.tsv "suspicion") that is said
 * of someone was done, as alleged, by whom it is said of: the noun's subject (through "became" by xcomp, or a linking
 * verb whose object the parse made it: clause-cues "suspect-linking"). A suspect
 * that is only an object ("arrested three suspects in the killing") is said of no one: null.
 */
export function suspectedDoer(view: TreeView, ctx: SentenceContext, head: number): { actors: ActorPhrase[]; rules: string[] } | null {
  // a trigger headed by whom the act hit ("murder of a journalist"): its act noun is the "of" phrase's head
  const noun = view.base(head) === 'nmod' && view.marker(head) === 'of' && view.head(head) >= 0 && isActNoun(ctx.kb, ctx.doc.tokens[view.head(head)].lemma) ? view.head(head) : head;
  const suspect = view.head(noun);
  if (suspect < 0 || !['obl', 'nmod'].includes(view.base(noun)) || !SUSPECTED_MARKERS.has(view.marker(noun) ?? '')) return null;
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'suspicion').has(ctx.doc.tokens[suspect].lemma)) return null;
  // "two officers remain the main suspects": a linking verb's object the parse made of the noun said of its subject
  const linking = view.label(suspect) === 'obj' && cuePhrases(ctx.kb.lexicon.clauseCues, 'suspect-linking').has(ctx.doc.tokens[view.head(suspect)].lemma);
  if (!PREDICATE_LABELS.has(view.label(suspect)) && !linking) return null;
  const subject = subjectNode(view, linking ? view.head(suspect) : suspect, true, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  if (subject === null) return null;
  const found = participantsAt(view, ctx, subject.node);
  return found.phrases.length ? { actors: found.phrases, rules: ['roles:tree-suspected-doer', ...subject.rules, ...found.rules] } : null;
}
