import type { Knowledge } from '../knowledge/types.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// the spans a toll of protests is summed over: "two days of protests", "a week of unrest", "in the first days of the
// protests" (one day of them is an occasion)
const SPAN = /^(?:days|weeks?|months?|nights)$/;

/** The noun's one-word pattern rows are all protest (CAMEO 14): "protests", "demonstrations", "unrest". */
export function isProtestNoun(kb: Knowledge, lemma: string): boolean {
  const rows = (kb.patterns.get(lemma) ?? []).filter((p) => p.kind === 'noun' && p.steps.length === 1);
  return rows.length > 0 && rows.every((p) => p.cameo.startsWith('14'));
}

/**
 * "two days of protests in which at least 19 people were killed", "At least 22 people were killed in the first days of
 * the protests", "have been killed since the protests began": an agentless toll summed over days of protest is a figure
 * of the protests (coding guide rule 1: a statistic), no ASSAULT of its own however little the article tells of who
 * killed them; one protest's toll on its day ("were killed during the demonstrations in Nairobi on Tuesday") stays.
 */
export function isTollOfProtests(kb: Knowledge, view: TreeView, verb: number): boolean {
  // ("in the first days of the unrest": a word of disorder no pattern codes alone, clause-cues.tsv unrest-noun)
  const protest = (n: number) => n >= 0 && (isProtestNoun(kb, view.tokens[n].lemma) || cuePhrases(kb.lexicon.clauseCues, 'unrest-noun').has(view.tokens[n].lemma));
  // a span noun with the protests as its complement ("days of protests"), or the protests inside such a span
  const spanOfProtests = (n: number) => n >= 0 && SPAN.test(view.tokens[n].lower) && view.childrenWith(n, 'nmod').some(protest);
  const spanned = (n: number) => spanOfProtests(n) || protest(n) && spanOfProtests(view.head(n));
  if (view.label(verb) === 'acl:relcl' && spanned(view.head(verb))) return true;
  if (view.childrenWith(verb, 'obl').some(spanned)) return true;
  // "since the protests began"
  return view.childrenWith(verb, 'advcl').some((v) => view.marker(v) === 'since' && view.childrenWith(v, 'nsubj').some(protest));
}
