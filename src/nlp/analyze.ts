import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedText, Sentence, Token } from './types.ts';
import { breakLongRuns } from './long-runs.ts';
import { blankListMarkers, opensListItem } from './list-markers.ts';
import { opensDatedEntry } from './dated-entry.ts';
import { blankNicknameQuotes } from './nickname-quotes.ts';
import { blankScareQuotes } from './scare-quotes.ts';
import { retagSaid } from './said-verb.ts';
import { continuesWord, joinedTag } from './split-letters.ts';
import { datelineDash } from './syntax/set-aside-words.ts';
import { joinFalseSentenceEnds, splitAfterPlatformX } from './sentence-joins.ts';
import { joinHyphenTitles } from './hyphen-titles.ts';
import { readTitleCase, type Reading } from './title-case.ts';
import { retagTenureAdjectives } from './tenure-adjectives.ts';
import { retagCommonWordNames } from './common-word-names.ts';
import { readQuoteStopsAsCommas } from './quote-stops.ts';
import { stopAfterLocators } from './headline-locator.ts';
import { changedToken, makeToken } from './token.ts';

/** What the knowledge base tells the tagger about words (each optional: without it, that repair is off). */
export interface WordKnowledge {
  readonly hyphenTitles?: ReadonlyMap<string, string>; // hyphened titles read as one noun, form → lemma (nlp/hyphen-titles.ts)
  readonly isName?: (lower: string) => boolean; // a known actor's name, which a title-cased sentence keeps capitalised (nlp/title-case.ts)
  readonly tenureAdjectives?: ReadonlySet<string>; // "former", "outgoing" (nlp/tenure-adjectives.ts) ...
  readonly opensOffice?: (lower: string) => boolean; // ... before a nationality, a country or a title
  readonly commonWordNames?: ReadonlySet<string>; // names that are also common words, "Bill Ruto" (nlp/common-word-names.ts)
  readonly isCountry?: (name: string) => boolean; // a country's name, which may head a headline as its place (nlp/headline-locator.ts)
}

// Only sentence boundaries and POS (lemmas are read from the POS): wink's NER, negation, sentiment and
// custom-entity passes feed nothing here and cost a fifth of its time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Sentences, tokens, POS and lemmas from wink-nlp, with character offsets into `text`.
 * wink-nlp reports token values, not offsets, so we find each token in the text
 * from a moving cursor (tokens come in text order). `titlesBeforeName` ("maj."): short titles whose period ends
 * no sentence (nlp/sentence-joins.ts). `words`: what the knowledge base tells the tagger (`WordKnowledge`).
 */
export function analyze(text: string, titlesBeforeName: ReadonlySet<string> = new Set(), words: WordKnowledge = {}): AnalyzedText {
  const { hyphenTitles = new Map(), isName = () => false } = words;
  // wink reads a copy with over-long runs of non-space characters cut; it has the same length, so
  // offsets found in it hold for `text`
  // (and with a nickname's quote marks inside a name blanked: nickname-quotes.ts, and a scare-quoted word's:
  // scare-quotes.ts)
  // (and a headline's opening place ended with a stop: headline-locator.ts)
  const { seen, colons } = stopAfterLocators(blankListMarkers(blankScareQuotes(blankNicknameQuotes(breakLongRuns(text)))), words.isCountry ?? (() => false));
  const doc = nlp.readDoc(seen);
  // whole columns at once: one call per property instead of an item object per token
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const tags = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const spacesBefore = all.out(its.precedingSpaces) as string[];
  const spans = splitAfterPlatformX(joinFalseSentenceEnds(doc.sentences().out(its.span) as unknown as Array<[number, number]>, values, spacesBefore, titlesBeforeName), values);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const [first, last] of spans) {
    const tokenStart = tokens.length;
    for (let k = first; k <= last; k++) {
      const value = values[k];
      const pos = tags[k];
      if (pos === 'SPACE' || value.trim() === '') continue;
      let start = seen.indexOf(value, cursor);
      // wink normalised the token: keep the cursor (a blank run before it, as a blanked line leaves, is no sign of that)
      if (start < 0 || (start - cursor > 50 && start - pastSpaces(seen, cursor) > 50)) start = cursor;
      const end = Math.min(text.length, start + value.length);
      cursor = end;
      const prev = tokens.length > tokenStart ? tokens[tokens.length - 1] : undefined;
      if (prev && continuesWord(prev, value, start)) {
        const joined = prev.text + value;
        tokens[tokens.length - 1] = changedToken(prev, { text: joined, lower: joined.toLowerCase(), lemma: joined.toLowerCase(), pos: joinedTag(joined, prev.pos, pos), end });
        continue;
      }
      const lower = value.toLowerCase();
      if (colons.has(start) && value === '.') {
        tokens.push(makeToken(tokens.length, ':', ':', ':', pos, start, end, sentences.length));
        continue;
      }
      tokens.push(makeToken(tokens.length, value, lower, (String(lemmas[k]) || lower).toLowerCase(), pos, start, end, sentences.length));
    }
    joinHyphenTitles(tokens, tokenStart, hyphenTitles);
    if (tokens.length === tokenStart) continue;
    const lineStarts = datelineLineStarts(text, tokens, tokenStart);
    // A run-on "sentence" (a table, a list, text without full stops) is cut into pieces of at most
    // MAX_TOKENS at a comma or conjunction, so per-sentence work stays linear.
    for (let from = tokenStart; from < tokens.length; ) {
      const lineStart = lineStarts.find((k) => k > from);
      let to = Math.min(lineStart ?? tokens.length, tokens.length, from + MAX_TOKENS);
      if (to < tokens.length) {
        for (let k = to - 1; k > from + MAX_TOKENS / 2; k--) {
          if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ') {
            to = k + 1;
            break;
          }
        }
      }
      for (let k = from; k < to; k++) (tokens[k] as { sentence: number }).sentence = sentences.length;
      const start = tokens[from].start;
      const end = tokens[to - 1].end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokenStart: from, tokenEnd: to });
      from = to;
    }
  }
  readTitleCase(text, tokens, sentences, winkReading, isName);
  retagTenureAdjectives(tokens, sentences, words.tenureAdjectives ?? new Set(), words.opensOffice ?? (() => false));
  retagCommonWordNames(text, tokens, sentences, winkReading, words.commonWordNames ?? new Set(), isName);
  retagSaid(tokens);
  readQuoteStopsAsCommas(tokens, sentences);
  return { text, sentences, tokens };
}

const MAX_TOKENS = 120;

const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/;
/** wink's tokens of a short text with their offsets in it (a title-cased sentence read again in lower case). */
const winkReading: Reading = (text) => {
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  let cursor = 0;
  return values.map((value, k) => {
    const start = text.indexOf(value, cursor);
    cursor = start < 0 ? cursor : start + value.length;
    return { start, value, pos: tags[k], lemma: String(lemmas[k] || value) };
  });
};

/**
 * Lines that start a sentence of their own, though the one before has no final stop:
 *  - a line that opens with a dateline. "Rebels seize border town\nGOMA, Congo (Reuters) - M23 rebels …": a
 *    headline line has no final stop, so the sentence splitter runs it into the dateline's sentence;
 *  - an item of a list ("Key points:\n• Hamas accused Israel of blocking aid\n- Egypt hosted talks");
 *  - a line after a blank one, though the blank line holds spaces (page furniture blanked to spaces, indentation);
 *  - an entry of a timeline ("February 2014 - Russia annexes Crimea": nlp/dated-entry.ts).
 * A hard-wrapped line of running text goes on the sentence before it.
 */
function datelineLineStarts(text: string, tokens: readonly Token[], tokenStart: number): number[] {
  const starts: number[] = [];
  for (let k = tokenStart + 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (!gap.includes('\n')) continue;
    if (BLANK_LINE.test(gap) || opensListItem(gap) || opensDatedEntry(text, tokens[k].start) || datelineDash(tokens.slice(k, k + 17).map((t) => t.text)) >= 0) starts.push(k);
  }
  return starts;
}

function pastSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
