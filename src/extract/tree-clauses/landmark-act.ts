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
