import type { Lexicon } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { isPresentPerfect, verbTime } from './verb-time.ts';
import { followsAspectualVerb } from '../token-shape.ts';

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);

/**
 * A relative clause opened by a relative word ("which", "who", "that"), not a parse that only guessed one:
 * the word fills the clause's gap, so no other child holds its relation ("warned that its forces would strike
 * the bases" has a subject and an object of its own: "that" there opens a complement).
 */
export function hasRelativeWord(view: TreeView, verb: number): boolean {
  const kids = view.children(verb);
  return kids.some((c) => c < verb && RELATIVE_WORDS.has(view.tokens[c].lower) && view.base(c) !== 'mark'
    && !kids.some((o) => o !== c && view.base(o) === view.base(c) && ['nsubj', 'obj'].includes(view.base(c))));
}

/** "the areas it occupies": no relative word, but a pronoun subject and no object of its own (the noun fills it). */
function isContactRelative(view: TreeView, verb: number): boolean {
  const subjects = view.childrenWith(verb, 'nsubj');
  return subjects.length > 0 && subjects.every((c) => view.upos(c) === 'PRON') && view.childrenWith(verb, 'obj', 'ccomp', 'xcomp').length === 0;
}

/**
 * Why the verb at `head` only describes a participant instead of reporting an act, or null:
 *  - `relative-present`: an active relative clause in the present or present perfect ("the group, which has
 *    attacked bases across the north", "militias that control the border"); a past one reports an act and stays
 *    ("the group, which attacked the base last year"), and so does a passive one unless it states a state;
 *  - `stative`: the same with a state verb (data/lexicon/stative-verbs.tsv), or a state verb's participle with
 *    its agent: "the militia, which controls the city", "forces backed by Iran";
 *  - `participle`: an -ing participle right after its noun ("a coalition fighting in Yemen said", "activists
 *    helping to organise protests"); a past participle reports what befell the noun and stays ("soldiers killed
 *    in the attack"), and one set off by commas tells what the noun did then (", seeking to disperse them,");
 *  - `adjective`: an -ing participle right before its noun ("the town and surrounding areas").
 * "which has sought to attack": the verb may hang under the clause's verb by xcomp.
 */
export function descriptionOf(view: TreeView, head: number, lexicon: Pick<Lexicon, 'stativeVerbs'>): string | null {
  // "Militias backed by Iran have ...": a state verb's participle with its agent and no auxiliary is no finite
  // passive, wherever the parse hangs it
  const own = view.tokens[head];
  if (lexicon.stativeVerbs.has(own.lemma) && view.childrenWith(head, 'obl:agent').length > 0 && view.childrenWith(head, 'aux', 'aux:pass').length === 0) return 'stative';
  let verb = head;
  while (view.label(verb) === 'xcomp' && view.head(verb) >= 0) verb = view.head(verb);
  const label = view.label(verb);
  const noun = view.head(verb);
  const t = view.tokens[verb];
  // "the town and surrounding areas": an -ing word right before its noun; after a preposition it is a verb
  // with its object ("accused the army of executing civilians")
  // ("accused the army of executing civilians"), and so it is after a verb of beginning ("began relaxing sanctions")
  if (label === 'amod' && verb === head) return /ing$/.test(t.lower) && noun === verb + 1 && !['ADP', 'SCONJ'].includes(view.upos(verb - 1)) && !followsAspectualVerb(view.tokens, verb) ? 'adjective' : null;
  if (label === 'acl:relcl') {
    if (!(hasRelativeWord(view, verb) || isContactRelative(view, verb)) || verbTime(view, verb) === 'past') return null;
    // a passive tells what was done to the noun: only a state in the simple present describes it ("which is backed by
    // Iran"); "which has been equipped with", "which are described as false-flag operations by" report acts
    if (view.isPassive(verb)) return lexicon.stativeVerbs.has(t.lemma) && !isPresentPerfect(view, verb) ? 'stative' : null;
    return lexicon.stativeVerbs.has(t.lemma) ? 'stative' : 'relative-present';
  }
  if (label !== 'acl' || noun < 0 || noun > verb) return null;
  if (lexicon.stativeVerbs.has(t.lemma) && view.childrenWith(verb, 'obl:agent').length > 0) return 'stative';
  const setOff = view.tokens.slice(noun + 1, verb).some((x) => x.text === ',');
  return /ing$/.test(t.lower) && !setOff && view.childrenWith(verb, 'mark').length === 0 ? 'participle' : null;
}
