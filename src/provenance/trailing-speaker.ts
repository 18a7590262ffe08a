import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { longerNameEnd, plainSpeaker } from './speaker-phrase.ts';
import { opensTimeOfDay } from './closing-verb.ts';

// what a speaker's words may be: "officials", "local aid workers", "the state-run KBC", "police in Kano"
const SPEAKER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const MAX_WORDS = 8;
// nouns of a charge someone answers; "reports" is hearsay, not a charge (frames.ts)
const ANSWERED_CLAIMS = new Set(['charge', 'claim', 'accusation', 'allegation']);

/**
 * The speaker of a reporting verb that closes its sentence after a comma: "Gunmen stormed the church on Sunday,
 * killing three, witnesses said"; "... when militants attacked a military base near the capital, officials say";
 * "Rebels shelled the airport, aid workers in Goma say". The phrase between the comma and the verb is the
 * speaker (an actor phrase that starts there, else the words themselves), whatever the word-level subject search
 * makes of the comma. Null when the words there are not a noun phrase ("..., it said", "..., as he said").
 */
export function trailingSpeaker(ctx: SentenceContext, verb: number): { speaker: ActorPhrase; comma: number } | null {
  const words = wordsBefore(ctx, verb) ?? relativeSpeakerWords(ctx, verb);
  if (!words || ctx.doc.tokens[words.first - 1]?.text !== ',') return null;
  if (answeredClaim(ctx, verb)) return null;
  return { speaker: speakerOver(ctx, words.first, words.last), comma: words.first - 1 };
}

// what the words of a speaker after its verb may be: "said two Palestinian officials", "said the state news agency SANA",
// "said a spokesman for the army"
const AFTER_VERB_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'PUNCT']);
const INVERTING = new Set(['said', 'says', 'added', 'wrote']);

/**
 * "Israeli troops killed three men in Jenin, said two Palestinian officials": the verb right after the comma, and a
 * noun phrase after it that closes the sentence, is who says what came before (the subject search reads the first
 * clause's subject for it). Not "..., said it had targeted ..." (a clause after the verb: the verb is the act's second).
 */
export function invertedSpeaker(ctx: SentenceContext, verb: number): { speaker: ActorPhrase; comma: number } | null {
  const t = ctx.doc.tokens;
  // (only verbs that invert so, and a speaker that opens on no preposition: "..., said in a statement", "...,
  // confirmed the fighting to VOA" are the first clause's speaker's words)
  if (t[verb - 1]?.text !== ',' || !INVERTING.has(t[verb].lower) || t[verb + 1]?.pos === 'ADP') return null;
  // ("..., Shahid Rind, said late on Wednesday": the time it was said, no speaker after the verb)
  if (opensTimeOfDay(t, verb + 1, ctx.sentence.tokenEnd)) return null;
  let last = ctx.sentence.tokenEnd - 1;
  while (last > verb && t[last].pos === 'PUNCT') last--;
  // "..., said Marie Kahindo, a local official": an apposition closing the sentence describes the speaker before it
  const aside = apposedDescription(t, verb, last);
  if (aside > 0) last = aside - 1;
  if (last <= verb || last - verb > MAX_WORDS || !NOMINAL.has(t[last].pos)) return null;
  for (let k = verb + 1; k <= last; k++) if (!AFTER_VERB_WORDS.has(t[k].pos) || t[k].text === ',' || t[k].lower === 'that' || t[k].lower === 'to') return null;
  return { speaker: speakerOver(ctx, verb + 1, last), comma: verb - 1 };
}

const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_APPOSITION = 12;

/** The comma opening "a commander of the operation" after an inverted speaker when that apposition closes the sentence; -1 if none. */
function apposedDescription(t: SentenceContext['doc']['tokens'], verb: number, last: number): number {
  let comma = -1;
  for (let k = verb + 1; k <= Math.min(last, verb + MAX_WORDS + 1); k++) if (t[k].text === ',') { comma = k; break; }
  if (comma < 0 || !ARTICLES.has(t[comma + 1]?.lower ?? '') || last - comma > MAX_APPOSITION) return -1;
  for (let k = comma + 1; k <= last; k++) if (!AFTER_VERB_WORDS.has(t[k].pos) || t[k].text === ',' || t[k].lower === 'that' || t[k].lower === 'to') return -1;
  return comma;
}

/**
 * "..., a charge Abu Dhabi denies", "..., an accusation Russia rejects", "..., claims Moscow has denied": after the last
 * comma before the verb a charge is named and answered. Its verb's subject speaks only of that charge: no frame over
 * the sentence, and the accusation before the comma stands.
 */
export function answeredClaim(ctx: SentenceContext, verb: number): boolean {
  const t = ctx.doc.tokens;
  let comma = verb - 1;
  while (comma > ctx.sentence.tokenStart && t[comma].text !== ',' && verb - comma <= MAX_WORDS) comma--;
  if (t[comma]?.text !== ',') return false;
  for (let k = comma + 1; k < verb; k++) {
    if (t[k].pos === 'DET' || t[k].pos === 'ADJ') continue;
    return t[k].pos === 'NOUN' && ANSWERED_CLAIMS.has(t[k].lemma);
  }
  return false;
}

/**
 * The words that open the sentence and end at its reporting verb, when the subject search found no phrase there
 * (the parse or the tagger read a word of the name as a verb): "The state-run New Light of Myanmar said ...",
 * "The Kremlin-backed Izvestia daily reported ...", "Local aid workers in Goma say ...".
 */
export function leadingSpeaker(ctx: SentenceContext, verb: number): ActorPhrase | null {
  const words = wordsBefore(ctx, verb);
  return words && words.first === ctx.sentence.tokenStart ? speakerOver(ctx, words.first, words.last) : null;
}

const MAX_RELATIVE = 10;
/**
 * "..., a driver who escaped told reporters", "..., a resident who asked not to be named said": a speaker's noun phrase
 * with a relative clause of its own after it, up to the verb (no comma between), is the phrase before "who".
 */
function relativeSpeakerWords(ctx: SentenceContext, verb: number): { first: number; last: number } | null {
  const t = ctx.doc.tokens;
  for (let k = verb - 2; k > ctx.sentence.tokenStart && verb - k <= MAX_RELATIVE; k--) {
    if (t[k].text === ',') return null;
    if (t[k].lower === 'who' && NOMINAL.has(t[k - 1]?.pos ?? '')) return wordsBefore(ctx, k);
  }
  return null;
}

/** The noun phrase ending right before `verb` (an adverb or auxiliary between): back to a comma or the sentence start. */
function wordsBefore(ctx: SentenceContext, verb: number): { first: number; last: number } | null {
  const t = ctx.doc.tokens;
  const start = ctx.sentence.tokenStart;
  let last = verb - 1;
  if (last < start) return null; // "Said the minister: ...": no words before a verb that opens the sentence
  // "..., officials also said", "..., officials have said"
  while (last > start && (t[last].pos === 'ADV' || t[last].pos === 'AUX')) last--;
  let first = last + 1;
  // "..., a war monitor said": the word tagger read the phrase's head as a verb ("monitor"); the parse, which sees the
  // article and the verb around it, reads the noun
  const posOf = (k: number) => (k === last && t[k].pos === 'VERB' && k > start && ctx.tree().upos(k) === 'NOUN' ? 'NOUN' : t[k].pos);
  while (first > start && t[first - 1].text !== ',' && last - first < MAX_WORDS) {
    const x = { ...t[first - 1], pos: posOf(first - 1) };
    // "the state-run KBC": a hyphen and the participle after it belong to the name
    const compound = x.text === '-' || t[first - 2]?.text === '-';
    // "the group's armed wing", "Ukraine's air force"
    const possessive = x.pos === 'PART' && /^['’]s?$/.test(x.text);
    // "a local elected official", "the newly appointed envoy": a participle before the speaker's noun describes it
    // (inside the noun phrase: after its determiner, an adjective or an adverb; "The talks | resumed hours after" is a clause)
    const participle = x.pos === 'VERB' && PAST_PARTICIPLE.test(x.lower) && first <= last && NOMINAL.has(t[first].pos === 'ADJ' ? t[last].pos : t[first].pos)
      && PHRASE_INSIDE.has(t[first - 2]?.pos ?? '');
    const participleAdverb = x.pos === 'ADV' && t[first].pos === 'VERB' && PAST_PARTICIPLE.test(t[first].lower) && first < last; // "newly appointed"
    // "local officials and a security source": two speakers joined by "and", each a noun phrase
    const joined = x.lower === 'and' && NOMINAL.has(t[first - 2]?.pos ?? '') && first <= last && t[first].pos !== 'VERB';
    if (!SPEAKER_WORDS.has(x.pos) && !compound && !possessive && !participle && !participleAdverb && !joined) return null;
    first--;
  }
  // "the police chief said": the word tagger reads "chief" as an adjective; ending a phrase before its verb it is the noun
  const nominalEnd = NOMINAL.has(posOf(last)) || (t[last].pos === 'ADJ' && last > first && t[last - 1].pos !== 'ADV');
  if (first > last || !nominalEnd || t[first].pos === 'ADP') return null;
  if (first > start && t[first - 1].text !== ',') return null;
  return { first, last };
}

const PAST_PARTICIPLE = /[a-z](?:ed|en)$/;
const PHRASE_INSIDE = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

function speakerOver(ctx: SentenceContext, first: number, last: number): ActorPhrase {
  const t = ctx.doc.tokens;
  // "..., the Sudanese army said": the actor phrase may start after the article
  let lead = t[first].pos === 'DET' && first < last ? first + 1 : first;
  // "..., two Palestinian officials said", "..., several Iraqi security officials told AFP": after a count the phrase
  // is who speaks, its words from the count on (as "according to two Kenyan police officers" reads them)
  while (lead < last && (t[lead].pos === 'NUM' || COUNT_WORDS.has(t[lead].lower)) && !ctx.phraseAt.has(lead)) lead++;
  const phrase = ctx.phraseAt.get(lead);
  if (!phrase || phrase.start !== t[lead].start || opensLongerName(t, phrase, last)) return plainSpeaker(t, first, last + 1);
  // (a counted phrase that does not reach the verb is one of several speakers: "three residents and a health worker")
  const counted = lead > first && t[lead - 1].pos !== 'DET';
  if (counted) return phrase.end >= t[last].end ? { ...phrase, start: t[first].start, text: ctx.doc.text.slice(t[first].start, phrase.end) } : plainSpeaker(t, first, last + 1);
  // "..., her lawyer said", "..., their employer said": a possessive pronoun before the speaker's own noun is whose the
  // speaker is, not who speaks; the words speak, with no code ("its spokesman", one phrase, stays)
  return phrase.kind === 'anaphor' && phrase.end < t[last].end && POSSESSIVE_PRONOUN.test(phrase.text) ? plainSpeaker(t, first, last + 1) : phrase;
}
const POSSESSIVE_PRONOUN = /^(her|his|their|its|our|my)$/i;

/**
 * "..., the Kenya National Commission on Human Rights said", "..., the Uganda Medical Association said": a known name
 * followed by a capitalised name word of the speaker's own only opens a longer name the gazetteer lacks; the whole
 * phrase speaks ("Ukraine's air force", "police in Kano": a possessive or a preposition after it leaves it the speaker).
 */
function opensLongerName(t: SentenceContext['doc']['tokens'], phrase: ActorPhrase, last: number): boolean {
  if (phrase.end >= t[last].end) return false;
  let next = last;
  while (next > 0 && t[next - 1].start >= phrase.end) next--;
  return longerNameEnd(t, next, last + 1) === last;
}
const COUNT_WORDS = new Set(['several', 'some', 'many', 'few', 'numerous', 'multiple', 'dozens', 'two', 'three', 'four', 'five']);

/**
 * "..., her lawyer said", "his family said": a possessive pronoun found as the speaker, with its noun between it and
 * the verb, gives way to its whole noun phrase (no code: whose lawyer is not who speaks). Other speakers stay.
 */
export function possessedSpeaker(ctx: SentenceContext, speaker: ActorPhrase | null, verb: number): ActorPhrase | null {
  if (!speaker || speaker.kind !== 'anaphor' || !POSSESSIVE_PRONOUN.test(speaker.text)) return speaker;
  const t = ctx.doc.tokens;
  const first = t.findIndex((x) => x.start === speaker.start);
  let last = verb - 1;
  while (last > first && (t[last].pos === 'ADV' || t[last].pos === 'AUX')) last--;
  if (first < 0 || last <= first || !t.slice(first + 1, last + 1).every((x) => ['NOUN', 'ADJ', 'PROPN'].includes(x.pos)) || !['NOUN', 'PROPN'].includes(t[last].pos)) return speaker;
  return plainSpeaker(t, first, last + 1);
}
