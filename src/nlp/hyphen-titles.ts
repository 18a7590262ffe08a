import type { AnalyzedText, Token } from './types.ts';
import { changedToken } from './token.ts';

// The longest title joined: "commander - in - chief" is five pieces.
const MAX_PIECES = 5;

/**
 * "the secretary-general condemned", "the commander-in-chief ordered": wink cuts a hyphened title into its pieces,
 * and the tagger read "general" as an adjective (or the clause's root) and "in chief" as a phrase, so the clause lost
 * its subject. Pieces with nothing between them whose joined lower form is a title of `titles` (form → lemma,
 * data/lexicon/hyphen-titles.tsv) become one noun token, which the tagger and parser read as its first piece. Works on tokens[from..] in place; returns the new length.
 */
export function joinHyphenTitles(tokens: Token[], from: number, titles: ReadonlyMap<string, string>): number {
  if (titles.size === 0) return tokens.length;
  let out = from;
  for (let k = from; k < tokens.length; k++) {
    const pieces = titlePieces(tokens, k, titles);
    const first = tokens[k];
    if (pieces > 1) {
      const last = tokens[k + pieces - 1];
      const text = tokens.slice(k, k + pieces).map((t) => t.text).join('');
      const lower = text.toLowerCase();
      // the tagger knows no hyphened word as a noun: it reads the title's head noun, its first piece
      tokens[out] = changedToken(first, { index: out, text, lower, lemma: titles.get(lower) ?? lower, pos: 'NOUN', end: last.end, readAs: first.text });
      k += pieces - 1;
    } else tokens[out] = first.index === out ? first : changedToken(first, { index: out });
    out++;
  }
  tokens.length = out;
  return out;
}

/** How many pieces from k make a listed title (1 when none does). */
function titlePieces(tokens: readonly Token[], k: number, titles: ReadonlyMap<string, string>): number {
  if (tokens[k + 1]?.text !== '-') return 1;
  let text = tokens[k].lower;
  for (let n = 2; n <= MAX_PIECES && k + n - 1 < tokens.length; n++) {
    const t = tokens[k + n - 1];
    if (t.start !== tokens[k + n - 2].end) return 1;
    text += t.lower;
    if (n % 2 === 1 && titles.has(text)) return n;
  }
  return 1;
}

/**
 * The matches that cover a joined title whole or not at all: "general" inside "Ugandan Secretary-General Ali" is no
 * army general, "commander" inside "commander-in-chief" no commander of its own.
 */
export function outsideJoinedTitles<M extends { start: number; end: number }>(doc: AnalyzedText, matches: readonly M[]): M[] {
  const joined = doc.tokens.filter((t) => t.readAs !== undefined);
  if (joined.length === 0) return matches as M[];
  return matches.filter((m) => !joined.some((t) => m.start < t.end && t.start < m.end && (m.start > t.start || m.end < t.end)));
}
