// The search language of `--text` and searchArticles, small enough to mean the same on FTS5 and
// PostgreSQL: words must all occur (stemmed: "attack" finds "attacked"), "quoted words" occur together,
// -word must not occur, and OR separates alternatives.
//   kharkiv shelling            both words
//   "air strike" OR airstrike   the phrase, or the word
//   ceasefire -gaza             ceasefire, not gaza

export interface TextTerm {
  /** One word, or a phrase of several. Letters and digits only: no syntax can leak into a backend. */
  readonly words: readonly string[];
  readonly exclude: boolean;
}

export interface TextQuery {
  readonly source: string;
  /** Alternatives (OR); each one a list of terms that must all hold (AND). */
  readonly any: readonly (readonly TextTerm[])[];
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;
const WORD = /[\p{L}\p{N}]+/gu;

export function parseTextQuery(source: string): TextQuery {
  const any: TextTerm[][] = [[]];
  for (const match of source.matchAll(TOKEN)) {
    const [, quotedMinus, quoted, bare] = match;
    if (bare === 'OR') {
      any.push([]);
      continue;
    }
    const exclude = quoted !== undefined ? quotedMinus === '-' : bare.startsWith('-');
    const words = (quoted ?? bare).toLowerCase().match(WORD) ?? [];
    if (words.length > 0) any.at(-1)?.push({ words, exclude });
  }
  const usable = any.filter((terms) => terms.length > 0);
  if (usable.length === 0) throw new Error(`invalid text search '${source}': no words to search for`);
  for (const terms of usable) {
    // FTS5 has no "everything except"; a search must say what it looks for.
    if (terms.every((t) => t.exclude)) throw new Error(`invalid text search '${source}': only excluded words`);
  }
  return { source, any: usable };
}
