/**
 * A name's span never opens a parenthesis it does not close. The gazetteer matches on text with its
 * punctuation folded away, so "Rapid Support Forces (RSF)" mapped back can end before the ")": the span
 * takes the ")" that follows, or, when none does, ends before the "(" ("Rapid Support Forces (RSF" → both ways
 * one balanced phrase).
 */
export function balancedEnd(text: string, start: number, end: number): number {
  const phrase = text.slice(start, end);
  const opened = phrase.lastIndexOf('(');
  if (opened < 0 || phrase.indexOf(')', opened) >= 0) return end;
  if (text[end] === ')') return end + 1;
  return start + phrase.slice(0, opened).trimEnd().length;
}
