import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from '../resolve/types.ts';
import { tokenAt } from '../resolve/token-map.ts';

// A place that tells where a listed member of a participant comes from or is held describes that member, not where the
// act was: "pardoned 2,000 prisoners, including two activists from Naivasha prison", "freed 30 prisoners, among them an
// activist from Grodno", "killed 12 militants, including a commander from Kandahar", "including a journalist jailed in
// Mandalay". A place of the listed members themselves stays ("killed 30 people, including 12 in the town of Marib"), and so
// does a place that is itself the example ("in several cities, including Tehran").
const EXAMPLE_MARKERS = /\b(?:including|among\s+them|among\s+whom)\s+/gi;
// the words of the listed member before its place: nouns, names, numbers and their modifiers
const MEMBER_WORDS = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'PUNCT', 'CCONJ', 'PART', 'PRON']);
const HOLDING_PREPS = new Set(['in', 'at', 'inside']);

/**
 * The place `p` says where a member listed after "including" or "among them" comes from or is held, for an act whose
 * trigger (at character `trigger`) stands before the list ("held in Naivasha prison" is where the holding was).
 */
export function describesListedMember(doc: AnalyzedText, p: PlaceMention, sentence: { start: number; end: number }, trigger: number): boolean {
  if (p.prep !== 'from' && !(p.prep && HOLDING_PREPS.has(p.prep))) return false;
  const before = doc.text.slice(sentence.start, p.start);
  let marker = -1;
  for (const m of before.matchAll(EXAMPLE_MARKERS)) marker = sentence.start + m.index + m[0].length;
  if (marker < 0 || trigger >= marker) return false;
  const first = tokenAt(doc, marker);
  // the preposition before the place (past "the" and a describing word: "from the town's prison")
  let prep = tokenAt(doc, p.start) - 1;
  while (prep > first && doc.tokens[prep].lower !== p.prep) prep--;
  if (prep <= first) return false;
  // "held in", "jailed at": a participle right before the preposition tells where the member is held
  const held = doc.tokens[prep - 1].pos === 'VERB' && /(?:ed|en|held)$/.test(doc.tokens[prep - 1].lower);
  if (p.prep !== 'from' && !held) return false;
  const memberEnd = held ? prep - 1 : prep;
  let nominal = false;
  for (let k = first; k < memberEnd; k++) {
    const t = doc.tokens[k];
    if (!MEMBER_WORDS.has(t.pos) || /^[.;:—]$/.test(t.text)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON') nominal = true;
  }
  return nominal;
}
