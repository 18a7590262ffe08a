import type { TreeView } from '../tree-roles/tree-view.ts';
import type { Token } from '../../nlp/types.ts';
import { isIrregularPast } from '../morphology.ts';
import { isPresentPerfect, verbTime } from './verb-time.ts';

// how many sentences back a plot summary's opening may stand
const MAX_SENTENCES_BACK = 8;
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const SETTING_MARKERS = new Set(['in', 'during']);

/**
 * A review goes on telling its work's story in the present after the sentence that names the work: "The film follows
 * Maria, a nurse in a border town. When rebels storm the town, she hides a soldier. Government troops then shell the
 * town." An act told in the bare present is still the story when an earlier sentence opened it (a work of fiction,
 * clause-cues.tsv fiction-work, before a telling verb in the present, fiction-telling: "the film follows"; or "In the
 * novel, ...") and no sentence since told anything in the past ("The film premiered in Berlin on Saturday" closes the
 * summary: the news is back, as does a sentence that opens with a saying). Read off the words of the earlier sentences, which have no parse.
 */
export function continuesPlotSummary(view: TreeView, k: number, works: ReadonlySet<string>, telling: ReadonlySet<string>): boolean {
  if (!toldInPresent(view, k)) return false;
  const t = view.tokens;
  let i = k;
  while (i > 0 && t[i - 1].sentence === t[k].sentence) i--;
  for (let back = 0; back < MAX_SENTENCES_BACK && i > 0; back++) {
    const end = i;
    while (i > 0 && t[i - 1].sentence === t[end - 1].sentence) i--;
    const words = t.slice(i, end);
    if (opensSummary(words, works, telling)) return true;
    if (backInTheNews(words)) return false;
  }
  return false;
}

// the trigger's verb (the noun's, climbing at most two steps) is in the present, no perfect: "rebels storm the town"
function toldInPresent(view: TreeView, k: number): boolean {
  let v = k;
  for (let steps = 0; steps < 2 && view.upos(v) !== 'VERB' && view.head(v) >= 0; steps++) v = view.head(v);
  return view.upos(v) === 'VERB' && verbTime(view, v) === 'present' && !isPresentPerfect(view, v);
}

// "The new film by Anna Lind follows Maria", "In the novel, ...": a work, then a telling verb with its -s (or bare after
// works in the plural)
function opensSummary(words: readonly Token[], works: ReadonlySet<string>, telling: ReadonlySet<string>): boolean {
  const isWork = (w: Token) => works.has(w.lemma) || works.has(w.lower);
  const work = words.findIndex(isWork);
  if (work < 0) return false;
  if (SETTING_MARKERS.has(words[0].lower) && work <= 4) return true;
  // ("The middle chapters follow ...": works in the plural tell by the bare present)
  const plural = words[work].lower !== words[work].lemma && /s$/.test(words[work].lower);
  return words.slice(work + 1).some((w) => telling.has(w.lemma) && (w.lower !== w.lemma && /[^s]s$/.test(w.lower) || plural && w.lower === w.lemma && w.pos === 'VERB'));
}

// the sentence's first verb is a past ("It premiered in Berlin", "The series was filmed in Veracruz") or a saying ("Its
// director says ..."): the news is told again; a past inside a clause of the plot ("a murder he did not commit", "to have
// her disbarred") is no first verb
const SAYING = new Set(['say', 'tell', 'add', 'report', 'announce', 'claim', 'insist', 'explain']);
function backInTheNews(words: readonly Token[]): boolean {
  const w = words.find((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (w === undefined) return false;
  if (PAST_AUX.has(w.lower) || SAYING.has(w.lemma)) return true;
  return w.pos === 'VERB' && (w.lower !== w.lemma && /ed$/.test(w.lower) || isIrregularPast(w.lower));
}
