import type { Token } from '../nlp/types.ts';

// Which words inside a pattern's `*` gap are participles describing the gap's noun (no clause opens there): read by
// gapStops in pattern-trie.ts.

// made once (a literal in a function made a new RegExp at every call)
const PAST_PARTICIPLE_ENDING = /(ed|en)$/;
const ING_OR_S_ENDING = /(ing|s)$/;

// "rescued the kidnapped students", "freed 30 abducted villagers": a participle between a determiner or count and
// its noun describes the noun; it opens no clause (the tagger tags it a verb). So does the participle of a hyphenated
// compound: "launched Iranian-made drones at", "fired US-supplied missiles into", and one right after the verb whose
// object it describes: "beat detained protesters with batons", "freed kidnapped students", also past the verb's
// particle: "hand over disputed regions", "beat up detained students", "blew up parked cars"
const PARTICIPLE_BEFORE = new Set(['DET', 'NUM', 'VERB']);
const PARTICLE_POS = new Set(['ADP', 'ADV', 'PART']);
const VERB_PARTICLES = new Set(['over', 'back', 'up', 'out', 'down', 'off', 'away']);
const afterVerbParticle = (tokens: readonly Token[], j: number) => j > 1 && tokens[j - 2].pos === 'VERB' && PARTICLE_POS.has(tokens[j - 1].pos) && VERB_PARTICLES.has(tokens[j - 1].lower);
export function prenominalParticiple(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  if (!(j + 1 < end && j > 0)) return false;
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  // "US-made ATACMS missiles": a hyphenated compound may precede a name
  if (!(next.pos === 'NOUN' || next.pos === 'PROPN' && before.text === '-' || MODIFIER_NEXT.has(next.pos) && (POSSESSIVE.test(before.text) || before.pos === 'DET' && t.lower.endsWith('ing')))) return false;
  // "fired locally built rockets", "attacked the newly captured villages": an -ly adverb grading the participle
  // irregular participles too ("built", "held"): a form that is not its lemma, nor its -ing or -s form
  const participle = PAST_PARTICIPLE_ENDING.test(t.lower) || t.lemma !== t.lower && !ING_OR_S_ENDING.test(t.lower);
  if (before.text === '-' || participle && (PARTICIPLE_BEFORE.has(before.pos) || before.pos === 'ADV' && before.lower.endsWith('ly') || afterVerbParticle(tokens, j))) return true;
  // "charged a Chinese hacking group with", "arrested members of a kidnapping gang": an -ing word between a determiner
  // or adjective and its noun names the group's trade (a gerund modifier), no clause; so after a possessive
  // ("expelled Israel's remaining diplomats", "arrested the party's outgoing leader"): the owner's noun phrase goes on
  // (so before an adjective or a name after an article: "expelled the remaining Rwandan consular staff")
  return t.lower.endsWith('ing') && (next.pos === 'NOUN' && GERUND_MODIFIER_BEFORE.has(before.pos) || POSSESSIVE.test(before.text) || before.pos === 'DET' && MODIFIER_NEXT.has(next.pos));
}
const POSSESSIVE = /^['\u2019]s?$/;
const MODIFIER_NEXT = new Set(['ADJ', 'PROPN']);
const GERUND_MODIFIER_BEFORE = new Set(['DET', 'ADJ', 'PROPN']);
