import type { TreeView } from '../extract/tree-roles/index.ts';
import type { CueEntry } from '../knowledge/types.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// the words of the object between the verb of perception and the participle: "saw Russian troops firing"
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'CCONJ']);
const REACH = 5;

/**
 * "Residents watched soldiers shooting at protesters", "a journalist saw troops firing on the crowd", "witnesses
 * heard gunmen shouting": the -ing participle after the object of a verb of perception (data/lexicon/clause-cues.tsv,
 * effect perception) is the act that was seen or heard, not a description of its doer ("a coalition fighting in
 * Yemen said"). Read on the words, as the parse often takes "saw" for a noun or the participle for a compound.
 */
export function isPerceivedAct(view: TreeView, head: number, clauseCues: readonly CueEntry[]): boolean {
  const t = view.tokens;
  if (!/ing$/.test(t[head].lower)) return false;
  const perception = cuePhrases(clauseCues, 'perception');
  const first = view.tree.offset;
  for (let p = head - 1, n = 0; p >= first && n <= REACH; p--, n++) {
    // at least one word of the object stands between: "the hearing examining the case" perceives nothing
    if (n > 0 && perception.has(t[p].lower)) return true;
    if (!OBJECT_WORDS.has(view.upos(p)) && !OBJECT_WORDS.has(t[p].pos)) return false;
  }
  return false;
}

// "did not hear any shelling", "could see fighting": not stated as a fact
const NOT_FACT = new Set(['not', "n't", 'never', 'could', 'may', 'might', 'would', 'will', 'should', 'must', 'can', 'no', 'any']);

/**
 * "Residents said they heard heavy shelling in the area", "witnesses saw explosions near the airport": an act noun as
 * the object of a verb of perception (clause-cues.tsv, perception) is stated by whoever perceived it, as a verb of
 * happening states one ("shelling broke out"); nobody need be named for it.
 */
export function isPerceivedNoun(view: TreeView, noun: number, clauseCues: readonly CueEntry[]): boolean {
  if (view.label(noun) !== 'obj') return false;
  const verb = view.head(noun);
  if (verb < 0 || !view.has(verb) || !cuePhrases(clauseCues, 'perception').has(view.tokens[verb].lower)) return false;
  const around = [...view.childrenWith(verb, 'aux', 'advmod', 'neg'), ...view.childrenWith(noun, 'det')];
  return !around.some((k) => NOT_FACT.has(view.tokens[k].lower));
}
