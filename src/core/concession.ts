import type { Token } from '../nlp/types.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import type { CueEntry } from '../knowledge/types.ts';
import { cueGroup } from '../extract/cue-groups.ts';

// words that may stand between a concessive preposition and the act noun it governs: "despite the army's
// repeated warnings", "in defiance of a government ban"
const PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const REACH = 6;
// a phrase above the act noun may be the one the preposition governs ("despite warnings of a crackdown")
const MAX_CLIMB = 4;

function cueEndingAt(tokens: readonly Token[], end: number, cue: CueEntry): boolean {
  const first = end - cue.words.length + 1;
  return first >= 0 && cue.words.every((w, k) => tokens[first + k].lower === w || tokens[first + k].lemma === w);
}

/** The concessive cue whose words hold the token at `i` or end right before the noun phrase it opens. */
function cueOver(view: TreeView, i: number, entries: readonly CueEntry[]): string | null {
  const t = view.tokens;
  const sentenceStart = view.tree.offset;
  // "in defiance of a ban": the noun "defiance" is part of the preposition, not an act of defying
  for (const cue of entries) {
    for (let end = i; end < i + cue.words.length && end < t.length; end++) if (cueEndingAt(t, end, cue) && end - cue.words.length + 1 <= i) return cue.words.join(' ');
  }
  // the parser does not always take "despite" for the noun's case marker (a compound noun, an adverb): read the
  // words before the noun phrase instead of the marker
  for (let p = i - 1, n = 0; p >= sentenceStart && n < REACH; p--, n++) {
    const cue = entries.find((c) => cueEndingAt(t, p, c));
    if (cue) return cue.words.join(' ');
    if (!PHRASE_WORDS.has(view.upos(p)) && t[p].text !== '-') return null;
  }
  return null;
}

/**
 * An act named in a concessive phrase is what the sentence's news happened in spite of, told before or as the
 * setting, not news of its own (data/lexicon/background-cues.tsv, where = concession): "Thousands rallied despite
 * army warnings", "the crowd marched in defiance of a government ban", "rebels shelled the town in spite of the truce".
 * The act noun or a noun above it (within a few hops) opens right after the cue.
 */
export function concessionCue(view: TreeView, head: number, cues: readonly CueEntry[]): string | null {
  const entries = cueGroup(cues, 'concession').entries;
  if (entries.length === 0) return null;
  for (let n = head, hops = 0; n >= 0 && hops < MAX_CLIMB; n = view.head(n), hops++) {
    if (!['NOUN', 'PROPN'].includes(view.upos(n))) return null;
    const cue = cueOver(view, n, entries);
    if (cue !== null) return cue;
  }
  return null;
}
