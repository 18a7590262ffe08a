/**
 * Scare quotes around one verb-like word: forces "liberated" the town, the army says it "neutralised" 20 militants,
 * the group "executed" hostages. The marks make wink tag the word a noun or an adjective (lemma "neutralized"), so
 * the pattern rows of the verb and its subject and object are lost. As for a nickname's marks (nickname-quotes.ts),
 * wink reads a copy with the marks as spaces, the same length as the text, so offsets hold. Only one lower-case
 * word between two words of running text: a quoted phrase or sentence ("called it "a coup"", "“We will respond,” he
 * said") keeps its marks.
 */
const SCARE_QUOTED = /(?<=[a-z,] )(["“'‘])([a-z]+)(["”'’])(?= [a-z0-9])/g;

export function blankScareQuotes(text: string): string {
  if (!/["“'‘]/.test(text)) return text;
  return text.replace(SCARE_QUOTED, (_whole, _open: string, word: string) => ` ${word} `);
}
