/**
 * wink-nlp's tokenizer is quadratic in the length of a run of non-space characters (a 200 kB
 * base64 blob or a minified script pasted into an article froze coding for half a minute). No word,
 * name or URL worth coding is longer than MAX_RUN characters, so a longer run is cut by turning one
 * character in every MAX_RUN into a space. The result has the same length as the input, so token
 * offsets found in it are offsets in the original text.
 */
export const MAX_RUN = 100;

export function breakLongRuns(text: string, maxRun = MAX_RUN): string {
  if (!hasLongRun(text, maxRun)) return text;
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      run = 0;
      continue;
    }
    if (++run > maxRun) {
      out += text.slice(from, i) + ' ';
      from = i + 1;
      run = 0;
    }
  }
  return out + text.slice(from);
}

function hasLongRun(text: string, maxRun: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > maxRun) return true;
  }
  return false;
}

// The separators wink-nlp splits on: ASCII white space and the Unicode spaces news text carries.
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029
    || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x85;
}
