/**
 * The word sequences that open a phrase of several words in a table keyed by space-joined lower-case words: every
 * prefix of a key that ends before one of its spaces ("stoppage" of "stoppage time", "close" and "close to" of
 * "close to the"). A reader that asks the table for `${word} ${next}` only after a word in this set asks it the
 * same questions with the same answers, without joining a string for every other word of the text (most words
 * open no phrase). Made once per table (the knowledge base's tables are never changed).
 */
const openersOf = new WeakMap<object, ReadonlySet<string>>();

export function phraseOpeners(table: ReadonlySet<string> | ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let openers = openersOf.get(table);
  if (openers) return openers;
  const found = new Set<string>();
  for (const key of table.keys()) for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) found.add(key.slice(0, at));
  openersOf.set(table, (openers = found));
  return openers;
}
