import type { Token } from '../nlp/types.ts';
import irregularVerbs from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import { knownVerb, knownWord } from '../nlp/syntax/word-lexicon-look.ts';

/**
 * Base forms a word may have, beyond the lemmatiser's answer, which is sometimes wrong or missing
 * ("staged" → "stag", "abducted" tagged as an adjective and left alone, "Troops" not lemmatised):
 * "staged" → stage, "stopped" → stop, "abducted" → abduct, "carries" → carry, "strikes" → strike,
 * "shot" → shoot, "retaken" → retake (WordNet's irregular verb forms, from the wink model).
 */
export function baseForms(token: Token): string[] {
  // the same token is asked again and again (trigger matching, then frame cues, senses...): its answer by index
  const i = token.index;
  if (recentTokens[i] === token) return recentForms[i];
  const forms = formsOf(token);
  if (i >= 0 && i < MAX_RECENT) {
    // grown in order (no holes: the arrays stay plain lists)
    while (recentTokens.length <= i) {
      recentTokens.push(null);
      recentForms.push(NO_FORMS);
    }
    recentTokens[i] = token;
    recentForms[i] = forms;
  }
  return forms;
}

// The answers for the tokens of the documents coded last, by token index: an identity check instead of a
// string lookup in the cache below. Holds at most MAX_RECENT tokens.
const recentTokens: Array<Token | null> = [];
const NO_FORMS: string[] = [];
const recentForms: string[][] = [];
const MAX_RECENT = 100_000;

function formsOf(token: Token): string[] {
  const entry = byWord.get(token.lower);
  if (entry !== undefined) {
    if (entry.lemma === token.lemma) return entry.forms;
    const other = entry.others?.get(token.lemma);
    if (other !== undefined) return other;
  }
  const forms = computeBaseForms(token);
  if (byWord.size >= MAX_WORDS) byWord.clear();
  if (entry === undefined) byWord.set(token.lower, { lemma: token.lemma, forms, others: null });
  else (entry.others ??= new Map()).set(token.lemma, forms);
  return forms;
}

// The forms depend on the word and its lemma only, and every pattern step and frame cue asks for
// them token by token: one answer per (word, lemma), shared (callers only read it), found by one
// string lookup. Cleared when it holds MAX_WORDS words, so a long ingest's memory stays flat.
interface Entry { readonly lemma: string; readonly forms: string[]; others: Map<string, string[]> | null }
const byWord = new Map<string, Entry>();
const MAX_WORDS = 50_000;

/** The forms worked out afresh (what the cache holds). */
export function computeBaseForms(token: Token): string[] {
  const out = new Set([token.lemma]);
  addForms(token.lower, out);
  // "counter-offensive", "re-took", "co-sponsored": a prefix written with a hyphen is the word written without one
  const joined = HYPHEN_PREFIX.exec(token.lower);
  if (joined) addForms(joined[1] + joined[2], out);
  // "rearrested", "re-took", "reoccupies": the act done again is the act (its rows hold for it), where the word is no
  // word of its own ("resign", "remove", "recommend" are: the tagger's lexicon knows them or their lemma)
  const again = againVerb(token, joined?.[1] === 're' ? joined[2] : null);
  if (again !== null) addForms(again, out);
  // "aides" is the plural of "aide", as the lemmatiser says, not "aid" + "-es" (nor "sides" "sid", "rides" "rid")
  const lower = token.lower;
  // (after a sibilant "-es" is the plural's own ending: "masses" is "mass" whatever the lemmatiser's "masse")
  if (lower.endsWith('es') && token.lemma === lower.slice(0, -1) && token.lemma !== lower && !/(?:s|x|z|ch|sh)es$/.test(lower)) out.delete(lower.slice(0, -2));
  return [...out];
}

const HYPHEN_PREFIX = /^(counter|re|co|pre)-([a-z]+)$/;

// the shortest verb after "re" that the rule reads ("re-arm", "retake"): shorter stems are endings ("red", "rest")
const MIN_AGAIN_STEM = 3;

/** The verb form after "re" of a word done again ("rearrested" → "arrested"), or null (`hyphened`: after "re-"). */
function againVerb(token: Token, hyphened: string | null): string | null {
  if (hyphened !== null) return hyphened.length >= MIN_AGAIN_STEM ? hyphened : null;
  const w = token.lower;
  if (!w.startsWith('re') || w.length < MIN_AGAIN_STEM + 2 || !/^[a-z]+$/.test(w)) return null;
  const stem = w.slice(2);
  if (knownWord(w) || knownWord(token.lemma) || !knownVerb(stem)) return null;
  return stem;
}

/** The word without its prefix's hyphen ("counter-offensive" → "counteroffensive"), or the word itself. */
export function withoutPrefixHyphen(word: string): string {
  const joined = HYPHEN_PREFIX.exec(word);
  return joined ? joined[1] + joined[2] : word;
}

function addForms(w: string, out: Set<string>): void {
  out.add(w);
  // "shot", "retaken", "fought" read as nouns keep no verb lemma: WordNet's irregular forms give it
  if (Object.hasOwn(irregularVerbs, w)) out.add(irregularVerbs[w]);
  if (w.length <= 3) return;
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.add(stem);
    out.add(`${stem}e`);
    if (/([bdgklmnprt])\1$/.test(stem)) out.add(stem.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.add(stem);
    out.add(`${stem}e`);
    if (/([bdgklmnprt])\1$/.test(stem)) out.add(stem.slice(0, -1));
  }
}

/**
 * The base forms of a document's tokens by index, for the trigger matcher, which asks for every token
 * of every pattern window (baseForms answers a token asked before by its index).
 */
export class FormTable {
  // "Moscow summoned him": a pronoun's forms with those of the word it stands for (resolve/pronoun-stand-ins.ts)
  private standIns: ReadonlyMap<number, string[]> = NO_STAND_INS;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The token's own forms and, for a pronoun whose antecedent is known, its antecedent's head words: what a pattern step after the head sees. */
  at(i: number): string[] {
    return this.standIns.get(i) ?? baseForms(this.tokens[i]);
  }

  /** The token's own forms only: what heads a pattern (a pronoun never opens a row). */
  own(i: number): string[] {
    return baseForms(this.tokens[i]);
  }

  /** Whether the token is a pronoun read with its antecedent's words. */
  standsIn(i: number): boolean {
    return this.standIns.has(i);
  }

  /** Sets the words each pronoun token stands for, by token index (its own forms stay first). */
  setStandIns(words: ReadonlyMap<number, readonly string[]>): void {
    const merged = new Map<number, string[]>();
    for (const [i, w] of words) merged.set(i, [...new Set([...baseForms(this.tokens[i]), ...w])]);
    this.standIns = merged;
  }
}

const NO_STAND_INS: ReadonlyMap<number, string[]> = new Map();

const tables = new WeakMap<readonly Token[], FormTable>();

/** The form table of a document's token array (one per array, made on first use). */
export function formTable(tokens: readonly Token[]): FormTable {
  let table = tables.get(tokens);
  if (!table) tables.set(tokens, (table = new FormTable(tokens)));
  return table;
}

/** The base of an irregular verb form ("struck" → strike, "fought" → fight; WordNet's exceptions), or null. */
export const irregularBase = (lower: string): string | null => (Object.hasOwn(irregularVerbs, lower) ? irregularVerbs[lower] : null);

/** An irregular past form ("held", "taken", "shot"; WordNet's exceptions): a past participle where the tree reads one. */
export const isIrregularPast = (lower: string): boolean => Object.hasOwn(irregularVerbs, lower) && !lower.endsWith('ing') && !lower.endsWith('s');
