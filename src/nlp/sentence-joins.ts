// wink-nlp ends a sentence at some periods that end no sentence in news copy:
//  - inside a dotted abbreviation written without spaces: "Sen. Chuck Schumer, D-N.Y., said" ("N." | "Y.");
//  - after a rank or title written short before a name that wink does not know: "Maj. Gen. Ahmed Ali said",
//    "Adm. Ali", "Cpl. Ali" (the abbreviations are rows of data/lexicon/honorifics.tsv written with their period);
//  - before a word in lower case on the same line: "“Who will pay for this?” the mayor asked", "“Enough!” chanted the
//    crowd", "under Section 3. of the law": a quote that ends with its own "?" or "!" goes on into its attribution, and
//    no sentence of news copy opens in lower case.
// Such a span is joined to the sentence before it.

type Span = [number, number];

/** The sentence spans (token index ranges, inclusive) with the false ends above joined. */
export function joinFalseSentenceEnds(
  spans: readonly Span[], values: readonly string[], spacesBefore: readonly string[], titlesBeforeName: ReadonlySet<string>,
): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && (endsFalsely(prev, span[0], values, spacesBefore, titlesBeforeName) || attributesQuote(prev, span, values))) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

function endsFalsely(prev: Span, next: number, values: readonly string[], spacesBefore: readonly string[], titles: ReadonlySet<string>): boolean {
  const first = values[next] ?? '';
  const last = values[prev[1]] ?? '';
  if (opensInLowerCase(prev, next, values, spacesBefore)) return true;
  if (!last.endsWith('.')) return false;
  // "N." + "Y.", "W." + "Va.": an initial right after an initial, with no space, goes on the same word (but
  // "Ethiopia.The reopening", a missing space, stays a sentence end)
  const initial = last === '.' ? values[prev[1] - 1] ?? '' : last.slice(0, -1);
  if (spacesBefore[next] === '' && /^\p{Lu}$/u.test(initial) && /^\p{Lu}\p{Ll}?\.$/u.test(first)) return true;
  // "Maj" "." | "Gen. Ahmed": a title written short, then a capitalised word
  const word = last === '.' ? values[prev[1] - 1] ?? '' : last.slice(0, -1);
  return titles.has(`${word.toLowerCase()}.`) && /^[\p{Lu}\d]/u.test(first);
}

const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);
const LOWER_START = /^\p{Ll}/u;

/**
 * The next span opens with a lower-case word on the line the last one ends on, after a stop ("." "?" "!", or one inside a
 * closing quote): the stop ended a quote or an abbreviation, not the sentence. A word with a capital inside ("iPhone",
 * "eBay") may open a sentence in lower case, and a line break may end a list item or a heading.
 */
function opensInLowerCase(prev: Span, next: number, values: readonly string[], spacesBefore: readonly string[]): boolean {
  const first = values[next] ?? '';
  if (!LOWER_START.test(first) || /\p{Lu}/u.test(first) || (spacesBefore[next] ?? '').includes('\n')) return false;
  let end = prev[1];
  if (CLOSING_QUOTES.has(values[end] ?? '')) end--;
  if (end < prev[0]) return false;
  const stop = values[end] ?? '';
  return stop === '?' || stop === '!' || stop.endsWith('.') && stop !== '...';
}

// the verbs of saying an attribution after a quote is built on ("“Enough!” Kenyan police said", "“Why?” asked Ali")
const SAYING = new Set(['said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'chanted', 'shouted', 'replied', 'declared', 'insisted', 'warned', 'stated', 'explained', 'posted', 'tweeted', 'cried', 'yelled', 'wondered', 'demanded']);
// the attribution's verb comes this early in it ("the Ukrainian army's chief of staff said" is 7 words)
const ATTRIBUTION_VERB_WITHIN = 8;

/**
 * "“We have arrested the ringleaders!” Kenyan police said in a statement", "“Why did they shoot?” asked a resident": a
 * quote that ends with its own "?" or "!" and then a capitalised speaker goes on into its attribution, so the quote's
 * acts keep their speaker (and "We" its referent). The sign: the span after the quote has a verb of saying among its
 * first words and opens no quote of its own.
 */
function attributesQuote(prev: Span, span: Span, values: readonly string[]): boolean {
  const end = prev[1];
  if (!CLOSING_QUOTES.has(values[end] ?? '') || !(values[end - 1] === '?' || values[end - 1] === '!')) return false;
  const last = Math.min(span[1], span[0] + ATTRIBUTION_VERB_WITHIN);
  for (let k = span[0]; k <= last; k++) {
    const word = values[k] ?? '';
    if (word === '“' || word === '"' || word === ',' || word === ':') return false;
    if (SAYING.has(word.toLowerCase())) return true;
  }
  return false;
}

// the platform X, named after "on" or "via": "posted on X." is no initial, "X." ends the sentence
const PLATFORM_BEFORE = new Set(['on', 'via']);
// what follows a clock time inside its sentence: "at 10 a.m. Monday", "9 p.m. EST", "3 a.m. Kyiv time"
const CLOCK = new Set(['a.m.', 'p.m.']);
const AFTER_CLOCK = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'mt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eastern', 'pacific', 'central', 'mountain', 'local', 'greenwich']);
const ELLIPSES = new Set(['...', '…']);
// the words that open a sentence and no name: after an ellipsis, one of them starts a new sentence ("The talks
// stalled ... Then rebels attacked"); a name after it goes on with the quote ("said the suspect ... Ahmed Ali had")
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'then', 'but', 'and', 'so', 'now', 'there', 'meanwhile', 'later', 'after', 'when']);

/**
 * Ends wink reads on past, so the next sentence's acts lose their subject to the sentence before:
 *  - "The minister wrote on X. Troops killed two men": "X." after "on" or "via" is the platform, not an initial;
 *  - "He arrived at 10 a.m. Police then arrested him": a clock time's "a.m." or "p.m." ends the sentence before a
 *    capitalised word that is no weekday, month or time zone (and no "Kyiv time");
 *  - "The talks stalled ... Then rebels attacked": an ellipsis before a capitalised word that opens sentences only.
 * A span is cut after such a word.
 */
export function splitAfterPlatformX(spans: readonly Span[], values: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const [first, last] of spans) {
    let from = first;
    for (let k = first + 1; k < last; k++) {
      if (!mayEndHidden(values[k] ?? '')) continue; // (most words end nothing: no look ahead for them)
      // (a line break after it is a token of its own: the next word is the first that is not blank)
      let next = k + 1;
      while (next < last && (values[next] ?? '').trim() === '') next++;
      if (endsHidden(values, k, next)) {
        out.push([from, k]);
        from = k + 1;
      }
    }
    out.push([from, last]);
  }
  return out;
}

/** The word is one `endsHidden` may end a sentence at ("X.", a clock's "a.m.", an ellipsis). */
function mayEndHidden(word: string): boolean {
  return word === 'X.' || ELLIPSES.has(word) || CLOCK.has(word.toLowerCase());
}

const OPENS_UPPER = /^\p{Lu}/u;

function endsHidden(values: readonly string[], k: number, next: number): boolean {
  const word = values[k] ?? '', following = values[next] ?? '';
  if (!OPENS_UPPER.test(following)) return false;
  if (word === 'X.') return PLATFORM_BEFORE.has((values[k - 1] ?? '').toLowerCase());
  if (CLOCK.has(word.toLowerCase())) return /^\d/.test(values[k - 1] ?? '') && !AFTER_CLOCK.has(following.toLowerCase()) && (values[next + 1] ?? '').toLowerCase() !== 'time';
  return ELLIPSES.has(word) && k > 0 && SENTENCE_OPENERS.has(following.toLowerCase());
}
