import type { CueEntry } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers, isWithin, pathUp } from './clause-path.ts';
import { cueGroup } from '../cue-groups.ts';

export interface TreeCondition {
  /** The act is only named inside an "if"/"unless" clause: hypothetical. */
  readonly inCondition: boolean;
  /** The act is the one an "if"/"unless" clause conditions (or lies under it): conditional. */
  readonly conditionalMain: boolean;
  /** The rule that decided: `tree-conditional` or, when the parse hangs the marker on no predicate, `conditional-unparsed`. */
  readonly rule: string;
}

const PREDICATE = new Set(['VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ', 'PRON']);

/**
 * Conditions read off the tree (cue words in data/lexicon/clause-cues.tsv, effect "conditional"):
 * "If Iran attacks, the United States will strike back" — attacks is an advcl marked "if" (hypothetical),
 * strike governs it (conditional). An act elsewhere in the sentence is untouched:
 * "Hamas released two hostages and said it would free more if Israel stopped its strikes" — the release happened.
 * A marker the parse hangs on no predicate (on punctuation, around curly quotes) gives no clause to read: then
 * what follows the marker is the condition and what precedes it is conditional.
 */
export function treeCondition(view: TreeView, head: number, clauseCues: readonly CueEntry[], triggerWords: readonly number[] = []): TreeCondition {
  const { entries: conditional, phrases: markers } = cueGroup(clauseCues, 'conditional');
  // "providing that all troops keep withdrawing": the cue's last word is the clause's marker
  const endsAt = (m: number) => conditional.some((c) => c.words.every((w, k) => view.tokens[m - c.words.length + 1 + k]?.lower === w));
  const isCondition = (n: number) => clauseMarkers(view, n).some((m) => markers.has(m)) || view.childrenWith(n, 'mark').some(endsAt);
  const unparsed = firstUnparsedMarker(view, endsAt);
  if (unparsed >= 0) return { inCondition: head > unparsed, conditionalMain: head < unparsed, rule: 'conditional-unparsed' };
  const above = [head, ...pathUp(view, head).map((s) => s.parent)];
  if (above.some((n) => isCondition(n) && view.head(n) >= 0)) return { inCondition: true, conditionalMain: false, rule: 'tree-conditional' };
  // "would close the border crossing if ...": a clause the parse hangs on another word of the trigger's own phrase
  // (here "crossing", misread as a verb) conditions the trigger as well
  // (not an infinitive of its own: "threatened to strike Cyprus if ..." is a threat made, its content conditional)
  const own = triggerWords.filter((w) => w !== head && isWithin(view, w, head) && view.childrenWith(w, 'mark').length === 0);
  const conditionalMain = above.some((a) => view.childrenWith(a, 'advcl').some((c) => isCondition(c) && !isWithin(view, head, c)))
    || own.some((w) => view.childrenWith(w, 'advcl').some(isCondition));
  return { inCondition: false, conditionalMain, rule: 'tree-conditional' };
}

// the first conditional marker the parse hangs on no predicate, else -1
function firstUnparsedMarker(view: TreeView, endsAt: (m: number) => boolean): number {
  const { labels, offset } = view.tree;
  for (let k = 0; k < labels.length; k++) {
    const m = offset + k;
    // (or a subordinator the parse gave another relation: "a heavy price if the Islamic Republic …" with "if" an appos)
    if ((labels[k] === 'mark' ? !PREDICATE.has(view.upos(view.head(m))) : view.upos(m) === 'SCONJ') && endsAt(m)) return m;
  }
  return -1;
}
