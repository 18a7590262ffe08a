import type { Knowledge } from '../knowledge/types.ts';
import type { Sentence, Token } from '../nlp/types.ts';
import { phraseOpeners } from '../nlp/phrase-openers.ts';
import type { ActorPhrase } from '../resolve/types.ts';

/**
 * A sentence about sport, markets, weather or an epidemic: two or more of their words ("Liverpool's attack
 * overwhelmed Chelsea in the derby", "the storm battered the coast", "Congo's Ebola outbreak killed 55").
 */
export function isOffTopic(tokens: readonly Token[], sentence: Sentence, kb: Knowledge): OffTopicDomain | null {
  // a score ("beat Germany 2-0", "won 3-1") is as good as two sport words
  if (/\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?![-–\/.]\d)/.test(sentence.text)) return 'sport';
  let hits = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const { domain, width } = rowAt(tokens, i, kb);
    i += width - 1;
    // a word said of nothing but a match ("before half-time", "the equaliser", "a hat-trick") is as good as a score
    if (domain === 'match') return 'sport';
    if (domain !== undefined && domain !== 'news' && domain !== 'piece' && ++hits >= 2) return domain as OffTopicDomain; // the domain of the word that decides
  }
  return null;
}

/**
 * The off-topic.tsv row at token `i` and the tokens it covers: the tokenizer splits a hyphened word ("half-time",
 * "semi-final", "pay-per-view") into its parts and dashes, so its row is read across them, as a two-word row is
 * ("stoppage time"); else the token's own row.
 */
function rowAt(tokens: readonly Token[], i: number, kb: Knowledge): { readonly domain: string | undefined; readonly width: number } {
  const rows = kb.lexicon.offTopic;
  let text = tokens[i].lower, found: { domain: string; width: number } | null = null;
  for (let j = i; tokens[j + 1]?.text === '-' && tokens[j + 2] && tokens[j + 1].start === tokens[j].end && tokens[j + 2].start === tokens[j + 1].end; j += 2) {
    text += `-${tokens[j + 2].lower}`;
    const domain = rows.get(text);
    if (domain !== undefined) found = { domain, width: j + 3 - i };
  }
  if (found) return found;
  // (a two-word row is asked for only after a word that opens one: no pair of words is joined for the others)
  const next = tokens[i + 1], pair = next?.sentence === tokens[i].sentence && phraseOpeners(rows).has(tokens[i].lower) ? rows.get(`${tokens[i].lower} ${next.lower}`) : undefined;
  if (pair !== undefined) return { domain: pair, width: 2 };
  const domain = rows.get(tokens[i].lower);
  return domain === undefined ? NO_ROW : { domain, width: 1 };
}

const NO_ROW = { domain: undefined, width: 1 } as const;

/** The domains of data/lexicon/off-topic.tsv. */
export type OffTopicDomain = 'sport' | 'markets' | 'weather' | 'health';

/**
 * A sports or weather story: four or more words of one of those domains, more than its words of war and of the state's
 * business (off-topic.tsv `news`). "Pakistan were attacking all morning" stays sport, "Quebec has been hit hardest"
 * weather; a war story with a sentence on the cricketers a strike killed stays a war story, where "Pakistan agreed to a
 * ceasefire" is a state's act and not a team's.
 */
export function isSportsArticle(tokens: readonly Token[], kb: Knowledge): OffTopicDomain | null {
  const hits = { sport: 0, weather: 0, news: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const { domain, width } = rowAt(tokens, i, kb);
    i += width - 1;
    if (domain === 'match') hits.sport++;
    else if (domain === 'sport' || domain === 'weather' || domain === 'news') hits[domain]++;
  }
  for (const domain of ['sport', 'weather'] as const) if (hits[domain] >= 4 && hits[domain] > hits.news) return domain;
  return null;
}

/**
 * A game's piece named among sport words ("the Norwegian attacked the king", "captured the queen with a rook"): no ruler
 * and no party to politics (off-topic.tsv `piece`), whatever role the word has elsewhere.
 */
export function isGamePiece(phrase: ActorPhrase, kb: Knowledge): boolean {
  return phrase.kind === 'role' && kb.lexicon.offTopic.get(phrase.text.split(/\s+/).pop()!.toLowerCase()) === 'piece';
}
