import type { Token } from '../nlp/types.ts';
import { isCountHedgeWord } from './quantifier.ts';
import { prenominalParticiple } from './gap-participle.ts';

// The window of a pattern step: which tokens may sit between its words, where a `*` gap stops, and what counts
// as one word inside it (an amount, coordinated nominals). pattern-trie.ts walks the patterns over these windows.

// Tokens that may sit between the words of a pattern without a `*`:
// "imposed new sanctions on", "fired two rockets at", "held talks with".
export const IMPLICIT_GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN', 'PROPN']);
const GAP_PARTICLES = new Set(['of', 'off', 'up', 'out', 'down', 'back', 'away']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);
// a wh-adverb tagged as an adverb still opens a clause: "were killed when troops raided" is no "kill * troop"
const CLAUSE_ADVERBS = new Set(['when', 'whenever', 'where', 'while', 'whereas']);

// A `*` gap stops at words that open another phrase or clause: "dispersed peacefully after the rally"
// is not "disperse * rally"; the hedge of a count does not ("pardoned more than 3,000 prisoners").
export function gapStops(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  if (isCountHedgeWord(tokens, j, end)) return false;
  if (t.pos === 'PUNCT') return t.text !== '-' && !isPluralPossessive(tokens, j, end) && !isScareQuote(tokens, j, end);
  if (t.pos === 'VERB') return !prenominalParticiple(tokens, j, end) && !pluralNounReadAsVerb(tokens, j, end);
  if (t.pos === 'SCONJ' && t.lower === 'that') return !pointingThat(tokens, j, end);
  if (t.pos === 'CCONJ' || t.pos === 'SCONJ') return true;
  if (t.pos === 'ADP') return !GAP_PARTICLES.has(t.lower); // "showed off its power": particles belong to the verb
  if (t.pos === 'ADV' && CLAUSE_ADVERBS.has(t.lower)) return true;
  return t.pos === 'PRON' && RELATIVE_PRONOUNS.has(t.lower);
}

/**
 * "information on sabotage suspects with Germany": a plural noun the word tagger read as a verb, after a preposition's
 * noun and before the next preposition, is the head of that noun phrase (a finite verb takes no preposition there).
 */
function pluralNounReadAsVerb(tokens: readonly Token[], j: number, end: number): boolean {
  return j + 1 < end && /[^s]s$/.test(tokens[j].lower) && tokens[j - 1]?.pos === 'NOUN' && tokens[j - 2]?.pos === 'ADP' && tokens[j + 1].pos === 'ADP';
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d']);
const LOWER_WORD = /^[a-z]/;

/**
 * "would take \"resolute countermeasures\" if", "imposed \"crippling\" sanctions": a quote mark before a lower-case word
 * sets off words inside the phrase, no stop of a gap (a quotation opens with a capital or after a comma or colon).
 */
function isScareQuote(tokens: readonly Token[], j: number, end: number): boolean {
  return QUOTE_MARKS.has(tokens[j].text) && j + 1 < end && LOWER_WORD.test(tokens[j + 1].text) && tokens[j - 1] !== undefined && !/^[,:]$/.test(tokens[j - 1].text);
}

const APOSTROPHES = new Set(["'", '\u2019']);
const POSSESSED_START = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "met the strikers' demands", "accepted the protesters' demands": the apostrophe of a plural possessive, tokenized
 * apart after a noun in -s and before the possessed noun's words, is part of the phrase, no stop of a gap.
 */
export function isPluralPossessive(tokens: readonly Token[], j: number, end: number): boolean {
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  return APOSTROPHES.has(tokens[j].text) && j + 1 < end && before !== undefined && before.sentence === tokens[j].sentence
    && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.lower.endsWith('s') && POSSESSED_START.has(next.pos);
}

/**
 * "rejected that proposal on Tuesday", "welcomed that decision, saying ...": "that" before a singular noun whose
 * stretch up to the next punctuation has no verb points at the noun, as "this" does; "said that talks would resume",
 * "warned that violence would spread", "said that Israel ..." open a clause.
 */
function pointingThat(tokens: readonly Token[], j: number, end: number): boolean {
  let k = j + 1;
  while (k < end && tokens[k].pos === 'ADJ') k++;
  if (k >= end || tokens[k].pos !== 'NOUN' || tokens[k].lemma !== tokens[k].lower) return false;
  for (k++; k < end && tokens[k].pos !== 'PUNCT'; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  return true;
}

/**
 * "froze $7 billion of Afghan reserves", "froze 7.5 billion francs in Russian assets", "sent 3,000 tons of": an
 * amount (a sign, its numbers, a unit noun and its partitive "of"/"in") inside a gap counts as one word.
 * Returns the index after the amount (j + 1 when there is none beyond the first word).
 */
export function measureEnd(tokens: readonly Token[], j: number, end: number): number {
  let k = j + 1;
  while (k < end && tokens[k].pos === 'NUM') k++;
  const partitive = (i: number) => i < end && (tokens[i].lower === 'of' || tokens[i].lower === 'in');
  if (partitive(k)) return k + 1;
  if (k < end && tokens[k].pos === 'NOUN' && partitive(k + 1)) return k + 2;
  return k;
}

const NOMINAL_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** "and"/"or"/a comma between two nominals: the coordinated objects of one pattern word ("troops and tanks"). */
export function joinsNominals(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  if (t.pos === 'CCONJ' ? t.lower !== 'and' && t.lower !== 'or' : t.text !== ',') return false;
  // (a comma before a determiner opens an apposition, no list: "released 30 prisoners, the first release under the truce")
  if (t.text === ',' && tokens[j + 1]?.pos === 'DET') return false;
  return j + 1 < end && NOMINAL_POS.has(tokens[j + 1].pos) && (tokens[j - 1]?.pos === 'NOUN' || tokens[j - 1]?.pos === 'PROPN');
}

const CONJUNCT_POS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
const COMMON_POS = new Set(['ADJ', 'NOUN']);
/**
 * Inside a `*` gap, "and"/"or"/a comma joins two objects ("sending experts and vaccine doses to") only when the
 * conjunct is a bare nominal that no verb follows: "arrested protesters and police fired", "detained the leader and
 * the minister resigned" start a clause of their own.
 */
export function joinsGapNominals(tokens: readonly Token[], j: number, end: number): boolean {
  if (joinsModifiers(tokens, j, end)) return true;
  if (!joinsNominals(tokens, j, end) || !CONJUNCT_POS.has(tokens[j + 1].pos)) return false;
  // a comma lists common nouns only ("engineers, tents and food"): after a name it may open an apposition or a list of
  // places, before an -ing word a participle clause ("charged the crowd, firing rubber bullets")
  if (tokens[j].text === ',' && (tokens[j - 1].pos !== 'NOUN' || !COMMON_POS.has(tokens[j + 1].pos) || tokens[j + 1].lower.endsWith('ing'))) return false;
  let k = j + 1;
  while (k < end && CONJUNCT_POS.has(tokens[k].pos)) k++;
  return k >= end || tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX';
}

/**
 * "fired 18 ballistic and cruise missiles at", "used chemical and conventional bombs", "heavy and light weapons": "and"/"or"
 * after an adjective, before words that end in the noun both modify, joins two modifiers of one noun inside a `*` gap.
 * The run after the coordinator holds only adjectives and nouns and no verb follows it ("the talks were long and
 * soldiers fired" starts a clause of its own).
 */
function joinsModifiers(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  if (t.pos !== 'CCONJ' || t.lower !== 'and' && t.lower !== 'or' || tokens[j - 1]?.pos !== 'ADJ' || j + 2 >= end) return false;
  let k = j + 1;
  while (k < end && COMMON_POS.has(tokens[k].pos)) k++;
  // (at least one word after the first conjunct's: the modified noun itself, "ballistic and cruise | missiles")
  return k - (j + 1) >= 2 && tokens[k - 1].pos === 'NOUN' && (k >= end || tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX');
}
