import type { TreeView } from '../extract/tree-roles/index.ts';
import type { CueEntry } from '../knowledge/types.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isCalendarWordAnyCase } from '../nlp/calendar.ts';

// a dependency path from a trigger to its clause's root is short; deeper than this the parse is lost
const MAX_CLIMB = 8;
// what makes "last" a date of its own ("last week", "last Monday") or no recall at all ("at last", "prior to the vote")
const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'night', 'day', 'spring', 'summer', 'autumn', 'fall', 'winter', 'time']);
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|tonight)$/;

/**
 * "Russia and Ukraine last held direct talks in Istanbul in July", "the last time the two sides met", "at their previous
 * meeting": the latest occasion before the news, recalled, is its background (coding guide rule 1), and so is what the
 * occasion's own clauses tell ("last met in Geneva, where they agreed to resume talks"). Cues in background-cues.tsv:
 * `previous-occasion` words as the verb's adverb or the act noun's adjective, `occasion-noun` nouns a relative clause
 * on which recalls an occasion ("the last time they met"). A clause that names a day of the story's own week stays
 * ("the two ministers last spoke on Monday"), and so does the story's lead (core/background.ts).
 */
export function previousOccasion(view: TreeView, head: number, cues: readonly CueEntry[]): string | null {
  if (!view.has(head)) return null;
  const words = cuePhrases(cues, 'previous-occasion');
  const occasions = cuePhrases(cues, 'occasion-noun');
  const t = view.tokens;
  const recall = (k: number) => words.has(t[k].lower) && t[k - 1]?.lower !== 'at' && t[k + 1]?.lower !== 'to' && !TIME_NOUNS.has(t[k + 1]?.lemma ?? '') && !isCalendarWordAnyCase(t[k + 1]?.text ?? '');
  if (view.upos(head) === 'NOUN' && view.childrenWith(head, 'amod').some(recall)) return spansStoryDay(view, head) ? null : `previous ${t[head].lower}`;
  for (let n = head, hops = 0; n >= 0 && hops < MAX_CLIMB; n = view.head(n), hops++) {
    // (the parse may hang the adverb on the verb as an adjective: "leaders/nsubj last/amod met")
    const cue = view.upos(n) === 'VERB' ? view.childrenWith(n, 'advmod', 'amod').find(recall) : undefined;
    if (cue !== undefined) return spansStoryDay(view, n) ? null : `previous ${t[cue].lower}`;
    // (the parse may take "last" for the verb and the act for its complement: "last/root held/xcomp talks")
    if (words.has(t[n].lower) && view.childrenWith(n, 'xcomp').includes(n + 1)) return spansStoryDay(view, n) ? null : `previous ${t[n].lower}`;
    // "the last time the two sides met": the clause hangs on the occasion noun the cue word qualifies, or the noun,
    // bare of any preposition, on the clause ("met for the last time" is a final meeting, no recall)
    const noun = view.label(n) === 'acl:relcl' ? view.head(n) : view.children(n).find((k) => k < n && view.base(k) === 'obl' && view.childrenWith(k, 'case').length === 0 && occasions.has(t[k].lemma)) ?? -1;
    if (noun >= 0 && occasions.has(t[noun].lemma) && view.childrenWith(noun, 'amod').some((a) => words.has(t[a].lower))) return spansStoryDay(view, n) ? null : `previous ${t[noun].lower}`;
  }
  return null;
}

// the clause at `n` names a day of the story's own week ("on Monday", "yesterday")
function spansStoryDay(view: TreeView, n: number): boolean {
  const [from, to] = view.span(n);
  for (let k = from; k < to; k++) if (DAYS.test(view.tokens[k].lower)) return true;
  return false;
}
