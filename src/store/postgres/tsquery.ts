import type { SqlPart } from '../dialect.ts';
import type { TextQuery } from '../text-query.ts';

// The text search configuration the schema creates: English stemming without a stop-word list, to match
// SQLite's porter tokenizer (which has none), so "the" finds the same articles on both backends.
export const TS_CONFIG = 'eventlens_english';

// TextQuery → a tsquery expression built from parameters; phraseto_tsquery of one word is that word.
export function tsquery(query: TextQuery): SqlPart {
  const params: string[] = [];
  const sql = query.any.map((terms) => `(${terms.map((t) => {
    params.push(t.words.join(' '));
    return `${t.exclude ? '!!' : ''}phraseto_tsquery('${TS_CONFIG}', ?)`;
  }).join(' && ')})`).join(' || ');
  return { sql: `(${sql})`, params };
}
