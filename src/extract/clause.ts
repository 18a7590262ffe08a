import type { AnalyzedText, Sentence, Token } from '../nlp/types.ts';
import { inlineQuotes } from '../nlp/syntax/inline-quotes.ts';

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
const QUOTES = new Set(['"', '“', '”', '«', '»']);
export const CLAUSE_OPENERS = new Set(['that', 'if', 'because', 'although', 'though', 'while', 'whereas', 'unless', 'since', 'whether', 'providing', 'provided']);

export const isQuote = (t: Token) => QUOTES.has(t.text);
/**
 * A mark of a partial quote, inside one clause: 'said it "firmly opposes" the decision', 'called the raid "barbaric"
 * and vowed' (nlp/syntax/inline-quotes.ts). It bounds no clause, unlike the marks of a quoted sentence ('"We will
 * fight," he said', 'said: "We will fight"').
 */
function isInlineQuote(t: Token, tokens: readonly Token[] | undefined): boolean {
  if (!tokens) return false;
  let first = t.index, last = t.index;
  while (first > 0 && tokens[first - 1].sentence === t.sentence) first--;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === t.sentence) last++;
  const words: string[] = [];
  for (let i = first; i <= last; i++) words.push(tokens[i].text);
  return inlineQuotes(words)?.includes(t.index - first) ?? false;
}
const isClauseQuote = (t: Token, tokens: readonly Token[] | undefined) => isQuote(t) && !isInlineQuote(t, tokens) || singleQuoteMark(t, tokens);
// "'Do not attack Rafah,' UN urges Israel": a headline quotes with single marks; one that opens the sentence or closes
// after the quote's comma or stop is a quote's mark (an apostrophe never stands there)
const SINGLE_QUOTES = new Set(["'", '‘', '’']);
const QUOTE_END = new Set([',', '.', '!', '?']);
const singleQuoteMark = (t: Token, tokens: readonly Token[] | undefined) => SINGLE_QUOTES.has(t.text) && tokens !== undefined
  && (t.index === 0 || tokens[t.index - 1].sentence !== t.sentence || QUOTE_END.has(tokens[t.index - 1].text));
export const isInlineQuoteAt = (tokens: readonly Token[], i: number) => isQuote(tokens[i]) && isInlineQuote(tokens[i], tokens);

/**
 * Token ranges to ignore when looking for a subject: relative clauses and parentheses.
 * "The group, which is part of Iraq’s PMU, had earlier claimed" — "PMU" is not who claimed.
 */
export function skippedRegions(doc: AnalyzedText, s: Sentence): Set<number> {
  const skip = new Set<number>();
  const t = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (t[i].text === '(') {
      for (let j = i; j < s.tokenEnd && t[j - 1]?.text !== ')'; j++) skip.add(j);
    }
    // ", an umbrella group of Iran-aligned militias," — an apposition: a noun phrase between commas, no verb
    if (t[i].text === ',' && i + 1 < s.tokenEnd && t[i + 1].pos === 'DET' && t[i + 1].lower !== 'that') {
      let j = i + 1;
      while (j < s.tokenEnd && t[j].text !== ',' && t[j].pos !== 'VERB' && t[j].pos !== 'AUX') j++;
      if (j < s.tokenEnd && t[j].text === ',' && j - i <= 12) for (let k = i; k <= j; k++) skip.add(k);
    }
    if (RELATIVE.has(t[i].lower) && t[i - 1]?.text === ',') {
      for (let j = i - 1; j < s.tokenEnd; j++) {
        skip.add(j);
        if (j > i && (t[j].text === ',' || t[j].text === ';')) break;
      }
    }
  }
  return skip;
}

/** True when the token ends the search for a subject to its right (scanning leftwards). */
export function isLeftBoundary(t: Token, reportingLemmas: ReadonlyMap<string, string>, tokens?: readonly Token[]): boolean {
  if (t.text === ';' || t.text === ':' || isClauseQuote(t, tokens)) return true;
  if (t.lower === 'that' && tokens && isComplementizer(tokens, t.index)) return true;
  if (t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower) && t.pos !== 'DET' && t.pos !== 'PRON') return true;
  return t.pos === 'VERB' && reportingLemmas.has(t.lemma);
}

/** True when the token ends an object search (scanning rightwards). */
export function isRightBoundary(t: Token, next: Token | undefined, tokens?: readonly Token[]): boolean {
  if (t.text === ';' || t.text === ':' || isClauseQuote(t, tokens) || t.text === '.') return true;
  if (t.pos === 'SCONJ' || RELATIVE.has(t.lower) || t.lower === 'but') return true;
  if (t.text === ',' && next && (next.pos === 'VERB' || next.pos === 'SCONJ' || next.pos === 'AUX' || RELATIVE.has(next.lower) || next.lower === 'but' || next.lower === 'according')) return true;
  return t.pos === 'CCONJ' && next?.pos === 'VERB';
}

/**
 * "said this week that soldiers had killed": "that" opens a clause when a verb follows within a few
 * words; "condemned that attack" is a determiner.
 */
export function isComplementizer(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let j = i + 1; j < Math.min(tokens.length, i + 8) && tokens[j].sentence === sentence; j++) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return j > i + 1;
    if (tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** How many words from `from` (up to `end`) come before a "that" that opens a clause ("denied accusations | that ..."). */
export function wordsBeforeClause(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (tokens[i].lower === 'that' && isComplementizer(tokens, i)) return i - from;
  // "denied supplying drones to Russia": a gerund right after the verb opens the denied clause
  if (from < end && ['VERB', 'NOUN', 'ADJ'].includes(tokens[from].pos) && tokens[from].lower.endsWith('ing')) return 0;
  return end - from;
}
