import type { Sentence, Token } from './types.ts';
import { shippedSyntaxModel } from './syntax/index.ts';
import { normalizeForm } from './syntax/word-form.ts';
import { changedToken } from './token.ts';

/** How wink read a text: its tokens' values, tags and lemmas, and the offsets the values start at. */
export type Reading = (text: string) => ReadonlyArray<{ readonly start: number; readonly value: string; readonly pos: string; readonly lemma: string }>;

// Words this long that a headline leaves lower case are none: AP and wire style capitalise every word of four letters
// or more ("Israel Strikes Gaza As Talks Stall"); shorter ones ("to", "of", "in") may stay lower.
const LONG = 4;
const MIN_LONG_WORDS = 3;
const WORD = /^\p{L}[\p{L}'’.]*$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * "Bangladesh Court Sentences Hasina To Death", "Rebels Seize Key Town In Eastern Congo": a wire headline or an HTML
 * title written in title case has every word capitalised, so the tagger read each as a name and the verb was lost. A
 * sentence whose words of four letters or more are all capitalised, with at least one capitalised common word after its
 * first (a list of names has none), is read on its lower-case forms: each capitalised word the tagger's lexicon likely
 * tags other than PROPN and that names no known actor (`isName`) is tagged and parsed as its lower-case form
 * (`readAs`), with wink's tag and lemma of that form. Names, acronyms and unknown words keep their capitals.
 */
export function readTitleCase(text: string, tokens: Token[], sentences: readonly Sentence[], reading: Reading, isName: (lower: string) => boolean): void {
  for (const s of sentences) {
    // each word read otherwise, with the form it is read as (same length: the offsets stay)
    const forms = allCapsShaped(tokens, s) ? allCapsForms(tokens, s, isName) : new Map(commonWords(tokens, s, isName).map((k) => [k, tokens[k].text.toLowerCase()]));
    if (forms.size === 0) continue;
    const startsAt = new Map([...forms.keys()].map((k) => [tokens[k].start, k]));
    let view = '';
    for (let at = s.start; at < s.end; ) {
      const k = startsAt.get(at);
      if (k === undefined) { view += text[at++]; continue; }
      view += forms.get(k);
      at = tokens[k].end;
    }
    if (view.length !== s.end - s.start) continue;
    const reread = new Map(reading(view).map((r) => [s.start + r.start, r]));
    for (const k of forms.keys()) {
      const r = reread.get(tokens[k].start);
      if (r === undefined || r.value.length !== tokens[k].text.length) continue;
      tokens[k] = changedToken(tokens[k], { readAs: r.value, pos: r.pos, lemma: r.lemma.toLowerCase() });
    }
  }
}

/**
 * "UKRAINE SAYS RUSSIAN DRONES HIT KYIV APARTMENT BLOCK", "BANGLADESH COURT SENTENCES HASINA TO DEATH": a headline in
 * capitals tells no name from a word, and the tagger read it all as names. Each word the tagger's lexicon tags other than
 * PROPN and that names no known actor is read in lower case ("says", "drones"); a known name or a word the lexicon
 * does not know is read capitalised ("Ukraine", "Hasina"), and a known short name as it stands ("UN", "ISIS", "NATO").
 */
function allCapsForms(tokens: readonly Token[], s: Sentence, isName: (lower: string) => boolean): Map<number, string> {
  const lexicon = shippedSyntaxModel().tagger.clusters?.lexicon;
  const forms = new Map<number, string>();
  if (!lexicon) return forms;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (!WORD.test(t.text) || t.readAs !== undefined || !/\p{Lu}/u.test(t.text)) continue;
    const name = isName(t.lower) || inName(tokens, k, s, isName);
    if (!name && isCommonWord(lexicon, t.text)) forms.set(k, t.lower);
    else if (!(name && t.text.length <= SHORT_NAME)) forms.set(k, t.text[0] + t.lower.slice(1));
  }
  return forms;
}

// a known name this short is an acronym or reads as one ("UN", "US", "ISIS", "NATO")
const SHORT_NAME = 4;

/** No lower-case letter in any word, and at least three words of three letters or more: a headline in capitals. */
function allCapsShaped(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (/\p{Ll}/u.test(t.text)) return false;
    if (WORD.test(t.text) && t.text.length >= 3) words++;
  }
  return words >= MIN_LONG_WORDS;
}

/** The capitalised common words of a title-cased sentence (token indexes), or none when it is not one. */
function commonWords(tokens: readonly Token[], s: Sentence, isName: (lower: string) => boolean): number[] {
  const lexicon = shippedSyntaxModel().tagger.clusters?.lexicon;
  if (!lexicon || !titleShaped(tokens, s)) return [];
  const common: number[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (!WORD.test(t.text) || t.readAs !== undefined || !CAPITALISED.test(t.text) || inName(tokens, k, s, isName)) continue;
    if (isCommonWord(lexicon, t.text)) common.push(k);
  }
  return common.some((k) => k > s.tokenStart) ? common : [];
}

type Lexicon = NonNullable<NonNullable<ReturnType<typeof shippedSyntaxModel>['tagger']['clusters']>['lexicon']>;

/**
 * The tagger's lexicon tags the word other than PROPN; or it does not know the word, an -s form of a word it tags so
 * ("Raids", "Torches": the treebank had "raid" and "torch" only), which a headline's verb or plural noun is.
 */
function isCommonWord(lexicon: Lexicon, word: string): boolean {
  const common = (w: string) => {
    const id = lexicon.classOf.get(normalizeForm(w));
    return id === undefined ? undefined : !lexicon.classNames[id].startsWith('PROPN:');
  };
  const known = common(word);
  if (known !== undefined) return known;
  // "Retake", "Recaptures": a verb the lexicon knows with "re" before it
  const lower = word.toLowerCase();
  if (lower.startsWith('re') && lower.length > 5 && isCommonWord(lexicon, lower.slice(2))) return true;
  const stem = PLURAL.exec(lower);
  if (stem === null) return false;
  return common(stem[1]) === true || common(`${stem[1]}e`) === true || stem[2] === 'ies' && common(`${stem[1]}y`) === true;
}
// "raids" → raid, "torches" → torch(e), "supplies" → suppl(y); not "-ss" ("Hess")
const PLURAL = /^(\p{L}{3,}?)(es|ies|s)$/u;

/**
 * Every word of four letters or more capitalised, at least three of them, and no full stop at the end: a headline
 * has none, and prose whose long words are all names has one ("The Security Council met in New York on Monday.").
 */
function titleShaped(tokens: readonly Token[], s: Sentence): boolean {
  if (tokens[s.tokenEnd - 1]?.text === '.') return false;
  let long = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (!WORD.test(t.text) || t.readAs !== undefined || t.text.length < LONG) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    long++;
  }
  return long >= MIN_LONG_WORDS;
}

/**
 * The word is a known name or part of one with a capitalised neighbour or two ("Security Council", "New York", "Red
 * Cross"): a sentence of names is no headline ("The Security Council met in New York on Monday").
 */
function inName(tokens: readonly Token[], k: number, s: Sentence, isName: (lower: string) => boolean): boolean {
  const capital = (j: number) => j >= s.tokenStart && j < s.tokenEnd && /^\p{Lu}/u.test(tokens[j].text);
  const words = (from: number, to: number) => tokens.slice(from, to + 1).map((t) => t.lower).join(' ');
  for (let from = k - 2; from <= k; from++) {
    for (let to = Math.max(k, from); to <= from + 2; to++) {
      if (from >= s.tokenStart && to < s.tokenEnd && (from === to || [...Array(to - from + 1).keys()].every((i) => capital(from + i))) && isName(words(from, to))) return true;
    }
  }
  return false;
}
