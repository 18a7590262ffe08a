/**
 * "• Israeli jets struck three villages", "2. Police arrested the gang's leader": the bullet or number that opens a
 * point of a list is no word of its sentence. The tagger read a bullet as an adjective of the subject, and the
 * actor's phrase began with it ("• Israeli jets"). wink reads a copy with each marker as spaces, the same length as
 * the text, so offsets hold; the line still starts a sentence of its own (`opensListItem`).
 */
const MARKER = '(?:[•·▪■●◦‣*–—-]|\\d{1,2}[.)])';
const MARKER_AT_LINE_START = new RegExp(`(^|\\n)([ \\t\\u00a0]*)${MARKER}(?=[ \\t\\u00a0]+\\S)`, 'gu');
const MARKED_LINE_GAP = new RegExp(`\\n[ \\t\\u00a0]*${MARKER}[ \\t\\u00a0]+$`, 'u');

export function blankListMarkers(text: string): string {
  return text.replace(MARKER_AT_LINE_START, (whole, lineStart: string, indent: string) => lineStart + indent + ' '.repeat(whole.length - lineStart.length - indent.length));
}

/** The gap between two words (in the text as given) ends a line and opens a point of a list. */
export const opensListItem = (gap: string) => MARKED_LINE_GAP.test(gap);
