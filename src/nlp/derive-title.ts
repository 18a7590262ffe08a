// A headline is a short first line set off by a blank line, or followed by the dateline's line:
//   "Troops shell border town\n\nKYIV, March 3 (Reuters) - ...", "Troops shell border town\nKYIV (Reuters) - ..."
// A first line that runs into the next one is the start of the body, not a title; so is a lead paragraph of
// one sentence ("Russian missiles struck ... , officials said."): headlines do not end with a full stop.
const TITLE_MAX_CHARS = 200;
const SENTENCE_OF_WORDS = /^(?:\S+\s+){9,}\S*[a-z0-9)"”’']\.$/;
const FIRST_LINE_THEN_BLANK = /^([^\r\n]*)\r?\n[ \t]*\r?\n/;
// ... or by the line of a wire dateline ("Rebels seize border town\nGOMA, Congo (Reuters) - ..."): a city in capitals,
// then names, the agency in brackets or a filing date, and the dash
const FIRST_LINE_THEN_DATELINE = /^([^\r\n]*)\r?\n(?=[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*)*(?:(?:,| \()[^\r\n]{0,60}?)? [-—–] )/;

export function deriveTitle(text: string): string | null {
  const match = FIRST_LINE_THEN_BLANK.exec(text) ?? FIRST_LINE_THEN_DATELINE.exec(text);
  if (match === null) return null;
  const line = match[1].trim();
  return line === '' || line.length >= TITLE_MAX_CHARS || SENTENCE_OF_WORDS.test(line) ? null : line;
}

/** The coder's reading of an untitled text: a headline is a first line set off as above with no final stop (a short
 *  opening sentence set off by a blank line, "Police detained 98 people on Saturday.", is the story's own). */
export function headlineLine(text: string): string | null {
  const line = deriveTitle(text);
  return line === null || /[.!?]["'”’)\]]*$/.test(line) ? null : line;
}
