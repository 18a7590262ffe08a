import type { Sentence, Token } from '../nlp/types.ts';

// made once (a literal in a function made a new RegExp at every call)
const PAST_PARTICIPLE_ENDING = /(ed|en)$/;
const POSSESSIVE_S = /^['’]s$/;
const APOSTROPHE = /^['’]$/;
const S_ENDING = /s$/i;
const LOWER_START = /^[a-z]/;
const ING_OR_S = /(ing|s)$/;

// What a token is, read from its neighbours: shared by the trigger matcher and its reference scan in tests.

const VERB_POS = new Set(['VERB']);

/** "US-occupied base", "Iran-backed militia", "the occupied territories": a participle used as an adjective. */
export function isAdjectival(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const prev = i > sentence.tokenStart ? tokens[i - 1] : undefined;
  if (!prev) return false;
  // "a U.S.-led raid" modifies its noun; "test-fired two missiles", "air-dropped the aid" acts on an object
  if (prev.text === '-' && prev.end === tokens[i].start) return !OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '');
  // "a Lebanese armed group", "the detained president": determiner, modifier, participle, noun
  const before = tokens[i - 2];
  if (before && i - 2 >= sentence.tokenStart && before.pos === 'DET' && (prev.pos === 'ADJ' || prev.pos === 'PROPN') && tokens[i + 1]?.pos === 'NOUN' && PAST_PARTICIPLE_ENDING.test(tokens[i].lower)) return true;
  return (prev.pos === 'DET' || prev.pos === 'ADJ') && PAST_PARTICIPLE_ENDING.test(tokens[i].lower) && tokens[i + 1]?.pos !== 'DET';
}

// words that open a verb's object: a hyphenated participle before them is a verb
const OBJECT_OPENERS = new Set(['DET', 'NUM']);
// after a modal, a possessive or a name opens the object too: "would close its airspace", "will expel Russia's envoy"
const MODAL_OBJECT_OPENERS = new Set([...OBJECT_OPENERS, 'PRON', 'PROPN']);

/**
 * "food and medicine supplied by Qatar arrived", "a village shelled by the army": a past participle right after the noun
 * it describes, with its doer in a "by" phrase, is a passive with no "be" (a reduced relative clause).
 */
export function isReducedPassive(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  if (i <= sentence.tokenStart || i + 2 >= sentence.tokenEnd || tokens[i + 1].lower !== 'by') return false;
  const participle = PAST_PARTICIPLE_ENDING.test(t.lower) || t.lemma !== t.lower && !ING_OR_S.test(t.lower);
  return participle && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN');
}

/** "was", "were", "got" (adverbs allowed between) right before the verb: a passive may follow. */
export function followsBe(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  let aux = i - 1;
  while (aux > sentence.tokenStart && (tokens[aux].pos === 'ADV' || tokens[aux].pos === 'PART')) aux--;
  return aux >= sentence.tokenStart && (tokens[aux].lemma === 'be' || tokens[aux].lemma === 'get');
}

// verbs of beginning, continuing and ending: the -ing word after them is a verb ("begun relaxing sanctions")
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
/** The word comes right after a modal auxiliary, or after it and "not" or an adverb ("would soon close"). */
function followsModal(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  let k = i - 1;
  while (k > sentence.tokenStart && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return tokens[k].pos === 'AUX' && MODALS.has(tokens[k].lower);
}
const ASPECTUAL = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'cease', 'finish', 'quit']);

/** An -ing word right after a verb of beginning, continuing or ending is that verb's complement, a verb. */
export function followsAspectualVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i].lower.endsWith('ing') && prev !== undefined && prev.pos === 'VERB' && ASPECTUAL.has(prev.lemma);
}

/** A verb, or a participle the tagger took for an adjective: "Gunmen abducted", "were tortured". */
export function isVerbLike(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  if (VERB_POS.has(t.pos)) return !isAdjectival(tokens, i, sentence);
  // "Abiy was in Eritrea", "is at Camp David": a copula before a preposition and a name is the verb of a stay
  if (t.pos === 'AUX' && t.lemma === 'be' && i + 2 < sentence.tokenEnd && tokens[i + 1].pos === 'ADP' && tokens[i + 2].pos === 'PROPN') return true;
  // "have begun relaxing sanctions", "started shelling the town": the tagger reads an adjective or a noun
  if (i > sentence.tokenStart && followsAspectualVerb(tokens, i)) return true;
  // "it would close the Strait of Hormuz", "will close its border": after a modal, a word with an object is a bare verb
  if (i > sentence.tokenStart && followsModal(tokens, i, sentence) && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADV') && MODAL_OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '')) return true;
  // "North Korea test-fired two missiles": the first part of a hyphenated verb, tagged a noun
  if (t.pos === 'NOUN' && tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end && tokens[i + 2]?.pos === 'VERB' && i + 3 < sentence.tokenEnd && OBJECT_OPENERS.has(tokens[i + 3].pos)) return true;
  if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !t.lower.endsWith('ed')) return false;
  const prev = tokens[i - 1];
  return i > sentence.tokenStart && ['NOUN', 'PROPN', 'PRON', 'AUX'].includes(prev.pos);
}

// what may stand before a noun; an adjective after one of them with no noun to modify is itself the noun
const BEFORE_NOUN = new Set(['DET', 'ADJ', 'PRON']);
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);

/**
 * "the army's offensive against the rebels", "the offensive began", "their offensive stalled": a word the tagger
 * read as an adjective is a noun when a determiner or possessive opens it and no noun follows for it to modify
 * ("its offensive capabilities", "was offensive", "offensive and defensive weapons" stay adjectives).
 */
export function isAdjectiveAsNoun(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (tokens[i].pos !== 'ADJ' || i <= sentence.tokenStart) return false;
  const prev = tokens[i - 1];
  // "the army's", "the rebels'": the possessive mark, or a bare apostrophe closing a plural
  const possessive = prev.pos === 'PART' && POSSESSIVE_S.test(prev.lower) || APOSTROPHE.test(prev.text) && i - 2 >= sentence.tokenStart && tokens[i - 2].end === prev.start && S_ENDING.test(tokens[i - 2].text);
  if (!possessive && !BEFORE_NOUN.has(prev.pos)) return false;
  const next = i + 1 < sentence.tokenEnd ? tokens[i + 1] : undefined;
  return next === undefined || !(MODIFIED.has(next.pos) || next.text === '-');
}

/**
 * "a sit-in led by the cleric", "the walk-out", "the troop pull-out": a word joined by a hyphen to a particle is one
 * noun, though the tagger reads the particle as a preposition or adverb (the rows "sit|sleep|lie - in", "walk - out").
 */
export function isParticleCompound(tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  if (last - 2 < sentence.tokenStart || !PARTICLE_POS.has(tokens[last].pos)) return false;
  const dash = tokens[last - 1];
  return dash.text === '-' && dash.start === tokens[last - 2].end && tokens[last].start === dash.end;
}
const PARTICLE_POS = new Set(['ADP', 'ADV', 'PART']);

/**
 * An event noun is the head of its phrase: "aid workers" is about workers, not aid. A headline's capitalised common
 * noun is read in lower case (`readAs`, nlp/title-case.ts): "Aid Workers Killed", "PROTEST LEADERS ARRESTED".
 */
export function isHead(tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  const next = tokens[last + 1];
  return !(next && last + 1 < sentence.tokenEnd && next.pos === 'NOUN' && LOWER_START.test(next.readAs ?? next.text));
}

/** "Marshall Islands-flagged tanker", "a Gaza-based group": a word joined by a hyphen to the next one modifies it. */
export function isCompoundModifier(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const dash = tokens[i + 1];
  const next = tokens[i + 2];
  return i + 2 < sentence.tokenEnd && dash.text === '-' && dash.start === tokens[i].end && next.start === dash.end;
}

const CAPITALS = /^[A-Z][A-Z0-9]+$/;
const LOWER_LETTER = /[a-z]/;
/**
 * "the New START treaty", "the AUKUS pact": a word in capitals (two letters or more) in a sentence that is not
 * itself written in capitals is a name or acronym, whatever tag it got; it supports no act as a verb.
 */
export function isCapitalsName(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (!CAPITALS.test(tokens[i].text)) return false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (LOWER_LETTER.test(tokens[k].text)) return true;
  return false;
}

