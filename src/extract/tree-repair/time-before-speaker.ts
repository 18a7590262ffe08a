import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLOSING_REPORT_FORMS } from './clause-verbs.ts';

// the nouns of a stretch of time a date phrase ends in: "late last month", "earlier this week", "early last year"
const TIME_NOUNS = new Set(['day', 'week', 'weekend', 'month', 'year', 'morning', 'night', 'evening', 'afternoon']);

// the adverbs that open such a phrase
const TIME_OPENERS = new Set(['earlier', 'later', 'late', 'early']);

/**
 * "Police arrested the leader late last month, his lawyer said", "Troops shelled the village earlier this month,
 * residents said": a time phrase opened by an adverb, right before the comma of a closing attribution, read as an
 * oblique of the verb of saying, so the act lost its date and the report seemed to have one. The closing verb's
 * subject stands after the comma; a time phrase of it that ends before that comma belongs to the act the verb's
 * clause hangs on (its head, before the phrase), whose own oblique it becomes. "..., residents said on Monday" keeps
 * its date (after the subject), as does "said late last month that ..." (no act before it).
 */
export function repairTimeBeforeSpeaker(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) === 'VERB' && CLOSING_REPORT_FORMS.has(tokens[verb].lower) && movedFrom(tree, tokens, verb)) repaired = true;
  }
  return repaired ? 'tree-repair:time-before-speaker' : null;
}

function movedFrom(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const act = tree.head(verb);
  // (however the closing clause hangs from the act: advcl, parataxis, conj, or a misread obl)
  if (act < 0 || act > verb || tree.upos(act) !== 'VERB') return false;
  const subject = tree.children(verb).find((k) => tree.base(k) === 'nsubj' && k < verb);
  if (subject === undefined) return false;
  // the comma that opens the speaker's words, the last one before the subject
  let comma = subject - 1;
  while (comma > act && tokens[comma].text !== ',') comma--;
  if (comma <= act) return false;
  let moved = false;
  for (const time of tree.children(verb)) {
    if (time > act && time < comma && tree.base(time) === 'obl' && TIME_NOUNS.has(tokens[time].lemma) && tree.children(time).some((k) => tree.base(k) === 'advmod' || tree.base(k) === 'amod' || tree.base(k) === 'det')) {
      tree.attach(time, act, tree.label(time));
      // ... with the adverb opening the phrase, when the parser hung it on the verb of saying too ("arrested 15 people
      // in Manipur earlier this week, officials said": "earlier", with the counted noun read as its measure under it)
      for (const opener of tree.children(verb)) if (opener > act && opener < time && tree.base(opener) === 'advmod' && TIME_OPENERS.has(tokens[opener].lower)) tree.attach(opener, time, 'advmod');
      moved = true;
    }
  }
  return moved;
}
