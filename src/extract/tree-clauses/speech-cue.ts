import type { CueEntry } from '../../knowledge/types.ts';
import type { Token } from '../../nlp/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers } from './clause-path.ts';
import { baseForms } from '../morphology.ts';

/** A speech-act cue word(s) found over the tree: tokens [start, end). */
export interface TreeCue {
  readonly act: string;
  readonly start: number;
  readonly end: number;
  readonly words: string;
  /** The relation that joins the act to its cue (`aux` for "must withdraw", `xcomp`/`ccomp` for a speech verb). */
  readonly via: string;
}

// The act's clause hangs on a speech verb as its complement: "vowed to strike" (xcomp), "warned that it would
// strike" (ccomp), "fears that the army could attack" (acl of a noun the tagger may call "fears").
const COMPLEMENT = new Set(['xcomp', 'ccomp', 'acl']);
// Between the act and the complement: "vowed to continue attacking" (xcomp), "should stop its attacks" (obj),
// "threatened to strike and destroy" (conj under the complement).
const CLIMB = new Set(['xcomp', 'obj', 'conj']);
// "warned that any attack would be met with a crushing response": the force a verb answers with is the content of
// the clause that holds it (the answering verb is no event of its own); modals above it do not govern it
const ANSWERED_WITH = 'with';

// the first word by any of its base forms: "alleged" left unlemmatised as an adjective is still "allege"
function matchesAt(tokens: readonly Token[], i: number, cue: CueEntry, end: number): boolean {
  return i + cue.words.length <= end && cue.words.every((w, k) => tokens[i + k].lemma === w || tokens[i + k].lower === w || (k === 0 && baseForms(tokens[i]).includes(w)));
}

/**
 * The speech cue that governs the act at `head`, read off the tree, nearest first:
 *  - a modal on the act's verb or on a verb it is the object of ("Russia must withdraw", "Kyiv will not negotiate",
 *    "Hamas should stop its attacks");
 *  - a speech verb whose complement holds the act ("Iran warned that it would strike", "pledged to free").
 * A reporting verb on the way up ("warned that officials said ...") opens another speaker's clause: the search stops.
 */
export function treeSpeechCue(view: TreeView, head: number, cues: readonly CueEntry[], reporting: ReadonlyMap<string, string>, sentenceEnd: number): TreeCue | null {
  const t = view.tokens;
  const seen = new Set<number>();
  let node = head;
  let answered = false;
  while (view.has(node) && !seen.has(node)) {
    seen.add(node);
    // a modal or a negation attaches to the verb it modifies: "must withdraw", "will not negotiate"
    for (const m of answered ? [] : [...view.childrenWith(node, 'aux', 'advmod')].sort((a, b) => b - a)) {
      const cue = cues.find((c) => (c.value === 'obligation' || c.value === 'future-refusal') && matchesAt(t, m, c, sentenceEnd));
      if (cue) return { act: cue.value, start: m, end: m + cue.words.length, words: cue.words.join(' '), via: 'aux' };
    }
    const parent = view.head(node);
    if (parent < 0 || !view.has(parent)) return null;
    const label = view.base(node);
    // "vowed on Monday to strike": with words between, the parse may call the infinitive an advcl
    const infinitive = label === 'advcl' && clauseMarkers(view, node).includes('to');
    if ((COMPLEMENT.has(label) || infinitive) && view.label(node) !== 'acl:relcl') {
      const cue = cues.find((c) => matchesAt(t, parent, c, sentenceEnd));
      if (cue) return { act: cue.value, start: parent, end: parent + cue.words.length, words: cue.words.join(' '), via: view.label(node) };
      const held = heldCue(view, parent, node, cues, sentenceEnd);
      if (held) return held;
      if (reporting.has(t[parent].lemma)) return null;
    }
    const answer: boolean = label === 'obl' && !answered && view.marker(node) === ANSWERED_WITH && view.upos(parent) === 'VERB';
    if (!CLIMB.has(label) && !COMPLEMENT.has(label) && !infinitive && !answer) return null;
    answered ||= answer;
    node = parent;
  }
  return null;
}

/**
 * "expressed its readiness | to strike any target": the parse hung a cue noun's infinitive on the verb whose object the
 * noun is (`xcomp`); the noun right before the infinitive's "to" is the cue, as for "voiced readiness to strike" (`acl`).
 */
export function heldCue(view: TreeView, verb: number, clause: number, cues: readonly CueEntry[], sentenceEnd: number): TreeCue | null {
  const t = view.tokens;
  const to = view.span(clause)[0];
  if (t[to]?.lower !== 'to') return null;
  const noun = view.childrenWith(verb, 'obj').find((o) => o === to - 1 && view.upos(o) === 'NOUN');
  const cue = noun === undefined ? undefined : cues.find((c) => c.words.length === 1 && matchesAt(t, noun, c, sentenceEnd));
  return cue && noun !== undefined ? { act: cue.value, start: noun, end: noun + 1, words: cue.words[0], via: 'acl' } : null;
}
