// A headline is a short first line set off by a blank line:
//   "Troops shell border town\n\nKYIV, March 3 (Reuters) - ..."
// A first line that runs into the next one is the start of the body, not a title; so is a lead paragraph of
// one sentence ("Russian missiles struck ... , officials said."): headlines do not end with a full stop.
const TITLE_MAX_CHARS = 200;
const SENTENCE_OF_WORDS = /^(?:\S+\s+){9,}\S*[a-z0-9)"”’']\.$/;
const FIRST_LINE_THEN_BLANK = /^([^\r\n]*)\r?\n[ \t]*\r?\n/;

export function deriveTitle(text: string): string | null {
  const match = FIRST_LINE_THEN_BLANK.exec(text);
  if (match === null) return null;
  const line = match[1].trim();
  return line === '' || line.length >= TITLE_MAX_CHARS || SENTENCE_OF_WORDS.test(line) ? null : line;
}
