import type { Span } from '../schema/event.ts';

// Annotators type straight quotes while articles often carry typographic ones
// ("Kata’ib" vs "Kata'ib"). Each replacement is one UTF-16 unit for one, so
// offsets found in the folded text are valid offsets into the original.
const QUOTE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u02BC\u201B`\u2032]/g, "'"],
  [/[\u201C\u201D\u201F\u2033]/g, '"'],
];

function foldQuotes(s: string): string {
  return QUOTE_FOLDS.reduce((acc, [re, to]) => acc.replace(re, to), s);
}

// First occurrence of `evidence` in `text`, exact first, then quote-folded.
export function locateEvidence(text: string, evidence: string): Span | null {
  if (evidence.length === 0) return null;
  const exact = text.indexOf(evidence);
  if (exact >= 0) return [exact, exact + evidence.length];
  const folded = foldQuotes(text).indexOf(foldQuotes(evidence));
  return folded >= 0 ? [folded, folded + evidence.length] : null;
}
