import type { AnalyzedText, Token } from '../nlp/types.ts';

/** A news outlet's word and where it stands in the name (data/lexicon/outlet-words.tsv). */
export type OutletWords = ReadonlyMap<string, ReadonlySet<'first' | 'last' | 'of'>>;

const MAX_NAME_WORDS = 3;
const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN']);
// what a paper's name may still stand before: "the Daily Nation newspaper"
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'paper', 'website', 'site', 'outlet', 'tabloid', 'reported', 'said']);
// a name's word: capitalised, in the sentence, and no sentence-opening "The" ("The Jerusalem Post" is the name "Jerusalem Post")
const capitalised = (t: Token | undefined, sentence: number) => t !== undefined && t.sentence === sentence && /^[A-Z]/.test(t.text) && /[a-z]/i.test(t.text) && t.lower !== 'the';

/**
 * The character spans of news outlets' names: "the Tehran Times", "the Sudan Tribune", "South China Morning Post",
 * "Gulf News" (one to three capitalised words before an outlet word), "Daily Sabah", "Daily Nation" (after one) and
 * "the Times of India" (after the word and "of").
 * A place or state inside such a span names the paper, not where the act was or who did it.
 */
export function outletSpans(doc: AnalyzedText, words: OutletWords): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const where = words.get(t[i].text);
    // "post-war" is no paper; nor is a capital in a headline written in title case ("Russia Post Gains")
    if (!where || t[i + 1]?.text === '-' && t[i + 1].start === t[i].end || titleCase(doc, t[i].sentence)) continue;
    const s = t[i].sentence;
    // "the Times of India", "the Times of Israel": the name after "of" is the paper's
    if (where.has('of') && t[i + 1]?.lower === 'of' && capitalised(t[i + 2], s)) {
      let last = i + 2;
      while (last < i + 1 + MAX_NAME_WORDS && capitalised(t[last + 1], s)) last++;
      spans.push({ start: t[i].start, end: t[last].end });
    }
    if (where.has('last') && capitalised(t[i - 1], s)) {
      let first = i - 1;
      while (first > i - MAX_NAME_WORDS && capitalised(t[first - 1], s) && !words.has(t[first - 1].text)) first--;
      spans.push({ start: t[first].start, end: t[i].end });
    } else if (where.has('first') && capitalised(t[i + 1], s) && !words.has(t[i + 1].text)) {
      let last = i + 1;
      while (last < i + MAX_NAME_WORDS && capitalised(t[last + 1], s) && !words.has(t[last + 1].text)) last++;
      // "Daily Russian strikes": a name that goes on into a noun phrase is an adverb's sentence, no paper
      const after = t[last + 1];
      if (after === undefined || after.sentence !== s || !NOMINAL.has(after.pos) || MEDIA_NOUNS.has(after.lower)) spans.push({ start: t[i].start, end: t[last].end });
    }
  }
  return spans;
}

/** True when [start, end) lies inside an outlet's name and is shorter than it (the name itself may be a known outlet). */
export function insideOutlet(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((o) => o.start <= start && end <= o.end && end - start < o.end - o.start);
}

/** Most of the sentence's words are capitalised: a headline in title case, where capitals say nothing of names. */
function titleCase(doc: AnalyzedText, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  const words = doc.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => /^[a-z]/i.test(t.text) && t.text.length > 3);
  return words.length >= 4 && words.filter((t) => /^[A-Z]/.test(t.text)).length > words.length * 0.6;
}
