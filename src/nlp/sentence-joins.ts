// wink-nlp ends a sentence at some periods that end no sentence in news copy:
//  - inside a dotted abbreviation written without spaces: "Sen. Chuck Schumer, D-N.Y., said" ("N." | "Y.");
//  - after a rank or title written short before a name that wink does not know: "Maj. Gen. Ahmed Ali said",
//    "Adm. Ali", "Cpl. Ali" (the abbreviations are rows of data/lexicon/honorifics.tsv written with their period).
// Such a span is joined to the sentence before it.

type Span = [number, number];

/** The sentence spans (token index ranges, inclusive) with the false ends above joined. */
export function joinFalseSentenceEnds(
  spans: readonly Span[], values: readonly string[], spacesBefore: readonly string[], titlesBeforeName: ReadonlySet<string>,
): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && endsFalsely(prev, span[0], values, spacesBefore, titlesBeforeName)) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

function endsFalsely(prev: Span, next: number, values: readonly string[], spacesBefore: readonly string[], titles: ReadonlySet<string>): boolean {
  const first = values[next] ?? '';
  const last = values[prev[1]] ?? '';
  if (!last.endsWith('.')) return false;
  // "N." + "Y.", "W." + "Va.": an initial right after an initial, with no space, goes on the same word (but
  // "Ethiopia.The reopening", a missing space, stays a sentence end)
  const initial = last === '.' ? values[prev[1] - 1] ?? '' : last.slice(0, -1);
  if (spacesBefore[next] === '' && /^\p{Lu}$/u.test(initial) && /^\p{Lu}\p{Ll}?\.$/u.test(first)) return true;
  // "Maj" "." | "Gen. Ahmed": a title written short, then a capitalised word
  const word = last === '.' ? values[prev[1] - 1] ?? '' : last.slice(0, -1);
  return titles.has(`${word.toLowerCase()}.`) && /^[\p{Lu}\d]/u.test(first);
}

// the platform X, named after "on" or "via": "posted on X." is no initial, "X." ends the sentence
const PLATFORM_BEFORE = new Set(['on', 'via']);

/**
 * "The minister wrote on X. Troops killed two men": wink reads "X." as a person's initial and runs the next sentence
 * on, so its acts lose their subject to the quote or speaker before. A span is cut after "X." that follows "on" or
 * "via" when a capitalised word comes next.
 */
export function splitAfterPlatformX(spans: readonly Span[], values: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const [first, last] of spans) {
    let from = first;
    for (let k = first + 1; k < last; k++) {
      // (a line break after it is a token of its own: the next word is the first that is not blank)
      let next = k + 1;
      while (next < last && (values[next] ?? '').trim() === '') next++;
      if (values[k] === 'X.' && PLATFORM_BEFORE.has((values[k - 1] ?? '').toLowerCase()) && /^\p{Lu}/u.test(values[next] ?? '')) {
        out.push([from, k]);
        from = k + 1;
      }
    }
    out.push([from, last]);
  }
  return out;
}
