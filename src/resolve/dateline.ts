/**
 * The dateline of a wire story: "WASHINGTON / PORT-AU-PRINCE - Thousands filled ...", "KABUL, Afghanistan (VOA) —",
 * "KYIV, Dec 1 (Reuters) -", "GENEVA, June 3, 2024 (AFP) -". The cities there say where the reporter filed from, not
 * who acted, and the agency in brackets is the outlet: a name inside it is never a participant.
 */
const FILING_DATE = String.raw`(?:,?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?`;
const DATELINE = new RegExp(String.raw`^[ \t]*((?:[A-Z][A-Z.'’-]*)(?:[ \t]*[ \t/,][ \t]*[A-Z][A-Za-z.'’-]*)*)` + FILING_DATE + String.raw`[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-—–][ \t]`);

/** The span of the dateline at the start of the text (or of its second line, after a title), or null. */
export function datelineSpan(text: string): { start: number; end: number } | null {
  const starts = [0];
  const firstBreak = text.indexOf('\n');
  if (firstBreak >= 0 && firstBreak < 300) starts.push(firstBreak + 1 + (/^\s*/.exec(text.slice(firstBreak + 1))?.[0].length ?? 0));
  for (const start of starts) {
    const m = DATELINE.exec(text.slice(start, start + 120));
    // the first word is all capitals: "WASHINGTON", not a sentence that starts "Iran - the country"; a two-letter
    // article opens a city in capitals too ("LA PAZ, Bolivia", "EL FASHER, Sudan", "DA NANG, Vietnam")
    if (m && /^[ \t]*(?:[A-Z][A-Z.'’-]{2,}|[A-Z]{2}[ \t]+[A-Z]{2,})\b/.test(m[1]) && !/[a-z]/.test(m[1].split(/[,/]/)[0])) return { start: start + m.index, end: start + m[0].length };
  }
  return null;
}
