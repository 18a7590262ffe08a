import type { CueEntry } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { pathUp } from './clause-path.ts';
import { cueGroup } from '../cue-groups.ts';
import { baseForms } from '../morphology.ts';

/**
 * A planned act is called off when a cancelling verb (data/lexicon/clause-cues.tsv, effect "called_off") takes
 * it, or the verb that plans it, as object or as coordinated verb:
 * "the army postponed the offensive" (the act is the verb's object), "the group prepared an attack on the base
 * but called the operation off" (conj of the planning verb). A cancelling verb elsewhere cancels something else:
 * "they planned to press the government to cancel the law" — the pressing is still planned. An adverbial clause is
 * cancelled by nothing above it ("cancelled the rally after police warned of violence").
 */
export function isCalledOffOnTree(view: TreeView, head: number, clauseCues: readonly CueEntry[]): boolean {
  // (up to an adverbial clause: "cancelled the rally after police warned of violence" cancels no warning)
  const path = pathUp(view, head);
  const clauseEnd = path.findIndex((s) => s.label === 'advcl' || s.label === 'parataxis');
  const above = [head, ...(clauseEnd < 0 ? path : path.slice(0, clauseEnd)).map((s) => s.parent)];
  const cues = cueGroup(clauseCues, 'called_off').entries;
  const cancels = (v: number) => cues.some((c) => isCue(view, v, c));
  return above.some((a) => cancels(a) && a !== head
    || view.childrenWith(a, 'conj').some(cancels)
    || view.label(a) === 'conj' && cancels(view.head(a)));
}

// "call off", "call * off" (the particle hangs on the verb), "cancel", "postpone"
export function isCue(view: TreeView, v: number, cue: CueEntry): boolean {
  // (a past form the word tagger read as an adjective keeps its own lemma: "Police foiled an attack")
  if (v < 0 || view.tokens[v].lemma !== cue.words[0] && !baseForms(view.tokens[v]).includes(cue.words[0])) return false;
  const particle = cue.words[cue.words.length - 1];
  return cue.words.length === 1 || view.children(v).some((c) => view.tokens[c].lower === particle);
}

/**
 * "The Indian prime minister's visit to Pakistan was called off", "Egypt postponed the summit": an act noun that a
 * cancelling verb (clause-cues "cancelled") takes as object or passive subject did not happen, planned or not.
 */
export function isCancelledAct(view: TreeView, head: number, clauseCues: readonly CueEntry[]): boolean {
  const verb = view.head(head);
  if (verb < 0 || !['obj', 'nsubj:pass'].includes(view.label(head))) return false;
  return cueGroup(clauseCues, 'cancelled').entries.some((c) => isCue(view, verb, c));
}
