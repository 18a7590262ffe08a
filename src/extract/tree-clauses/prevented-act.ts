import type { CueEntry } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { cueGroup } from '../cue-groups.ts';
import { isCue } from './called-off.ts';

/**
 * An act kept from happening, read off the tree with the verbs of data/lexicon/clause-cues.tsv:
 *  - "preventing": its verb is the "from" -ing clause of a preventing verb ("blocked the administration from deporting
 *    the men", "prevented protesters from marching to parliament"), or the act noun is that verb's object ("barred the
 *    opposition from holding a rally");
 *  - "foiling": the act noun is a foiling verb's object or passive subject ("police foiled an attack on the embassy",
 *    "the bombing plot was thwarted").
 */
export function isPreventedAct(view: TreeView, head: number, clauseCues: readonly CueEntry[]): boolean {
  const is = (v: number, effect: string) => v >= 0 && cueGroup(clauseCues, effect).entries.some((c) => isCue(view, v, c));
  if (view.upos(head) === 'NOUN' && ['obj', 'nsubj:pass'].includes(view.label(head)) && is(view.head(head), 'foiling')) return true;
  // the act noun's verb: "from holding a rally"
  const verb = view.upos(head) === 'NOUN' && view.label(head) === 'obj' ? view.head(head) : head;
  if (verb < 0 || view.upos(verb) !== 'VERB' || !view.tokens[verb].lower.endsWith('ing') || view.marker(verb) !== 'from') return false;
  // the parse may hang the clause on the verb or on its object ("blocked [the administration from deporting]")
  const above = view.head(verb);
  return is(above, 'preventing') || view.label(above) === 'obj' && is(view.head(above), 'preventing');
}
