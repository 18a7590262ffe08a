import type { TreeView } from '../tree-roles/tree-view.ts';

// words that may stand between the preposition and the act noun: "since the 2003 US-led invasion", "since Russia's
// full-scale invasion", "since the army's last offensive"
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PART', 'PRON']);
const MODIFIER_WORDS = new Set(['-', "'s", "'"]);
const MAX_MODIFIERS = 6;
// a recent date of its own makes the act news told as the setting ("since Israel's ground invasion of Lebanon in
// October, thousands have fled"): a month, a weekday, or "last week", before the phrase's comma
const RECENT = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|this|earlier)$/;

/**
 * An act noun a time is measured from is a past landmark, not a reported act ("Since the invasion of Iraq, oil
 * prices have doubled", "the worst violence since the war"): the noun follows one of the `from` prepositions with
 * only determiners, adjectives, numbers, names or an owner between them, and no recent date of its own after it. Read off the words, not the tree: the
 * parse often hangs a fronted "since" phrase on the wrong head.
 */
export function isLandmarkAct(view: TreeView, noun: number, from: ReadonlySet<string>, first: number, sentenceStart: number): boolean {
  let k = first - 1;
  for (let n = 0; k >= sentenceStart && n < MAX_MODIFIERS; k--, n++) {
    const t = view.tokens[k];
    if (!MODIFIER_TAGS.has(t.pos) && !MODIFIER_WORDS.has(t.lower)) break;
  }
  if (!(k >= sentenceStart && k < noun && from.has(view.tokens[k].lower))) return false;
  for (let i = noun + 1; i < view.tokens.length && view.tokens[i].sentence === view.tokens[noun].sentence && view.tokens[i].pos !== 'PUNCT'; i++) {
    if (RECENT.test(view.tokens[i].lower)) return false;
  }
  return true;
}

/**
 * A clause a time is measured from, dated by its year, is a past landmark too: "the chaos that has gripped the country
 * since the dictator was toppled in 2011", "He has lived abroad since the junta took power in 2021", "Prices have
 * tripled since the army seized the port in 2019". The clause's verb is marked by a `from` word and follows a verb in
 * the perfect ("has gripped"). Without a year the clause may be the news itself ("Protests have spread since police
 * arrested the opposition leader"), and a recent date makes it so ("in January 2025", "on Monday").
 */
export function isLandmarkClause(view: TreeView, verb: number, from: ReadonlySet<string>): boolean {
  if (view.upos(verb) !== 'VERB' || view.base(verb) !== 'advcl') return false;
  // the `from` word as the clause's mark, or opening its span where the parse hung it on the subject ("since | dictator")
  const [first, end] = view.span(verb);
  const opener = view.childrenWith(verb, 'mark').find((m) => from.has(view.tokens[m].lower) && m < verb) ?? (from.has(view.tokens[first].lower) ? first : -1);
  if (opener < 0) return false;
  // a perfect before it in the sentence: the parse may hang the clause on the main verb instead ("deepens the chaos that
  // has gripped the country since …")
  let perfect = false;
  for (let i = opener - 1; i >= 0 && view.tokens[i].sentence === view.tokens[verb].sentence && !perfect; i--) perfect = view.upos(i) === 'AUX' && view.tokens[i].lemma === 'have';
  if (!perfect) return false;
  let year = false;
  for (let i = first; i < end; i++) {
    if (RECENT.test(view.tokens[i].lower)) return false;
    if (YEAR.test(view.tokens[i].text)) year = true;
  }
  return year;
}
const YEAR = /^(?:19|20)\d\d$/;
