import type { AnalyzedText } from '../nlp/types.ts';

// "a La Liga match between Sevilla and Betis", "the derby against Roma", "Napoli fans", "fans of Millwall and Leeds":
// around the words of data/lexicon/club-words.tsv a town's name names a sports club. The club's town is not where the
// act happened (nor a country's target): a match's sides follow its noun, a club's followers come after its name or
// before "of" it.

const SIDES_AFTER = new Set(['between', 'against', 'versus', 'vs', 'vs.']);
const CAPITALISED = /^\p{Lu}/u;

/** The spans of the clubs the text names around its club words. */
export function clubNames(doc: AnalyzedText, clubWords: ReadonlyMap<string, 'contest' | 'supporters'> | undefined): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!clubWords || clubWords.size === 0) return out;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const kind = clubWords.get(tokens[i].lower);
    if (kind === undefined) continue;
    const next = tokens[i + 1];
    if (kind === 'contest' && next && SIDES_AFTER.has(next.lower)) out.push(...namesFrom(doc, i + 2));
    else if (kind === 'supporters') {
      if (next?.lower === 'of') out.push(...namesFrom(doc, i + 2));
      const before = nameBefore(doc, i);
      if (before) out.push(before);
    }
  }
  return out;
}

/** The capitalised name at token i and one joined to it by "and" or a comma: "Sevilla and Betis", "Millwall, Leeds". */
function namesFrom(doc: AnalyzedText, i: number): Array<{ start: number; end: number }> {
  const first = nameAt(doc, i);
  if (!first) return [];
  const gap = doc.tokens[first.last + 1];
  const second = gap && (gap.lower === 'and' || gap.text === ',') ? nameAt(doc, first.last + 2) : null;
  return second ? [first, second] : [first];
}

function nameAt(doc: AnalyzedText, i: number): { start: number; end: number; last: number } | null {
  const tokens = doc.tokens;
  const sentence = tokens[i - 1]?.sentence;
  let j = i;
  while (j < tokens.length && tokens[j].sentence === sentence && CAPITALISED.test(tokens[j].text) && j - i < 4) j++;
  return j > i ? { start: tokens[i].start, end: tokens[j - 1].end, last: j - 1 } : null;
}

/** The capitalised name right before token i: "Napoli fans", "Real Madrid supporters". */
function nameBefore(doc: AnalyzedText, i: number): { start: number; end: number } | null {
  const tokens = doc.tokens;
  let j = i - 1;
  while (j >= 0 && tokens[j].sentence === tokens[i].sentence && CAPITALISED.test(tokens[j].text) && i - j <= 4) j--;
  return j < i - 1 ? { start: tokens[j + 1].start, end: tokens[i - 1].end } : null;
}
