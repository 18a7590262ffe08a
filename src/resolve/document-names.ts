// "withdrew from the Rome Statute", "violating the Minsk agreements", "left the Paris Agreement": a place's name right
// before a noun of data/lexicon/document-nouns.tsv names a text, so it is neither where the act happened nor (a
// town standing for its state) a party to it. A country's name keeps its party ("the Iran deal" is Iran's); the
// resolvers decide that by the kind of the name.

const NEXT_WORD = /^\s+([A-Za-z]+)/;

/** True when the word after `end` in `text` is a document noun ("Agreement", "accords", "Statute"). */
export function namesDocument(text: string, end: number, documentNouns: ReadonlySet<string> | undefined): boolean {
  if (!documentNouns || documentNouns.size === 0) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 16));
  return next !== null && documentNouns.has(next[1].toLowerCase());
}
