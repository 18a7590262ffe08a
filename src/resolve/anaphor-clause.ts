import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';
import { isInlineQuoteAt } from '../extract/clause.ts';

// Where a phrase stands in its clause, for anaphora.ts: the verb it is the object of, the subject of a reported or
// joined clause, an opening phrase set off by a comma, a speaker or claim owner before a pronoun.

// words that open a sentence with a phrase or clause set off by a comma before the main clause
const OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'while', 'when', 'during', 'despite', 'following', 'since', 'amid', 'as', 'with', 'without', 'if', 'although', 'though', 'because']);

/** The token after an opening phrase's comma ("In remarks carried by Xinhua, ..."), else the sentence's first token. */
export function openerEnd(doc: AnalyzedText, start: number, end: number): number {
  if (!OPENERS.has(doc.tokens[start]?.lower ?? '')) return start;
  for (let i = start + 1; i < Math.min(end, start + 20); i++) if (doc.tokens[i].text === ',') return i + 1;
  return start;
}

// possessive determiners are no objects ("said its troops"); "her" is one when a noun follows
export const POSSESSIVE = new Set(['its', 'their', 'his', 'our', 'my', 'your']);
const DETERMINED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
// what may stand between a verb and its object or oblique: "fired at them", "fired rockets at it", "has accused the group"
const OBJECT_GAP = new Set(['ADP', 'DET', 'ADV', 'PART', 'NOUN', 'ADJ', 'NUM']);

// pronouns that are only ever objects
const ACCUSATIVE = new Set(['him', 'them']);
// "the gunmen shot them", "soldiers beat us": a word the tagger read as a noun ("shot") right before a pronoun that is
// only an object is that object's verb (no noun takes an object pronoun)
const OBJECT_ONLY = new Set(['him', 'them', 'us', 'me']);
const isVerbAt = (doc: AnalyzedText, i: number) => doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'NOUN' && OBJECT_ONLY.has(doc.tokens[i + 1]?.lower ?? '') && doc.tokens[i + 1].sentence === doc.tokens[i].sentence;

/**
 * The verb whose object the anaphor `p` is ("accused them", "fired at the group"), or null: the last verb before it
 * in its sentence with only prepositions, determiners or adverbs between (binding: an object pronoun or description
 * does not take up the subject of its own verb).
 */
export function governingVerb(doc: AnalyzedText, p: ActorPhrase): number | null {
  const first = tokenAt(doc, p.start);
  const last = tokenAt(doc, p.end - 1);
  // ("shot them dead", "beat him unconscious": a pronoun only ever an object determines no word after it, as "her" may)
  if (POSSESSIVE.has(doc.tokens[first]?.lower) || DETERMINED.has(doc.tokens[last + 1]?.pos ?? '') && first === last && !OBJECT_ONLY.has(doc.tokens[first].lower)) return null;
  // "said it had launched", "said it strongly backed", "said the group would attack": a phrase followed by its verb is a subject
  // (also past a partial quote's mark: 'said it "firmly opposes" the decision')
  let next = last + 1;
  while (doc.tokens[next]?.pos === 'ADV' || doc.tokens[next]?.pos === 'PART' || next < doc.tokens.length && isInlineQuoteAt(doc.tokens, next)) next++;
  // ("urged him to press", "told them to leave": an accusative pronoun before an infinitive is still its verb's object;
  // so is "it", which no finite verb follows there: "urged it to stop", never "said it to stop")
  const infinitive = doc.tokens[first].lower === 'it' && doc.tokens[next - 1]?.lower === 'to' && next - 1 > last;
  if (['VERB', 'AUX'].includes(doc.tokens[next]?.pos ?? '') && !(first === last && (ACCUSATIVE.has(doc.tokens[first].lower) || infinitive))) return null;
  return verbBefore(doc, first);
}

/** The verb before token `first` in its sentence with only prepositions, determiners, adverbs or modifiers between. */
export function verbBefore(doc: AnalyzedText, first: number): number | null {
  const sentence = doc.tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && doc.tokens[i].sentence === sentence; i--) {
    const t = doc.tokens[i];
    if (isVerbAt(doc, i)) return i;
    if (!OBJECT_GAP.has(t.pos)) return null;
  }
  return null;
}

/** "and (later) released": a verb right after "and", with only adverbs between, has no subject of its own. */
export function conjoinedVerb(doc: AnalyzedText, verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && (doc.tokens[i].pos === 'ADV' || doc.tokens[i].pos === 'AUX')) i--;
  return doc.tokens[i]?.pos === 'CCONJ';
}

// words that open an adjunct whose -ing verb has the main clause's subject as its own ("robbed them before abducting")
const GERUND_ADJUNCT_OPENERS = new Set(['before', 'after', 'while', 'without', 'upon', 'since', 'when']);

/** "before abducting them", "after burning it": the verb is a gerund opening an adjunct, its subject the clause's. */
export function adjunctGerund(doc: AnalyzedText, verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && doc.tokens[i].pos === 'ADV') i--;
  return doc.tokens[verb].lower.endsWith('ing') && GERUND_ADJUNCT_OPENERS.has(doc.tokens[i]?.lower ?? '');
}

/** The verb opens a participle clause right after a comma ("..., accusing them"), or an "and" when the phrase is itself a verb's object. */
export function setOff(doc: AnalyzedText, verb: number, p: ActorPhrase): boolean {
  if (doc.tokens[verb - 1]?.text === ',' && doc.tokens[verb].lower.endsWith('ing')) return true;
  const first = tokenAt(doc, p.start);
  let object = false;
  for (let i = first - 1; i >= 0 && doc.tokens[i].sentence === doc.tokens[first].sentence; i--) if (doc.tokens[i].pos === 'VERB') object = true;
  for (let i = tokenAt(doc, p.end - 1) + 1; i < verb; i++) if (object && (doc.tokens[i].pos === 'CCONJ' || /^(,|after|before|when|while|since|until|because)$/.test(doc.tokens[i].lower))) return true; // ("charged X, days after police detained him")
  return false;
}

/** `p` opens a clause joined after a comma (", but Kyiv said", ", while the army claimed"): its verb follows it. */
export function joinedClauseSubject(doc: AnalyzedText, p: ActorPhrase): boolean {
  const first = tokenAt(doc, p.start);
  const join = doc.tokens[first - 1];
  if (!join || (join.pos !== 'CCONJ' && join.pos !== 'SCONJ') || doc.tokens[first - 2]?.text !== ',') return false;
  let next = tokenAt(doc, p.end - 1) + 1;
  while (doc.tokens[next]?.pos === 'ADV' || doc.tokens[next]?.pos === 'AUX') next++;
  return doc.tokens[next]?.pos === 'VERB' && doc.tokens[next].sentence === join.sentence;
}

/** The first verb after a phrase, in its sentence (auxiliaries skipped): the verb a subject goes with. */
export function firstVerbAfter(doc: AnalyzedText, p: ActorPhrase): number | null {
  const last = tokenAt(doc, p.end - 1);
  const sentence = doc.tokens[last]?.sentence;
  for (let i = last + 1; i < doc.tokens.length && doc.tokens[i].sentence === sentence; i++) if (isVerbAt(doc, i)) return i;
  return null;
}

/** `p` is a sentence-opening "it" after a sentence whose subject, before its first verb, is a noun and no actor. */
export function takesUpThing(doc: AnalyzedText, p: ActorPhrase, here: number, actorSubject: ReadonlySet<number>): boolean {
  const previous = doc.sentences[here - 1];
  if (p.text.toLowerCase() !== 'it' || previous === undefined || tokenAt(doc, p.start) !== doc.sentences[here].tokenStart || actorSubject.has(here - 1)) return false;
  for (let i = previous.tokenStart; i < previous.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'NOUN') return true;
  }
  return false;
}

/** `cand` is the subject of a reporting verb ("Officials in Ghazni said") that stands between it and the pronoun `p`. */
export function speaksBefore(doc: AnalyzedText, cand: ActorPhrase, p: ActorPhrase, isReporting: (lemma: string) => boolean): boolean {
  const from = tokenAt(doc, cand.end - 1) + 1;
  for (let i = from; i < doc.tokens.length && doc.tokens[i].start < p.start && i <= from + 4; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'VERB') return isReporting(t.lemma);
    if (!['ADP', 'PROPN', 'ADV', 'AUX', 'DET', 'NOUN'].includes(t.pos)) return false;
  }
  return false;
}

/** The phrase owns a claim noun whose that-clause holds `p`: "Russia's claim that it", "the Hamas claim that its fighters". */
export function ownsClaimBefore(doc: AnalyzedText, cand: ActorPhrase, p: ActorPhrase, isClaimNoun: (lemma: string) => boolean): boolean {
  let i = tokenAt(doc, cand.end - 1) + 1;
  // "Russia's claim", "the rebels' claim", or the owner before the noun: "the Hamas claim"
  if (/^['’]s?$/.test(doc.tokens[i]?.text ?? '')) i++;
  while (doc.tokens[i]?.pos === 'ADJ') i++;
  const noun = doc.tokens[i];
  return noun !== undefined && isClaimNoun(noun.lemma) && doc.tokens[i + 1]?.lower === 'that' && doc.tokens[i + 2]?.start === p.start;
}

// Words that may stand between a reporting verb and the subject of what it reports:
// "said on Wednesday that scores of heavily armed insurgents ..."
const REPORTED_GAP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'ADP', 'SCONJ', 'PROPN', 'NOUN']);

/**
 * The first phrase after a reporting verb (a few modifiers between): the subject of the reported clause. The object of
 * a telling verb (`isTelling`, data/lexicon/telling-verbs.tsv) is whom it is told, no subject: "told the magazine Jeune
 * Afrique by telephone that he had been arrested", "warned Kyiv not to": a "that" or "to" follows it before any verb.
 */
export function reportedSubject(doc: AnalyzedText, p: ActorPhrase, isReporting: (lemma: string) => boolean, isTelling: (lemma: string) => boolean = () => false): boolean {
  const first = tokenAt(doc, p.start);
  const sentence = doc.tokens[first]?.sentence;
  for (let i = first - 1, gap = 0; i >= 0 && gap <= 6 && doc.tokens[i].sentence === sentence; i--, gap++) {
    const t = doc.tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') return isReporting(t.lemma) && !(isTelling(t.lemma) && toldHearer(doc, i, p));
    if (!REPORTED_GAP.has(t.pos)) return false;
  }
  return false;
}

// between a hearer and the "that" or "to" of what it is told: "on Monday", "by telephone", "in an interview"
const HEARER_TAIL = new Set(['ADP', 'NOUN', 'PROPN', 'ADV', 'DET', 'ADJ', 'NUM', 'PART']);

/** `p` follows the telling verb at `verb` with no "that" between, and a "that" or "to" comes after it before any verb. */
function toldHearer(doc: AnalyzedText, verb: number, p: ActorPhrase): boolean {
  const first = tokenAt(doc, p.start);
  if (doc.tokens.slice(verb + 1, first).some((t) => t.lower === 'that')) return false;
  const sentence = doc.tokens[first].sentence;
  for (let i = tokenAt(doc, p.end - 1) + 1, gap = 0; i < doc.tokens.length && gap <= 8 && doc.tokens[i].sentence === sentence; i++, gap++) {
    const t = doc.tokens[i];
    if (t.lower === 'that' || t.lower === 'to' && t.pos === 'PART') return true;
    if (!HEARER_TAIL.has(t.pos)) return false;
  }
  return false;
}

// "The Iran-backed militia said it ...", "a little-known group": a participle joined by a hyphen is part of a modifier, no verb
export const hyphenJoined = (doc: AnalyzedText, i: number) => doc.tokens[i - 1]?.text === '-' && doc.tokens[i - 1].end === doc.tokens[i].start && doc.tokens[i - 2]?.end === doc.tokens[i - 1].start;

// words that may stand between the denier and its verb ("flatly denied", "has denied"), and before the claim noun
const BEFORE_DENIAL = new Set(['ADV', 'AUX', 'PART']);
const BEFORE_CLAIM = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/**
 * The phrase denies a claim noun whose that-clause opens with `p`: "Uganda denied accusations by Congolese officials
 * that it had armed the rebels", "Hamas dismissed reports by Israeli media that it had fired rockets". What is denied
 * is said of the denier (it denies its own act), never of the accuser named in the "by" phrase or of a subject before.
 */
export function deniesClaimOver(doc: AnalyzedText, cand: ActorPhrase, p: ActorPhrase, isClaimNoun: (lemma: string) => boolean, isDenying: (lemma: string) => boolean): boolean {
  let i = tokenAt(doc, cand.end - 1) + 1;
  while (BEFORE_DENIAL.has(doc.tokens[i]?.pos ?? '') && !isDenying(doc.tokens[i].lemma)) i++;
  if (!isDenying(doc.tokens[i]?.lemma ?? '')) return false;
  i++;
  while (BEFORE_CLAIM.has(doc.tokens[i]?.pos ?? '')) i++;
  if (!isClaimNoun(doc.tokens[i]?.lemma ?? '')) return false;
  // (the accuser may follow the noun: "accusations by Congolese officials that ..."; no clause or comma between)
  for (let k = i + 1; k < i + 10 && doc.tokens[k] && doc.tokens[k].start < p.start; k++) {
    const t = doc.tokens[k];
    if (t.lower === 'that') return doc.tokens[k + 1]?.start === p.start;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}
