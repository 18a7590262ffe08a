import type { TreeView } from './tree-roles/index.ts';
import irregularVerbs from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';

// relations of a word that heads its own clause; a participle that only modifies a noun (amod: "the detained
// president", "US-occupied base") stays an adjective
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);

/**
 * The parse's reading of a word the word tagger did not take for a verb: a verb heading a clause.
 *   "Chadian troops have retaken a village"        (retaken: noun to the tagger)
 *   "they saw a drone opening fire"                (opening: noun)
 *   "Ukraine alleged that Russian forces shot two civilians" (alleged: adjective, shot: noun)
 *   "Another killed three contractors"             (killed after a determiner: read as an adjective)
 */
export function parseReadsVerb(view: TreeView, i: number): boolean {
  const t = view.tokens;
  const word = t[i].lower;
  // "the US-occupied airbase": a participle joined by a hyphen modifies, whatever the parse says
  if (i > 0 && t[i - 1].text === '-' && t[i - 1].end === t[i].start) return false;
  if (view.upos(i) !== 'VERB' || !CLAUSE_HEAD.has(view.base(i))) return false;
  return inflectedVerbForm(word) || headlinePresent(view, i);
}

// nouns that take a plural verb in their singular form
const PLURAL_COLLECTIVES = new Set(['police', 'people', 'militia', 'cattle']);

/**
 * A present-tense -s form with its own subject right before it, the verb of a headline or of a wire sentence in
 * the historical present: "Iran | arrests dozens of protesters", "Turkey | bans rallies", "Israel | strikes targets".
 * The plural noun the word tagger read ("police arrests continued") has no subject of its own in the parse.
 */
function headlinePresent(view: TreeView, i: number): boolean {
  if (!/[a-z][^s]s$/.test(view.tokens[i].lower)) return false;
  const subject = view.childrenWith(i, 'nsubj');
  if (subject.length !== 1 || subject[0] > i) return false;
  // the -s form agrees with a singular subject only: "police | arrests in Dhaka" are the police's arrests
  const head = view.tokens[subject[0]];
  if (PLURAL_COLLECTIVES.has(head.lower) || view.upos(subject[0]) === 'NOUN' && head.lemma !== head.lower) return false;
  // the subject's phrase ends right before the verb (an adverb between): "Iran (quietly) arrests"
  let before = i - 1;
  while (before > subject[0] && view.upos(before) === 'ADV') before--;
  return view.span(subject[0])[1] > before;
}

/**
 * Only a past, participle or gerund form ("retaken", "shot", "opening", "alleged"): a base form that is also a
 * noun ("control", "raid", "attacks") keeps the word tagger's reading, which the parse does not beat there
 * ("the Houthis, who control the port": the parse misreads the relative clause, the tagger says noun).
 */
export function inflectedVerbForm(word: string): boolean {
  return /(ed|en|ing)$/.test(word) || (Object.hasOwn(irregularVerbs, word) && irregularVerbs[word] !== word);
}
