import type { TreeView } from './tree-roles/index.ts';
import irregularVerbs from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import { RETAG_VERB } from './tree-repair/retag-verb.ts';

// relations of a word that heads its own clause; a participle that only modifies a noun (amod: "the detained
// president", "US-occupied base") stays an adjective
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);

/**
 * The parse's reading of a word the word tagger did not take for a verb: a verb heading a clause.
 *   "Chadian troops have retaken a village"        (retaken: noun to the tagger)
 *   "they saw a drone opening fire"                (opening: noun)
 *   "Ukraine alleged that Russian forces shot two civilians" (alleged: adjective, shot: noun)
 *   "Another killed three contractors"             (killed after a determiner: read as an adjective)
 * A base or -s form counts only as the root the re-tagging gave a verbless sentence (retag-verb.ts: a root with its
 * subject before it), the headline style wire copy also uses in its text: "Russia pounds Kharkiv with missiles".
 */
export function parseReadsVerb(view: TreeView, i: number): boolean {
  const t = view.tokens;
  const word = t[i].lower;
  // "the US-occupied airbase": a participle joined by a hyphen modifies, whatever the parse says
  if (i > 0 && t[i - 1].text === '-' && t[i - 1].end === t[i].start) return false;
  return view.upos(i) === 'VERB' && CLAUSE_HEAD.has(view.base(i)) && (inflectedVerbForm(word) || (view.base(i) === 'root' && view.repairOf(i) === RETAG_VERB));
}

/**
 * Only a past, participle or gerund form ("retaken", "shot", "opening", "alleged"): a base form that is also a
 * noun ("control", "raid", "attacks") keeps the word tagger's reading, which the parse does not beat there
 * ("the Houthis, who control the port": the parse misreads the relative clause, the tagger says noun).
 */
export function inflectedVerbForm(word: string): boolean {
  return /(ed|en|ing)$/.test(word) || (Object.hasOwn(irregularVerbs, word) && irregularVerbs[word] !== word);
}
