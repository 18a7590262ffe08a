import type { TreeView } from './tree-roles/index.ts';
import type { Token } from '../nlp/types.ts';
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
  // "the US-occupied airbase": a participle joined by a hyphen modifies, whatever the parse says
  if (i > 0 && t[i - 1].text === '-' && t[i - 1].end === t[i].start) return false;
  return view.upos(i) === 'VERB' && CLAUSE_HEAD.has(view.base(i)) && readableAsVerb(t, i);
}

/** The forms the parse's reading may make a verb (`parseReadsVerb`; the trigger prepass asks the same). */
export const readableAsVerb = (t: readonly Token[], i: number) => inflectedVerbForm(t[i].lower) || afterPerfect(t, i);

// "had overrun", "have cut", "has hit": right after a form of "have" a participle that looks like its base is one
const PERFECT = new Set(['have', 'has', 'had', "'ve"]);
const afterPerfect = (t: readonly Token[], i: number) => i > 0 && PERFECT.has(t[i - 1].lower) && t[i - 1].pos === 'AUX';

/**
 * Only a past, participle or gerund form ("retaken", "shot", "opening", "alleged"): a base form that is also a
 * noun ("control", "raid", "attacks") keeps the word tagger's reading, which the parse does not beat there
 * ("the Houthis, who control the port": the parse misreads the relative clause, the tagger says noun).
 */
export function inflectedVerbForm(word: string): boolean {
  return /(ed|en|ing)$/.test(word) || (Object.hasOwn(irregularVerbs, word) && irregularVerbs[word] !== word);
}
