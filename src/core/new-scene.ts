import type { CueEntry } from '../knowledge/types.ts';

// "Separately, a roadside bomb killed two soldiers", "Elsewhere, gunmen attacked a checkpoint", "In another incident,
// ...": the sentence tells an act away from the scene its paragraph or story set, so it takes none of their places (nor
// the dateline's); only one its own words state, else the story's country (data/lexicon/clause-cues.tsv new-scene).

const cache = new WeakMap<readonly CueEntry[], RegExp>();

function openers(cues: readonly CueEntry[]): RegExp {
  let re = cache.get(cues);
  if (!re) {
    const alternation = cues.filter((c) => c.value === 'new-scene').map((c) => c.words.join('\\s+')).sort((a, b) => b.length - a.length).join('|') || '(?!)';
    // the opener is set off by a comma, after a phrase of where at most ("Elsewhere in the province, ...")
    re = new RegExp(`^\\s*(?:${alternation})(?:\\s+(?:in|on|near|across|along)\\s[^,.]{1,40})?\\s*,`, 'i');
    cache.set(cues, re);
  }
  return re;
}

/** The sentence opens with a cue of another scene. */
export function opensNewScene(sentenceText: string, cues: readonly CueEntry[]): boolean {
  return openers(cues).test(sentenceText);
}
