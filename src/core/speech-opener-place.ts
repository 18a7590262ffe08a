import type { TreeView } from '../extract/tree-roles/tree-view.ts';

// "Speaking to reporters in Ankara, Erdogan accused Israel of genocide in Gaza", "Addressing a rally in Lahore, Khan
// said ...", "Speaking at a news conference in Geneva, the envoy urged ...": a statement is made where its speaker
// spoke, and the participle clause of speaking that opens its sentence says where; the places of what was said (Gaza)
// are not that. The participle's words: data/lexicon/address-words.tsv (kind verb) and the verbs of speaking below.
export const SPEECH_OPENER = 'place:speech-opener';
const SPEAKING = new Set(['speaking', 'talking', 'addressing', 'briefing']);
// how far up from the trigger the participle may hang ("Speaking ..., he said Russia must withdraw": on "said")
const MAX_UP = 3;

/** The place at token `word` lies in a participle clause of speaking that hangs on the trigger or a verb above it. */
export function inSpeechOpener(view: TreeView, word: number, trigger: number, addressVerb: (lower: string) => boolean): boolean {
  if (!view.has(word) || !view.has(trigger)) return false;
  for (let n = word, steps = 0; n >= 0 && steps < 8; n = view.head(n), steps++) {
    if (n === trigger) return false;
    if (view.base(n) !== 'advcl' || view.upos(n) !== 'VERB' || n > trigger) continue;
    const lower = view.tokens[n].lower;
    if (!lower.endsWith('ing') || !(SPEAKING.has(lower) || addressVerb(lower))) return false;
    for (let up = trigger, k = 0; up >= 0 && k <= MAX_UP; up = view.head(up), k++) if (view.head(n) === up) return true;
    return false;
  }
  return false;
}

// a sentence's opening participle of speaking up to the place: "Speaking to reporters in Ankara", "Addressing a rally in"
const OPENER_BEFORE = /(?:^|[.!?]["”’]?\s+|—\s*)(?:Speaking|Talking|Addressing|Briefing)\b[^,.;:!?—]*$/;

/** The place is in the participle of speaking that opens its sentence, read from the words alone (story-place.ts): where someone spoke, not where the news happened. */
export function spokenFrom(text: string, p: { start: number }): boolean {
  return OPENER_BEFORE.test(text.slice(Math.max(0, p.start - 120), p.start));
}
