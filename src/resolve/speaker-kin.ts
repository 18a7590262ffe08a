import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

// the speaker's own possessives: "my husband", "our sons" ("our" alone is the speaker, data/lexicon/anaphors.tsv)
const SPEAKERS = new Set(['my', 'our']);
export const SPEAKER_KIN_RULE = 'anaphor:speaker-kin';

/**
 * "'They beat my husband and took our cattle,' one woman said": a relative of a quote's speaker is whom the act
 * befell, a civilian of the speaker's state (never the speaker, nor on the speaker's behalf): an anaphor of the speaker
 * with the civilian role, which core/claims.ts withSpeaker and core/actor-ref.ts read as the speaker's country's CVL.
 * Told by no speaker ("my brother" in the writer's own words) it names no one. Null when token `i` opens no such phrase.
 */
export function speakerKin(doc: AnalyzedText, kb: Knowledge, i: number): ActorPhrase | null {
  const t = doc.tokens[i];
  if (!SPEAKERS.has(t.lower)) return null;
  // ("my younger brother": one adjective may grade the relative)
  const k = doc.tokens[i + 1]?.pos === 'ADJ' ? i + 2 : i + 1;
  const noun = doc.tokens[k];
  if (!noun || noun.sentence !== t.sentence || !kb.lexicon.kinNouns.has(noun.lemma) || doc.tokens[k + 1]?.pos === 'PROPN') return null;
  const text = doc.text.slice(t.start, noun.end);
  return { start: t.start, end: noun.end, text, name: text, code: null, kind: 'anaphor', plural: noun.lemma !== noun.lower, entry: null, refersTo: 'speaker', roleKind: 'civilian', roleCode: 'CVL', locative: false, rule: SPEAKER_KIN_RULE };
}
