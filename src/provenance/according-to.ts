import type { Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from '../extract/context.ts';
import { longerNameEnd, plainSpeaker } from './speaker-phrase.ts';

// after "according to" the words are nominal whatever the tagger says ("reports" read as a verb)
const SOURCE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'CCONJ', 'VERB']);
const SOURCE_ENDS = new Set(['NOUN', 'PROPN', 'VERB']);
/**
 * "according to X": the first actor phrase of X, else X's own words when they are a noun phrase ("According to
 * reports, two people died" → reports; "according to hospital sources" → hospital sources), up to the comma or the
 * sentence's end. "people" after the comma is never the source.
 */
export function accordingToSource(ctx: SentenceContext, to: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let end = to + 1;
  while (end < ctx.sentence.tokenEnd && (t[end].pos !== 'PUNCT' || t[end].text === '-') && end - to <= 8) {
    const p = ctx.phraseAt.get(end);
    // "the state-run IRNA news agency": a phrase hyphened to the next word only modifies what follows
    if (p && t[lastTokenIn(t, end, p.end) + 1]?.text === '-') end = lastTokenIn(t, end, p.end) + 1;
    else if (p) return withModifiersBefore(ctx, withHeadNoun(ctx, p), to + 1, end);
    else if (!SOURCE_WORDS.has(t[end].pos) && t[end].text !== '-') return null;
    end++;
  }
  const last = end - 1;
  return last > to && SOURCE_ENDS.has(t[last].pos) ? plainSpeaker(t, to + 1, end) : null;
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'where', 'whom']);

/**
 * The tokens "according to" at `according` speaks for: the whole sentence, or the set-off relative clause it stands in
 * ("Mondlane, who came second according to the official count, urged his supporters ...": the count says he came
 * second, not that he urged anyone). [from, to) token range.
 */
export function accordingToReach(t: readonly Token[], according: number, sentenceStart: number, sentenceEnd: number): [number, number] {
  for (let k = according - 1; k > sentenceStart; k--) {
    if (t[k].text === ',') return [sentenceStart, sentenceEnd];
    if (RELATIVE_OPENERS.has(t[k].lower) && t[k - 1].text === ',') {
      let close = according + 2;
      while (close < sentenceEnd && t[close].text !== ',') close++;
      return close < sentenceEnd ? [k, close] : [sentenceStart, sentenceEnd];
    }
  }
  return [sentenceStart, sentenceEnd];
}

/** The last token (from `i`) that ends at or before `end`. */
function lastTokenIn(t: readonly Token[], i: number, end: number): number {
  while (t[i + 1] && t[i + 1].end <= end) i++;
  return i;
}

/**
 * "according to the semi-official Tasnim news agency", "the state-run IRNA news agency": the source is the whole noun
 * phrase, its determiner and modifiers before the name included (the name's code kept).
 */
function withModifiersBefore(ctx: SentenceContext, p: ActorPhrase, first: number, at: number): ActorPhrase {
  const t = ctx.doc.tokens, start = t[first].start;
  if (at <= first || p.start <= start) return p;
  // only words that modify the name: not "a statement from | the army"
  for (let k = first; k < at; k++) if (!MODIFIER_WORDS.has(t[k].pos) && t[k].text !== '-' && !(t[k].pos === 'VERB' && t[k - 1].text === '-')) return p;
  return { ...p, start, text: ctx.doc.text.slice(start, p.end) };
}
const MODIFIER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "Syrian state media", "hospital sources": a phrase that only modifies the nouns after it is stretched over them (its code kept). */
function withHeadNoun(ctx: SentenceContext, p: ActorPhrase): ActorPhrase {
  const t = ctx.doc.tokens;
  let k = ctx.sentence.tokenStart;
  while (k < ctx.sentence.tokenEnd && t[k].end <= p.end) k++;
  let last = k - 1;
  // "the Kenya National Commission on Human Rights": a name the known one only opens speaks, with no code of its own
  const nameEnd = longerNameEnd(t, k, ctx.sentence.tokenEnd);
  if (nameEnd >= 0) {
    let first = ctx.sentence.tokenStart;
    while (t[first].start < p.start) first++;
    return plainSpeaker(t, first, nameEnd + 1);
  }
  while (k < ctx.sentence.tokenEnd && t[k].pos === 'NOUN' && !ctx.phraseAt.has(k)) last = k++;
  if (t[last].end === p.end) return p;
  const whole = ctx.doc.text.slice(p.start, t[last].end);
  return { ...p, end: t[last].end, text: whole };
}
