import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import type { SpanIndex } from './span-index.ts';

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * A plural follower noun (data/lexicon/follower-nouns.tsv) with no side before it (an owner, a name, a role, "pro-")
 * nor a named one after "of" or "from" ("supporters from two opposition parties") is a crowd of the country's
 * people: "thousands of supporters", "supporters of the coup" (read in anaphor-phrases.ts). "opposition supporters",
 * "his supporters", "supporters of Hamas" are a side's following, read as before.
 */
export function isUnownedFollowing(doc: AnalyzedText, kb: Knowledge, known: SpanIndex<ActorPhrase>, i: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (!/s$/.test(t.lower) || !kb.lexicon.followerNouns?.has(t.lower) || known.overlaps(t.start, t.end)) return false;
  const before = tokens[i - 1];
  if (before && before.sentence === t.sentence && (POSSESSIVES.has(before.lower) || before.pos === 'PART' && !uncodedNameOwner(tokens, i - 1, known) || before.text === '-' || known.overlaps(before.start, before.end))) return false;
  if (tokens[i + 1]?.lower !== 'of' && tokens[i + 1]?.lower !== 'from') return true;
  for (let j = i + 2; j < Math.min(tokens.length, i + 6) && tokens[j].sentence === t.sentence; j++) if (known.overlaps(tokens[j].start, tokens[j].end)) return false;
  return true;
}

/**
 * "Hundreds of Duterte's supporters rallied", "Navalny's supporters marched": the possessive of a name no known
 * actor covers names no side the following could act for (a known one does: "Imran Khan's supporters", "Hamas's
 * supporters"), so it is a crowd of the country's people as "supporters of Duterte" is. True when the "'s" at `s`
 * follows a capitalised proper name that no known phrase overlaps.
 */
function uncodedNameOwner(tokens: AnalyzedText['tokens'], s: number, known: SpanIndex<ActorPhrase>): boolean {
  const owner = tokens[s - 1];
  if (!/^['\u2019]s?$/.test(tokens[s].text) || !owner || owner.sentence !== tokens[s].sentence) return false;
  return owner.pos === 'PROPN' && /^[A-Z]/.test(owner.text) && !known.overlaps(owner.start, owner.end);
}
