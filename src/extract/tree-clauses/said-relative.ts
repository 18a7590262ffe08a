import type { TreeView } from '../tree-roles/tree-view.ts';
import { hasRelativeWord } from './description.ts';

/**
 * "accused India of killing two officers it says were invited for a meeting": a relative clause whose gap lies in the
 * complement of its verb of saying ("officers [that] it says [__ were invited]") tells what the speaker holds of the
 * noun it describes; its verb, active or passive, is a description of the noun, not a new act. The verb is the `ccomp`
 * of a reporting verb (data/lexicon/reporting-verbs.tsv) that is the noun's `acl:relcl` and has no subject of its own
 * in that complement. "The army, which said rebels had attacked the base": the complement has its own subject, and stays.
 */
export function isSaidRelative(view: TreeView, verb: number, reporting: ReadonlyMap<string, string>): boolean {
  if (view.label(verb) !== 'ccomp' || view.childrenWith(verb, 'nsubj').length > 0) return false;
  const say = view.head(verb);
  if (say < 0 || view.label(say) !== 'acl:relcl' || !reporting.has(view.tokens[say].lemma)) return false;
  // "the officers who said were invited" is no English; the relative word, if any, fills the complement's gap
  // a contact relative only ("officers it says were invited"): "the incident, which it said killed a soldier" has its
  // relative word as the complement's subject, an act the speaker reports
  return view.childrenWith(say, 'nsubj').length > 0 && !hasRelativeWord(view, say) && !view.children(say).some((c) => c < say && ['which', 'that', 'who'].includes(view.tokens[c].lower));
}
