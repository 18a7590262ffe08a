import type { TextQuery, TextTerm } from '../text-query.ts';

// TextQuery → an FTS5 MATCH string. Every word is quoted, so AND, NEAR or a stray `*` in the user's
// text stay words. FTS5's NOT is binary ("a NOT b"), which is why excluded terms come last.
export function fts5Match(query: TextQuery): string {
  return query.any.map((terms) => {
    const quote = (t: TextTerm): string => `"${t.words.join(' ')}"`;
    const include = terms.filter((t) => !t.exclude).map(quote).join(' AND ');
    const exclude = terms.filter((t) => t.exclude).map((t) => ` NOT ${quote(t)}`).join('');
    return `(${include}${exclude})`;
  }).join(' OR ');
}
