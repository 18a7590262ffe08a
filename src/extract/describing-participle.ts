import type { Token } from '../nlp/types.ts';
import { PHASE_VERBS } from './tree-repair/phase-verb-gerund.ts';
import { changedToken } from '../nlp/token.ts';

export const DESCRIBING_PARTICIPLE_RULE = 'tags:describing-participle';

const PHRASE_START = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * "Putin received visiting Indian Prime Minister Modi", "police detained striking dock workers": an -ing form that
 * describes the noun after it (data/lexicon/adjectival-participles.tsv), right after a verb and before the noun's
 * words, is tagged a verb by the word tagger; a pattern's `*` gap stops at a verb, so "receive * prime minister" never
 * reached the minister. Tagged an adjective it sits in the gap like "the" or "Indian" (the parse, which has its own
 * tagger, is repaired apart: tree-repair/adjectival-participle.ts). Not after a verb of phase ("kept striking rebel
 * positions"), not before a determiner ("visiting the capital"). Tokens are changed in place.
 */
export function retagDescribingParticiples(tokens: Token[], participles: ReadonlySet<string>, verbsAfterGerundVerbs: ReadonlySet<string> = new Set(), gerundVerbs: ReadonlySet<string> = new Set()): void {
  if (participles.size === 0) return;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos !== 'VERB' || !participles.has(t.lower)) continue;
    const verb = tokens[k - 1];
    const next = tokens[k + 1];
    if (verb.sentence !== t.sentence || next.sentence !== t.sentence || verb.pos !== 'VERB' || PHASE_VERBS.has(verb.lemma)) continue;
    // "denied escalating attacks": after a verb of -ing complement such a form is its verb (adjectival-participles.tsv `verb`)
    if (verbsAfterGerundVerbs.has(t.lower) && gerundVerbs.has(verb.lemma)) continue;
    // (a past form before an -ing noun: "said renewed fighting killed ten", "reported increased shelling")
    if (PHRASE_START.has(next.pos) || t.lower.endsWith('ed') && next.pos === 'VERB' && next.lower.endsWith('ing')) tokens[k] = changedToken(t, { pos: 'ADJ' });
  }
}
